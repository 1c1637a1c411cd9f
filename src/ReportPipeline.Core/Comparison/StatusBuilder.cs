using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Comparison;

/// <summary>
/// Builds the status of every reporting year of a country from all its documents. All sources
/// count alike: a chapter and the publisher's dataset are both USDOL, an ILO baseline or a web
/// page may speak to ratifications and plans. Agreeing documents give one value with several
/// sources; disagreeing documents leave the facet in conflict for that year.
/// </summary>
public static class StatusBuilder
{
    public const string MoratoriumFacet = "labor_inspection.moratorium";
    public const string MoratoriumUntilFacet = "labor_inspection.moratorium_until";
    public const string ActionPlanPrefix = "policy.action_plan.";
    public const string RatificationPrefix = "ratification.";

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
        var values = readings
            .GroupBy(r => r.Value, StringComparer.Ordinal)
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
        var facts = document.Facts
            .Select(f => new Reading(
                f.Facet,
                FacetValues.Normalize(f.Value),
                f.Period,
                new ValueSource(document.DocumentId, document.Source, year, f.Evidence, f.Page, document.BlobName)))
            .Where(r => r.Value.Length > 0)
            .ToList();
        var factFacets = facts.Select(f => f.Facet).ToHashSet(StringComparer.Ordinal);

        // Statements fill in facets the document has no fact for; a fact read from a table wins
        // over a sentence of the same document.
        var derived = FromStatements(document, year, options).Where(r => !factFacets.Contains(r.Facet));
        return facts.Concat(derived);
    }

    private static IEnumerable<Reading> FromStatements(CountryDocument document, int year, ComparisonOptions options)
    {
        var ordered = document.Statements
            .Select((s, i) => (Statement: s, Index: i))
            .Where(x => x.Statement.Confidence >= options.MinStatementConfidence)
            .OrderBy(x => x.Statement.Page ?? 0)
            .ThenBy(x => x.Statement.Offset ?? 0)
            .ThenBy(x => x.Index)
            .Select(x => x.Statement)
            .ToList();

        ValueSource SourceOf(Statement s) => new(
            document.DocumentId, document.Source, year, s.Text, s.Page, document.BlobName,
            s.Action ?? string.Empty, NormalizedDate(s.Field("date")));

        // The last thing a report says about its moratorium is where it stands at the end of the year.
        var moratorium = ordered.Where(s => s.Category == "inspection_moratorium" && s.Action is "imposed" or "extended" or "continued" or "lifted").ToList();
        if (moratorium.Count > 0)
        {
            var last = moratorium[^1];
            yield return new Reading(MoratoriumFacet, last.Action == "lifted" ? "Lifted" : "Active", null, SourceOf(last));
            if (last.Action != "lifted")
            {
                var withEnd = moratorium.LastOrDefault(s => s.Action != "lifted" && NormalizedDate(s.Field("until")) is not null);
                if (withEnd is not null)
                {
                    yield return new Reading(MoratoriumUntilFacet, NormalizedDate(withEnd.Field("until"))!, null, SourceOf(withEnd) with { Date = NormalizedDate(withEnd.Field("until")) });
                }
            }
        }

        var plans = ordered
            .Where(s => s.Category == "action_plan" && !string.IsNullOrWhiteSpace(s.Field("name")) && PlanValue(s.Action) is not null)
            .GroupBy(s => FacetValues.Slug(s.Field("name")!), StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0);
        foreach (var plan in plans)
        {
            var last = plan.Last();
            yield return new Reading(ActionPlanPrefix + plan.Key, PlanValue(last.Action)!, last.Field("period"), SourceOf(last));
        }

        var ratifications = ordered
            .Where(s => s.Category == "ratification" && s.Action is "ratified" or "not_ratified" && IsKey(s.Field("instrument")))
            .GroupBy(s => s.Field("instrument")!, StringComparer.Ordinal);
        foreach (var ratification in ratifications)
        {
            var last = ratification.Last();
            yield return new Reading(RatificationPrefix + ratification.Key, last.Action == "ratified" ? "Ratified" : "Not ratified", null, SourceOf(last));
        }
    }

    private static string? PlanValue(string? action) => action switch
    {
        "adopted" => "Adopted",
        "active" => "Active",
        "expired" => "Expired",
        "drafted" => "Drafted",
        _ => null,
    };

    private static bool IsKey(string? instrument) =>
        !string.IsNullOrEmpty(instrument) && instrument.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');

    private static string? NormalizedDate(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var normalized = FacetValues.Normalize(value);
        return FacetValues.TryDate(normalized, out _) ? normalized : null;
    }
}
