using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReportPipeline.Core.Identification;
using ReportPipeline.Hosting;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Storage;
using ReportPipeline.Development;

namespace ReportPipeline.Cli.Commands;

/// <summary>
/// The services of a command that touches storage, configured the .NET way (appsettings.json in
/// the working folder, environment variables such as <c>ReportPipeline__Storage</c>, then
/// <c>--storage</c>). With no storage configured it uses a local Azurite (one already listening on
/// the default ports, else one it starts with its data in <c>ReportPipeline:LocalStorage</c>) and
/// says so on stderr.
/// </summary>
internal sealed class StorageSession : IServiceProvider, IAsyncDisposable
{
    public const int StorageUnavailableExit = 3;

    private readonly IHost _host;
    private readonly AzuriteHost? _azurite;

    private StorageSession(IHost host, AzuriteHost? azurite)
    {
        _host = host;
        _azurite = azurite;
    }

    public IServiceProvider Services => _host.Services;

    public IConfiguration Configuration => _host.Services.GetRequiredService<IConfiguration>();

    /// <summary>The local Azurite used because no storage was configured; null when an account was configured.</summary>
    public AzuriteHost? LocalAzurite => _azurite;

    /// <summary>The account's blob endpoint, for messages.</summary>
    public string Endpoint => Services.GetRequiredService<StorageClients>().Blobs.Uri.ToString();

    public static Option<string?> StorageOption() => new("--storage")
    {
        Description = "Azure Storage connection string (default: ReportPipeline:Storage / ReportPipeline__Storage, then AzureWebJobsStorage; none: a local Azurite).",
    };

    public static Option<bool> JsonOption(string description) => new("--json") { Description = description };

    /// <summary>Where a CLI-started Azurite keeps its data unless <c>ReportPipeline:LocalStorage</c> says otherwise.</summary>
    public static string DefaultLocalStorage =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "reportpipeline", "azurite");

    /// <summary>The whole pipeline (<c>AddReportPipeline</c>, as every host composes it) over the configured or local storage.</summary>
    public static async Task<StorageSession> OpenAsync(string? storage, CountryCatalog countries, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Polly", LogLevel.Error);
        if (!string.IsNullOrWhiteSpace(storage))
        {
            builder.Configuration.AddInMemoryCollection([new("ReportPipeline:Storage", storage)]);
        }

        var azurite = await UseLocalAzuriteWhenUnconfiguredAsync(builder.Configuration, cancellationToken).ConfigureAwait(false);
        builder.Services.AddSingleton(countries);
        builder.Services.AddReportPipeline(builder.Configuration);
        var session = new StorageSession(builder.Build(), azurite);
        try
        {
            await session.Get<StorageClients>().ProbeAsync(cancellationToken).ConfigureAwait(false);
            return session;
        }
        catch
        {
            await session.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// With no storage account in <paramref name="configuration"/>, finds or starts a local Azurite
    /// (data in <c>ReportPipeline:LocalStorage</c>), points <c>ReportPipeline:Storage</c> at it and says
    /// so on stderr; the caller disposes the returned host, which stops Azurite only if it started it.
    /// </summary>
    public static async Task<AzuriteHost?> UseLocalAzuriteWhenUnconfiguredAsync(IConfigurationManager configuration, CancellationToken cancellationToken)
    {
        var options = new StorageOptions();
        StorageOptions.Bind(options, configuration);
        if (!string.IsNullOrWhiteSpace(options.ConnectionString) || !string.IsNullOrWhiteSpace(options.AccountName))
        {
            return null;
        }

        var location = configuration["ReportPipeline:LocalStorage"] ?? DefaultLocalStorage;
        var azurite = await AzuriteHost.FindOrStartAsync(new AzuriteHostOptions { Location = location }, cancellationToken).ConfigureAwait(false);
        await Console.Error.WriteLineAsync($"No storage configured (--storage, ReportPipeline__Storage): using {azurite.Description}.").ConfigureAwait(false);
        configuration.AddInMemoryCollection([new("ReportPipeline:Storage", azurite.ConnectionString)]);
        return azurite;
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public object? GetService(Type serviceType) => Services.GetService(serviceType);

    /// <summary>Says plainly that storage failed and that a re-run is safe.</summary>
    public async Task<int> ReportStorageFailureAsync(Exception exception)
    {
        await Console.Error.WriteLineAsync($"error: storage unavailable at {Endpoint}: {StorageFailures.Describe(exception)}").ConfigureAwait(false);
        await Console.Error.WriteLineAsync("Nothing half-done is kept as done: run the same command again once storage is back; finished files are skipped, the others are processed.").ConfigureAwait(false);
        return StorageUnavailableExit;
    }

    /// <summary>Unusable storage settings or an account that does not answer, wherever in a command it shows.</summary>
    public static bool IsStorageProblem(Exception exception) =>
        exception is StorageConfigurationException
        || (StorageFailures.IsStorageFailure(exception) && exception is not (FileNotFoundException or DirectoryNotFoundException));

    /// <summary>One line on stderr instead of a stack trace, and exit 3: what every storage command does when storage cannot be used.</summary>
    public static int ReportStorageProblem(Exception exception)
    {
        Console.Error.WriteLine(exception is StorageConfigurationException
            ? $"error: storage settings: {exception.Message}"
            : $"error: storage unavailable: {StorageFailures.Describe(exception)}");
        return StorageUnavailableExit;
    }

    public async ValueTask DisposeAsync()
    {
        _host.Dispose();
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync().ConfigureAwait(false);
        }
    }
}
