using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Identification;
using ReportPipeline.Storage;

namespace ReportPipeline.Cli.Commands;

/// <summary>The comparison's services over the configured storage account, for one command run.</summary>
internal sealed class ComparisonHost : IAsyncDisposable
{
    private readonly StorageSession _services;

    private ComparisonHost(StorageSession services) => _services = services;

    public CompareService Compare => _services.GetRequiredService<CompareService>();

    public IAlertStore Alerts => _services.GetRequiredService<IAlertStore>();

    public TimeProvider Time => _services.GetRequiredService<TimeProvider>();

    public static async Task<ComparisonHost> CreateAsync(string? storage, CountryCatalog countries, CancellationToken cancellationToken) =>
        new(await StorageSession.OpenAsync(storage, countries, cancellationToken).ConfigureAwait(false));

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
