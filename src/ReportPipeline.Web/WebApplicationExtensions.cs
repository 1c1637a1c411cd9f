using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReportPipeline.Core;
using ReportPipeline.Web.Api;
using ReportPipeline.Web.Dashboard;

namespace ReportPipeline.Web;

public static class WebApplicationExtensions
{
    /// <summary>
    /// The read side's own services (<see cref="ReportReader"/>, the subscribe rate limiter, <see cref="WebOptions"/>,
    /// the <see cref="PublicAddress"/> its links start with).
    /// The stores and Core's services it reads through come from the host's <c>AddReportPipeline</c>.
    /// </summary>
    public static IServiceCollection AddReportPipelineWeb(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(configuration);
        CoreServiceCollectionExtensions.Bind<WebOptions>(services, WebOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ReportReader>();
        services.TryAddSingleton(sp => PublicAddress.From(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<ReportPipeline.Core.Notifications.NotificationOptions>()));
        services.TryAddSingleton<SubscribeLimiter>();
        services.AddProblemDetails();
        return services;
    }

    /// <summary>Maps the API, the feeds and the dashboard.</summary>
    public static IEndpointRouteBuilder MapReportPipeline(this IEndpointRouteBuilder app)
    {
        app.MapReadApi();
        app.MapFeedApi();
        app.MapSubscriptionApi();
        app.MapDashboard();
        return app;
    }

    /// <summary>
    /// Problem details for unhandled errors and bad request bodies, never a stack trace; and the
    /// <see cref="SecurityHeaders"/> on every response.
    /// </summary>
    public static WebApplication UseReportPipelineErrors(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseReportPipelineSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
