using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Ingestion;

/// <summary>The Documents table: one row per document, whatever its status.</summary>
public interface IDocumentStore
{
    /// <summary>Writes the row; writing the same document again replaces it (retries are safe).</summary>
    Task UpsertAsync(StoredDocument document, CancellationToken cancellationToken = default);

    Task<StoredDocument?> GetAsync(string? iso2, int? year, string id, CancellationToken cancellationToken = default);

    IAsyncEnumerable<StoredDocument> ListAsync(DocumentQuery query, CancellationToken cancellationToken = default);
}

/// <summary>The Facts table: one row per facet per document, with its evidence.</summary>
public interface IFactStore
{
    /// <summary>
    /// Writes the facts of an ingested document (country and year known). Keys depend only on
    /// country, year, facet and document, so a retry rewrites the same rows.
    /// </summary>
    Task WriteAsync(StoredDocument document, IReadOnlyList<Fact> facts, CancellationToken cancellationToken = default);

    /// <summary>Every fact of a country, optionally of one year, ordered by year then facet.</summary>
    Task<IReadOnlyList<StoredFact>> ListAsync(string iso2, int? year = null, CancellationToken cancellationToken = default);
}

/// <summary>The Statements table: classified statements per country-year, with evidence.</summary>
public interface IStatementStore
{
    Task WriteAsync(StoredDocument document, IReadOnlyList<Statement> statements, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredStatement>> ListAsync(string iso2, int year, CancellationToken cancellationToken = default);
}

/// <summary>
/// A country's comparison state. <see cref="Version"/> is the store's ETag: clearing the dirty
/// flag succeeds only if nothing marked the country dirty since it was read.
/// </summary>
public sealed record CountryState(
    string Iso2,
    string? Country,
    bool Dirty,
    IReadOnlyList<int> DirtyYears,
    int? LatestYear,
    DateTimeOffset? LastIngestedAt,
    DateTimeOffset? LastComparedAt,
    string Version);

/// <summary>The Countries table: which countries have new documents since they were last compared.</summary>
public interface ICountryStateStore
{
    /// <summary>Marks the country dirty for <paramref name="year"/>; safe when several ingesters meet (optimistic concurrency, retried).</summary>
    Task MarkDirtyAsync(string iso2, string? country, int year, DateTimeOffset at, CancellationToken cancellationToken = default);

    Task<CountryState?> GetAsync(string iso2, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CountryState>> ListAsync(bool dirtyOnly = false, CancellationToken cancellationToken = default);
}
