using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Core;
using ReportPipeline.Core.Identification;

namespace ReportPipeline.Hosting;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Everything the pipeline's handlers need, configured from settings (see
    /// local.settings.sample.json). The Functions app and `reportpipeline watch` call this same method.
    /// </summary>
    public static IServiceCollection AddReportPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(_ => LoadCountries(configuration));
        services.AddSingleton(sp => ReportExtractor.CreateDefault(sp.GetRequiredService<CountryCatalog>()));
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
