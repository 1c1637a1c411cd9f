using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ReportPipeline.Hosting.Watch;

public static class WatchServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="WatchOptions"/> from <c>ReportPipeline:Watch</c>, then <paramref name="configure"/>
    /// (command-line options); throws <see cref="ArgumentOutOfRangeException"/> when a value is out of range.
    /// </summary>
    public static WatchOptions ReadWatchOptions(this IConfiguration configuration, Action<WatchOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new WatchOptions();
        configuration.GetSection(WatchOptions.Section).Bind(options);
        configure?.Invoke(options);
        options.Validate();
        return options;
    }

    /// <summary>
    /// The pipeline (<see cref="ServiceCollectionExtensions.AddReportPipeline"/>) and the hosted
    /// <see cref="WatchService"/> that runs it. The comparison schedule is
    /// <see cref="WatchOptions.CompareSchedule"/>, else the <c>CompareSchedule</c> setting the Functions
    /// timer reads, else daily at 06:00 UTC; a malformed one throws <see cref="FormatException"/> here.
    /// </summary>
    public static IServiceCollection AddReportPipelineWatch(this IServiceCollection services, IConfiguration configuration, WatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        options ??= configuration.ReadWatchOptions();
        var expression = options.CompareSchedule ?? configuration[PipelineNames.CompareScheduleSetting];
        var schedule = string.IsNullOrWhiteSpace(expression) ? ComparisonSchedule.Default : ComparisonSchedule.Parse(expression);

        services.AddReportPipeline(configuration);
        services.TryAddSingleton(options);
        services.TryAddSingleton(schedule);
        services.TryAddSingleton<WatchService>();
        services.AddHostedService(sp => sp.GetRequiredService<WatchService>());
        services.Configure<HostOptions>(o => o.ShutdownTimeout = options.StopGrace + TimeSpan.FromSeconds(5));
        return services;
    }
}
