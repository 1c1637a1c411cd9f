namespace ReportPipeline.Core.Ingestion;

/// <summary>What a container scan found: blobs to ingest, and how many were already processed.</summary>
public sealed record PendingScan(IReadOnlyList<ReportBlob> Pending, int AlreadyProcessed);

/// <summary>
/// Finds the blobs of the reports container whose current content was not processed yet, without
/// downloading any: a blob whose name was last seen with the same ETag, holding a content with a
/// final outcome, is done. Used by <c>ingest --container</c> and by hosts that poll the container.
/// </summary>
public sealed class PendingBlobs(IReportBlobSource source, IIngestionLedger ledger)
{
    public Task<PendingScan> ScanAsync(IReadOnlySet<string>? except = null, CancellationToken cancellationToken = default) =>
        ScanAsync(except, known: null, cancellationToken);

    /// <summary>
    /// As <see cref="ScanAsync(IReadOnlySet{string}?, CancellationToken)"/>, counting the blobs
    /// <paramref name="known"/> says are processed without reading the ledger: a host that polls
    /// every few seconds remembers name and ETag of what it saw done instead of re-reading a row per blob.
    /// </summary>
    public async Task<PendingScan> ScanAsync(IReadOnlySet<string>? except, Func<ReportBlob, bool>? known, CancellationToken cancellationToken = default)
    {
        var pending = new List<ReportBlob>();
        var processed = 0;
        await foreach (var blob in source.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (except?.Contains(blob.Name) == true)
            {
                continue;
            }

            if (known?.Invoke(blob) == true || await IsProcessedAsync(blob, cancellationToken).ConfigureAwait(false))
            {
                processed++;
                continue;
            }

            pending.Add(blob);
        }

        return new PendingScan(pending, processed);
    }

    private async Task<bool> IsProcessedAsync(ReportBlob blob, CancellationToken cancellationToken)
    {
        var sighting = await ledger.GetSightingAsync(blob.Name, cancellationToken).ConfigureAwait(false);
        return sighting is not null && sighting.ETag == blob.ETag
            && await ledger.GetContentAsync(sighting.ContentKey, cancellationToken).ConfigureAwait(false) is { } content
            && DocumentStatus.Final.Contains(content.Status);
    }
}
