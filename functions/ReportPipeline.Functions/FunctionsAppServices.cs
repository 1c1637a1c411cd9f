using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Hosting;
using ReportPipeline.Web;

namespace ReportPipeline.Functions;

/// <summary>The Functions app's services; Program.cs and the tests' harness both build them here.</summary>
public static class FunctionsAppServices
{
    /// <summary>
    /// The pipeline as `watch` wires it (core, storage, transports, the model when configured),
    /// plus the read side that `serve` hosts, for the HTTP triggers.
    /// </summary>
    public static IServiceCollection AddReportPipelineFunctionsApp(this IServiceCollection services, IConfiguration configuration) =>
        services.AddReportPipeline(configuration).AddReportPipelineWeb(configuration)
            .PostConfigure<WebOptions>(web =>
            {
                // Every HTTP request reaches the worker from the Functions host over loopback, and only the host can
                // reach it there, so loopback is a trusted proxy here (unlike `serve`, where anyone on the machine connects).
                foreach (var host in LoopbackProxies)
                {
                    if (!web.TrustedProxies.Contains(host)) web.TrustedProxies.Add(host);
                }
            });

    private static readonly string[] LoopbackProxies = ["127.0.0.1", "::1"];
}
