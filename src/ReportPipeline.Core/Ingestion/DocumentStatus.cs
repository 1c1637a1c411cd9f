namespace ReportPipeline.Core.Ingestion;

/// <summary>The status vocabulary of stored documents and ingested contents.</summary>
public static class DocumentStatus
{
    /// <summary>Country and year known; facts and statements are stored.</summary>
    public const string Ingested = "ingested";

    /// <summary>Read, but country or year could not be determined; stored for an analyst, no facts written.</summary>
    public const string NeedsReview = "needs-review";

    /// <summary>Could not be read (or broke a limit); the reason is stored and the blob copied to <c>reports-failed</c>.</summary>
    public const string Failed = "failed";

    /// <summary>
    /// Replaced by a newer document: its blob was overwritten with other content, or a re-issued report of the
    /// same source, country and year arrived. Kept for history with its facts; no longer part of any status.
    /// </summary>
    public const string Superseded = "superseded";

    /// <summary>Withdrawn: its blob was deleted, or an analyst retracted it. Kept for history; no longer part of any status.</summary>
    public const string Retracted = "retracted";

    /// <summary>A content being ingested right now (only ever on the content ledger, never on a document).</summary>
    public const string Processing = "processing";

    public static IReadOnlyList<string> Final { get; } = [Ingested, NeedsReview, Failed];

    /// <summary>Every status a document row can have, for filters and messages.</summary>
    public static IReadOnlyList<string> OfDocuments { get; } = [Ingested, NeedsReview, Failed, Superseded, Retracted];

    /// <summary>Superseded or retracted: out of every status, kept for history.</summary>
    public static bool IsRetired(string status) => status is Superseded or Retracted;
}
