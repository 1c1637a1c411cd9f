namespace ReportPipeline.Core.Ingestion;

/// <summary>
/// What the pipeline knows about one blob content (identified by its sha256): whether it is
/// being processed, or was ingested, needs review or failed, and what came out of it.
/// </summary>
public sealed record ContentRecord
{
    /// <summary>The content's sha256, or for a blob refused unread (too large) a key derived from its name and length.</summary>
    public required string Key { get; init; }

    /// <summary>One of <see cref="DocumentStatus"/>, including <see cref="DocumentStatus.Processing"/>.</summary>
    public required string Status { get; init; }

    /// <summary>The blob this content was first read from.</summary>
    public required string BlobName { get; init; }

    public long Length { get; init; }

    public string? Source { get; init; }

    public int DocumentCount { get; init; }

    public int FactCount { get; init; }

    public int StatementCount { get; init; }

    public string? Reason { get; init; }

    /// <summary>Who holds the claim while <see cref="Status"/> is processing.</summary>
    public string? Owner { get; init; }

    /// <summary>When an unfinished claim may be taken over (its owner is presumed dead).</summary>
    public DateTimeOffset? LeaseUntil { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }
}

/// <summary>A blob name and the content it held when it was seen.</summary>
/// <param name="Replaces">
/// Contents this name held before, whose documents are still to be retired (the blob was overwritten); kept on the
/// row until that is done, so that a crash between the two never leaves a replaced report in force.
/// </param>
public sealed record BlobSighting(string BlobName, string ContentKey, string? ETag, long Length, DateTimeOffset SeenAt, IReadOnlyList<string>? Replaces = null);

public enum ClaimResult
{
    /// <summary>This caller now holds the content and must complete or release it.</summary>
    Claimed,

    /// <summary>The content was already processed (ingested, needs review or failed).</summary>
    AlreadyDone,

    /// <summary>Another ingester is processing it and its lease has not expired.</summary>
    HeldByOther,
}

public sealed record ContentClaim(ClaimResult Result, ContentRecord? Existing);

/// <summary>
/// The ingestion ledger: claims a content so that two ingesters never process it twice, records
/// its outcome so that it is never processed again, and keeps every blob name it was seen under.
/// </summary>
public interface IIngestionLedger
{
    Task<BlobSighting?> GetSightingAsync(string blobName, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records that <paramref name="sighting"/>'s name holds that content; a repeat with the same content changes
    /// nothing. When the name held another content before, that content is added to <see cref="BlobSighting.Replaces"/>.
    /// Returns the sighting as stored.
    /// </summary>
    Task<BlobSighting> RecordSightingAsync(BlobSighting sighting, CancellationToken cancellationToken = default);

    /// <summary>Every name of the container with the content it was last seen holding.</summary>
    IAsyncEnumerable<BlobSighting> ListSightingsAsync(CancellationToken cancellationToken = default);

    /// <summary>The names last seen holding <paramref name="contentKey"/>.</summary>
    Task<IReadOnlyList<BlobSighting>> SightingsOfContentAsync(string contentKey, CancellationToken cancellationToken = default);

    /// <summary>Takes <paramref name="retired"/> off the name's <see cref="BlobSighting.Replaces"/> once their documents are retired.</summary>
    Task ClearReplacedAsync(string blobName, IReadOnlyCollection<string> retired, CancellationToken cancellationToken = default);

    /// <summary>Forgets the name (its blob was deleted).</summary>
    Task DeleteSightingAsync(string blobName, CancellationToken cancellationToken = default);

    /// <summary>Forgets the outcome of a content whose blob is gone, so that the same bytes uploaded again are ingested again.</summary>
    Task ForgetContentAsync(string key, CancellationToken cancellationToken = default);

    Task<ContentRecord?> GetContentAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims the content for <paramref name="owner"/> until <paramref name="leaseUntil"/>. A claim whose lease
    /// expired (its owner crashed) is taken over.
    /// </summary>
    Task<ContentClaim> TryClaimAsync(string key, string blobName, long length, string owner, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default);

    /// <summary>Extends a claim this owner holds; false when the claim was lost (taken over after it lapsed).</summary>
    Task<bool> RenewAsync(string key, string owner, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default);

    /// <summary>Records the final outcome of a content this owner claimed.</summary>
    Task CompleteAsync(ContentRecord record, CancellationToken cancellationToken = default);

    /// <summary>Gives up a claim (on cancellation) so that the next run processes the content at once.</summary>
    Task ReleaseAsync(string key, string owner, CancellationToken cancellationToken = default);
}

/// <summary>A store could not be reached or refused a write; the run must stop and be repeated later.</summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
