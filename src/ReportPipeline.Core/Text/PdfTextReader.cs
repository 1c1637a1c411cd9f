using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportPipeline.Core.Text;

/// <summary>
/// Reads a PDF into lines that keep table rows together: words are grouped by baseline and
/// ordered by x, and a wide horizontal gap becomes a tab so that table cells stay cells.
/// </summary>
public static class PdfTextReader
{
    public static TextDocument Read(Stream pdf, ExtractionLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(limits);
        using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true });
        if (document.NumberOfPages > limits.MaxPages)
        {
            throw new ReportTooLargeException($"The PDF has {document.NumberOfPages} pages; the limit is {limits.MaxPages}.");
        }

        var lines = new List<string>();
        var pages = new List<int?>();
        var unreadable = new List<int>();
        foreach (var page in document.GetPages())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var pageLines = PageLines(page);
            if (pageLines.Count > 0 && !DecodingCheck.LooksDecoded(pageLines))
            {
                unreadable.Add(page.Number);
                continue;
            }

            foreach (var line in pageLines)
            {
                lines.Add(line);
                pages.Add(page.Number);
            }
        }

        return new TextDocument(InputFormat.Pdf, lines, pages, document.NumberOfPages, unreadable);
    }

    internal static List<string> PageLines(Page page)
    {
        var words = PdfActualText.GetWords(page).Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var rows = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var tolerance = Math.Max(2.0, word.BoundingBox.Height * 0.4);
            var row = rows.LastOrDefault(r => Math.Abs(r[0].BoundingBox.Bottom - word.BoundingBox.Bottom) <= tolerance);
            if (row is null)
            {
                rows.Add([word]);
            }
            else
            {
                row.Add(word);
            }
        }

        var result = new List<string>(rows.Count);
        foreach (var row in rows)
        {
            row.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
            var text = new System.Text.StringBuilder();
            Word? previous = null;
            foreach (var word in row)
            {
                if (previous is not null)
                {
                    var gap = word.BoundingBox.Left - previous.BoundingBox.Right;
                    var fontSize = Math.Max(previous.BoundingBox.Height, 4);
                    text.Append(gap > fontSize * 1.5 ? '\t' : ' ');
                }

                text.Append(word.Text);
                previous = word;
            }

            result.Add(text.ToString());
        }

        return result;
    }
}
