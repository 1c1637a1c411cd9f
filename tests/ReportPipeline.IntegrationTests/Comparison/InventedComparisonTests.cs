using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Core.Model;
using ReportPipeline.IntegrationTests.Ingestion;
using ReportPipeline.Testing;

namespace ReportPipeline.IntegrationTests.Comparison;

/// <summary>Invented Ruritania reports in real tables: a moratorium's life, two documents that disagree, triage.</summary>
[Collection(InProcessAzuriteCollection.Name)]
public sealed class InventedComparisonTests(AzuriteFixture azurite)
{
    private static Fact Level(string level) => new("assessment.level", level, level + " Advancement heading", 1);

    /// <summary>An invented chapter in the USDOL layout, with one sentence about the year's inspections.</summary>
    private static ReportBlob Chapter(int year, string sentence) => ReportBlob.FromBytes($"chapters/ruritania-{year}.txt", System.Text.Encoding.UTF8.GetBytes($"""
        Ruritania
        Moderate Advancement
        In {year}, Ruritania made a moderate advancement in efforts to eliminate the worst forms of child labor. {sentence}
        Table 6. Labor Law Enforcement Efforts Related to Child Labor
        Unannounced Inspections Permitted	Yes
        """));

    [Fact]
    public async Task A_moratorium_imposed_then_extended_then_lifted_in_ingested_chapters_raises_one_alert_each_with_evidence()
    {
        await using var harness = new ComparisonHarness(azurite.ConnectionString);
        await harness.IngestAsync(Chapter(2016, "The Government of Ruritania continued to fund the labor inspectorate."));
        await harness.IngestAsync(Chapter(2017, "In 2017, the Government of Ruritania imposed a moratorium on labor inspections until December 31, 2018."));
        await harness.IngestAsync(Chapter(2018, "In 2018, the moratorium on labor inspections was extended until January 1, 2026."));
        await harness.IngestAsync(Chapter(2019, "In May 2019, the Government of Ruritania lifted the moratorium on labor inspections."));

        var report = await harness.Compare.CompareDirtyAsync();

        var added = report.Countries.Single().Added;
        added.Select(a => a.Title).ShouldBe([
            "Ruritania: moratorium on labor inspections imposed until 31 December 2018 (2016 → 2017)",
            "Ruritania: moratorium on labor inspections extended until 1 January 2026 (2017 → 2018)",
            "Ruritania: moratorium on labor inspections lifted (2018 → 2019)",
        ]);
        added.ShouldAllBe(a => a.Kind == ChangeDetector.KindStatement && a.Family == FacetFamilies.Moratorium);
        var extended = (await harness.Alerts.GetAsync(added[1].Id)).ShouldNotBeNull();
        extended.EffectiveDate.ShouldBe("2026-01-01");
        extended.NewEvidence!.Text.ShouldBe("In 2018, the moratorium on labor inspections was extended until January 1, 2026.");
        extended.NewEvidence.BlobName.ShouldBe("chapters/ruritania-2018.txt");
        extended.OldEvidence!.BlobName.ShouldBe("chapters/ruritania-2017.txt");
        (await harness.Compare.CompareAsync(["XR"])).Added.ShouldBe(0);
    }

    [Fact]
    public async Task A_chapter_and_an_export_that_disagree_about_one_year_raise_a_conflict_through_real_ingestion()
    {
        await using var harness = new ComparisonHarness(azurite.ConnectionString);
        await harness.IngestAsync(ReportBlob.FromBytes("usdol/countries_2023.xml", System.Text.Encoding.UTF8.GetBytes(TestCorpus.RuritaniaExport(2023, unannounced: "No", inspectors: 212))));
        var chapter = """
            Ruritania
            Moderate Advancement
            In 2023, Ruritania made a moderate advancement in efforts to eliminate the worst forms of child labor.
            Table 6. Labor Law Enforcement Efforts Related to Child Labor
            Unannounced Inspections Permitted	Yes
            Number of Labor Inspectors	212
            """;
        await harness.IngestAsync(ReportBlob.FromBytes("chapters/ruritania-2023.txt", System.Text.Encoding.UTF8.GetBytes(chapter)));

        var report = await harness.Compare.CompareDirtyAsync();

        var conflict = report.Countries.Single(c => c.Iso2 == "XR").Added.ShouldHaveSingleItem();
        conflict.Kind.ShouldBe(ChangeDetector.KindConflict);
        conflict.Title.ShouldBe("Ruritania: reports for 2023 disagree on unannounced labor inspections permitted (Yes in the USDOL chapter vs No in the USDOL dataset)");
        conflict.OldEvidence!.BlobName.ShouldBe("chapters/ruritania-2023.txt");
        conflict.OldEvidence.Text.ShouldBe("Unannounced Inspections Permitted Yes");
        conflict.NewEvidence!.BlobName.ShouldBe("usdol/countries_2023.xml");
        var status = (await harness.Compare.StatusAsync("XR")).Single();
        status.Value("enforcement.labor.inspectors")!.Sources.Count.ShouldBe(2);
        status.Value("enforcement.labor.unannounced_inspections_permitted").ShouldBeNull();
    }

    [Fact]
    public async Task A_dismissed_alert_is_not_raised_again_after_new_documents_arrive()
    {
        await using var harness = new ComparisonHarness(azurite.ConnectionString);
        await harness.StoreAsync("xr-2020", Sources.UsdolFindings, 2020, [Level("Moderate Advancement")], []);
        await harness.StoreAsync("xr-2021", Sources.UsdolFindings, 2021, [Level("Minimal Advancement")], []);
        var alert = (await harness.Compare.CompareDirtyAsync()).Countries.Single().Added.ShouldHaveSingleItem();
        await harness.Alerts.ReviewAsync(alert.Id, new AlertReview(AlertReviewState.Dismissed, "analyst", "heading misread", DateTimeOffset.UtcNow));

        await harness.StoreAsync("xr-2022", Sources.UsdolFindings, 2022, [Level("Minimal Advancement")], []);
        var rerun = (await harness.Compare.CompareDirtyAsync()).Countries.Single();

        rerun.Added.ShouldBeEmpty();
        rerun.Dismissed.ShouldBe(1);
        var visible = await harness.Alerts.QueryAsync(new AlertQuery(Iso2: "XR"));
        visible.ShouldHaveSingleItem().Review!.State.ShouldBe(AlertReviewState.Dismissed);
        (await harness.Alerts.QueryAsync(new AlertQuery(Iso2: "XR", IncludeDismissed: false))).ShouldBeEmpty();
    }
}
