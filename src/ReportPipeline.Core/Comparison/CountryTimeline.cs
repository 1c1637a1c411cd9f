using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Comparison;

/// <summary>One facet in one year of a timeline.</summary>
/// <param name="Value">The settled value; null when the year does not mention the facet or its documents disagree.</param>
/// <param name="Conflict">The year's documents disagree; <see cref="ConflictingValues"/> lists what they say.</param>
/// <param name="AlertIds">Alerts whose new side is this cell (a change arriving this year, or a conflict).</param>
public sealed record TimelineCell(int Year, string? Value, bool Conflict, IReadOnlyList<string> ConflictingValues, IReadOnlyList<string> AlertIds)
{
    public bool Changed => AlertIds.Count > 0;
}

public sealed record TimelineRow(string Facet, string Label, string Family, IReadOnlyList<TimelineCell> Cells);

/// <summary>A country's facet values across its reporting years, with the cells where an alert was raised.</summary>
public sealed record CountryTimeline(string Iso2, string Country, IReadOnlyList<int> Years, IReadOnlyList<TimelineRow> Rows)
{
    public static CountryTimeline Build(string iso2, IReadOnlyList<CountryYearStatus> statuses, IReadOnlyCollection<Alert> alerts)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        ArgumentNullException.ThrowIfNull(alerts);
        var years = statuses.Select(s => s.Year).Order().ToList();
        var byCell = alerts
            .Where(a => a.Review?.State != AlertReviewState.Dismissed)
            .ToLookup(a => (a.Facet, a.ToYear));
        var rows = statuses
            .SelectMany(s => s.Facets.Keys)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(f => FamilyOrder(FacetFamilies.Of(f)))
            .ThenBy(f => f, StringComparer.Ordinal)
            .Select(facet => new TimelineRow(
                facet,
                FacetLabels.RowLabel(facet),
                FacetFamilies.Of(facet),
                [.. statuses.OrderBy(s => s.Year).Select(s => Cell(s, facet, byCell[(facet, s.Year)]))]))
            .ToList();
        return new CountryTimeline(iso2.ToUpperInvariant(), statuses.FirstOrDefault()?.Country ?? iso2, years, Distinct(rows));
    }

    /// <summary>A reader cannot tell two rows of one label apart, so any label still shared names its whole key in words.</summary>
    private static List<TimelineRow> Distinct(List<TimelineRow> rows)
    {
        var shared = rows.GroupBy(r => r.Label, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return [.. rows.Select(r => shared.Contains(r.Label)
            ? r with { Label = $"{r.Label} ({r.Facet.Replace('.', ' ').Replace('_', ' ').Replace('@', ' ')})" }
            : r)];
    }

    private static TimelineCell Cell(CountryYearStatus status, string facet, IEnumerable<Alert> alerts)
    {
        var ids = alerts.Select(a => a.Id).Order(StringComparer.Ordinal).ToList();
        if (!status.Facets.TryGetValue(facet, out var facetStatus))
        {
            return new TimelineCell(status.Year, null, false, [], ids);
        }

        return facetStatus.IsConflict
            ? new TimelineCell(status.Year, null, true, [.. facetStatus.Values.Select(v => v.Value)], ids)
            : new TimelineCell(status.Year, facetStatus.Settled!.Value, false, [], ids);
    }

    private static int FamilyOrder(string family)
    {
        var index = FacetFamilies.All.ToList().IndexOf(family);
        return index < 0 ? int.MaxValue : index;
    }
}
