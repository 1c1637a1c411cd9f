using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ReportPipeline.Core.Tests.Samples;

/// <summary>
/// Typesets a sample chapter (the seed-like text layout of samples/reports) as a real PDF the
/// way USDOL chapters are laid out: prose wrapped to the page, each block of table rows in
/// columns sized to their content with long cells wrapped inside their column, check marks
/// drawn from a symbol font, and the running footer "YYYY FINDINGS ON THE WORST FORMS OF CHILD LABOR".
/// Pages are landscape so that no table label wraps: a label wrapped inside the right-hand
/// column of a two-column enforcement table is a known weakness of the fact rules (reported),
/// not what this round trip is about.
/// </summary>
internal static class SampleReportPdf
{
    private const double FontSize = 8.5;
    private const double Leading = 11;
    private const double Left = 40;
    private const double Top = 555;
    private const double Bottom = 60;
    private const int LineChars = 165;
    private const double CharWidth = 4.6;
    private const double ColumnGap = 14;

    public static byte[] Build(IReadOnlyList<string> lines, string footer)
    {
        var builder = new PdfDocumentBuilder();
        var text = builder.AddStandard14Font(Standard14Font.Helvetica);
        var symbols = builder.AddStandard14Font(Standard14Font.ZapfDingbats);
        var page = builder.AddPage(PageSize.A4, isPortrait: false);
        var pageNumber = 1;
        var y = Top;

        void NewPageIfNeeded(int rows)
        {
            if (y - (rows * Leading) >= Bottom)
            {
                return;
            }

            page.AddText($"{footer} {pageNumber}", 7, new PdfPoint(Left, 30), text);
            page = builder.AddPage(PageSize.A4, isPortrait: false);
            pageNumber++;
            y = Top;
        }

        void Write(string value, double x)
        {
            if (value.Length == 0)
            {
                return;
            }

            var symbol = value is "✓" or "✔" or "√";
            page.AddText(symbol ? "✓" : value, FontSize, new PdfPoint(x, y), symbol ? symbols : text);
        }

        var index = 0;
        var clean = lines.Select(l => l.Replace("**", string.Empty, StringComparison.Ordinal)).ToList();
        while (index < clean.Count)
        {
            var line = clean[index];
            if (line.Trim().Length == 0)
            {
                y -= Leading / 2;
                index++;
                continue;
            }

            if (!line.Contains('\t', StringComparison.Ordinal))
            {
                var wrapped = Wrap(line, LineChars);
                foreach (var part in wrapped)
                {
                    NewPageIfNeeded(1);
                    Write(part, Left);
                    y -= Leading;
                }

                index++;
                continue;
            }

            // A block of table rows with the same number of cells shares its columns.
            var cellCount = line.Split('\t').Length;
            var block = clean.Skip(index).TakeWhile(l => l.Contains('\t', StringComparison.Ordinal) && l.Split('\t').Length == cellCount)
                .Select(l => l.Split('\t')).ToList();
            var widths = ColumnWidths(block, cellCount);
            foreach (var cells in block)
            {
                var wrappedCells = cells.Select((c, i) => Wrap(c.Trim(), widths[i])).ToList();
                var height = wrappedCells.Max(w => w.Count);
                NewPageIfNeeded(height);
                for (var row = 0; row < height; row++)
                {
                    var x = Left;
                    for (var column = 0; column < cellCount; column++)
                    {
                        if (row < wrappedCells[column].Count)
                        {
                            Write(wrappedCells[column][row], x);
                        }

                        x += (widths[column] * CharWidth) + ColumnGap;
                    }

                    y -= Leading;
                }
            }

            index += block.Count;
        }

        page.AddText($"{footer} {pageNumber}", 7, new PdfPoint(Left, 30), text);
        return builder.Build();
    }

    /// <summary>Columns as wide as their longest cell, the widest ones narrowed until the row fits the page.</summary>
    private static int[] ColumnWidths(List<string[]> block, int cellCount)
    {
        var widths = Enumerable.Range(0, cellCount).Select(i => Math.Max(3, block.Max(c => c[i].Trim().Length))).ToArray();
        var available = LineChars - ((cellCount - 1) * (int)(ColumnGap / CharWidth));
        while (widths.Sum() > available)
        {
            var widest = Array.IndexOf(widths, widths.Max());
            widths[widest]--;
        }

        return widths;
    }

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = current.Length == 0 ? word : current + " " + word;
            }
        }

        if (current.Length > 0 || lines.Count == 0)
        {
            lines.Add(current);
        }

        return lines;
    }
}
