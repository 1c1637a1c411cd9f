using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Facts.Usdol;

/// <summary>
/// Where a table's "Related Entity" column sits, read from its header lines, so that each cell of
/// a row can be told to be a label, a territory or a value by where it starts on the page. Rows of
/// such tables wrap: a territory's name goes on under the label's next words, and without the
/// positions a wrapped name could not be told from a wrapped label.
/// </summary>
internal sealed record EntityColumns(double LabelLeft, double EntityLeft, double ValuesLeft)
{
    internal enum Column
    {
        Label,
        Entity,
        Value,
    }

    private static readonly HashSet<string> HeaderWords = new(StringComparer.Ordinal)
    {
        "standard", "related entity", "related", "entity", "meets", "international", "standards", "meets international",
        "standards: yes/no", "meets international standards", "meets international standards: yes/no", "age", "legislation",
        "international standards",
    };

    /// <summary>The header line of a laws table, or one of its lines ("Related" / "Entity" above and below).</summary>
    public static bool IsLawsHeader(Row row) => row.Cells.All(c => HeaderWords.Contains(UsdolValues.Key(c)));

    /// <summary>
    /// The columns of a laws table from its consecutive header lines; null when the header has no
    /// "Related Entity" column or the positions are unknown.
    /// </summary>
    public static EntityColumns? FromLawsHeader(IReadOnlyList<Row> header)
    {
        double? label = null, entity = null, values = null;
        foreach (var row in header)
        {
            if (row.Lefts is not { } lefts)
            {
                return null;
            }

            for (var c = 0; c < row.Cells.Count; c++)
            {
                var key = UsdolValues.Key(row.Cells[c]);
                if (key == "standard")
                {
                    label = lefts[c];
                }
                else if (key is "related entity" or "related" or "entity")
                {
                    entity = Math.Min(entity ?? double.MaxValue, lefts[c]);
                }
                else
                {
                    values = Math.Min(values ?? double.MaxValue, lefts[c]);
                }
            }
        }

        return label is not null && entity is not null && values is not null && label < entity && entity < values
            ? new EntityColumns(label.Value, entity.Value, values.Value)
            : null;
    }

    /// <summary>
    /// The columns of an enforcement table: "Overview of … Law Enforcement | Related Entity | 2018 | 2019"
    /// (the entity heading sometimes split over the lines around it). Null without an entity column.
    /// </summary>
    public static EntityColumns? FromEnforcementHeader(IReadOnlyList<Row> rows, int headerIndex)
    {
        var header = rows[headerIndex];
        if (header.Lefts is not { } lefts)
        {
            return null;
        }

        double? entity = null, values = null;
        for (var c = 1; c < header.Cells.Count; c++)
        {
            var key = UsdolValues.Key(header.Cells[c]);
            if (key is "related entity" or "related" or "entity")
            {
                entity = lefts[c];
            }
            else if (values is null && YearHeading(key))
            {
                values = lefts[c];
            }
        }

        // "Related" above the header line and "Entity" below it.
        foreach (var near in new[] { headerIndex - 1, headerIndex + 1 })
        {
            if (entity is null && near >= 0 && near < rows.Count && rows[near] is { Lefts: { } nearLefts } other
                && other.Cells.Count == 1 && UsdolValues.Key(other.First) is "related" or "entity")
            {
                entity = nearLefts[0];
            }
        }

        return entity is not null && values is not null && lefts[0] < entity && entity < values
            ? new EntityColumns(lefts[0], entity.Value, values.Value)
            : null;
    }

    private static bool YearHeading(string key) => key.Length == 4 && key.All(char.IsAsciiDigit);

    /// <summary>Which column a cell starting at <paramref name="left"/> is in: the nearest column start to its left, with half the gap as slack.</summary>
    public Column Of(double left)
    {
        if (left < (LabelLeft + EntityLeft) / 2)
        {
            return Column.Label;
        }

        return left < (EntityLeft + ValuesLeft) / 2 ? Column.Entity : Column.Value;
    }

    /// <summary>The cells of a row by column, each list in reading order.</summary>
    public (List<string> Label, List<string> Entity, List<string> Values) Split(Row row)
    {
        var label = new List<string>();
        var entity = new List<string>();
        var values = new List<string>();
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var column = row.Lefts is { } lefts ? Of(lefts[c]) : Column.Label;
            (column switch { Column.Label => label, Column.Entity => entity, _ => values }).Add(row.Cells[c]);
        }

        return (label, entity, values);
    }
}

/// <summary>The territories of one table, resolved once every entity cell of it is known.</summary>
internal static class EntityResolution
{
    /// <summary>
    /// Facets for one value read from a territory's cell: one per named territory, or the plain
    /// facet when the cell names the whole country or every territory the table names.
    /// Null when the name cannot be read with confidence.
    /// </summary>
    public static IReadOnlyList<string>? Facets(string facet, string entity, TerritoryNames names, IReadOnlySet<string> tableTerritories)
    {
        if (names.Resolve(entity) is not { } slugs)
        {
            return null;
        }

        if (slugs.Count == 0 || (slugs.Count > 1 && tableTerritories.Count > 1 && tableTerritories.All(slugs.Contains)))
        {
            return [facet];
        }

        return [.. slugs.Select(s => Territories.Qualify(facet, s))];
    }

    /// <summary>The single territories a table names (its lists and "All" left out).</summary>
    public static HashSet<string> TableTerritories(IEnumerable<string> entities, TerritoryNames names)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (names.Resolve(entity) is [var single])
            {
                result.Add(single);
            }
        }

        return result;
    }
}
