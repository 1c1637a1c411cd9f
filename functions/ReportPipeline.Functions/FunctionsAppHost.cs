using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Trace;
using ReportPipeline.Core;
using ReportPipeline.Hosting;

namespace ReportPipeline.Functions;

/// <summary>
/// Everything Program.cs does to the worker's builder before it builds and runs the host, in one
/// method so that the tests build the same host (without running it) and resolve every function.
/// </summary>
public static class FunctionsAppHost
{
    public static FunctionsApplicationBuilder ConfigureReportPipelineFunctions(this FunctionsApplicationBuilder builder)
    {
        // In Azure every link (mail, webhooks, feeds) must name the app's public address; falling back to serve's
        // loopback default or to the request's Host header would send people nowhere or wherever a caller says.
        if (CoreServiceCollectionExtensions.ConfiguredBaseUrl(builder.Configuration) is null)
        {
            throw new InvalidOperationException(
                $"{CoreServiceCollectionExtensions.PublicBaseUrlSetting} is not set: the Functions app needs its public address (e.g. https://<app>.azurewebsites.net) for the links in mail, webhooks and feeds (infra/main.bicep sets it; local.settings.sample.json has http://localhost:7071).");
        }

        builder.ConfigureFunctionsWebApplication();

        // The same wiring as `reportpipeline watch` (core, storage, transports, the model when
        // ReportPipeline:Ai:Endpoint is set) plus the read side `reportpipeline serve` hosts.
        builder.Services.AddReportPipelineFunctionsApp(builder.Configuration);

        var insights = builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        if (!string.IsNullOrEmpty(insights))
        {
            AddTelemetry(builder, insights);
        }

        return builder;
    }

    private static void AddTelemetry(FunctionsApplicationBuilder builder, string insights)
    {
        // infra/main.bicep disables key-only ingestion: telemetry is signed with the app's identity.
        var entraAuth = (builder.Configuration["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"] ?? "")
            .Contains("Authorization=AAD", StringComparison.OrdinalIgnoreCase);
        var credential = entraAuth ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned) : null;

        // Logs: Application Insights.
        builder.Services
            .AddApplicationInsightsTelemetryWorkerService()
            .ConfigureFunctionsApplicationInsights();

        // The Application Insights logger keeps only warnings unless told otherwise; the pipeline's
        // Information events (each report ingested, each comparison, each delivery) are its record.
        builder.Services.Configure<LoggerFilterOptions>(options =>
        {
            var warningsOnly = options.Rules.FirstOrDefault(rule =>
                rule.ProviderName == "Microsoft.Extensions.Logging.ApplicationInsights.ApplicationInsightsLoggerProvider");
            if (warningsOnly is not null)
            {
                options.Rules.Remove(warningsOnly);
            }
        });
        if (credential is not null)
        {
            builder.Services.Configure<TelemetryConfiguration>(c => c.SetAzureTokenCredential(credential));
        }

        // Traces: OpenTelemetry (the pipeline's own activities, correlated with each invocation).
        builder.Services.AddOpenTelemetry()
            .UseFunctionsWorkerDefaults()
            .WithTracing(tracing => tracing
                .AddSource(PipelineTelemetry.SourceName)
                .AddAzureMonitorTraceExporter(options =>
                {
                    options.ConnectionString = insights;
                    if (credential is not null)
                    {
                        options.Credential = credential;
                    }
                }));
    }
}
