using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ReportPipeline.Web;

/// <summary>Endpoint filters for the read key and the admin key; keys compared in constant time.</summary>
internal static class ApiKeys
{
    public const string Header = "X-Api-Key";

    public static EndpointFilterDelegate RequireRead(EndpointFilterFactoryContext context, EndpointFilterDelegate next) =>
        invocation => Check(invocation, next, o => o.ReadKey, openWhenUnset: true);

    public static EndpointFilterDelegate RequireAdmin(EndpointFilterFactoryContext context, EndpointFilterDelegate next) =>
        invocation => Check(invocation, next, o => o.AdminKey, openWhenUnset: false);

    private static ValueTask<object?> Check(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next, Func<WebOptions, string?> key, bool openWhenUnset)
    {
        var http = invocation.HttpContext;
        var expected = key(http.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value);
        if (string.IsNullOrEmpty(expected))
        {
            return openWhenUnset
                ? next(invocation)
                : ValueTask.FromResult<object?>(Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "This endpoint needs the admin key, and none is configured (ReportPipeline:Web:AdminKey)."));
        }

        var given = http.Request.Headers[Header].FirstOrDefault() ?? http.Request.Query["key"].FirstOrDefault();
        if (given is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected)))
        {
            return ValueTask.FromResult<object?>(Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: $"A valid key is required in the {Header} header."));
        }

        return next(invocation);
    }

    private static T GetRequiredService<T>(this IServiceProvider services) where T : notnull =>
        (T)(services.GetService(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not registered."));
}
