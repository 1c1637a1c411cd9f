using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Core.Model;
using ReportPipeline.Testing;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ReportPipeline.IntegrationTests.Comparison;

/// <summary>
/// Valdoria (XV, invented, in samples/countries.tsv) reports its laws territory by territory: the
/// Northern March and the Isle of Sorn. Two chapters as real PDFs, ingested and compared on Azurite.
/// </summary>
[Collection(InProcessAzuriteCollection.Name)]
public sealed class TerritoryComparisonTests(AzuriteFixture azurite)
{
    /// <summary>A Valdoria chapter whose laws table gives the minimum age for work per territory.</summary>
    private static ReportBlob Chapter(int year, string sornMeets, string sornAge)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.Letter);
        var y = 740.0;
        void Line(params (double X, string Text)[] cells)
        {
            foreach (var (x, text) in cells)
            {
                page.AddText(text, 9, new PdfPoint(x, y), font);
            }

            y -= 14;
        }

        Line((54, "Valdoria"));
        Line((54, "MODERATE ADVANCEMENT"));
        Line((54, $"In {year}, Valdoria made a moderate advancement in efforts to eliminate the worst forms of child labor."));
        Line((54, "II. LEGAL FRAMEWORK FOR CHILD LABOR"));
        Line((54, "Table 4. Laws and Regulations on Child Labor"));
        Line((270, "Meets"));
        Line((60, "Standard"), (170, "Related Entity"), (270, "International"), (400, "Age"), (440, "Legislation"));
        Line((270, "Standards"));
        Line((60, "Minimum Age for Work"), (170, "Northern March"), (270, "No"), (400, "14"), (440, "Article 3 of the March Labor Act"));
        Line((170, "(NM)"));
        Line((170, "Isle of Sorn (IS)"), (270, sornMeets), (400, sornAge), (440, "Article 8 of the Sorn Labor Law"));
        Line((60, "Prohibition of Forced"), (170, "NM, IS"), (270, "Yes"), (440, "Article 20 of the Penal Code"));
        Line((60, "Labor"));
        Line((54, "III. ENFORCEMENT OF LAWS ON CHILD LABOR"));
        return ReportBlob.FromBytes($"chapters/valdoria-{year}.pdf", builder.Build());
    }

    [Fact]
    public async Task A_change_in_one_territory_raises_one_alert_naming_it_and_nothing_for_the_other()
    {
        await using var harness = new ComparisonHarness(azurite.ConnectionString);
        await harness.IngestAsync(Chapter(2019, "No", "14"));
        await harness.IngestAsync(Chapter(2020, "Yes", "15"));

        var report = await harness.Compare.CompareDirtyAsync();

        var added = report.Countries.Single(c => c.Iso2 == "XV").Added;
        added.Select(a => a.Title).Order(StringComparer.Ordinal).ShouldBe([
            "Valdoria (Isle of Sorn): minimum age for work now meets international standards (2019 → 2020)",
            "Valdoria (Isle of Sorn): minimum age for work raised from 14 to 15 (2019 → 2020)",
        ]);
        added.ShouldAllBe(a => a.Facet.EndsWith("@isle-of-sorn", StringComparison.Ordinal) && a.Iso2 == "XV");
        added.ShouldNotContain(a => a.Facet.Contains("northern-march", StringComparison.Ordinal));
        var meets = added.Single(a => a.Facet == "legal.minimum_age_work.meets@isle-of-sorn");
        meets.NewEvidence!.Text.ShouldBe("Minimum Age for Work: Isle of Sorn (IS) Yes 15");
        meets.NewEvidence.BlobName.ShouldBe("chapters/valdoria-2020.pdf");

        var status = (await harness.Compare.StatusAsync("XV")).Single(s => s.Year == 2020);
        status.Value("legal.minimum_age_work.meets@northern-march")!.Value.ShouldBe("No");
        // "NM, IS" holds for each listed territory, the same both years: no alert for either.
        status.Value("legal.prohibition_forced_labor.meets@northern-march")!.Value.ShouldBe("Yes");
        status.Value("legal.prohibition_forced_labor.meets@isle-of-sorn")!.Value.ShouldBe("Yes");
        (await harness.Compare.CompareAsync(["XV"])).Added.ShouldBe(0);
    }
}
