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

    /// <summary>A content being ingested right now (only ever on the content ledger, never on a document).</summary>
    public const string Processing = "processing";

    public static IReadOnlyList<string> Final { get; } = [Ingested, NeedsReview, Failed];
}
