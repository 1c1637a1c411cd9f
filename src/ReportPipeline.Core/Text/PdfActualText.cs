using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Util;

namespace ReportPipeline.Core.Text;

/// <summary>
/// Words of a PDF page as the author meant them to be read. Some chapters (USDOL 2018 headings,
/// set in a small-caps font) map their glyphs to the wrong letters and carry the real text in
/// marked-content <c>/ActualText</c> spans ("advanceMent" drawn, "Advancement" meant), the
/// way poppler's pdftotext reads them. PdfPig exposes the spans but does not apply them to
/// letters, so the letters inside a span are replaced by its text before words are built.
/// </summary>
internal static class PdfActualText
{
    /// <summary>The page's words, and the letters (in drawing order) they were built from.</summary>
    public static (IEnumerable<Word> Words, IReadOnlyList<Letter> Letters) GetWords(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var replacements = new Dictionary<Letter, string?>(ReferenceEqualityComparer.Instance);
        foreach (var element in page.GetMarkedContents())
        {
            Collect(element, replacements);
        }

        if (replacements.Count == 0)
        {
            return (page.GetWords(), page.Letters);
        }

        var letters = new List<Letter>(page.Letters.Count);
        foreach (var letter in page.Letters)
        {
            if (!replacements.TryGetValue(letter, out var value))
            {
                letters.Add(letter);
            }
            else if (value is not null)
            {
                letters.Add(WithValue(letter, value));
            }
        }

        return (DefaultWordExtractor.Instance.GetWords(letters), letters);
    }

    /// <summary>
    /// An outer span's text stands for everything inside it, nested spans included. When the
    /// span has one character per glyph each glyph gets its own; otherwise (ligatures,
    /// abbreviations) the first glyph carries the whole text and the others are dropped (null).
    /// </summary>
    private static void Collect(MarkedContentElement element, Dictionary<Letter, string?> replacements)
    {
        if (element.ActualText is null)
        {
            foreach (var child in element.Children)
            {
                Collect(child, replacements);
            }

            return;
        }

        var letters = new List<Letter>();
        AllLetters(element, letters);
        if (letters.Count == 0)
        {
            return;
        }

        var text = element.ActualText.Replace("\uFEFF", string.Empty, StringComparison.Ordinal);
        var oneForOne = text.Length == letters.Count && !text.Any(char.IsSurrogate);
        for (var i = 0; i < letters.Count; i++)
        {
            replacements[letters[i]] = oneForOne ? text[i].ToString() : i == 0 && text.Length > 0 ? text : null;
        }
    }

    private static void AllLetters(MarkedContentElement element, List<Letter> letters)
    {
        letters.AddRange(element.Letters);
        foreach (var child in element.Children)
        {
            AllLetters(child, letters);
        }
    }

    private static Letter WithValue(Letter letter, string value) => new(
        value,
        letter.BoundingBox,
        letter.GlyphRectangleLoose,
        letter.StartBaseLine,
        letter.EndBaseLine,
        letter.Width,
        letter.FontSize,
        letter.FontDetails,
        letter.RenderingMode,
        letter.StrokeColor,
        letter.FillColor,
        letter.PointSize,
        letter.TextSequence);
}
