using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportPipeline.Core.Text;

/// <summary>
/// Reads a PDF into lines that keep table rows together: words are grouped by baseline and
/// ordered by x, and a wide horizontal gap becomes a tab so that table cells stay cells.
/// </summary>
public static class PdfTextReader
{
    public static TextDocument Read(Stream pdf, ExtractionLimits limits, CancellationToken cancellationToken = default) =>
        Read(pdf, new ExtractionBudget(limits, cancellationToken));

    /// <summary>Reads page by page, checking <paramref name="budget"/> (time, memory) before each page and each page's size.</summary>
    public static TextDocument Read(Stream pdf, ExtractionBudget budget)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(budget);
        var limits = budget.Limits;
        using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true });
        if (document.NumberOfPages > limits.MaxPages)
        {
            throw new ReportTooLargeException($"The PDF has {document.NumberOfPages} pages; the limit is {limits.MaxPages}.");
        }

        var lines = new List<string>();
        var lefts = new List<IReadOnlyList<double>?>();
        var pages = new List<int?>();
        var unreadable = new List<int>();
        budget.Check();
        foreach (var page in document.GetPages())
        {
            budget.Check();
            // Grouping words into rows costs more than parsing them: a page far beyond any real one is refused.
            if (page.Letters.Count > limits.MaxPageChars)
            {
                throw new ReportTooLargeException($"Page {page.Number} holds {page.Letters.Count:N0} characters; the limit is {limits.MaxPageChars:N0} per page (ReportPipeline:Limits:MaxPageChars).");
            }

            var pageLines = PageRows(page);
            if (pageLines.Count > 0 && !DecodingCheck.LooksDecoded([.. pageLines.Select(l => l.Text)]))
            {
                unreadable.Add(page.Number);
                continue;
            }

            foreach (var line in pageLines)
            {
                lines.Add(line.Text);
                lefts.Add(line.CellLefts);
                pages.Add(page.Number);
            }
        }

        return new TextDocument(InputFormat.Pdf, lines, pages, document.NumberOfPages, unreadable, lefts);
    }

    internal static List<string> PageLines(Page page) => [.. PageRows(page).Select(r => r.Text)];

    private static List<JoinedRow> PageRows(Page page)
    {
        var (words, letters) = PdfActualText.GetWords(page);
        var drawingOrder = new Dictionary<Letter, int>(letters.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < letters.Count; i++)
        {
            drawingOrder[letters[i]] = i;
        }

        var pieces = new List<Piece>();
        foreach (var word in words)
        {
            if (!string.IsNullOrWhiteSpace(word.Text))
            {
                var box = word.BoundingBox;
                var first = word.Letters[0];
                var last = word.Letters[^1];
                pieces.Add(new Piece(word.Text, box.Left, box.Right, box.Bottom, box.Height)
                {
                    FirstLetter = drawingOrder.GetValueOrDefault(first, -1),
                    LastLetter = drawingOrder.GetValueOrDefault(last, -1),
                    StartX = first.StartBaseLine.X,
                    EndX = last.EndBaseLine.X,
                    PointSize = last.PointSize,
                });
            }
        }

        return JoinCells(pieces, [.. CheckMarks(page)]);
    }

    /// <summary>A joined row: its text (cells separated by tabs) and where each cell starts.</summary>
    internal sealed record JoinedRow(string Text, IReadOnlyList<double> CellLefts);

    /// <summary>
    /// Groups pieces of text into rows by baseline and joins each row left to right; a gap wider
    /// than 1.5 times the text height becomes a tab, so table cells stay cells.
    /// </summary>
    internal static List<string> JoinRows(List<Piece> pieces, IReadOnlyList<Piece>? marks = null) =>
        [.. JoinCells(pieces, marks).Select(r => r.Text)];

    private static List<JoinedRow> JoinCells(List<Piece> pieces, IReadOnlyList<Piece>? marks)
    {
        pieces.Sort(static (a, b) => b.Bottom != a.Bottom ? b.Bottom.CompareTo(a.Bottom) : a.Left.CompareTo(b.Left));
        var rows = new List<List<Piece>>();
        var open = new List<(double Bottom, List<Piece> Row)>();
        foreach (var piece in pieces)
        {
            var tolerance = Math.Max(2.0, piece.Height * 0.4);
            List<Piece>? row = null;
            // Pieces arrive top to bottom, so only recent rows can still take this one.
            for (var i = open.Count - 1; i >= 0; i--)
            {
                if (open[i].Bottom - piece.Bottom > 40)
                {
                    break;
                }

                if (Math.Abs(open[i].Bottom - piece.Bottom) <= tolerance)
                {
                    row = open[i].Row;
                    break;
                }
            }

            if (row is null)
            {
                row = [piece];
                rows.Add(row);
                open.Add((piece.Bottom, row));
            }
            else
            {
                row.Add(piece);
            }
        }

        foreach (var mark in marks ?? [])
        {
            AddToRow(rows, mark);
        }

        var result = new List<JoinedRow>(rows.Count);
        var text = new System.Text.StringBuilder();
        foreach (var row in rows)
        {
            row.Sort(static (a, b) => a.Left.CompareTo(b.Left));
            text.Clear();
            var cellLefts = new List<double> { row[0].Left };
            Piece? previous = null;
            foreach (var piece in row)
            {
                if (previous is { } p && !IsSameWord(p, piece))
                {
                    var gap = piece.Left - p.Right;
                    var fontSize = Math.Max(p.Height, 4);
                    if (gap > fontSize * 1.5)
                    {
                        text.Append('\t');
                        cellLefts.Add(piece.Left);
                    }
                    else
                    {
                        text.Append(' ');
                    }
                }

                text.Append(piece.Text);
                previous = piece;
            }

            result.Add(new JoinedRow(text.ToString(), cellLefts));
        }

        return result;
    }

    /// <summary>
    /// A drawn mark is not aligned on the text's baseline; it joins the row whose text spans (or
    /// nearly spans) its vertical centre, or a row of its own when none does.
    /// </summary>
    private static void AddToRow(List<List<Piece>> rows, Piece mark)
    {
        var centre = mark.Bottom + (mark.Height / 2);
        List<Piece>? best = null;
        var bestGap = double.MaxValue;
        foreach (var row in rows)
        {
            var bottom = row.Min(p => p.Bottom);
            var top = row.Max(p => p.Bottom + p.Height);
            var gap = centre < bottom ? bottom - centre : centre > top ? centre - top : 0;
            // The centre may sit a little above the row's cap height; half a mark is the slack.
            if (gap <= mark.Height / 2 && gap < bestGap)
            {
                best = row;
                bestGap = gap;
            }
        }

        if (best is not null)
        {
            best.Add(mark);
            return;
        }

        // Keep rows in reading order (top to bottom) for a row of its own.
        var index = rows.FindIndex(r => r[0].Bottom < mark.Bottom);
        rows.Insert(index < 0 ? rows.Count : index, [mark]);
    }

    /// <summary>
    /// USDOL chapters draw the check marks of their tables (ratifications, and in some years the
    /// laws table) as filled vector outlines of the ZapfDingbats check glyph, not as text. They
    /// are the only record of a "ratified" cell, so each becomes a "✓" piece in its row.
    /// </summary>
    internal static IEnumerable<Piece> CheckMarks(Page page)
    {
        foreach (var path in page.Paths)
        {
            if (!path.IsFilled || path.IsClipping || IsWhite(path.FillColor))
            {
                continue;
            }

            var box = path.GetBoundingRectangle();
            if (box is not { } r || r.Width is < 4 or > 12 || r.Height is < 4 or > 12 || !IsCheckGlyphOutline(path))
            {
                continue;
            }

            yield return new Piece("\u2713", r.Left, r.Right, r.Bottom, r.Height);
        }
    }

    // The outline of ZapfDingbats a20 (✓) as the USDOL layouts draw it: one subpath of
    // move, 10 curves, 7 lines, close. Logos and bullets have other command sequences.
    private const string CheckGlyphCommands = "MCLLLLLCCCCCCCLCCLZ";

    private static bool IsCheckGlyphOutline(UglyToad.PdfPig.Graphics.PdfPath path)
    {
        if (path.Count != 1)
        {
            return false;
        }

        var commands = path[0].Commands;
        if (commands.Count != CheckGlyphCommands.Length)
        {
            return false;
        }

        for (var i = 0; i < commands.Count; i++)
        {
            var kind = commands[i] switch
            {
                UglyToad.PdfPig.Core.PdfSubpath.Move => 'M',
                UglyToad.PdfPig.Core.PdfSubpath.Line => 'L',
                UglyToad.PdfPig.Core.PdfSubpath.CubicBezierCurve => 'C',
                UglyToad.PdfPig.Core.PdfSubpath.Close => 'Z',
                _ => '?',
            };
            if (kind != CheckGlyphCommands[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWhite(UglyToad.PdfPig.Graphics.Colors.IColor? color)
    {
        if (color is null)
        {
            return false;
        }

        var (r, g, b) = color.ToRGBValues();
        return r > 0.9 && g > 0.9 && b > 0.9;
    }

    /// <summary>A word (or a drawn mark) with the geometry row grouping needs.</summary>
    /// <summary>
    /// PdfPig sometimes cuts a word where kerning splits it into two text runs ("Go" "vernment"
    /// in 2018 chapters). Such halves were drawn one right after the other, with no space glyph
    /// between them, and the second starts where the first's advance ends (kerning moves it a few
    /// hundredths of an em; a word space is a quarter em).
    /// </summary>
    private static bool IsSameWord(Piece left, Piece right) =>
        left.LastLetter >= 0
        && right.FirstLetter == left.LastLetter + 1
        && left.PointSize > 0
        && Math.Abs(right.StartX - left.EndX) < left.PointSize * 0.05;

    internal readonly record struct Piece(string Text, double Left, double Right, double Bottom, double Height)
    {
        /// <summary>Index in the page's drawing order of the first and last letter; -1 for drawn marks.</summary>
        public int FirstLetter { get; init; } = -1;

        public int LastLetter { get; init; } = -1;

        /// <summary>Where the first letter's advance starts and the last one's ends, on the baseline.</summary>
        public double StartX { get; init; }

        public double EndX { get; init; }

        public double PointSize { get; init; }
    }
}
