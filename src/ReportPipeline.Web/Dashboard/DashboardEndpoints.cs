using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ReportPipeline.Web.Dashboard;

/// <summary>
/// Serves the dashboard: one static page and its script over the read API, embedded in the
/// assembly so every host (serve, the Functions app) ships it without a front-end build.
/// </summary>
public static class DashboardEndpoints
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    };

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Asset("index.html"));
        app.MapGet("/dashboard", () => Asset("index.html"));
        app.MapGet("/dashboard/{file}", (string file) => Asset(file));
        return app;
    }

    /// <summary>One embedded dashboard file by name (index.html, dashboard.js, dashboard.css); 404 for anything else.</summary>
    public static IResult Asset(string file)
    {
        var extension = Path.GetExtension(file);
        if (!ContentTypes.TryGetValue(extension, out var contentType) || file.Contains('/', StringComparison.Ordinal))
        {
            return Results.NotFound();
        }

        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("dashboard/" + file);
        return stream is null ? Results.NotFound() : SecurityHeaders.Secure(Results.Stream(stream, contentType));
    }
}
