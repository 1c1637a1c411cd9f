using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using ReportPipeline.Storage.Local;

namespace ReportPipeline.Cli.Commands;

/// <summary>
/// The services of one command run over the configured storage account: configuration from the
/// environment (<c>ReportPipeline__…</c>) with <c>--storage</c> winning, and with no account
/// configured the same local Azurite (and data folder) that <c>ingest</c> and <c>demo</c> use, so
/// every command sees what the others stored.
/// </summary>
internal sealed class CommandServices : IServiceProvider, IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly AzuriteHost? _azurite;

    private CommandServices(ServiceProvider services, AzuriteHost? azurite)
    {
        _services = services;
        _azurite = azurite;
    }

    public static async Task<CommandServices> BuildAsync(string? storage, Action<IServiceCollection, IConfiguration> configure, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationManager();
        configuration.AddEnvironmentVariables();
        if (!string.IsNullOrWhiteSpace(storage))
        {
            configuration.AddInMemoryCollection([new("ReportPipeline:Storage", storage)]);
        }

        var azurite = await StorageSession.UseLocalAzuriteWhenUnconfiguredAsync(configuration, cancellationToken).ConfigureAwait(false);
        var services = new ServiceCollection();
        // Logs go to stderr so that --json output stays clean.
        services.AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning).AddFilter("Polly", LogLevel.Error));
        services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        configure(services, configuration);
        return new CommandServices(services.BuildServiceProvider(), azurite);
    }

    public object? GetService(Type serviceType) => _services.GetService(serviceType);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync().ConfigureAwait(false);
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync().ConfigureAwait(false);
        }
    }
}
