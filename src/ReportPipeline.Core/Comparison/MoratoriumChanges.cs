using System.Globalization;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Comparison;

/// <summary>
/// A country's moratorium told over the years, by the dates its reports give rather than year
/// against year: a moratorium whose end date passed before the next reporting year has expired
/// (an alert, even when the next report no longer mentions it); one in force again after a year
/// without one is imposed (high severity), whatever verb the report uses; an extension is compared
/// with the end date in force the year before, never with an older one that had expired; a lift
/// is an alert. A year whose documents disagree about the moratorium is neither compared nor used.
/// </summary>
internal static class MoratoriumChanges
{
    public static bool Handles(string facet) => facet is StatusBuilder.MoratoriumFacet or StatusBuilder.MoratoriumUntilFacet;

    public static IEnumerable<Change> Detect(IReadOnlyList<CountryYearStatus> years)
    {
        Side? last = null;        // the latest year that said anything about a moratorium
        Side? end = null;         // the end date of the moratorium in force, as last reported
        var inForce = false;
        for (var i = 0; i < years.Count; i++)
        {
            var year = years[i];
            if (year.Facets.TryGetValue(StatusBuilder.MoratoriumFacet, out var status) && status.IsConflict)
            {
                continue;
            }

            var previousYear = i > 0 ? years[i - 1].Year : (int?)null;
            var value = year.Value(StatusBuilder.MoratoriumFacet);
            var until = year.Value(StatusBuilder.MoratoriumUntilFacet) is { } u ? new Side(year.Year, u) : null;
            var ran = inForce && end is not null && Passed(end.Text, year.Year);

            if (value is null)
            {
                if (ran)
                {
                    yield return Expired(end!, year);
                    inForce = false;
                }

                continue;
            }

            var now = new Side(year.Year, value);
            if (now.Text == "Active")
            {
                if (!inForce || (ran && IsNewlyImposed(now, end!.Year)))
                {
                    if (ran)
                    {
                        yield return Expired(end!, year);
                    }

                    // After a moratorium that ended, any moratorium in force is a new one; in a
                    // country's first reported moratorium the report must say it began then.
                    if (previousYear is { } from && (last is not null || IsNewlyImposed(now, from)))
                    {
                        yield return Make(StatusBuilder.MoratoriumFacet, from, last?.Text, last?.Value.Primary, now,
                            AlertDirection.Worsening, AlertSeverity.High, ImposedPhrase(until), now.Value.Primary.Date);
                    }
                }
                else if (until is not null)
                {
                    if (end is not null)
                    {
                        if (EndChange(end, until) is { } change)
                        {
                            yield return change;
                        }
                    }
                    else if (until.Value.Primary.StatementAction == "extended" && previousYear is { } from)
                    {
                        yield return Make(StatusBuilder.MoratoriumUntilFacet, from, null, last?.Value.Primary, until,
                            AlertDirection.Worsening, AlertSeverity.High, $"moratorium on labor inspections extended until {FacetValues.Words(until.Text)}", until.Text);
                    }
                }

                inForce = true;
                end = until ?? (ran ? null : end);
            }
            else
            {
                // Lifted or None: no moratorium in force.
                if (inForce)
                {
                    yield return Make(StatusBuilder.MoratoriumFacet, last!.Year, last.Text, last.Value.Primary, now,
                        AlertDirection.Improving, AlertSeverity.High, "moratorium on labor inspections lifted", now.Value.Primary.Date);
                }
                else if (last is null && previousYear is { } from && now.Value.Primary.StatementAction == "lifted" && !IsBefore(now.Value.Primary.Date, from))
                {
                    yield return Make(StatusBuilder.MoratoriumFacet, from, null, null, now,
                        AlertDirection.Improving, AlertSeverity.High, "moratorium on labor inspections lifted", now.Value.Primary.Date);
                }

                inForce = false;
                end = null;
            }

            last = now;
        }
    }

    /// <summary>The report says the moratorium began after <paramref name="since"/>: imposed, or dated after that year.</summary>
    // What the report says happened wins over dates: a moratorium it says was extended is the old one
    // carried on (even when the extension came after the old end date), not a new one.
    private static bool IsNewlyImposed(Side now, int since) => now.Value.Primary.StatementAction switch
    {
        "imposed" => true,
        "extended" or "lifted" => false,
        _ => now.Value.Primary.Date is { } date && YearOf(date) > since,
    };

    private static Change? EndChange(Side old, Side now)
    {
        if (!FacetValues.IsIsoDate(old.Text) || !FacetValues.IsIsoDate(now.Text))
        {
            return old.Text == now.Text ? null : Make(StatusBuilder.MoratoriumUntilFacet, old.Year, old.Text, old.Value.Primary, now,
                AlertDirection.Neutral, AlertSeverity.Low, $"moratorium end changed from {old.Text} to {now.Text}", null);
        }

        // "until 2022" one year and "until January 1, 2022" the next is one end date told more precisely.
        if (old.Text.StartsWith(now.Text, StringComparison.Ordinal) || now.Text.StartsWith(old.Text, StringComparison.Ordinal))
        {
            return null;
        }

        // ISO dates of any precision order as strings once neither is a prefix of the other.
        return string.CompareOrdinal(now.Text, old.Text) > 0
            ? Make(StatusBuilder.MoratoriumUntilFacet, old.Year, old.Text, old.Value.Primary, now, AlertDirection.Worsening, AlertSeverity.High,
                $"moratorium on labor inspections extended until {FacetValues.Words(now.Text)}", now.Text)
            : Make(StatusBuilder.MoratoriumUntilFacet, old.Year, old.Text, old.Value.Primary, now, AlertDirection.Improving, AlertSeverity.Medium,
                $"moratorium on labor inspections now ends {FacetValues.Words(now.Text)} (was {FacetValues.Words(old.Text)})", now.Text);
    }

    /// <summary>
    /// The moratorium's end date passed before <paramref name="year"/>: the new year's report is
    /// compared with a moratorium that had ended, and the old report's end date is the evidence.
    /// </summary>
    private static Change Expired(Side end, CountryYearStatus year)
    {
        var source = WitnessOf(year) ?? end.Value.Primary with { Year = year.Year, Evidence = string.Empty, Page = null };
        var side = new Side(year.Year, new SourcedValue("Expired", [source with { StatementAction = "expired", Date = end.Text }]));
        return Make(StatusBuilder.MoratoriumFacet, end.Year, "Active", end.Value.Primary, side,
            AlertDirection.Improving, AlertSeverity.High, $"moratorium on labor inspections expired {(end.Text.Length == 10 ? "on" : "in")} {FacetValues.Words(end.Text)}", end.Text);
    }

    /// <summary>What the new year's report says about inspections happening (its table rows), as that year's evidence.</summary>
    private static ValueSource? WitnessOf(CountryYearStatus year)
    {
        foreach (var facet in (string[])["enforcement.labor.unannounced_inspections_permitted", "enforcement.labor.routine_inspections_conducted", "enforcement.labor.inspections"])
        {
            if (year.Value(facet) is { } value)
            {
                return value.Primary;
            }
        }

        var any = year.Facets.Values.SelectMany(f => f.Values).SelectMany(v => v.Sources).FirstOrDefault();
        return any is null ? null : any with { Evidence = string.Empty, Page = null };
    }

    /// <summary>An end date is past once the next reporting year begins: "until January 1, 2022" and "until 2021" have ended by 2022.</summary>
    private static bool Passed(string end, int year)
    {
        if (FacetValues.TryDate(end, out var date))
        {
            return date <= new DateOnly(year, 1, 1);
        }

        return YearOf(end) is { } endYear && endYear < year;
    }

    private static bool IsBefore(string? date, int year) => YearOf(date) is { } y && y < year;

    private static int? YearOf(string? iso) =>
        iso is { Length: >= 4 } && int.TryParse(iso.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    private static string ImposedPhrase(Side? until) =>
        until is null ? "moratorium on labor inspections imposed" : $"moratorium on labor inspections imposed until {FacetValues.Words(until.Text)}";

    private static Change Make(string facet, int fromYear, string? oldValue, ValueSource? oldEvidence, Side now, AlertDirection direction, AlertSeverity severity, string phrase, string? effectiveDate) =>
        new(facet, fromYear, oldValue, now.Text, oldEvidence, now, direction, severity, phrase, effectiveDate);
}
