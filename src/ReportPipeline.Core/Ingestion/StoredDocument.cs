namespace ReportPipeline.Core.Ingestion;

/// <summary>
/// One row of the Documents table: a report (or one country-year of the publisher's XML)
/// as stored, with its status and, when it failed or needs review, the reason.
/// </summary>
public sealed record StoredDocument
{
    /// <summary>The document's sha256 (for the XML export: of its <c>&lt;Country&gt;</c> element).</summary>
    public required string Id { get; init; }

    public string? Iso2 { get; init; }

    public string? Country { get; init; }

    public int? Year { get; init; }

    public required string Source { get; init; }

    /// <summary>One of <see cref="DocumentStatus"/>.</summary>
    public required string Status { get; init; }

    /// <summary>The key of the blob content this document came from (see <see cref="ContentRecord.Key"/>).</summary>
    public required string ContentKey { get; init; }

    /// <summary>The blob it was first read from.</summary>
    public required string BlobName { get; init; }

    /// <summary>Why the document failed or needs review; null when ingested.</summary>
    public string? Reason { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];

    public int FactCount { get; init; }

    public int StatementCount { get; init; }

    public int PageCount { get; init; }

    /// <summary>Where a failed blob was copied (e.g. <c>reports-failed/x.pdf</c>).</summary>
    public string? PreservedAt { get; init; }

    public DateTimeOffset IngestedAt { get; init; }

    /// <summary>For a superseded document: what replaced it (the newer document's id, or the blob content that replaced it).</summary>
    public string? SupersededBy { get; init; }

    /// <summary>When it was superseded or retracted.</summary>
    public DateTimeOffset? RetiredAt { get; init; }
}

/// <summary>A stored fact with its provenance.</summary>
public sealed record StoredFact(string Iso2, int Year, Model.Fact Fact, string DocumentId, string Source, string BlobName);

/// <summary>A stored statement with its provenance; <see cref="Id"/> is stable across re-ingests.</summary>
public sealed record StoredStatement(string Iso2, int Year, string Id, Model.Statement Statement, string DocumentId, string Source, string BlobName);

/// <summary>Which documents to list.</summary>
/// <param name="IdPrefix">Documents whose id starts with this (hex, as printed by <c>documents</c>).</param>
public sealed record DocumentQuery(
    string? Status = null,
    string? Iso2 = null,
    int? Year = null,
    string? ContentKey = null,
    string? BlobName = null,
    string? Source = null,
    string? IdPrefix = null);
