using System.Diagnostics;
using System.Text;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Tests.Text;

/// <summary>The limits hold from inside the readers: a breach stops the work near the setting and says which limit.</summary>
[Collection(Name)]
public sealed class ExtractionBudgetTests
{
    /// <summary>
    /// Alone in the test process: the budget measures the whole managed heap, so another test allocating at the
    /// same time counted as this reader's memory (one run beside the corpus tests kept 59,768,832 bytes against the 56,413,388 bound).
    /// </summary>
    public const string Name = "Extraction budget, not beside other tests";

    [Fact]
    public void The_time_limit_stops_a_loop_that_checks_the_budget_within_ten_percent()
    {
        var limits = ExtractionLimits.Default with { MaxTimePerDocument = TimeSpan.FromSeconds(2) };
        var budget = new ExtractionBudget(limits);
        var clock = Stopwatch.StartNew();

        var breach = Should.Throw<ReportTooLargeException>(() =>
        {
            while (true)
            {
                budget.Check();
            }
        });

        breach.Message.ShouldContain("MaxTimePerDocument");
        clock.Elapsed.ShouldBeGreaterThan(limits.MaxTimePerDocument);
        clock.Elapsed.ShouldBeLessThanOrEqualTo((limits.MaxTimePerDocument * 1.1) + TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void The_memory_limit_stops_a_reader_that_keeps_what_it_allocates_near_the_setting()
    {
        const long limit = 48L * 1024 * 1024;
        var budget = new ExtractionBudget(ExtractionLimits.Default with { MaxMemoryPerDocument = limit });
        var kept = new List<byte[]>();

        var breach = Should.Throw<ReportTooLargeException>(() =>
        {
            while (kept.Count < 1024)
            {
                kept.Add(new byte[1024 * 1024]);
                budget.Check();
            }
        });

        breach.Message.ShouldContain("MaxMemoryPerDocument");
        // Stopped once what it kept passed the limit: within 10 % (and a chunk), never after a gigabyte.
        var keptBytes = kept.Count * 1024L * 1024;
        keptBytes.ShouldBeLessThanOrEqualTo((long)(limit * 1.1) + (1024 * 1024));
        GC.KeepAlive(kept);
    }

    [Fact]
    public void A_pdf_of_many_pages_stops_at_the_time_limit_with_that_reason()
    {
        var page = HandmadePdf.Paragraph(Enumerable.Range(0, 60).Select(i => $"Ruritania labour inspectors visited Zenda workshops, line {i}."));
        var pdf = HandmadePdf.Build([.. Enumerable.Repeat(page, 1500)]);
        var limits = ExtractionLimits.Default with { MaxTimePerDocument = TimeSpan.FromMilliseconds(500) };
        var clock = Stopwatch.StartNew();

        var breach = Should.Throw<ReportTooLargeException>(() => PdfTextReader.Read(new MemoryStream(pdf), limits));

        breach.Message.ShouldContain("MaxTimePerDocument");
        clock.Elapsed.ShouldBeLessThanOrEqualTo((limits.MaxTimePerDocument * 1.1) + TimeSpan.FromSeconds(1), "one page's work at most past the limit");
    }

    [Fact]
    public void A_pdf_page_holding_more_than_the_page_budget_is_refused()
    {
        // Words, not one repeated letter: a page of "xxxx" reads as undecoded text and is set aside before its lines count.
        var pdf = HandmadePdf.Build(HandmadePdf.Paragraph(Enumerable.Range(0, 50).Select(i => $"Line {i:00}: Zenda inspectors visited the Ruritanian brickworks in the spring of 2022.")));

        var breach = Should.Throw<ReportTooLargeException>(() => PdfTextReader.Read(new MemoryStream(pdf), ExtractionLimits.Default with { MaxPageChars = 1000 }));

        breach.Message.ShouldStartWith("Page 1 holds ");
        breach.Message.ShouldEndWith(" characters; the limit is 1,000 per page (ReportPipeline:Limits:MaxPageChars).");
        int.Parse(breach.Message["Page 1 holds ".Length..breach.Message.IndexOf(" characters", StringComparison.Ordinal)], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(3000);
        PdfTextReader.Read(new MemoryStream(pdf), ExtractionLimits.Default).Lines.Count.ShouldBe(50);
    }

    [Theory]
    [InlineData(250_000)]
    [InlineData(300)]
    public void Html_nested_deeper_than_the_markup_limit_is_refused_whatever_its_depth(int depth)
    {
        var html = new StringBuilder("<html><body>").Insert(12, "<div>", depth).Append("Ruritania, 2022.");
        for (var i = 0; i < depth; i++)
        {
            html.Append("</div>");
        }

        var budget = new ExtractionBudget(ExtractionLimits.Default with { MaxTimePerDocument = TimeSpan.FromSeconds(20) });
        var breach = Should.Throw<ReportTooLargeException>(() => HtmlTextReader.Read(html.Append("</body></html>").ToString(), budget));

        breach.Message.ShouldBe("The markup nests elements deeper than 256 levels (ReportPipeline:Limits:MaxMarkupDepth).");
    }

    [Fact]
    public void Html_within_the_markup_limit_is_read()
    {
        var html = new StringBuilder("<html><body>").Insert(12, "<div>", 200).Append("Ruritania made moderate advancement in 2022.").Append(string.Concat(Enumerable.Repeat("</div>", 200))).Append("</body></html>");

        HtmlTextReader.Read(html.ToString(), new ExtractionBudget(ExtractionLimits.Default)).Lines.Select(l => l.Text).ShouldContain("Ruritania made moderate advancement in 2022.");
    }

    [Fact]
    public void An_untidy_page_of_thousands_of_unclosed_paragraphs_and_items_is_not_mistaken_for_deep_nesting()
    {
        var html = new StringBuilder("<html><body><ul>");
        for (var i = 0; i < 5000; i++)
        {
            html.Append(CultureInfoInvariant($"<li>Zenda district {i}<p>Ruritania inspected {i} workshops.<br>"));
        }

        var read = HtmlTextReader.Read(html.Append("</ul></body></html>").ToString(), new ExtractionBudget(ExtractionLimits.Default));

        read.Lines.Select(l => l.Text).ShouldContain("Ruritania inspected 4999 workshops.");
    }

    [Fact]
    public void Comparisons_in_a_large_inline_script_are_not_counted_as_nesting()
    {
        var script = string.Concat(Enumerable.Repeat("for(i=0;i<n;i++){a<b&&c<d}", 3000));
        var html = $"<html><head><script>{script}</script><style>p{{}}</style></head><body><p>Ruritania made moderate advancement in 2022.</p></body></html>";

        HtmlTextReader.Read(html, new ExtractionBudget(ExtractionLimits.Default)).Lines.Select(l => l.Text).ShouldContain("Ruritania made moderate advancement in 2022.");
    }

    private static string CultureInfoInvariant(FormattableString text) => FormattableString.Invariant(text);
}

[CollectionDefinition(ExtractionBudgetTests.Name, DisableParallelization = true)]
public sealed class ExtractionBudgetCollection;
