using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Facts.Usdol;

/// <summary>
/// A laws table with a "Related Entity" column (Bosnia and Herzegovina, Iraq, Pakistan, …): per
/// standard, one line per territory with its own mark and age. Labels and territory names both
/// wrap onto the lines below, interleaved with each other, so each cell is placed by where it
/// starts on the page (<see cref="EntityColumns"/>). Each territory's value becomes
/// <c>legal.&lt;standard&gt;.meets@&lt;territory&gt;</c> quoting that territory's cells; a line
/// for a list of territories ("FBiH/RS/BD") holds for each of them, and a line for the whole
/// country ("All") keeps the plain facet.
/// </summary>
internal static class TerritoryLawsReader
{
    private sealed class Block(string label, Row first)
    {
        public string Label { get; set; } = label;

        public Row First { get; } = first;

        public List<Entry> Entries { get; } = [];
    }

    private sealed class Entry(Row row, MeetsMark mark, string? age, List<string> valueCells)
    {
        public Row Row { get; } = row;

        public MeetsMark Mark { get; } = mark;

        public string? Age { get; } = age;

        public List<string> ValueCells { get; } = valueCells;

        public List<string> Entity { get; } = [];

        /// <summary>The label cell on the entry's own line, which may have swallowed a territory name set too close to it.</summary>
        public string? LabelCell { get; init; }
    }

    /// <summary>The table's facts, or null when it has no entity column (the single-territory readers apply).</summary>
    public static List<Fact>? Read(UsdolChapter chapter, int tableStart, int tableEnd)
    {
        var rows = chapter.Rows;
        EntityColumns? columns = null;
        var anyColumns = false;
        var header = new List<Row>();
        var skipping = false;
        var blocks = new List<Block>();
        Block? block = null;
        Entry? entry = null;
        for (var i = tableStart + 1; i < tableEnd; i++)
        {
            var row = rows[i];
            if (EntityColumns.IsLawsHeader(row))
            {
                header.Add(row);
                continue;
            }

            if (header.Count > 0)
            {
                columns = EntityColumns.FromLawsHeader(header) ?? columns;
                anyColumns |= columns is not null;
                header.Clear();
                skipping = false;
            }

            // A page break: running headers and the repeated title until the next header line.
            if (UsdolChapter.IsPageFurniture(row) || row.Key.StartsWith("table ", StringComparison.Ordinal))
            {
                skipping = true;
                continue;
            }

            if (skipping || columns is null || row.Lefts is null)
            {
                continue;
            }

            if (row.Text.Length > 0 && row.Text[0] is '*' or '‡' or '†')
            {
                // The table's notes: nothing after them is a row.
                break;
            }

            var (label, entity, values) = columns.Split(row);
            EntityColumns.SplitValueFromEntity(entity, values, c => UsdolValues.Meets(c) is MeetsMark.Yes or MeetsMark.No or MeetsMark.NotApplicable);
            if (label.Count == 1 && entity.Count == 0 && values.Count == 0 && row.Text.Length > 80)
            {
                // Running text after the table.
                break;
            }

            var (mark, age) = ReadValues(values);
            var isEntry = mark != MeetsMark.None || age is not null;
            if (label.Count > 0)
            {
                var text = string.Join(' ', label);
                if (block is not null && Continues(block.Label, text))
                {
                    block.Label = Join(block.Label, text);
                }
                else if (isEntry || LegalReader.StandardOf(text) is not null || block is null)
                {
                    block = new Block(text, row);
                    blocks.Add(block);
                    entry = null;
                }
                else
                {
                    block.Label = Join(block.Label, text);
                }
            }

            if (isEntry && block is not null)
            {
                entry = new Entry(row, mark, age, values) { LabelCell = label.Count > 0 ? label[^1] : null };
                block.Entries.Add(entry);
            }

            if (entity.Count > 0 && entry is not null)
            {
                entry.Entity.AddRange(entity);
            }
        }

        if (!anyColumns)
        {
            return null;
        }

        var names = chapter.TerritoryNames;
        var entries = blocks.SelectMany(b => b.Entries).ToList();
        names.Learn(entries.Select(e => string.Join(' ', e.Entity)));
        foreach (var b in blocks)
        {
            foreach (var e in b.Entries.Where(e => e.Entity.Count == 0 && e.LabelCell is not null))
            {
                // "Prohibition of Using Children Iraq": no gap wide enough between label and territory.
                if (names.NameAtEnd(e.LabelCell!) is { } name)
                {
                    e.Entity.Add(name);
                    var cut = e.LabelCell![..^name.Length].TrimEnd();
                    var at = b.Label.IndexOf(e.LabelCell, StringComparison.Ordinal);
                    b.Label = at < 0 ? b.Label : b.Label[..at] + cut + b.Label[(at + e.LabelCell.Length)..];
                }
            }
        }

        var facts = new List<Fact>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var b in blocks)
        {
            var standard = LegalReader.StandardOf(b.Label);
            if (standard is null)
            {
                if (b.Entries.Count > 0)
                {
                    chapter.Warnings.Add($"Laws table, page {b.First.Line.Page}: '{Shorten(b.Label)}' is not a standard the reader knows; its {b.Entries.Count} territory rows were left out.");
                }

                continue;
            }

            foreach (var e in b.Entries)
            {
                var entityText = string.Join(' ', e.Entity);
                var meets = e.Mark switch
                {
                    MeetsMark.Yes => "Yes",
                    MeetsMark.No => "No",
                    MeetsMark.NotApplicable => "N/A",
                    _ => null,
                };
                var evidence = $"{b.Label}: {entityText} {string.Join(' ', e.ValueCells.TakeWhile(c => UsdolValues.Clean(c).Length <= 12))}".TrimEnd();
                var targets = new List<(string Facet, string Value)>();
                if (meets is not null)
                {
                    targets.Add((FacetKeys.LegalMeets(standard), meets));
                }

                if (e.Age is not null)
                {
                    targets.Add((FacetKeys.LegalAge(standard), e.Age));
                }

                foreach (var (facet, value) in targets)
                {
                    if (EntityResolution.Facets(facet, entityText, names) is not { } qualified)
                    {
                        chapter.Warnings.Add($"Laws table, page {e.Row.Line.Page}: the territory of '{Shorten(evidence)}' could not be read; {facet} for it was left out.");
                        continue;
                    }

                    foreach (var target in qualified)
                    {
                        if (seen.Add(target))
                        {
                            facts.Add(UsdolChapter.FromText(target, value, evidence, e.Row));
                        }
                        else
                        {
                            chapter.Warnings.Add($"Laws table, page {e.Row.Line.Page}: {target} is given twice; the first value was kept.");
                        }
                    }
                }
            }
        }

        return facts;
    }

    /// <summary>The mark and age of a line's value cells (the legislation column ends them).</summary>
    private static (MeetsMark Mark, string? Age) ReadValues(List<string> cells)
    {
        var mark = MeetsMark.None;
        string? age = null;
        foreach (var cell in cells)
        {
            var cellMark = UsdolValues.Meets(cell);
            if (mark == MeetsMark.None && cellMark is MeetsMark.Yes or MeetsMark.No or MeetsMark.NotApplicable)
            {
                mark = cellMark;
                continue;
            }

            if (age is null && UsdolValues.Age(cell) is { } cellAge)
            {
                age = cellAge;
                continue;
            }

            break;
        }

        return (mark, age);
    }

    /// <summary>True when <paramref name="next"/> carries on the label so far ("Minimum Age for Hazardous" + "Work").</summary>
    private static bool Continues(string label, string next)
    {
        if (LegalReader.StandardOf(next) is not null && LegalReader.StandardOf(label) is not null && IsCompleteLabel(label))
        {
            return false;
        }

        return LegalReader.IsLabelPrefix(UsdolValues.Key(Join(label, next)));
    }

    /// <summary>A wrapped label's next line; "Non-" + "state Armed Groups" joins without a space.</summary>
    private static string Join(string label, string next) => label.EndsWith('-') ? label + next : label + " " + next;

    private static bool IsCompleteLabel(string label) => LegalReader.IsFullLabel(UsdolValues.Key(label));

    private static string Shorten(string text) => text.Length <= 70 ? text : text[..67] + "...";
}
