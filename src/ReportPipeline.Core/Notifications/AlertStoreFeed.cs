using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Notifications;

/// <summary>The alert feed over the comparison stage's alert store: alerts created since a time, dismissed ones left out.</summary>
public sealed class AlertStoreFeed(IAlertStore alerts) : IAlertFeed
{
    public async Task<IReadOnlyList<Alert>> GetSinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var found = await alerts.QueryAsync(new AlertQuery(Since: since, IncludeDismissed: false), cancellationToken).ConfigureAwait(false);
        return [.. found.OrderBy(a => a.CreatedAt).ThenBy(a => a.Id, StringComparer.Ordinal)];
    }
}
