using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Core.Statements;
using ReportPipeline.Storage.Blobs;
using ReportPipeline.Storage.Subscriptions;
using ReportPipeline.Storage.Tables;

namespace ReportPipeline.Storage;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="StorageClients"/> and the Azure adapters of Core's ports (blobs, the ingestion
    /// ledger, documents, facts, statements, countries, alerts, subscriptions, digests, deliveries, the model's answer
    /// cache), configured from <c>ReportPipeline:Storage</c> / <c>AzureWebJobsStorage</c> (see <see cref="StorageOptions"/>).
    /// Core's services over these ports come from <c>AddReportPipelineCore</c>.
    /// </summary>
    public static IServiceCollection AddReportPipelineStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddLogging();
        services.TryAddSingleton(configuration);
        // Its settings carry the Functions host's names (AzureWebJobsStorage, AzureWebJobsStorage:accountName)
        // beside the pipeline's, so they are read by StorageOptions.Bind rather than from one section.
        services.AddOptions<StorageOptions>().Configure<IConfiguration>(StorageOptions.Bind).ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StorageClients>();
        services.TryAddSingleton<IReportBlobSource, AzureReportBlobSource>();
        services.TryAddSingleton<IFailedReportSink, AzureFailedReportSink>();
        services.TryAddSingleton<IIngestionLedger, TableIngestionLedger>();
        services.TryAddSingleton<IDocumentStore, TableDocumentStore>();
        services.TryAddSingleton<IFactStore, TableFactStore>();
        services.TryAddSingleton<IStatementStore, TableStatementStore>();
        services.TryAddSingleton<TableCountryStateStore>();
        services.TryAddSingleton<ICountryStateStore>(sp => sp.GetRequiredService<TableCountryStateStore>());
        services.TryAddSingleton<ICountryDirtyFlags>(sp => sp.GetRequiredService<TableCountryStateStore>());
        services.TryAddSingleton<ICountryHistoryReader, TableCountryHistoryReader>();
        services.TryAddSingleton<IAlertStore, TableAlertStore>();
        services.TryAddSingleton<ISubscriptionStore, TableSubscriptionStore>();
        services.TryAddSingleton<IDeliveryStore, TableDeliveryStore>();
        services.TryAddSingleton<IDigestStore, TableDigestStore>();
        services.TryAddSingleton<IClassificationCache, TableClassificationCache>();
        return services;
    }
}
