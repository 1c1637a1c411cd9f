namespace ReportPipeline.Core.Ingestion;

public enum IngestOutcomeKind
{
    /// <summary>New content; at least one document was stored with its facts and statements.</summary>
    Ingested,

    /// <summary>This content was already processed (maybe under another name); only the name was recorded.</summary>
    Duplicate,

    /// <summary>New content, read, but country or year could not be determined; stored for review.</summary>
    NeedsReview,

    /// <summary>The content could not be processed; the reason is stored and the blob copied aside.</summary>
    Failed,

    /// <summary>Another ingester holds this content right now; nothing was written.</summary>
    InProgressElsewhere,
}

/// <summary>What one <see cref="IngestionService.IngestAsync"/> call did.</summary>
public sealed record IngestOutcome
{
    public required string BlobName { get; init; }

    public required IngestOutcomeKind Kind { get; init; }

    /// <summary>Why it failed, needs review, or was skipped.</summary>
    public string? Reason { get; init; }

    /// <summary>The content's key (its sha256, or for a blob refused unread a key from its name and length).</summary>
    public string? ContentKey { get; init; }

    /// <summary>For a duplicate: the blob name the content was first ingested under, and what became of it.</summary>
    public ContentRecord? DuplicateOf { get; init; }

    public IReadOnlyList<StoredDocument> Documents { get; init; } = [];

    public int FactCount { get; init; }

    public int StatementCount { get; init; }

    /// <summary>Table rows written (documents, facts, statements), for throughput figures.</summary>
    public int EntitiesWritten { get; init; }

    public TimeSpan ReadTime { get; init; }

    public TimeSpan ExtractionTime { get; init; }

    public TimeSpan StorageTime { get; init; }

    public TimeSpan Elapsed { get; init; }
}

/// <summary>Settings of ingestion (configuration section <c>ReportPipeline:Ingestion</c>).</summary>
public sealed class IngestionOptions
{
    public const string Section = "ReportPipeline:Ingestion";

    /// <summary>
    /// How long a claim on a content lasts without renewal. The ingester renews it every third of
    /// this while it works; a crashed ingester's claim is taken over once it lapses (default 30 s).
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Documents of one file (the XML export has ~145) written at once (default 8).</summary>
    public int StorageParallelism { get; set; } = 8;

    /// <summary>Files ingested at once by a batch (default 2).</summary>
    public int FileParallelism { get; set; } = 2;

    /// <summary>Identifies this ingester in claims; unique per process by default.</summary>
    public string Owner { get; set; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    public void Validate()
    {
        if (ClaimLease < TimeSpan.FromSeconds(1))
        {
            throw new ArgumentOutOfRangeException(nameof(ClaimLease), ClaimLease, "ClaimLease must be at least 1 second.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(StorageParallelism, 1, nameof(StorageParallelism));
        ArgumentOutOfRangeException.ThrowIfLessThan(FileParallelism, 1, nameof(FileParallelism));
        ArgumentException.ThrowIfNullOrWhiteSpace(Owner, nameof(Owner));
    }
}
