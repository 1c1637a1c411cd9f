using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Storage;

namespace ReportPipeline.Cli.Commands;

/// <summary>The comparison's services over the configured storage account, for one command run.</summary>
internal sealed class ComparisonHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ComparisonHost(ServiceProvider services) => _services = services;

    public CompareService Compare => _services.GetRequiredService<CompareService>();

    public IAlertStore Alerts => _services.GetRequiredService<IAlertStore>();

    public TimeProvider Time => _services.GetRequiredService<TimeProvider>();

    public static Option<string?> StorageOption() => new("--storage")
    {
        Description = "Storage connection string (Azurite: UseDevelopmentStorage=true); default ReportPipeline__Storage or AzureWebJobsStorage.",
    };

    /// <summary>Configuration from the environment (ReportPipeline__…), with --storage winning.</summary>
    public static ComparisonHost Create(string? storage)
    {
        var overrides = new Dictionary<string, string?>();
        if (!string.IsNullOrWhiteSpace(storage))
        {
            overrides["ReportPipeline:Storage"] = storage;
        }

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(overrides).Build();
        var services = new ServiceCollection();
        // Logs go to stderr so that --json output stays clean.
        services.AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        services.AddReportPipelineComparison(configuration);
        return new ComparisonHost(services.BuildServiceProvider());
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
