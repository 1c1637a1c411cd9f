using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReportPipeline.Ai;
using ReportPipeline.Core;
using ReportPipeline.Hosting.Handlers;
using ReportPipeline.Transports;
using ReportPipeline.Storage;

namespace ReportPipeline.Hosting;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// The one composition of the pipeline, configured from settings (docs/configuration.md): Core
    /// (extraction, ingestion, comparison, subscriptions, notify), storage, the mail and webhook
    /// transports, the model when one is configured, and the hosts' handlers. The Functions app,
    /// <c>watch</c>, <c>serve</c>, <c>demo</c> and every CLI command call this same method; each project's
    /// <c>AddXxx</c> registers only its own types, so the order below does not matter.
    /// </summary>
    public static IServiceCollection AddReportPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddLogging();
        services.AddReportPipelineCore(configuration);
        services.AddReportPipelineStorage(configuration);
        services.AddReportPipelineTransports(configuration);
        services.AddReportPipelineAi(configuration);

        services.TryAddSingleton<ICompareRunStore>(sp =>
        {
            var storage = sp.GetRequiredService<StorageClients>();
            return new TableCompareRunStore(storage.Tables, storage.Options.TablePrefix);
        });
        services.TryAddSingleton<ICompareRunQueues>(sp => new AzureCompareRunQueues(sp.GetRequiredService<StorageClients>().Queues));
        services.TryAddSingleton<CompareRuns>();
        services.TryAddSingleton<IngestHandler>();
        services.TryAddSingleton<CompareHandler>();
        services.TryAddSingleton<NotifyHandler>();
        services.TryAddSingleton<LocalPipeline>();
        return services;
    }
}
