using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportPipeline.Core;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Datasets;
using ReportPipeline.Core.Identification;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Core.Statements;
using ReportPipeline.Core.Text;
using ReportPipeline.Storage.Blobs;
using ReportPipeline.Storage.Tables;

namespace ReportPipeline.Storage;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="StorageClients"/> and the Azure adapters of the ingestion ports, configured from
    /// <c>ReportPipeline:Storage</c> / <c>AzureWebJobsStorage</c> (see <see cref="StorageOptions"/>).
    /// </summary>
    public static IServiceCollection AddReportPipelineStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>().Configure(o => StorageOptions.Bind(o, configuration));
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
        services.TryAddSingleton<IClassificationCache, TableClassificationCache>();
        return services;
    }

    /// <summary>
    /// Registers <see cref="IngestionService"/> and <see cref="IngestionBatch"/> with the default extractor.
    /// Settings: <c>ReportPipeline:Ingestion</c> (<see cref="IngestionOptions"/>) and <c>ReportPipeline:Limits</c>
    /// (<see cref="ExtractionLimits"/>: MaxFileBytes, MaxPages, MaxTimePerDocument). A <see cref="CountryCatalog"/>
    /// registered before this call replaces the built-in country list.
    /// </summary>
    public static IServiceCollection AddReportPipelineIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddLogging();
        services.AddOptions<IngestionOptions>().Bind(configuration.GetSection(IngestionOptions.Section)).Validate(o => { o.Validate(); return true; });
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<IngestionOptions>>().Value);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => Limits(configuration));
        services.TryAddSingleton(CountryCatalog.Default);
        services.TryAddSingleton(sp => ReportExtractor.CreateDefault(sp.GetRequiredService<CountryCatalog>(), sp.GetRequiredService<ExtractionLimits>()));
        services.TryAddSingleton(sp => new UsdolDatasetReader(sp.GetRequiredService<CountryCatalog>()));
        services.TryAddSingleton(sp => new IngestionService(
            sp.GetRequiredService<ReportExtractor>(),
            sp.GetRequiredService<UsdolDatasetReader>(),
            sp.GetRequiredService<IIngestionLedger>(),
            sp.GetRequiredService<IDocumentStore>(),
            sp.GetRequiredService<IFactStore>(),
            sp.GetRequiredService<IStatementStore>(),
            sp.GetRequiredService<ICountryStateStore>(),
            sp.GetRequiredService<IFailedReportSink>(),
            sp.GetRequiredService<IngestionOptions>(),
            sp.GetRequiredService<ILogger<IngestionService>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new PendingBlobs(sp.GetRequiredService<IReportBlobSource>(), sp.GetRequiredService<IIngestionLedger>()));
        services.TryAddSingleton(sp => new IngestionBatch(sp.GetRequiredService<IngestionService>(), sp.GetRequiredService<IngestionOptions>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary><see cref="ExtractionLimits"/> from <c>ReportPipeline:Limits</c>; unset values keep their defaults.</summary>
    public static ExtractionLimits Limits(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("ReportPipeline:Limits");
        var defaults = ExtractionLimits.Default;
        return new ExtractionLimits
        {
            MaxFileBytes = section.GetValue("MaxFileBytes", defaults.MaxFileBytes),
            MaxPages = section.GetValue("MaxPages", defaults.MaxPages),
            MaxTimePerDocument = section.GetValue("MaxTimePerDocument", defaults.MaxTimePerDocument),
        };
    }
}
