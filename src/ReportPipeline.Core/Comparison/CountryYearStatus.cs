using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Comparison;

/// <summary>Where one value was read.</summary>
/// <param name="Evidence">The sentence or table row, verbatim.</param>
/// <param name="StatementAction">Set when the value was derived from a statement (e.g. <c>extended</c>), not read as a fact.</param>
/// <param name="Date">A date the text gives for the change (a statement's <c>date</c> or <c>until</c>).</param>
public sealed record ValueSource(
    string DocumentId,
    string Source,
    int Year,
    string Evidence,
    int? Page = null,
    string? BlobName = null,
    string? StatementAction = null,
    string? Date = null)
{
    public bool FromStatement => StatementAction is not null;

    public AlertEvidence ToEvidence() => new(DocumentId, Source, Year, Evidence, Page, BlobName);
}

/// <summary>One value of a facet in one year, with every document that reported it.</summary>
public sealed record SourcedValue(string Value, IReadOnlyList<ValueSource> Sources, string? Period = null)
{
    /// <summary>The source shown first: a chapter's verbatim text before the dataset, then the others.</summary>
    public ValueSource Primary => Sources[0];

    /// <summary>True when every source derived the value from a statement rather than reading it as a fact.</summary>
    public bool OnlyFromStatements => Sources.All(s => s.FromStatement);
}

/// <summary>
/// A facet in one country-year. One value when every document agrees; several when documents
/// disagree, which is a conflict: the year then has no settled value for the facet.
/// </summary>
public sealed record FacetStatus(string Facet, IReadOnlyList<SourcedValue> Values)
{
    public bool IsConflict => Values.Count > 1;

    /// <summary>The agreed value, or null when documents disagree.</summary>
    public SourcedValue? Settled => Values.Count == 1 ? Values[0] : null;
}

/// <summary>A statement with the document it came from.</summary>
public sealed record SourcedStatement(Statement Statement, string DocumentId, string Source, string? BlobName);

/// <summary>What every document of one country and one reporting year says, merged.</summary>
public sealed record CountryYearStatus(
    string Iso2,
    string Country,
    int Year,
    IReadOnlyDictionary<string, FacetStatus> Facets,
    IReadOnlyList<SourcedStatement> Statements,
    IReadOnlyList<string> DocumentIds)
{
    public SourcedValue? Value(string facet) => Facets.TryGetValue(facet, out var status) ? status.Settled : null;

    public IEnumerable<FacetStatus> Conflicts => Facets.Values.Where(f => f.IsConflict);
}
