using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
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
    /// The caller's address for rate limits. A loopback peer is a proxy on this machine (the
    /// Functions host forwards every request to the worker, or a local reverse proxy), so its
    /// first X-Forwarded-For entry names the client; from anyone else that header is not trusted.
    /// </summary>
    public static string ClientAddress(this HttpRequest request)
    {
        var peer = request.HttpContext.Connection.RemoteIpAddress;
        if ((peer is null || IPAddress.IsLoopback(peer))
            && request.Headers["X-Forwarded-For"].FirstOrDefault()?.Split(',')[0].Trim() is { Length: > 0 } forwarded)
        {
            // App Service writes "ip:port"; an IPv6 address keeps its colons inside brackets or alone.
            return IPEndPoint.TryParse(forwarded, out var endpoint) ? endpoint.Address.ToString() : forwarded;
        }

        return peer?.ToString() ?? "unknown";
    }
}
