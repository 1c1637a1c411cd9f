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

        // The title may wrap ("… Children's Work and" / "Education") beside a figure.
        var start = chapter.Find(r => r.Key.Contains("statistics on children's work and education", StringComparison.Ordinal));
        if (start < 0)
        {
            start = chapter.Find(r => r.Key.StartsWith("table", StringComparison.Ordinal) && r.Key.Contains("statistics on children's work and", StringComparison.Ordinal));
        }

        if (start < 0)
        {
            yield break;
        }

        if (TerritoryColumns(chapter, start) is { } columns)
        {
            foreach (var fact in ReadColumns(chapter, columns))
            {
                yield return fact;
            }

            yield break;
        }

        if (TerritoryHeader(rows, start) is { } header)
        {
            foreach (var fact in ReadTerritories(chapter, header))
            {
                yield return fact;
            }

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
            if (row.Cells.Count > 1 && BareNumber().IsMatch(row.Cells[1]) && i + 1 < rows.Count && AgeEnd().IsMatch(rows[i + 1].First))
            {
                // The age range wrapped ("7" / "to 14") and took the figure onto the next line.
                value = ValueOf(rows[i + 1].Cells.Skip(1));
                evidence.Add(rows[i + 1]);
            }
            else if (value is null && i + 1 < rows.Count && AgeRange().IsMatch(rows[i + 1].First))
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

    /// <summary>
    /// The 2016–2017 layout: one column per territory under "Percent" ("All Pakistan | Punjab
    /// Province | Sindh Province", "All [Somalia] | Puntland | Somaliland"). The header line is the
    /// one whose every cell is a territory name, one of them the whole country; null when there is none.
    /// </summary>
    private static (int Index, List<(double Left, IReadOnlyList<string> Slugs)> Columns)? TerritoryColumns(UsdolChapter chapter, int start)
    {
        var rows = chapter.Rows;
        for (var i = start + 1; i < rows.Count && i < start + 5; i++)
        {
            var row = rows[i];
            if (row.Lefts is not { } lefts || row.Cells.Count < 2 || !row.Cells.Any(c => Territories.IsWholeCountry(c)))
            {
                continue;
            }

            var columns = new List<(double, IReadOnlyList<string>)>();
            for (var c = 0; c < row.Cells.Count; c++)
            {
                if (UsdolValues.Key(row.Cells[c]) is "children" or "age" or "percent")
                {
                    // The table's own headings share the line in some years.
                    continue;
                }

                if (UsdolValues.Percent(row.Cells[c]) is not null || UsdolValues.Status(row.Cells[c]) is not null || chapter.TerritoryNames.Resolve(row.Cells[c]) is not { } slugs)
                {
                    columns.Clear();
                    break;
                }

                columns.Add((lefts[c], slugs));
            }

            if (columns.Count >= 2)
            {
                return (i, columns);
            }
        }

        return null;
    }

    /// <summary>Each measure's value in each territory's column (by where the cell starts), the whole country's under the plain facet.</summary>
    private static IEnumerable<Fact> ReadColumns(UsdolChapter chapter, (int Index, List<(double Left, IReadOnlyList<string> Slugs)> Columns) header)
    {
        var rows = chapter.Rows;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = string.Join(" | ", rows[header.Index].Cells.Where(c => UsdolValues.Key(c) is not ("children" or "age" or "percent")));
        for (var i = header.Index + 1; i < rows.Count && i < header.Index + 12; i++)
        {
            var row = rows[i];
            if (row.Lefts is not { } lefts || !row.IsTableRow)
            {
                break;
            }

            var (_, facet) = Measures.FirstOrDefault(m => LabelMatches(row.Key, m.Prefix));
            if (facet is null)
            {
                continue;
            }

            for (var c = 1; c < row.Cells.Count; c++)
            {
                var value = UsdolValues.Percent(row.Cells[c]) ?? (UsdolValues.Status(row.Cells[c]) == "Unavailable" ? "Unavailable" : null);
                if (value is null || AgeRange().IsMatch(row.Cells[c]))
                {
                    continue;
                }

                var column = header.Columns.MinBy(col => Math.Abs(col.Left - lefts[c]));
                if (Math.Abs(column.Left - lefts[c]) > 30)
                {
                    continue;
                }

                var evidence = $"{row.Text} ({names})";
                foreach (var target in column.Slugs.Count == 0 ? [facet] : column.Slugs.Select(slug => Territories.Qualify(facet, slug)))
                {
                    if (seen.Add(target))
                    {
                        yield return UsdolChapter.FromText(target, value, evidence, row);
                    }
                }
            }
        }
    }

    /// <summary>The header line "Children | Related Entity | Age | Percent" with where each column starts; null when the table has no entity column.</summary>
    private static (int Index, double Entity, double Percent)? TerritoryHeader(IReadOnlyList<Row> rows, int start)
    {
        for (var i = start + 1; i < rows.Count && i < start + 5; i++)
        {
            if (rows[i].Lefts is not { } lefts)
            {
                continue;
            }

            var entity = rows[i].Cells.Select((c, n) => (Key: UsdolValues.Key(c), Left: lefts[n])).FirstOrDefault(c => c.Key == "related entity");
            var percent = rows[i].Cells.Select((c, n) => (Key: UsdolValues.Key(c), Left: lefts[n])).FirstOrDefault(c => c.Key == "percent");
            if (entity.Key is not null && percent.Key is not null && entity.Left < percent.Left)
            {
                return (i, entity.Left, percent.Left);
            }
        }

        return null;
    }

    /// <summary>
    /// A statistics table with a "Related Entity" column (Pakistan from 2018: "All Pakistan",
    /// "Punjab Province", …): each territory's line under a measure becomes facet@territory, the
    /// whole country's the plain facet. Labels wrap over several lines between the territories
    /// ("Working" / "(% and" / "population)"), so a label cell starts a measure only when it opens
    /// one; only the cell in the Percent column is read (the sector figure beside the table sets
    /// its percentages on the same lines). A territory that cannot be read is a warning.
    /// </summary>
    private static IEnumerable<Fact> ReadTerritories(UsdolChapter chapter, (int Index, double Entity, double Percent) header)
    {
        var rows = chapter.Rows;
        var names = chapter.TerritoryNames;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? facet = null;
        var label = string.Empty;
        for (var i = header.Index + 1; i < rows.Count && i < header.Index + 40; i++)
        {
            var row = rows[i];
            if (row.Lefts is not { } lefts || row.Key.StartsWith("source", StringComparison.Ordinal) || UsdolChapter.IsPageFurniture(row))
            {
                break;
            }

            var labelCells = row.Cells.Where((_, n) => lefts[n] < header.Entity - 10).ToList();
            if (labelCells.Count > 0)
            {
                var text = string.Join(' ', labelCells);
                var key = UsdolValues.Key(text);
                if (Measures.FirstOrDefault(m => key.StartsWith(m.Prefix.Split(' ')[0], StringComparison.Ordinal)) is { Facet: { } opened })
                {
                    facet = opened;
                    label = text;
                }
                else if (key.StartsWith("primary", StringComparison.Ordinal) || key.StartsWith("children", StringComparison.Ordinal))
                {
                    facet = null;
                }
                else
                {
                    label += " " + text;
                }
            }

            var entityIndex = Enumerable.Range(0, row.Cells.Count).FirstOrDefault(n => Math.Abs(lefts[n] - header.Entity) < 15, -1);
            if (facet is null || entityIndex < 0)
            {
                continue;
            }

            var entity = row.Cells[entityIndex];
            var value = PercentCell(row, lefts, header.Percent);
            var evidenceRows = new List<Row> { row };
            if (value is null && i + 1 < rows.Count && rows[i + 1].Lefts is { } nextLefts
                && !rows[i + 1].Cells.Where((_, n) => Math.Abs(nextLefts[n] - header.Entity) < 15).Any())
            {
                // The age wrapped ("10" / "to 14") and took the figure down with it.
                value = PercentCell(rows[i + 1], nextLefts, header.Percent);
                evidenceRows.Add(rows[i + 1]);
            }

            if (value is null)
            {
                continue;
            }

            var slugs = names.Resolve(entity);
            if (slugs is null)
            {
                chapter.Warnings.Add($"Statistics table, page {row.Line.Page}: the territory of '{entity}' could not be read; {facet} for it was left out.");
                continue;
            }

            var evidence = $"{label}: {string.Join(' ', evidenceRows.SelectMany(r => r.Cells.Where((_, n) => r.Lefts![n] >= header.Entity - 10 && r.Lefts[n] < header.Percent + 40)))}";
            foreach (var target in slugs.Count == 0 ? [facet] : slugs.Select(slug => Territories.Qualify(facet, slug)))
            {
                if (seen.Add(target))
                {
                    yield return UsdolChapter.FromText(target, value, evidence, row);
                }
            }
        }
    }

    private static string? PercentCell(Row row, IReadOnlyList<double> lefts, double percentLeft)
    {
        for (var n = 0; n < row.Cells.Count; n++)
        {
            if (Math.Abs(lefts[n] - percentLeft) < 20)
            {
                return UsdolValues.Percent(row.Cells[n]) ?? (UsdolValues.Status(row.Cells[n]) == "Unavailable" ? "Unavailable" : null);
            }
        }

        return null;
    }

    private static bool LabelMatches(string key, string prefix) =>
        key.StartsWith(prefix, StringComparison.Ordinal)
        && (key.Length == prefix.Length || key[prefix.Length] is ' ' or '(')
        && !key.StartsWith("working children by", StringComparison.Ordinal);

    private static string? ValueOf(IEnumerable<string> cellsToRead)
    {
        var cells = cellsToRead.ToList();
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (AgeRange().IsMatch(cell))
            {
                continue;
            }

            if (i + 1 < cells.Count && cells[i + 1].StartsWith("to ", StringComparison.Ordinal) && AgeRange().IsMatch(cell + " " + cells[i + 1]))
            {
                // An age range cut in two ("7" | "to 14"): its first number is no percentage.
                i++;
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

    [GeneratedRegex(@"^\d{1,2}$")]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"^to \d{1,2}$")]
    private static partial Regex AgeEnd();

    [GeneratedRegex(@"^\d{1,2}\s*(?:to|-|–)\s*\d{1,2}(?:\s*yrs\.?)?$")]
    private static partial Regex AgeRange();
}
