using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Identification;
using ReportPipeline.Core.Model;
using ReportPipeline.Testing;

namespace ReportPipeline.Core.Tests.Samples;

/// <summary>
/// The bundled invented samples (samples/reports) are what the demo runs on: each is identified,
/// the USDOL chapters change year over year the way the demo needs, and one chapter typeset as
/// a real PDF reads back to the same facts as its text.
/// </summary>
public class SampleReportTests
{
    private static readonly string Reports = Path.Combine(SharedData.RepositoryRoot, "samples", "reports");

    private static readonly ReportExtractor Extractor =
        ReportExtractor.CreateDefault(CountryCatalog.Load(Path.Combine(SharedData.RepositoryRoot, "samples", "countries.tsv")));

    private static async Task<ExtractionResult> Extract(string file)
    {
        await using var stream = File.OpenRead(Path.Combine(Reports, file));
        return await Extractor.ExtractAsync(stream, file);
    }

    private static Dictionary<string, string> Values(ExtractionResult result) =>
        result.Facts.GroupBy(f => f.Facet).ToDictionary(g => g.Key, g => g.First().Value);

    [Theory]
    [InlineData("ruritania-usdol-2022.txt", Sources.UsdolFindings, 2022)]
    [InlineData("ruritania-usdol-2023.txt", Sources.UsdolFindings, 2023)]
    [InlineData("ruritania-usdol-2024.txt", Sources.UsdolFindings, 2024)]
    [InlineData("ruritania-ilo-baseline-2023.txt", Sources.IloAnnualReview, 2023)]
    [InlineData("ruritania-ministry-news.html", Sources.WebPage, 2024)]
    public async Task Every_sample_is_identified(string file, string source, int year)
    {
        var result = await Extract(file);

        result.Errors.ShouldBeEmpty();
        result.Document!.Iso2.ShouldBe("XR");
        result.Document.Source.ShouldBe(source);
        result.Document.Year.ShouldBe(year);
        result.Facts.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task The_chapters_change_year_over_year()
    {
        var y2022 = Values(await Extract("ruritania-usdol-2022.txt"));
        var y2023 = Values(await Extract("ruritania-usdol-2023.txt"));
        var y2024 = Values(await Extract("ruritania-usdol-2024.txt"));

        (y2022["assessment.level"], y2023["assessment.level"]).ShouldBe(("Moderate Advancement", "Minimal Advancement"));
        (y2022["enforcement.labor.unannounced_inspections_permitted"], y2023["enforcement.labor.unannounced_inspections_permitted"]).ShouldBe(("Yes", "No"));
        y2022.ShouldNotContainKey("labor_inspection.moratorium");
        (y2023["labor_inspection.moratorium"], y2023["labor_inspection.moratorium_until"]).ShouldBe(("Active", "2024-01-01"));
        (y2024["labor_inspection.moratorium"], y2024["labor_inspection.moratorium_until"]).ShouldBe(("Active", "2026-01-01"));
        (y2023["ratification.ilo_c138"], y2024["ratification.ilo_c138"]).ShouldBe(("Not ratified", "Ratified"));
        (y2023["legal.minimum_age_hazardous_work.age"], y2024["legal.minimum_age_hazardous_work.age"]).ShouldBe(("16", "18"));
        var plan = "policy.action_plan.elimination_child_labor";
        (y2022[plan], y2023[plan], y2024[plan]).ShouldBe(("Drafted", "Adopted", "Active"));
    }

    [Fact]
    public async Task Compared_the_chapters_raise_their_changes_with_the_dates_the_text_gives()
    {
        var documents = new List<CountryDocument>();
        foreach (var file in (string[])["ruritania-usdol-2022.txt", "ruritania-usdol-2023.txt", "ruritania-usdol-2024.txt"])
        {
            var result = await Extract(file);
            documents.Add(new CountryDocument(result.Document!.Sha256, result.Document.Source, result.Document.Year, result.Facts, result.Statements, file));
        }

        var alerts = new ChangeDetector().Detect(StatusBuilder.Build(new CountryHistory("XR", "Ruritania", documents)), DateTimeOffset.UnixEpoch);

        var age = alerts.Single(a => a.Facet == "legal.minimum_age_hazardous_work.age");
        age.Title.ShouldBe("Ruritania: minimum age for hazardous work raised from 16 to 18 (2023 → 2024)");
        // "Article 44 of the Labour Code, as amended in June 2024" in the laws table.
        age.EffectiveDate.ShouldBe("2024-06");
        age.NewEvidence!.BlobName.ShouldBe("ruritania-usdol-2024.txt");
        alerts.Single(a => a.Facet == "labor_inspection.moratorium_until" && a.ToYear == 2024).EffectiveDate.ShouldBe("2026-01-01");
        alerts.Single(a => a.Facet == "enforcement.labor.unannounced_inspections_permitted").Title.ShouldBe("Ruritania: unannounced labor inspections no longer permitted (2022 → 2023)");
    }

    [Fact]
    public async Task A_chapter_typeset_as_a_pdf_reads_back_to_the_facts_of_its_text()
    {
        var lines = await File.ReadAllLinesAsync(Path.Combine(Reports, "ruritania-usdol-2024.txt"));
        var pdf = SampleReportPdf.Build(lines, "2024 FINDINGS ON THE WORST FORMS OF CHILD LABOR");

        var fromPdf = await Extractor.ExtractAsync(new MemoryStream(pdf), "ruritania-usdol-2024.pdf");
        var fromText = await Extract("ruritania-usdol-2024.txt");

        fromPdf.Errors.ShouldBeEmpty();
        fromPdf.PageCount.ShouldBeGreaterThan(1);
        fromPdf.Document!.Iso2.ShouldBe("XR");
        fromPdf.Document.Year.ShouldBe(2024);
        var expected = Values(fromText);
        var actual = Values(fromPdf);
        var missing = expected.Where(e => !actual.TryGetValue(e.Key, out var v) || v != e.Value)
            .Select(e => $"{e.Key}: text {e.Value}, pdf {actual.GetValueOrDefault(e.Key) ?? "(none)"}").ToList();
        missing.ShouldBeEmpty();
        fromPdf.Facts.Where(f => f.Facet.StartsWith("enforcement.", StringComparison.Ordinal)).ShouldAllBe(f => f.Page != null);
    }
}
