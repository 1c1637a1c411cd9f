using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ReportPipeline.Web;

/// <summary>
/// Headers every response carries: a content security policy (scripts, styles and data only from this
/// site; no framing; forms post only here), X-Frame-Options for older browsers, nosniff, and no referrer
/// (page addresses carry tokens, which must not leak to another site).
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static void Apply(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
    }

    /// <summary>
    /// The result with the headers set as it executes, for the Functions app, whose triggers return a
    /// handler's result without passing serve's middleware.
    /// </summary>
    public static IResult Secure(IResult result) => new SecuredResult(result);

    /// <summary>serve: the headers on every response, errors and 404s included.</summary>
    public static IApplicationBuilder UseReportPipelineSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Apply(context.Response);
                return Task.CompletedTask;
            });
            return next(context);
        });

    private sealed class SecuredResult(IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            Apply(httpContext.Response);
            return inner.ExecuteAsync(httpContext);
        }
    }
}
