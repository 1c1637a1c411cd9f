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
    public async Task<PendingScan> ScanAsync(IReadOnlySet<string>? except = null, CancellationToken cancellationToken = default)
    {
        var pending = new List<ReportBlob>();
        var processed = 0;
        await foreach (var blob in source.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (except?.Contains(blob.Name) == true)
            {
                continue;
            }

            var sighting = await ledger.GetSightingAsync(blob.Name, cancellationToken).ConfigureAwait(false);
            if (sighting is not null && sighting.ETag == blob.ETag
                && await ledger.GetContentAsync(sighting.ContentKey, cancellationToken).ConfigureAwait(false) is { } content
                && DocumentStatus.Final.Contains(content.Status))
            {
                processed++;
                continue;
            }

            pending.Add(blob);
        }

        return new PendingScan(pending, processed);
    }
}
