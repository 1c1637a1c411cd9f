using System.Text;
using System.Text.RegularExpressions;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Facts.Usdol;

/// <summary>One line of a chapter split into its table cells (tab-separated, trimmed, empty cells dropped).</summary>
internal sealed record Row(int Index, TextLine Line, IReadOnlyList<string> Cells)
{
    /// <summary>Where each cell starts on the page (PDF only; null when unknown).</summary>
    public IReadOnlyList<double>? Lefts { get; } = Line.CellLefts is { } lefts && lefts.Count == Cells.Count ? lefts : null;

    /// <summary>The row as a reader would quote it: cells separated by single spaces.</summary>
    public string Text { get; } = string.Join(' ', Cells);

    public string Key { get; } = UsdolValues.Key(string.Join(' ', Cells));

    public string First => Cells.Count > 0 ? Cells[0] : string.Empty;

    public bool IsTableRow => Cells.Count > 1;
}

/// <summary>A sentence of running text with where it starts.</summary>
internal sealed record Sentence(string Text, int? Page, int Offset, int RowIndex);

/// <summary>
/// A USDOL chapter's text as rows and sentences, with the helpers every facet reader needs to
/// quote its evidence.
/// </summary>
internal sealed partial class UsdolChapter
{
    private List<Sentence>? _sentences;

    public UsdolChapter(TextDocument text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<Row>(text.Lines.Count);
        foreach (var line in text.Lines)
        {
            var cells = line.Text.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length > 0)
            {
                rows.Add(new Row(rows.Count, line, cells));
            }
        }

        Rows = rows;
    }

    public IReadOnlyList<Row> Rows { get; }

    /// <summary>What a reader could not read with confidence and left out, for the extraction's warnings.</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>The territory names this chapter uses, learned from its tables and the abbreviations its text defines.</summary>
    public TerritoryNames TerritoryNames => _territoryNames ??= LearnTerritoryNames();

    private TerritoryNames? _territoryNames;

    private TerritoryNames LearnTerritoryNames()
    {
        var names = new TerritoryNames();
        names.LearnAbbreviations(string.Join(' ', Rows.Where(r => !r.IsTableRow).Select(r => r.Text)));
        return names;
    }

    /// <summary>The chapter's running text split into sentences; table rows end a sentence.</summary>
    public IReadOnlyList<Sentence> Sentences => _sentences ??= BuildSentences();

    /// <summary>Index of the first row at or after <paramref name="start"/> matching <paramref name="predicate"/>, or -1.</summary>
    public int Find(Func<Row, bool> predicate, int start = 0)
    {
        for (var i = Math.Max(0, start); i < Rows.Count; i++)
        {
            if (predicate(Rows[i]))
            {
                return i;
            }
        }

        return -1;
    }

    public static Fact FromRows(string facet, string value, params Row[] rows)
    {
        var evidence = string.Join(' ', rows.Select(r => r.Text));
        var first = rows[0].Line;
        return new Fact(facet, value, evidence, first.Page, first.Page is null ? first.Offset : null);
    }

    /// <summary>A fact quoting part of a row (one label/value pair of a two-pair row).</summary>
    public static Fact FromText(string facet, string value, string evidence, Row at) =>
        new(facet, value, evidence, at.Line.Page, at.Line.Page is null ? at.Line.Offset : null);

    public static Fact FromSentence(string facet, string value, Sentence sentence) =>
        new(facet, value, sentence.Text, sentence.Page, sentence.Page is null ? sentence.Offset : null);

    /// <summary>
    /// Running headers ("Brazil", "MODERATE ADVANCEMENT", "2019 FINDINGS ON THE WORST FORMS OF CHILD
    /// LABOR 3") that a table continued on the next page is interrupted by.
    /// </summary>
    /// <summary>
    /// The rows of one part of the chapter: from the first heading row matching <paramref name="start"/>
    /// to the next heading matching <paramref name="end"/> (or the end). Empty when there is no such heading.
    /// </summary>
    public (int Start, int End) Section(Func<string, bool> start, Func<string, bool> end)
    {
        var from = Find(r => !r.IsTableRow && r.Text.Length < 90 && start(r.Key));
        if (from < 0)
        {
            return (0, 0);
        }

        var to = Find(r => !r.IsTableRow && r.Text.Length < 90 && end(r.Key), from + 1);
        return (from, to < 0 ? Rows.Count : to);
    }

    public static bool IsPageFurniture(Row row) =>
        row.Key.Contains("findings on the worst forms of child labor", StringComparison.Ordinal)
        || row.Key.Contains("bureau of international labor affairs", StringComparison.Ordinal)
        || row.Key.Contains("f i n d i n g s", StringComparison.Ordinal)
        || AdvancementHeader().IsMatch(row.Key)
        || PageNumber().IsMatch(row.Key);

    /// <summary>"LEGAL FRAMEWORK FOR CHILD LABOR", "Table 4. Laws and Regulations …": never part of a sentence.</summary>
    public static bool IsHeading(Row row)
    {
        if (TableTitle().IsMatch(row.Key))
        {
            return true;
        }

        var letters = 0;
        foreach (var c in row.Text)
        {
            if (char.IsLetter(c))
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 4;
    }

    private static bool IsFootnote(Row row) => row.Text.Length > 0 && row.Text[0] is '‡' or '†' or '*' or '⁺';

    /// <summary>
    /// A short capitalised line without a full stop followed by another capitalised line: an area
    /// label ("Legal Framework", "Enforcement") of the suggestions list, not the start of a sentence.
    /// </summary>
    private static bool IsLabelLine(Row row, Row? next) =>
        row.Text.Length <= 30
        && char.IsUpper(row.Text[0])
        && !char.IsPunctuation(row.Text[^1])
        && next is not null
        && char.IsUpper(next.Text[0]);

    private List<Sentence> BuildSentences()
    {
        var sentences = new List<Sentence>();
        var buffer = new StringBuilder();
        var starts = new List<(int Position, Row Row)>();

        void Flush()
        {
            if (buffer.Length == 0)
            {
                return;
            }

            var text = buffer.ToString();
            var position = 0;
            foreach (Match boundary in SentenceEnd().Matches(text))
            {
                Add(text[position..boundary.Index], position);
                position = boundary.Index + boundary.Length;
            }

            Add(text[position..], position);
            buffer.Clear();
            starts.Clear();
        }

        void Add(string sentence, int position)
        {
            var trimmed = sentence.Trim();
            if (trimmed.Length == 0)
            {
                return;
            }

            var row = starts.Last(s => s.Position <= position).Row;
            sentences.Add(new Sentence(trimmed, row.Line.Page, row.Line.Offset, row.Index));
        }

        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            if (row.IsTableRow || IsPageFurniture(row) || IsHeading(row) || IsLabelLine(row, i + 1 < Rows.Count ? Rows[i + 1] : null))
            {
                Flush();
                continue;
            }

            if (IsFootnote(row))
            {
                // "‡ Age calculated based on available information": a note of its own.
                Flush();
                starts.Add((0, row));
                buffer.Append(row.Text);
                Flush();
                continue;
            }

            var text = row.Text;
            if (buffer.Length > 0)
            {
                // A word broken at the line end ("awareness-" / "raising") joins without a space.
                if (buffer[^1] != '-')
                {
                    buffer.Append(' ');
                }
            }

            starts.Add((buffer.Length, row));
            buffer.Append(text);
        }

        Flush();
        return sentences;
    }

    // A full stop (optionally followed by citation numbers) before a capital letter or an opening quote.
    [GeneratedRegex(@"(?<=[a-z0-9\)”""’%][.!?])(?:\s*\(\d+(?:\s*[-–,;]\s*\d+)*\))?\s+(?=[A-Z“""])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(significant|moderate|minimal|no) advancement\b|^no assessment\b")]
    private static partial Regex AdvancementHeader();

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^table \d+\.\s")]
    private static partial Regex TableTitle();
}
