using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Storage;

namespace ReportPipeline.Cli.Commands;

/// <summary>The comparison's services over the configured storage account, for one command run.</summary>
internal sealed class ComparisonHost : IAsyncDisposable
{
    private readonly CommandServices _services;

    private ComparisonHost(CommandServices services) => _services = services;

    public CompareService Compare => _services.GetRequiredService<CompareService>();

    public IAlertStore Alerts => _services.GetRequiredService<IAlertStore>();

    public TimeProvider Time => _services.GetRequiredService<TimeProvider>();

    public static async Task<ComparisonHost> CreateAsync(string? storage, CancellationToken cancellationToken) =>
        new(await CommandServices.BuildAsync(storage, (services, configuration) => services.AddReportPipelineComparison(configuration), cancellationToken).ConfigureAwait(false));

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
