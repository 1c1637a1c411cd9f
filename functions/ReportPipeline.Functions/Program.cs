using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Trace;
using ReportPipeline.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

// The same wiring as `reportpipeline watch`: core, storage, notifications, and the model when configured.
builder.Services.AddReportPipeline(builder.Configuration);

var insights = builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
if (!string.IsNullOrEmpty(insights))
{
    // infra/main.bicep disables key-only ingestion: telemetry is signed with the app's identity.
    var entraAuth = (builder.Configuration["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"] ?? "")
        .Contains("Authorization=AAD", StringComparison.OrdinalIgnoreCase);
    var credential = entraAuth ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned) : null;

    // Logs: Application Insights.
    builder.Services
        .AddApplicationInsightsTelemetryWorkerService()
        .ConfigureFunctionsApplicationInsights();
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

builder.Build().Run();
