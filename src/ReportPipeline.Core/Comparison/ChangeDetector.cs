using System.Globalization;
using ReportPipeline.Core.Facts;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Comparison;

/// <summary>
/// Compares each reporting year of a country with the facet's previous reported value (gaps
/// allowed) and turns every meaningful difference into an alert; reports each disagreement
/// between documents of one year as a conflict. A facet a year does not mention is not a
/// change, and a year in conflict on a facet is neither compared nor used as a baseline.
/// </summary>
public sealed class ChangeDetector
{
    public const string KindChange = "change";
    public const string KindStatement = "statement";
    public const string KindConflict = "conflict";

    private readonly ComparisonOptions _options;

    public ComparisonOptions Options => _options;

    public ChangeDetector(ComparisonOptions? options = null)
    {
        _options = options ?? ComparisonOptions.Default;
        _options.Validate();
    }

    /// <summary>Every alert the statuses of one country give, oldest first; the same statuses always give the same alerts.</summary>
    public IReadOnlyList<Alert> Detect(IReadOnlyList<CountryYearStatus> statuses, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var years = statuses.OrderBy(s => s.Year).ToList();
        var alerts = new List<Alert>();
        foreach (var status in years)
        {
            alerts.AddRange(status.Conflicts.Select(c => ConflictAlert(status, c, createdAt)));
        }

        var facets = years.SelectMany(s => s.Facets.Keys).Distinct(StringComparer.Ordinal).Where(f => !MoratoriumChanges.Handles(f)).Order(StringComparer.Ordinal);
        var changes = new List<Change>(MoratoriumChanges.Detect(years));
        foreach (var facet in facets)
        {
            // A territory's facet (legal.minimum_age_work.meets@republika-srpska) follows the rules of
            // its plain facet; a year that gives the value for the whole country gives it for the territory too,
            // except a count: the country's 1,940 inspections are not one province's.
            var (plain, territory) = Territories.Split(facet);
            var inherits = territory is not null && !FacetKeys.Counts.Contains(plain);
            Side? previous = null;
            var previousFromWholeCountry = false;
            for (var i = 0; i < years.Count; i++)
            {
                var own = years[i].Value(facet);
                var current = own ?? (inherits ? years[i].Value(plain) : null);
                if (current is null)
                {
                    continue;
                }

                if (previous is not null && ChangeRules.KeepsBaseline(plain, previous, current))
                {
                    continue;
                }

                var side = new Side(years[i].Year, current);
                var fromWholeCountry = territory is not null && own is null;
                var change = previous is null
                    ? (i > 0 ? ChangeRules.Declared(plain, years[i - 1].Year, side) : null)
                    : ChangeRules.Compare(plain, previous, side, years[i], _options);

                // When neither year gives the territory a value of its own, the change is the whole country's
                // and its plain facet's alert tells it; one alert per territory as well would say it again.
                if (change is not null && !(fromWholeCountry && (previous is null || previousFromWholeCountry)))
                {
                    changes.Add(change with { Facet = facet });
                }

                previous = side;
                previousFromWholeCountry = fromWholeCountry;
            }
        }

        alerts.AddRange(ChangeRules.DropEchoes(ChangeRules.MergeReplacedPlans(changes)).Select(c => ChangeAlert(years[0], c, createdAt)));
        return [.. alerts.OrderBy(a => a.ToYear).ThenBy(a => a.FromYear).ThenBy(a => a.Facet, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal)];
    }

    private static Alert ChangeAlert(CountryYearStatus any, Change change, DateTimeOffset createdAt) => new()
    {
        Id = AlertIds.For(any.Iso2, KindChange, change.Facet, change.FromYear, change.To.Year, change.OldValue, change.NewValue),
        Iso2 = any.Iso2,
        Country = any.Country,
        Facet = change.Facet,
        Family = FacetFamilies.Of(change.Facet),
        Kind = change.To.Value.OnlyFromStatements ? KindStatement : KindChange,
        FromYear = change.FromYear,
        ToYear = change.To.Year,
        OldValue = change.OldValue,
        NewValue = change.NewValue,
        Direction = change.Direction,
        Severity = change.Severity,
        Title = $"{Territories.Place(any.Country, Territories.Split(change.Facet).Territory)}: {change.Phrase} ({change.FromYear} → {change.To.Year})",
        OldEvidence = change.OldEvidence?.ToEvidence(),
        NewEvidence = change.To.Value.Primary.ToEvidence(),
        EffectiveDate = change.EffectiveDate,
        CreatedAt = createdAt,
    };

    private static Alert ConflictAlert(CountryYearStatus status, FacetStatus conflict, DateTimeOffset createdAt)
    {
        var first = conflict.Values[0];
        var others = conflict.Values.Skip(1).ToList();
        var newValue = string.Join(" | ", others.Select(v => v.Value));
        return new Alert
        {
            Id = AlertIds.For(status.Iso2, KindConflict, conflict.Facet, status.Year, status.Year, first.Value, newValue),
            Iso2 = status.Iso2,
            Country = status.Country,
            Facet = conflict.Facet,
            Family = FacetFamilies.Conflict,
            Kind = KindConflict,
            FromYear = status.Year,
            ToYear = status.Year,
            OldValue = first.Value,
            NewValue = newValue,
            Direction = AlertDirection.Neutral,
            // A document that gives no status (N/A, Unknown) against one that does is the same
            // information-only case as a change to or from Unknown; two different statuses are not.
            Severity = conflict.Values.Any(v => FacetValues.IsNotAnAnswer(v.Value)) ? AlertSeverity.Info : AlertSeverity.Medium,
            Title = $"{Territories.Place(status.Country, Territories.Split(conflict.Facet).Territory)}: reports for {status.Year} disagree on {FacetLabels.Of(Territories.Split(conflict.Facet).Facet)} ({Describe(first)} vs {string.Join(", ", others.Select(Describe))})",
            OldEvidence = first.Primary.ToEvidence(),
            NewEvidence = others[0].Primary.ToEvidence(),
            CreatedAt = createdAt,
        };
    }

    private static string Describe(SourcedValue value) => $"{value.Value} in {SourceWords(value.Primary.Source)}";

    private static string SourceWords(string source) => source switch
    {
        Sources.UsdolFindings => "the USDOL chapter",
        Sources.UsdolDataset => "the USDOL dataset",
        Sources.IloAnnualReview => "the ILO annual review",
        Sources.WebPage => "a web page",
        _ => "another document",
    };

    internal static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}

/// <summary>One side of a comparison: a settled value and its year.</summary>
internal sealed record Side(int Year, SourcedValue Value)
{
    public string Text => Value.Value;
}

/// <summary>A meaningful difference, before it becomes an alert.</summary>
internal sealed record Change(
    string Facet,
    int FromYear,
    string? OldValue,
    string NewValue,
    ValueSource? OldEvidence,
    Side To,
    AlertDirection Direction,
    AlertSeverity Severity,
    string Phrase,
    string? EffectiveDate = null);
