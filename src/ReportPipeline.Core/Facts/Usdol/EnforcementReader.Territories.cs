using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Facts.Usdol;

/// <summary>
/// Enforcement tables with a "Related Entity" column: a label, then one line per territory
/// ("Number of Labor Inspectors | FBiH | 83 | Unknown", "RS | 43 | Unknown"). A value given for
/// a list of territories ("FBiH/RS/BD | 12") is given for each of them, a count included: that is
/// how the publisher's data records such a cell (each listed territory carries the joint figure),
/// so a territory's figure compares like with like from year to year; the evidence quotes the
/// list, so a reader sees the figure was given jointly. "All" is the whole country (plain facet).
/// </summary>
internal static partial class EnforcementReader
{
    private sealed record TerritoryValue(Label Label, string Entity, string Value, string Evidence, Row Row);

    /// <summary>The facts of every entity table, and the rows they took (the plain reader skips those).</summary>
    private static (List<Fact> Facts, HashSet<int> Rows) ReadTerritoryTables(UsdolChapter chapter)
    {
        var facts = new List<Fact>();
        var taken = new HashSet<int>();
        var rows = chapter.Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            if (!IsOverviewHeader(rows, i) || EntityColumns.FromEnforcementHeader(rows, i) is not { } columns)
            {
                continue;
            }

            var values = new List<TerritoryValue>();
            var end = ReadTerritoryTable(chapter, i, columns, values, taken);
            facts.AddRange(Resolve(chapter, values));
            i = end - 1;
        }

        return (facts, taken);
    }

    /// <summary>
    /// "Overview of Labor Law Enforcement | Related Entity | 2017 | 2018", or the same heading
    /// wrapped: "Overview of Labor Law" alone, the column headings on the next line and
    /// "Enforcement" on the one after.
    /// </summary>
    private static bool IsOverviewHeader(IReadOnlyList<Row> rows, int index)
    {
        var key = rows[index].Key;
        if (key.StartsWith("overview of labor law enforcement", StringComparison.Ordinal)
            || key.StartsWith("overview of criminal law enforcement", StringComparison.Ordinal))
        {
            return true;
        }

        return rows[index].Cells.Count == 1 && key is "overview of labor law" or "overview of criminal law"
            && rows.Skip(index + 1).Take(2).Any(r => r.Cells.Count == 1 && r.Key == "enforcement");
    }

    /// <summary>Reads one table (and its continuation after a page break); returns the index of the row after it.</summary>
    private static int ReadTerritoryTable(UsdolChapter chapter, int header, EntityColumns columns, List<TerritoryValue> values, HashSet<int> taken)
    {
        var rows = chapter.Rows;
        var skipping = false;
        Label? current = null;
        string? currentText = null;
        var i = header + 1;
        for (; i < rows.Count; i++)
        {
            var row = rows[i];
            if (IsOverviewHeader(rows, i))
            {
                // The table goes on after a page break with its header repeated (same kind only).
                if (!skipping || !row.Key.StartsWith(UsdolValues.Key(rows[header].First), StringComparison.Ordinal))
                {
                    break;
                }

                columns = EntityColumns.FromEnforcementHeader(rows, i) ?? columns;
                skipping = false;
                taken.Add(i);
                continue;
            }

            if (UsdolChapter.IsPageFurniture(row) || (skipping && !row.IsTableRow))
            {
                skipping = true;
                continue;
            }

            if (skipping || row.Lefts is null || (!row.IsTableRow && (row.Text.Length > 60 || row.Text[0] is '*' or '‡' or '†')))
            {
                if (!skipping)
                {
                    break;
                }

                continue;
            }

            var (label, entity, cells) = columns.Split(row);
            EntityColumns.SplitValueFromEntity(entity, cells, c => UsdolValues.Count(c) is not null || UsdolValues.Status(c) is not null);
            if (label.Count > 0)
            {
                var text = string.Join(' ', label);
                var next = i + 1 < rows.Count ? rows[i + 1] : null;
                if (TerritoryLabel(text, null) is null && currentText is not null && TerritoryLabel(currentText + " " + text, null) is { } continued)
                {
                    // The label's last words on a line of their own ("Number of Labor Inspections" /
                    // "Conducted"), beside the next territory: the row goes on.
                    current = continued;
                    currentText += " " + text;
                }
                else
                {
                    current = TerritoryLabel(text, next is null ? null : columns.Split(next).Label);
                    currentText = text;
                }
            }

            taken.Add(i);
            if (current is null || cells.Count == 0)
            {
                continue;
            }

            var value = CurrentValue(cells, current.Kind);
            if (value is null)
            {
                continue;
            }

            var entityText = string.Join(' ', entity);
            var evidence = $"{currentText}: {(entityText.Length > 0 ? entityText + " " : string.Empty)}{string.Join(' ', cells)}";
            values.Add(new TerritoryValue(current, entityText, value, evidence, row));
        }

        return i;
    }

    /// <summary>The label a label cell names, whole or completed by the next line's label cell; null for rows not read.</summary>
    private static Label? TerritoryLabel(string text, List<string>? nextLabel)
    {
        var key = UsdolValues.Key(text);
        if (OtherLabels.Any(o => key.StartsWith(o, StringComparison.Ordinal)) && !Labels.Any(l => l.Text == key))
        {
            return null;
        }

        if (Labels.FirstOrDefault(l => l.Text == key) is { } exact)
        {
            return exact;
        }

        if (nextLabel is { Count: > 0 })
        {
            var joined = key + " " + UsdolValues.Key(string.Join(' ', nextLabel));
            if (Labels.FirstOrDefault(l => l.Text == joined) is { } wrapped)
            {
                return wrapped;
            }
        }

        return null;
    }

    private static IEnumerable<Fact> Resolve(UsdolChapter chapter, List<TerritoryValue> values)
    {
        var names = chapter.TerritoryNames;
        names.Learn(values.Select(v => v.Entity).Where(e => e.Length > 0));
        var resolved = new List<(TerritoryValue Value, IReadOnlyList<string> Facets)>();
        foreach (var value in values)
        {
            IReadOnlyList<string>? facets = value.Entity.Length == 0 ? [value.Label.Facet] : EntityResolution.Facets(value.Label.Facet, value.Entity, names);
            if (facets is null)
            {
                chapter.Warnings.Add($"Enforcement table, page {value.Row.Line.Page}: the territory of '{value.Evidence}' could not be read; {value.Label.Facet} for it was left out.");
                continue;
            }

            resolved.Add((value, facets));
        }

        // A territory's own line says more than a list it is part of, wherever the list stands.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (value, facets) in resolved.Where(r => r.Facets.Count == 1).Concat(resolved.Where(r => r.Facets.Count > 1)))
        {
            foreach (var facet in facets)
            {
                if (seen.Add(facet))
                {
                    yield return UsdolChapter.FromText(facet, value.Value, value.Evidence, value.Row);
                }
            }
        }
    }
}
