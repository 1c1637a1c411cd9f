using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Comparison;

/// <summary>
/// Everything stored about one country: every identified document with its facts and
/// statements. Documents without a year cannot describe a country-year and are ignored by the
/// comparison (they need review first).
/// </summary>
public sealed record CountryHistory(string Iso2, string Country, IReadOnlyList<CountryDocument> Documents);

/// <summary>One ingested document of a country, as the comparison reads it.</summary>
/// <param name="DocumentId">Stable identity of the document (its sha256, or a storage key derived from it).</param>
/// <param name="Source">One of <see cref="Sources"/>.</param>
public sealed record CountryDocument(
    string DocumentId,
    string Source,
    int? Year,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<Statement> Statements,
    string? BlobName = null);
