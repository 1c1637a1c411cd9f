using System.Globalization;
using System.Text;

namespace ReportPipeline.Core.Tests.Text;

/// <summary>
/// Writes small PDFs byte by byte, for the cases PdfPig's builder cannot make: a font whose
/// glyphs have no Unicode mapping (what garbled chapters look like to a reader), marked-content
/// /ActualText spans, and an encryption dictionary.
/// </summary>
internal static class HandmadePdf
{
    /// <summary>Standard Helvetica, WinAnsi: text reads as written.</summary>
    public const string Helvetica = "/F1";

    /// <summary>A Type0 Identity-H font with no ToUnicode map and no font program: glyph ids are all a reader gets.</summary>
    public const string Unmapped = "/F2";

    public static string Text(string text, double x, double y, string font = Helvetica, double size = 11) =>
        string.Create(CultureInfo.InvariantCulture, $"BT {font} {size} Tf {x} {y} Td ({Escape(text)}) Tj ET\n");

    /// <summary>Lines of prose, one under the other, from the top of the page.</summary>
    public static string Paragraph(IEnumerable<string> lines, double top = 740)
    {
        var content = new StringBuilder();
        var y = top;
        foreach (var line in lines)
        {
            content.Append(Text(line, 72, y));
            y -= 14;
        }

        return content.ToString();
    }

    /// <summary>Glyph ids in the unmapped font, one line per string, each char's code point used as the glyph id.</summary>
    public static string GlyphLines(IEnumerable<string> lines, double top = 740)
    {
        var content = new StringBuilder();
        var y = top;
        foreach (var line in lines)
        {
            var hex = string.Concat(line.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)));
            content.Append(CultureInfo.InvariantCulture, $"BT {Unmapped} 11 Tf 72 {y} Td <{hex}> Tj ET\n");
            y -= 14;
        }

        return content.ToString();
    }

    /// <summary>Text drawn as <paramref name="drawn"/> but meant as <paramref name="actualText"/>.</summary>
    public static string ActualTextSpan(string drawn, string actualText, double x, double y) =>
        string.Create(CultureInfo.InvariantCulture, $"/Span <</ActualText ({Escape(actualText)})>> BDC\n") + Text(drawn, x, y) + "EMC\n";

    public static byte[] Build(params string[] pageContents) => Build(pageContents, encrypt: false);

    /// <summary>
    /// A PDF protected by the standard security handler with a user password nobody knows:
    /// the owner/user hashes are not derived from an empty password, so it cannot be opened.
    /// </summary>
    public static byte[] BuildEncrypted(params string[] pageContents) => Build(pageContents, encrypt: true);

    private static byte[] Build(string[] pageContents, bool encrypt)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            string.Empty, // pages, filled below
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /Type0 /BaseFont /QWERTY+Unmapped /Encoding /Identity-H /DescendantFonts [5 0 R] >>",
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /QWERTY+Unmapped /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R /DW 500 >>",
            "<< /Type /FontDescriptor /FontName /QWERTY+Unmapped /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>",
        };
        var kids = new List<string>();
        foreach (var content in pageContents)
        {
            var contentId = objects.Count + 1;
            objects.Add($"<< /Length {Encoding.Latin1.GetByteCount(content)} >>\nstream\n{content}\nendstream");
            var pageId = objects.Count + 1;
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {contentId} 0 R >>");
            kids.Add($"{pageId} 0 R");
        }

        objects[1] = $"<< /Type /Pages /Kids [{string.Join(' ', kids)}] /Count {kids.Count} >>";
        var trailerExtra = string.Empty;
        if (encrypt)
        {
            var encryptId = objects.Count + 1;
            objects.Add($"<< /Filter /Standard /V 1 /R 2 /O <{new string('A', 64)}> /U <{new string('B', 64)}> /P -4 >>");
            trailerExtra = $" /Encrypt {encryptId} 0 R /ID [<{new string('C', 32)}> <{new string('C', 32)}>]";
        }

        // Offsets are summed piece by piece: measuring the whole file again for each object made a
        // 1,500-page PDF take about 50 s to write (quadratic), for the same bytes.
        var pdf = new StringBuilder("%PDF-1.4\n");
        var length = Encoding.Latin1.GetByteCount(pdf.ToString());
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(length);
            var obj = string.Create(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
            pdf.Append(obj);
            length += Encoding.Latin1.GetByteCount(obj);
        }

        var xref = length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R{trailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);
}
