using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Identification;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Core.Statements;

using ReportPipeline.Core.Text;

namespace ReportPipeline.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Extra country list files, separated by <see cref="Path.PathSeparator"/>.</summary>
    public const string CountriesSetting = "ReportPipeline:Countries";

    public const string LimitsSection = "ReportPipeline:Limits";

    public const string ComparisonSection = "ReportPipeline:Comparison";

    /// <summary>The hosts' shared public address; messages use it unless <c>ReportPipeline:Notifications:BaseUrl</c> is set.</summary>
    public const string PublicBaseUrlSetting = "ReportPipeline:PublicBaseUrl";

    /// <summary>Development only: webhooks to loopback addresses (every other non-public address stays refused).</summary>
    public const string WebhooksAllowLoopbackSetting = "ReportPipeline:Webhooks:AllowLoopback";

    /// <summary>
    /// Core's own services: the extractor (the one entry point, the XML export's reader behind it, with every registered <see cref="IStatementClassifierDecorator"/>),
    /// ingestion, comparison, subscriptions and notification, and their options
    /// (<c>ReportPipeline:Ingestion</c>, <c>:Limits</c>, <c>:Comparison</c>, <c>:Notifications</c>). The ports
    /// they need (stores, blob source, message sender) are registered by the adapter projects. A
    /// <see cref="CountryCatalog"/> registered before this call replaces the one read from <see cref="CountriesSetting"/>.
    /// </summary>
    public static IServiceCollection AddReportPipelineCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        // BindConfiguration reads the container's configuration; a bare ServiceCollection (tests, benchmarks) gets this one.
        services.TryAddSingleton(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => LoadCountries(configuration));

        Bind<IngestionOptions>(services, IngestionOptions.Section).Validate(o => { o.Validate(); return true; });
        Bind<ExtractionLimits>(services, LimitsSection)
            .Validate(
                l => l.MaxFileBytes > 0 && l.MaxPages > 0 && l.MaxTimePerDocument > TimeSpan.Zero && l.MaxMemoryPerDocument > 0 && l.MaxMarkupDepth > 0 && l.MaxPageChars > 0,
                $"{LimitsSection}: MaxFileBytes, MaxPages, MaxTimePerDocument, MaxMemoryPerDocument, MaxMarkupDepth and MaxPageChars must be positive.");
        Bind<ComparisonOptions>(services, ComparisonSection).Validate(o => { o.Validate(); return true; });
        Bind<NotificationOptions>(services, NotificationOptions.SectionName).PostConfigure<IConfiguration>((o, settings) =>
        {
            // The hosts' shared setting (local.settings.sample.json, infra) names the public address once for every feature.
            o.BaseUrl = ConfiguredBaseUrl(settings) ?? new NotificationOptions().BaseUrl;
        });

        services.TryAddSingleton(sp =>
        {
            var extractor = ReportExtractor.CreateDefault(sp.GetRequiredService<CountryCatalog>(), sp.GetRequiredService<ExtractionLimits>());
            var decorators = sp.GetServices<IStatementClassifierDecorator>().ToArray();
            return decorators.Length == 0 ? extractor : extractor.WithStatementClassifiers(rules => decorators.Aggregate(rules, (inner, decorator) => decorator.Decorate(inner)));
        });
        // What a model layer (if one decorates the extractor) was asked, for run summaries.
        services.TryAddSingleton<ModelUsage>();
        services.TryAddSingleton(sp => new IngestionService(
            sp.GetRequiredService<ReportExtractor>(),
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

        services.TryAddSingleton(sp => new ChangeDetector(sp.GetRequiredService<ComparisonOptions>()));
        services.TryAddSingleton(sp => new CompareService(
            sp.GetRequiredService<ICountryHistoryReader>(),
            sp.GetRequiredService<IAlertStore>(),
            sp.GetRequiredService<ICountryDirtyFlags>(),
            sp.GetRequiredService<ChangeDetector>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<CompareService>>(),
            sp.GetRequiredService<ComparisonOptions>().MaxParallelCountries));

        // Where webhooks may go; the resolver (DNS) is the Transports project's adapter.
        services.TryAddSingleton(sp => new WebhookTargetPolicy(
            sp.GetRequiredService<IHostResolver>(),
            sp.GetRequiredService<IConfiguration>().GetValue(WebhooksAllowLoopbackSetting, false)));
        services.TryAddSingleton<IAlertFeed>(sp => new AlertStoreFeed(sp.GetRequiredService<IAlertStore>()));
        services.TryAddSingleton(sp => new NotificationComposer(sp.GetRequiredService<NotificationOptions>()));
        services.TryAddSingleton<SubscriptionService>();
        services.TryAddSingleton<NotificationService>();
        return services;
    }

    /// <summary>
    /// The public address as configured: <c>ReportPipeline:Notifications:BaseUrl</c>, else <see cref="PublicBaseUrlSetting"/>;
    /// null when neither is set (then messages use <c>http://127.0.0.1:5080</c>, <c>serve</c>'s default, and feeds link relatively).
    /// </summary>
    public static string? ConfiguredBaseUrl(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new[] { configuration[NotificationOptions.SectionName + ":BaseUrl"], configuration[PublicBaseUrlSetting] }
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
    }

    /// <summary>The built-in list plus the files named by <see cref="CountriesSetting"/>.</summary>
    public static CountryCatalog LoadCountries(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var files = (configuration[CountriesSetting] ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return files.Length == 0 ? CountryCatalog.Default : CountryCatalog.Load(files);
    }

    /// <summary>
    /// The one way options are bound: <c>AddOptions&lt;T&gt;().BindConfiguration(section)</c>, validated when the
    /// host starts (or on first use without a host), and <typeparamref name="T"/> itself resolvable for the
    /// classes that take plain settings.
    /// </summary>
    public static OptionsBuilder<T> Bind<T>(IServiceCollection services, string section) where T : class
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<T>>().Value);
        return services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
    }
}
