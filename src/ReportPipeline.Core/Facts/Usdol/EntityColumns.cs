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
    public static bool IsLawsHeader(Row row) =>
        row.Cells.All(c => HeaderWords.Contains(UsdolValues.Key(c)))
        // A lone "Age" is the last line of "Compulsory Education" / "Age", not a heading.
        && !(row.Cells.Count == 1 && UsdolValues.Key(row.First) is "age" or "legislation" or "standard");

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
    /// The columns of an enforcement table: "Overview of … Law Enforcement | Related Entity | 2018 | 2019".
    /// The headings are not always there or apart ("Related Entity 2019" in one cell, no entity
    /// heading at all in 2016), so the value column is where the rows' values start and, without a
    /// heading, the entity column is where the short non-value cells between label and values start.
    /// Null when the table has no entity column.
    /// </summary>
    public static EntityColumns? FromEnforcementHeader(IReadOnlyList<Row> rows, int headerIndex)
    {
        var header = rows[headerIndex];
        if (header.Lefts is not { } lefts)
        {
            return null;
        }

        double? entity = null;
        for (var c = 1; c < header.Cells.Count; c++)
        {
            if (UsdolValues.Key(header.Cells[c]).StartsWith("related", StringComparison.Ordinal))
            {
                entity = lefts[c];
            }
        }

        // "Related" above the header line and "Entity" below it; or, where the heading wraps
        // ("Overview of Labor Law" / "Related Entity | 2017 | 2018" / "Enforcement"), the column
        // headings on the next line.
        foreach (var near in new[] { headerIndex - 1, headerIndex + 1 })
        {
            if (entity is null && near >= 0 && near < rows.Count && rows[near] is { Lefts: { } nearLefts } other
                && (other.Cells.Count == 1 || header.Cells.Count == 1) && UsdolValues.Key(other.First) is "related" or "entity" or "related entity")
            {
                entity = nearLefts[0];
            }
        }

        // The table's own rows: up to running text or the page's end.
        var body = rows.Skip(headerIndex + 1).Take(25)
            .TakeWhile(r => !UsdolChapter.IsPageFurniture(r) && (r.IsTableRow || r.Text.Length <= 60))
            .Where(r => r.Lefts is not null && r.Cells.Count >= 2)
            .ToList();
        var valueLefts = body.SelectMany(r => r.Cells.Select((c, i) => (Cell: c, Left: r.Lefts![i], Index: i)))
            .Where(c => c.Index > 0 && (UsdolValues.Status(c.Cell) is not null || UsdolValues.Count(c.Cell) is not null))
            .Select(c => c.Left)
            .ToList();
        if (valueLefts.Count == 0)
        {
            return null;
        }

        // The previous year's column: values start there (entity names never parse as values).
        var values = valueLefts.Min();
        if (entity is null)
        {
            var named = body.Select(r => r.Cells.Select((c, i) => (Cell: c, Left: r.Lefts![i]))
                    .Where(c => c.Left > lefts[0] + 40 && c.Left < values - 10 && c.Cell.Length <= 30 && UsdolValues.Status(c.Cell) is null && UsdolValues.Count(c.Cell) is null)
                    .Select(c => (double?)c.Left).FirstOrDefault())
                .Where(l => l is not null)
                .ToList();
            entity = named.Count >= 2 ? named.Min() : null;
        }

        return entity is not null && lefts[0] < entity && entity < values
            ? new EntityColumns(lefts[0], entity.Value, values)
            : null;
    }

    /// <summary>
    /// A territory name run into the row's first value because the gap was too narrow for a cell
    /// break ("Khyber Pakhtunkhwa 54 (77)", "Republika Srpska (RS) No"): the words from the first
    /// that reads as a value to the end go back to the front of the values, provided the words
    /// before it start with a letter and are not a value themselves.
    /// </summary>
    public static void SplitValueFromEntity(List<string> entity, List<string> values, Func<string, bool> isValue)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(isValue);
        if (entity.Count == 0)
        {
            return;
        }

        var words = entity[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 1; k < words.Length; k++)
        {
            var head = string.Join(' ', words[..k]);
            var tail = string.Join(' ', words[k..]);
            if (!isValue(tail))
            {
                continue;
            }

            if (isValue(head) || !char.IsLetter(head[0]))
            {
                return;
            }

            entity[^1] = head;
            values.Insert(0, tail);
            return;
        }
    }

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

/// <summary>The territories a table's entity cell names.</summary>
internal static class EntityResolution
{
    /// <summary>
    /// Facets for one value read from a territory's cell: one per named territory (a list such as
    /// "FBiH/RS/BD" names each of its territories, as the publisher's data counts it), or the
    /// plain facet when the cell names the whole country ("All"). Null when the name cannot be
    /// read with confidence.
    /// </summary>
    public static IReadOnlyList<string>? Facets(string facet, string entity, TerritoryNames names)
    {
        if (names.Resolve(entity) is not { } slugs)
        {
            return null;
        }

        return slugs.Count == 0 ? [facet] : [.. slugs.Select(s => Territories.Qualify(facet, s))];
    }
}
