using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReportPipeline.Core.Json;

namespace ReportPipeline.Web.Api;

/// <summary>What the handlers take from a request, the same way under every host.</summary>
internal static class RequestParts
{
    public static T Service<T>(this HttpRequest request) where T : notnull => request.HttpContext.RequestServices.GetRequiredService<T>();

    public static string? QueryValue(this HttpRequest request, string name) => request.Query[name].FirstOrDefault();

    /// <summary>The JSON body as <typeparamref name="T"/>, or the problem to answer with (415 not JSON, 400 unreadable).</summary>
    public static async Task<(T? Body, IResult? Problem)> ReadJsonAsync<T>(this HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The request body must be JSON (Content-Type: application/json)."));
        }

        try
        {
            var body = await request.ReadFromJsonAsync<T>(ComparisonJson.Options, cancellationToken).ConfigureAwait(false);
            return body is null ? (null, ReadApi.BadRequest("body", "The request body is empty.")) : (body, null);
        }
        catch (JsonException e)
        {
            return (null, ReadApi.BadRequest("body", $"The request body is not valid JSON: {e.Message}"));
        }
    }

    /// <summary>
    /// The caller's address for rate limits. X-Forwarded-For is believed only when the peer is one of
    /// <see cref="WebOptions.TrustedProxies"/>, and then read from the right: each trusted proxy appends
    /// the address it saw, so the first address from the right that is not a trusted proxy is the client
    /// (entries further left are whatever the client chose to send).
    /// </summary>
    public static string ClientAddress(this HttpRequest request)
    {
        var peer = request.HttpContext.Connection.RemoteIpAddress;
        var trusted = request.HttpContext.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value.TrustedProxies;
        if (peer is null || !IsTrusted(peer, trusted)) return peer?.ToString() ?? "unknown";

        var forwarded = request.Headers["X-Forwarded-For"].SelectMany(v => (v ?? string.Empty).Split(',')).Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
        for (var i = forwarded.Count - 1; i >= 0; i--)
        {
            // App Service writes "ip:port"; an IPv6 address keeps its colons inside brackets or alone.
            if (!IPEndPoint.TryParse(forwarded[i], out var endpoint)) return forwarded[i];
            if (!IsTrusted(endpoint.Address, trusted)) return endpoint.Address.ToString();
        }

        return peer.ToString();
    }

    private static bool IsTrusted(IPAddress address, IList<string> trusted)
    {
        var normal = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return trusted.Any(t => IPAddress.TryParse(t.Trim(), out var proxy) && (proxy.IsIPv4MappedToIPv6 ? proxy.MapToIPv4() : proxy).Equals(normal));
    }
}
