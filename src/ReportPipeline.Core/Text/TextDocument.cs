namespace ReportPipeline.Core.Text;

public enum InputFormat
{
    Pdf,
    Text,
    Html,
    Xml,
}

/// <summary>
/// One line of a document's text. Table cells are separated by a tab, whatever the input
/// (PDF columns with wide gaps, tab-separated seed tables, HTML table cells), so the fact
/// extractors read rows the same way for every format.
/// </summary>
/// <param name="Text">The line; cells separated by <c>'\t'</c>.</param>
/// <param name="Page">1-based page, or null for unpaged input.</param>
/// <param name="Offset">Character offset of the line in <see cref="TextDocument.FullText"/>.</param>
public sealed record TextLine(string Text, int? Page, int Offset)
{
    /// <summary>
    /// For PDF lines, where each tab-separated cell starts on the page (points from the left
    /// edge), one per cell; null for other formats. Tables whose cells wrap onto lines of their
    /// own (a territory name under a standard) need it to tell which column a cell is in.
    /// </summary>
    public IReadOnlyList<double>? CellLefts { get; init; }
}

/// <summary>The text of one input file, as lines in reading order.</summary>
public sealed class TextDocument
{
    public TextDocument(InputFormat format, IReadOnlyList<string> lines, IReadOnlyList<int?> pages, int pageCount, IReadOnlyList<int> unreadablePages, IReadOnlyList<IReadOnlyList<double>?>? cellLefts = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(pages);
        if (lines.Count != pages.Count)
        {
            throw new ArgumentException("Every line needs a page entry.", nameof(pages));
        }

        if (cellLefts is not null && cellLefts.Count != lines.Count)
        {
            throw new ArgumentException("Cell positions, when given, are needed for every line.", nameof(cellLefts));
        }

        Format = format;
        PageCount = pageCount;
        UnreadablePages = unreadablePages;
        var built = new List<TextLine>(lines.Count);
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            built.Add(new TextLine(lines[i], pages[i], text.Length) { CellLefts = cellLefts?[i] });
            text.Append(lines[i]).Append('\n');
        }

        Lines = built;
        FullText = text.ToString();
    }

    public InputFormat Format { get; }

    public IReadOnlyList<TextLine> Lines { get; }

    /// <summary>All lines joined by newlines; offsets in <see cref="TextLine.Offset"/> point into it.</summary>
    public string FullText { get; }

    /// <summary>Pages in the file; 0 for unpaged input.</summary>
    public int PageCount { get; }

    /// <summary>Pages whose text could not be decoded; their lines are left out rather than read wrong.</summary>
    public IReadOnlyList<int> UnreadablePages { get; }

    public static TextDocument FromPlainLines(InputFormat format, IReadOnlyList<string> lines) =>
        new(format, lines, [.. Enumerable.Repeat<int?>(null, lines.Count)], 0, []);
}
