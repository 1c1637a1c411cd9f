using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;

namespace ReportPipeline.Core.Comparison;

/// <summary>
/// Builds the status of every reporting year of a country from all its documents. All sources
/// count alike: a chapter and the publisher's dataset are both USDOL, an ILO baseline or a web
/// page may speak to ratifications and plans. Agreeing documents give one value with several
/// sources; disagreeing documents leave the facet in conflict for that year.
/// </summary>
public static class StatusBuilder
{
    public const string MoratoriumFacet = StatementFacts.Moratorium;
    public const string MoratoriumUntilFacet = StatementFacts.MoratoriumUntil;
    public const string ActionPlanPrefix = StatementFacts.ActionPlanPrefix;
    public const string RatificationPrefix = StatementFacts.RatificationPrefix;

    public static IReadOnlyList<CountryYearStatus> Build(CountryHistory history, ComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        options ??= ComparisonOptions.Default;
        var statuses = new List<CountryYearStatus>();
        foreach (var year in history.Documents.Where(d => d.Year is not null).GroupBy(d => d.Year!.Value).OrderBy(g => g.Key))
        {
            var documents = year
                .GroupBy(d => d.DocumentId, StringComparer.Ordinal)
                .Select(g => g.First())
                .OrderBy(d => SourceRank(d.Source))
                .ThenBy(d => d.DocumentId, StringComparer.Ordinal)
                .ToList();
            var readings = documents.SelectMany(d => Read(d, year.Key, options));
            var facets = readings
                .GroupBy(r => r.Facet, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => Merge(g.Key, g), StringComparer.Ordinal);
            var statements = documents
                .SelectMany(d => d.Statements.Select(s => new SourcedStatement(s, d.DocumentId, d.Source, d.BlobName)))
                .ToList();
            statuses.Add(new CountryYearStatus(history.Iso2, history.Country, year.Key, facets, statements, [.. documents.Select(d => d.DocumentId)]));
        }

        return statuses;
    }

    /// <summary>Chapters first (their text is what an analyst reads), then the dataset, ILO, web pages.</summary>
    public static int SourceRank(string source) => source switch
    {
        Sources.UsdolFindings => 0,
        Sources.UsdolDataset => 1,
        Sources.IloAnnualReview => 2,
        Sources.WebPage => 3,
        _ => 4,
    };

    private sealed record Reading(string Facet, string Value, string? Period, ValueSource Source);

    private static FacetStatus Merge(string facet, IEnumerable<Reading> readings)
    {
        // Values are normalized already ("48.0" and "48" are both "48"); grouping on the canonical number as well
        // keeps any figure written two ways from ever looking like a disagreement.
        var values = readings
            .GroupBy(r => FacetValues.TryNumber(r.Value, out var n) ? FacetValues.Canonical(n) : r.Value, StringComparer.Ordinal)
            .Select(g => new SourcedValue(
                g.Key,
                // One source per document: a PDF repeating a table row is one witness, not two.
                [.. g.GroupBy(r => r.Source.DocumentId, StringComparer.Ordinal).Select(d => d.First().Source)],
                g.Select(r => r.Period).FirstOrDefault(p => p is not null)))
            .OrderBy(v => SourceRank(v.Primary.Source))
            .ThenBy(v => v.Value, StringComparer.Ordinal)
            .ToList();
        return new FacetStatus(facet, values);
    }

    private static IEnumerable<Reading> Read(CountryDocument document, int year, ComparisonOptions options)
    {
        // The extractor already turns status-stating statements into facts; documents stored
        // before it did (or written by other tools) get the same facts here. Derive never
        // replaces a fact the document has, so a table row wins over a sentence.
        var statements = document.Statements.Where(s => s.Confidence >= options.MinStatementConfidence).ToList();
        var info = new DocumentInfo(null, null, year, document.Source, document.DocumentId);
        var facts = document.Facts.Concat(StatementFacts.Derive(statements, document.Facts, info, new List<string>()));
        foreach (var fact in facts)
        {
            var value = FacetValues.Normalize(fact.Value);
            if (value.Length == 0)
            {
                continue;
            }

            var source = new ValueSource(document.DocumentId, document.Source, year, fact.Evidence, fact.Page, document.BlobName);
            if (StatementBehind(fact, document.Statements) is { } statement)
            {
                source = source with { StatementAction = statement.Action ?? string.Empty, Date = NormalizedDate(statement.Field("date")) };
            }

            yield return new Reading(fact.Facet, value, fact.Period, source);
        }
    }

    /// <summary>The statement a status fact was read from (its evidence is the statement's text), if any.</summary>
    private static Statement? StatementBehind(Fact fact, IReadOnlyList<Statement> statements)
    {
        var category = fact.Facet switch
        {
            MoratoriumFacet or MoratoriumUntilFacet => "inspection_moratorium",
            _ when fact.Facet.StartsWith(ActionPlanPrefix, StringComparison.Ordinal) => "action_plan",
            _ when fact.Facet.StartsWith(RatificationPrefix, StringComparison.Ordinal) => "ratification",
            _ => null,
        };
        if (category is null)
        {
            return null;
        }

        var candidates = statements.Where(s => s.Category == category && s.Text == fact.Evidence).ToList();
        return fact.Facet == MoratoriumUntilFacet
            ? candidates.FirstOrDefault(s => NormalizedDate(s.Field("until")) == FacetValues.Normalize(fact.Value)) ?? candidates.FirstOrDefault()
            : candidates.FirstOrDefault();
    }

    private static string? NormalizedDate(string? value)
    {
        if (value is null)
        {
            return null;
        }

        // "2017-03" and "2017" are dates too, as precise as the report gives them.
        var normalized = FacetValues.Normalize(value);
        return FacetValues.IsIsoDate(normalized) ? normalized : null;
    }
}
