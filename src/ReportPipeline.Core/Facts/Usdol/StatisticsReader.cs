using System.Text.RegularExpressions;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Facts.Usdol;

/// <summary>
/// "Statistics on Children's Work and Education": Working (5 to 14), Attending School and
/// Combining Work and School, as percentages. "Unavailable" is kept as a value.
/// </summary>
internal static partial class StatisticsReader
{
    private static readonly (string Prefix, string Facet)[] Measures =
    [
        ("working", FacetKeys.WorkingChildrenPercent),
        ("attending school", FacetKeys.AttendingSchoolPercent),
        ("combining work and school", FacetKeys.CombiningWorkAndSchoolPercent),
    ];

    public static IEnumerable<Fact> Read(UsdolChapter chapter)
    {
        var rows = chapter.Rows;
        var start = chapter.Find(r => r.Key.Contains("statistics on children's work and education", StringComparison.Ordinal));
        if (start < 0)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = start + 1; i < rows.Count && i < start + 25; i++)
        {
            var row = rows[i];
            var (prefix, facet) = Measures.FirstOrDefault(r => LabelMatches(row.Key, r.Prefix));
            if (facet is null || seen.Contains(facet))
            {
                continue;
            }

            var value = ValueOf(row.Cells.Skip(1));
            var evidence = new List<Row> { row };
            if (value is null && i + 1 < rows.Count && AgeRange().IsMatch(rows[i + 1].First))
            {
                // A figure beside the table can push the age and the figure onto the next line.
                value = ValueOf(rows[i + 1].Cells.Skip(1));
                evidence.Add(rows[i + 1]);
            }

            if (value is not null)
            {
                seen.Add(facet);
                yield return UsdolChapter.FromRows(facet, value, [.. evidence]);
            }
        }
    }

    private static bool LabelMatches(string key, string prefix) =>
        key.StartsWith(prefix, StringComparison.Ordinal)
        && (key.Length == prefix.Length || key[prefix.Length] is ' ' or '(')
        && !key.StartsWith("working children by", StringComparison.Ordinal);

    private static string? ValueOf(IEnumerable<string> cells)
    {
        foreach (var cell in cells)
        {
            if (AgeRange().IsMatch(cell))
            {
                continue;
            }

            if (UsdolValues.Percent(cell) is { } percent)
            {
                return percent;
            }

            if (UsdolValues.Status(cell) == "Unavailable")
            {
                return "Unavailable";
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\d{1,2}\s*(?:to|-|–)\s*\d{1,2}(?:\s*yrs\.?)?$")]
    private static partial Regex AgeRange();
}
