using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Storage.Tables;

namespace ReportPipeline.Storage;

public static class ComparisonServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Alerts table (<see cref="IAlertStore"/>), <see cref="ChangeDetector"/> and
    /// <see cref="CompareService"/> on top of <see cref="ServiceCollectionExtensions.AddReportPipelineStorage"/>.
    /// Thresholds come from <c>ReportPipeline:Comparison</c> (<see cref="ComparisonOptions"/>;
    /// <c>MaxParallelCountries</c>, default 4, bounds how many countries are compared at once).
    /// </summary>
    public static IServiceCollection AddReportPipelineComparison(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddLogging();
        services.AddReportPipelineStorage(configuration);
        var section = configuration.GetSection("ReportPipeline:Comparison");
        var options = section.Get<ComparisonOptions>() ?? ComparisonOptions.Default;
        options.Validate();
        var parallel = section.GetValue("MaxParallelCountries", 4);
        services.TryAddSingleton<IAlertStore, TableAlertStore>();
        services.TryAddSingleton(new ChangeDetector(options));
        services.TryAddSingleton(sp => new CompareService(
            sp.GetRequiredService<ICountryHistoryReader>(),
            sp.GetRequiredService<IAlertStore>(),
            sp.GetRequiredService<ICountryDirtyFlags>(),
            sp.GetRequiredService<ChangeDetector>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<CompareService>>(),
            parallel));
        return services;
    }
}
