using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ReportPipeline.Web;

/// <summary>The read key and the admin key; keys compared in constant time.</summary>
internal static class ApiKeys
{
    public const string Header = "X-Api-Key";

    /// <summary>Endpoint filter for `serve`'s admin endpoints. The Functions app gates them with a function key instead.</summary>
    public static EndpointFilterDelegate RequireAdmin(EndpointFilterFactoryContext context, EndpointFilterDelegate next) =>
        invocation => DenyAdmin(invocation.HttpContext.Request) is { } denied ? ValueTask.FromResult<object?>(denied) : next(invocation);

    /// <summary>
    /// Null when the request may read. Every read handler calls this itself, so that each host
    /// (serve, the Functions app's anonymous HTTP triggers) applies the same read key.
    /// </summary>
    public static IResult? DenyRead(HttpRequest request) => Deny(request, o => o.ReadKey, openWhenUnset: true, queryAllowed: true);

    /// <summary>The admin key only in the header: a query string ends up in logs, history and Referer headers.</summary>
    public static IResult? DenyAdmin(HttpRequest request) => Deny(request, o => o.AdminKey, openWhenUnset: false, queryAllowed: false);

    private static IResult? Deny(HttpRequest request, Func<WebOptions, string?> key, bool openWhenUnset, bool queryAllowed)
    {
        var expected = key(request.HttpContext.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value);
        if (string.IsNullOrEmpty(expected))
        {
            return openWhenUnset
                ? null
                : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "This endpoint needs the admin key, and none is configured (ReportPipeline:Web:AdminKey).");
        }

        var given = request.Headers[Header].FirstOrDefault() ?? (queryAllowed ? request.Query["key"].FirstOrDefault() : null);
        if (given is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected)))
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: $"A valid key is required in the {Header} header.");
        }

        return null;
    }
}
