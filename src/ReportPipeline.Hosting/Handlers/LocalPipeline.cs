using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Notifications;

namespace ReportPipeline.Hosting.Handlers;

/// <summary>What one comparison round did on a single machine.</summary>
public sealed record ComparisonRound(CompareReport Compared, NotifyReport Notified);

/// <summary>
/// Comparison and notification in one process, for `watch` and `demo`: the same services the
/// Functions app fans out over queues, run one after the other.
/// </summary>
public sealed class LocalPipeline(CompareService compare, NotifyHandler notify)
{
    public async Task<ComparisonRound> CompareAndNotifyAsync(CancellationToken cancellationToken = default)
    {
        using var activity = PipelineTelemetry.Source.StartActivity("compare.local");
        var compared = await compare.CompareDirtyAsync(cancellationToken).ConfigureAwait(false);
        activity?.SetTag("compare.countries", compared.Countries.Count);
        activity?.SetTag("compare.alerts.added", compared.Added);
        var notified = await notify.NotifyAsync(null, cancellationToken).ConfigureAwait(false);
        return new ComparisonRound(compared, notified);
    }
}
