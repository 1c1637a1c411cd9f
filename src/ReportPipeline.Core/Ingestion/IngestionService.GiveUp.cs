using Microsoft.Extensions.Logging;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Ingestion;

public sealed partial class IngestionService
{
    /// <summary>
    /// Records that a blob kept failing until its host gave up retrying (the Functions poison queue,
    /// or `watch` after its last attempt): a failed document with <paramref name="reason"/> and a copy
    /// in <c>reports-failed</c>, so that an analyst finds it and nothing retries it forever. The blob
    /// is not read again, since reading may be what fails: it is known by its name and length. A blob
    /// whose content was processed meanwhile is left as it is (the outcome says duplicate).
    /// </summary>
    public async Task<IngestOutcome> GiveUpAsync(ReportBlob blob, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blob);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var processed = await ProcessedAsync(blob, cancellationToken).ConfigureAwait(false);
        if (processed is not null)
        {
            return Skipped(blob, processed.Key, new ContentClaim(ClaimResult.AlreadyDone, processed));
        }

        var key = IngestionKeys.Unread(blob.Name, blob.Length);
        var claim = await Store("claiming the content", () => ledger.TryClaimAsync(
            key, blob.Name, blob.Length, options.Owner, _time.GetUtcNow() + options.ClaimLease, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (claim.Result != ClaimResult.Claimed)
        {
            return Skipped(blob, key, claim);
        }

        await Store("recording the blob name", () => ledger.RecordSightingAsync(
            new BlobSighting(blob.Name, key, blob.ETag, blob.Length, _time.GetUtcNow()), cancellationToken), cancellationToken).ConfigureAwait(false);
        var outcome = await FailAsync(blob, key, null, reason, Sources.Unknown, 0, cancellationToken).ConfigureAwait(false);
        LogGaveUp(blob.Name, reason);
        return outcome;
    }

    /// <summary>
    /// The outcome recorded for this very version of the blob (same name and ETag), or null when it
    /// was never processed to the end. Costs two table reads and no download, so a host can skip
    /// what it already handled (`watch` after a restart) without reading every blob again.
    /// </summary>
    public async Task<ContentRecord?> ProcessedAsync(ReportBlob blob, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blob);
        if (blob.ETag is null)
        {
            return null;
        }

        var sighting = await Store("reading the blob name", () => ledger.GetSightingAsync(blob.Name, cancellationToken), cancellationToken).ConfigureAwait(false);
        // A name whose replaced contents are still to be retired is not finished: ingesting it again finishes it.
        if (sighting is null || sighting.ETag != blob.ETag || sighting.Replaces is { Count: > 0 })
        {
            return null;
        }

        var content = await Store("reading the content record", () => ledger.GetContentAsync(sighting.ContentKey, cancellationToken), cancellationToken).ConfigureAwait(false);
        return content is not null && DocumentStatus.Final.Contains(content.Status) ? content : null;
    }

    [LoggerMessage(EventId = 5007, Level = LogLevel.Warning, Message = "Gave up on {BlobName}: recorded as failed ({Reason})")]
    private partial void LogGaveUp(string blobName, string reason);
}
