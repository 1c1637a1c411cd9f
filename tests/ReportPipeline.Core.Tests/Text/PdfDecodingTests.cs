using ReportPipeline.Core.Identification;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Tests.Text;

public class PdfDecodingTests
{
    private static readonly string[] Prose =
    [
        "In 2023, Ruritania made moderate advancement in efforts to eliminate the worst",
        "forms of child labor. The Ministry of Labour hired new inspectors and adopted",
        "the National Action Plan on the Elimination of Child Labour for 2023 to 2026.",
        "Children in Ruritania are subjected to the worst forms of child labor, including",
        "in the harvest of turnips and in the streets of the capital. The government",
        "lifted the moratorium on inspections of small enterprises in the reporting period.",
    ];

    private static TextDocument Read(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        return PdfTextReader.Read(stream, ExtractionLimits.Default);
    }

    [Fact]
    public void Actual_text_spans_replace_the_glyphs_they_cover()
    {
        // Drawn in a small-caps style font as "advanceMent"; the span says what it means.
        var content = HandmadePdf.Text("Moderate", 72, 700) + HandmadePdf.ActualTextSpan("advanceMent", "Advancement", 130, 700)
            + HandmadePdf.ActualTextSpan("chIld", "Child", 72, 680) + HandmadePdf.Text("labor", 101, 680);

        var text = Read(HandmadePdf.Build(content));

        text.Lines.Select(l => l.Text).ShouldBe(["Moderate Advancement", "Child labor"]);
    }

    [Fact]
    public void A_word_drawn_in_two_kerned_runs_reads_as_one_word()
    {
        // As some 2018 chapters draw it: "Go" and "vernment" in two text runs, the second pulled
        // 0.08 pt back by kerning and a hair higher, which PdfPig's word grouping splits.
        const double goWidth = (778 + 556) / 1000.0 * 11;
        var content = HandmadePdf.Text("Go", 72, 700) + HandmadePdf.Text("vernment of Ruritania", 72 + goWidth - 0.08, 700.0004)
            + HandmadePdf.Text("The", 72, 680) + HandmadePdf.Text("ministry", 72 + ((611 + 556 + 556) / 1000.0 * 11) + 3.06, 680);

        var text = Read(HandmadePdf.Build(content));

        text.Lines.Select(l => l.Text).ShouldBe(["Government of Ruritania", "The ministry"]);
    }

    [Fact]
    public void A_span_shorter_than_its_glyphs_puts_its_text_on_the_first_glyph()
    {
        // A ligature-like case: three glyphs drawn, two characters meant.
        var content = HandmadePdf.Text("the", 72, 700) + HandmadePdf.ActualTextSpan("xyz", "fi", 100, 700) + HandmadePdf.Text("nal", 116, 700);

        var line = Read(HandmadePdf.Build(content)).Lines.Single().Text;

        line.ShouldNotContain("xyz");
        line.ShouldContain("fi");
    }

    [Fact]
    public void A_page_of_unmapped_glyph_ids_is_unreadable_and_yields_no_text()
    {
        var pdf = HandmadePdf.Build(HandmadePdf.GlyphLines(Enumerable.Repeat("\u0003\u0004\u0005\u0006\u0007\u0003\u0008\u0009\u000A", 8)));

        var text = Read(pdf);

        text.UnreadablePages.ShouldBe([1]);
        text.Lines.ShouldBeEmpty();
    }

    [Fact]
    public void A_page_that_decodes_to_the_wrong_letters_is_unreadable()
    {
        // Glyph ids that happen to fall on letters, shifted from the real ones (a font subset
        // numbers its glyphs in its own order): every letter is a letter, no word is a word.
        var garbled = Prose.Select(l => new string([.. l.Select(c => char.IsAsciiLetterLower(c) ? (char)('a' + ((c - 'a' + 7) % 26)) : c)]));
        var pdf = HandmadePdf.Build(HandmadePdf.Paragraph(Prose), HandmadePdf.GlyphLines(garbled));

        var text = Read(pdf);

        text.UnreadablePages.ShouldBe([2]);
        text.Lines.ShouldAllBe(l => l.Page == 1);
        text.Lines[0].Text.ShouldStartWith("In 2023, Ruritania made moderate advancement");
    }

    [Fact]
    public async Task Unreadable_pages_are_reported_as_a_warning_and_the_rest_is_read()
    {
        var pdf = HandmadePdf.Build(HandmadePdf.Paragraph(Prose), HandmadePdf.GlyphLines(Enumerable.Repeat("\u0011\u0012\u0013\u0014", 10)));
        var catalog = CountryCatalog.Load();
        catalog.Add(new Country("XR", "Ruritania", []));

        var result = await ReportExtractor.CreateDefault(catalog).ExtractAsync(new MemoryStream(pdf), "mixed.pdf");

        result.Errors.ShouldBeEmpty();
        result.Document!.Iso2.ShouldBe("XR");
        result.Document.Year.ShouldBe(2023);
        result.Warnings.ShouldContain(w => w.Contains("Pages 2 could not be decoded", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_pdf_with_no_decodable_page_is_a_clear_error()
    {
        var pdf = HandmadePdf.Build(HandmadePdf.GlyphLines(Enumerable.Repeat("\u0003\u0004\u0005\u0006", 10)));

        var result = await ReportExtractor.CreateDefault().ExtractAsync(new MemoryStream(pdf), "garbled.pdf");

        result.Document.ShouldBeNull();
        result.Errors.ShouldHaveSingleItem().ShouldContain("no readable text");
        result.Warnings.ShouldNotBeEmpty();
    }
}
