using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Hosting;
using ReportPipeline.Web;

namespace ReportPipeline.Functions;

/// <summary>The Functions app's services; Program.cs and the tests' harness both build them here.</summary>
public static class FunctionsAppServices
{
    /// <summary>
    /// The pipeline as `watch` wires it (core, storage, notifications, the model when configured),
    /// plus the read side that `serve` hosts, for the HTTP triggers.
    /// </summary>
    public static IServiceCollection AddReportPipelineFunctionsApp(this IServiceCollection services, IConfiguration configuration) =>
        services.AddReportPipeline(configuration).AddReportPipelineWeb(configuration);
}
