using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using ReportPipeline.Ai;
using ReportPipeline.Core.Identification;
using ReportPipeline.Hosting.Handlers;
using ReportPipeline.Notifications;
using ReportPipeline.Storage;
using ReportPipeline.Storage.Notifications;

namespace ReportPipeline.Hosting;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Everything the pipeline's handlers need, configured from settings (see
    /// local.settings.sample.json): storage, ingestion with the model when one is configured,
    /// comparison, subscriptions and notification, and the handlers. The Functions app and `reportpipeline watch` call this same method.
    /// </summary>
    public static IServiceCollection AddReportPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        // Registered before ingestion, which then uses this list instead of the built-in one.
        services.TryAddSingleton(_ => LoadCountries(configuration));
        services.AddReportPipelineStorage(configuration);
        services.AddReportPipelineIngestion(configuration);
        services.AddReportPipelineAi(configuration);
        services.AddReportPipelineComparison(configuration);
        services.AddReportPipelineNotificationStores();
        services.AddReportPipelineNotifications(configuration);

        services.TryAddSingleton(sp =>
        {
            var storage = sp.GetRequiredService<StorageClients>();
            return new CompareRuns(storage.Tables, storage.Queues, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<CompareRuns>>(), storage.Options.TablePrefix);
        });
        services.TryAddSingleton<IngestHandler>();
        services.TryAddSingleton<CompareHandler>();
        services.TryAddSingleton<NotifyHandler>();
        services.TryAddSingleton<LocalPipeline>();
        return services;
    }

    /// <summary>The built-in list plus the files named by <c>ReportPipeline:Countries</c> (path-separator separated).</summary>
    public static CountryCatalog LoadCountries(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var files = (configuration["ReportPipeline:Countries"] ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return files.Length == 0 ? CountryCatalog.Default : CountryCatalog.Load(files);
    }
}
