using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Core.Model;
using ReportPipeline.Testing;

namespace ReportPipeline.IntegrationTests.Comparison;

/// <summary>
/// Issue 15 end to end on real Azurite: invented Ruritania chapters, one per year in the USDOL
/// layout, tell a moratorium placed, extended, left to expire and, years later, a new one. The
/// text is classified on ingest (events, their dates, background) and compared by those dates.
/// </summary>
[Collection(InProcessAzuriteCollection.Name)]
public sealed class MoratoriumStoryTests(AzuriteFixture azurite)
{
    /// <summary>A chapter in the USDOL layout: assessment, summary, the enforcement discussion and its table.</summary>
    private static ReportBlob Chapter(int year, string enforcement) => ReportBlob.FromBytes($"chapters/ruritania-story-{year}.txt", System.Text.Encoding.UTF8.GetBytes($"""
        Ruritania
        Moderate Advancement
        In {year}, Ruritania made a moderate advancement in efforts to eliminate the worst forms of child labor. The government trained 40 labor inspectors and opened two shelters for child victims of trafficking.
        II. LEGAL FRAMEWORK FOR CHILD LABOR
        Ruritania has ratified all key international conventions concerning child labor.
        III. ENFORCEMENT OF LAWS ON CHILD LABOR
        {enforcement}
        Table 6. Labor Law Enforcement Efforts Related to Child Labor
        Routinely Conducted Worksite Inspections	Yes
        Number of Labor Inspectors	40
        """));

    [Fact]
    public async Task A_moratorium_placed_extended_left_to_expire_and_imposed_anew_raises_exactly_those_alerts()
    {
        await using var harness = new ComparisonHarness(azurite.ConnectionString);
        await harness.IngestAsync(Chapter(2016, "The Ruritanian Labor Inspectorate conducted routine and complaint-driven inspections across all regions."));
        await harness.IngestAsync(Chapter(2017, "In March 2017, the Cabinet of Ministers placed a moratorium on all labor inspections of private businesses until January 1, 2019, to reduce the burden on small firms. Inspectors may still review written complaints."));
        await harness.IngestAsync(Chapter(2018, "In December 2018, the Cabinet of Ministers extended the moratorium on labor inspections until January 1, 2020. The Labor Inspectorate was limited to desk reviews of complaints."));
        await harness.IngestAsync(Chapter(2019, "The moratorium on labor inspections, which the Cabinet placed in 2017, remained in effect throughout 2019, and it expires on January 1, 2020."));
        await harness.IngestAsync(Chapter(2020, "The Labor Inspectorate resumed routine inspections in all regions and conducted 1,204 worksite inspections."));
        await harness.IngestAsync(Chapter(2021, "The Labor Inspectorate conducted 1,310 worksite inspections, including in agriculture."));
        await harness.IngestAsync(Chapter(2022, "A new moratorium on labor inspections of private businesses went into effect on July 1, 2022, and inspectors may act only on written complaints."));

        var report = await harness.Compare.CompareDirtyAsync();

        var moratorium = report.Countries.Single(c => c.Iso2 == "XR").Added
            .Where(a => a.Family == FacetFamilies.Moratorium)
            .OrderBy(a => a.ToYear).ThenBy(a => a.Facet, StringComparer.Ordinal)
            .ToList();
        moratorium.Select(a => a.Title).ShouldBe([
            "Ruritania: moratorium on labor inspections imposed until 1 January 2019 (2016 → 2017)",
            "Ruritania: moratorium on labor inspections extended until 1 January 2020 (2017 → 2018)",
            "Ruritania: moratorium on labor inspections expired on 1 January 2020 (2019 → 2020)",
            "Ruritania: moratorium on labor inspections imposed (2021 → 2022)",
        ]);
        moratorium.Select(a => a.Severity).ShouldAllBe(s => s == AlertSeverity.High);
        moratorium.Select(a => a.EffectiveDate).ShouldBe(["2017-03", "2020-01-01", "2020-01-01", "2022-07-01"]);

        // Each alert keeps both years' evidence, read back from the alert table.
        foreach (var alert in moratorium.Skip(1))
        {
            var stored = (await harness.Alerts.GetAsync(alert.Id)).ShouldNotBeNull();
            stored.OldEvidence.ShouldNotBeNull().BlobName.ShouldBe($"chapters/ruritania-story-{(alert.ToYear == 2022 ? 2019 : alert.FromYear)}.txt");
            stored.NewEvidence.ShouldNotBeNull().BlobName.ShouldBe($"chapters/ruritania-story-{alert.ToYear}.txt");
        }

        var expired = moratorium[2];
        expired.OldEvidence!.Text.ShouldContain("expires on January 1, 2020");
        moratorium[3].NewEvidence!.Text.ShouldStartWith("A new moratorium on labor inspections");
        (await harness.Compare.CompareAsync(["XR"])).Added.ShouldBe(0);
    }
}
