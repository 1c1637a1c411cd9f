using System.Text;
using ReportPipeline.Core.Identification;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Tests.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ReportPipeline.Core.Tests.Readers;

/// <summary>Every kind of bad input ends in a result with a readable reason, never an exception.</summary>
public class BadInputTests
{
    private const string Chapter = """
        Ruritania
        MODERATE ADVANCEMENT
        In 2023, Ruritania made moderate advancement in efforts to eliminate the worst forms of child labor.
        The Ministry of Labour hired 40 new inspectors.
        """;

    private static readonly ReportExtractor Extractor = ReportExtractor.CreateDefault(WithRuritania());

    private static CountryCatalog WithRuritania()
    {
        var catalog = CountryCatalog.Load();
        catalog.Add(new Country("XR", "Ruritania", ["Republic of Ruritania"]));
        return catalog;
    }

    private static Task<ExtractionResult> Extract(byte[] bytes, string name = "input") =>
        Extractor.ExtractAsync(new MemoryStream(bytes), name);

    private static byte[] ChapterPdf()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var y = 780.0;
        foreach (var line in Chapter.Split('\n'))
        {
            page.AddText(line.TrimEnd(), 10, new UglyToad.PdfPig.Core.PdfPoint(50, y), font);
            y -= 14;
        }

        return builder.Build();
    }

    [Fact]
    public async Task A_well_formed_pdf_built_with_pdfpig_is_read()
    {
        var result = await Extract(ChapterPdf(), "ok.pdf");

        result.Errors.ShouldBeEmpty();
        result.Document!.Iso2.ShouldBe("XR");
        result.Document.Year.ShouldBe(2023);
        result.PageCount.ShouldBe(1);
    }

    [Fact]
    public async Task Empty_file()
    {
        var result = await Extract([], "empty.pdf");
        result.Document.ShouldBeNull();
        result.Errors.ShouldHaveSingleItem().ShouldContain("empty");
    }

    [Fact]
    public async Task Binary_junk()
    {
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);

        var result = await Extract(junk, "junk.bin");

        result.Document.ShouldBeNull();
        result.Errors.ShouldHaveSingleItem().ShouldContain("neither a PDF nor text");
    }

    [Fact]
    public async Task Junk_behind_a_pdf_header()
    {
        var junk = new byte[2048];
        new Random(11).NextBytes(junk);
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n").Concat(junk).ToArray();

        var result = await Extract(bytes, "fake.pdf");

        result.Document.ShouldBeNull();
        result.Errors.ShouldHaveSingleItem().ShouldContain("PDF");
    }

    [Fact]
    public async Task Truncated_pdf()
    {
        var whole = ChapterPdf();
        var truncated = whole[..(whole.Length * 2 / 3)];

        var result = await Extract(truncated, "truncated.pdf");

        result.Document.ShouldBeNull();
        result.Errors.ShouldHaveSingleItem().ShouldContain("truncated");
    }

    [Fact]
    public async Task Encrypted_pdf()
    {
        var result = await Extract(HandmadePdf.BuildEncrypted(HandmadePdf.Text("In 2023, Ruritania made moderate advancement", 72, 700)), "locked.pdf");

        result.Document.ShouldBeNull();
        result.Errors.ShouldHaveSingleItem().ShouldContain("encrypted");
    }

    [Fact]
    public async Task Utf16_without_bom()
    {
        var result = await Extract(Encoding.Unicode.GetBytes(Chapter.Replace("Ruritania\n", "Côte d’Ivoire\n", StringComparison.Ordinal)
            .Replace("In 2023, Ruritania", "In 2023, Côte d’Ivoire", StringComparison.Ordinal)), "utf16.txt");

        result.Errors.ShouldBeEmpty();
        result.Document!.Iso2.ShouldBe("CI");
        result.Document.Country.ShouldBe("Côte d'Ivoire");
        result.Document.Year.ShouldBe(2023);
    }

    [Fact]
    public async Task Windows_1252_text()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = Chapter.Replace("Ruritania", "São Tomé and Príncipe", StringComparison.Ordinal) + "It said “no” to the ILO’s request.\n";

        var result = await Extract(Encoding.GetEncoding(1252).GetBytes(text), "cp1252.txt");

        result.Errors.ShouldBeEmpty();
        result.Document!.Iso2.ShouldBe("ST");
        result.Document.Year.ShouldBe(2023);
    }

    [Fact]
    public async Task Unknown_country_is_kept_for_review()
    {
        var result = await Extract(Encoding.UTF8.GetBytes(Chapter.Replace("Ruritania", "Freedonia", StringComparison.Ordinal)), "freedonia.txt");

        result.Errors.ShouldBeEmpty();
        result.Document.ShouldNotBeNull();
        result.Document.Iso2.ShouldBeNull();
        result.Document.Year.ShouldBe(2023);
        result.Document.NeedsReview.ShouldBeTrue();
    }

    [Fact]
    public async Task No_year_is_kept_for_review()
    {
        var result = await Extract(Encoding.UTF8.GetBytes(Chapter.Replace("In 2023, ", string.Empty, StringComparison.Ordinal)), "undated.txt");

        result.Errors.ShouldBeEmpty();
        result.Document!.Iso2.ShouldBe("XR");
        result.Document.Year.ShouldBeNull();
        result.Document.NeedsReview.ShouldBeTrue();
    }

    [Fact]
    public async Task Whitespace_only_text_has_no_text()
    {
        var result = await Extract(Encoding.UTF8.GetBytes(" \r\n\t\n  \n"), "blank.txt");

        result.Document.ShouldBeNull();
        result.Errors.ShouldHaveSingleItem().ShouldContain("no text");
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_before_reading()
    {
        var extractor = ReportExtractor.CreateDefault(limits: new Core.Text.ExtractionLimits { MaxFileBytes = 100 });

        var result = await extractor.ExtractAsync(new MemoryStream(Encoding.UTF8.GetBytes(Chapter)), "big.txt");

        result.Document.ShouldBeNull();
        result.Errors.ShouldHaveSingleItem().ShouldContain("limit");
    }
}
