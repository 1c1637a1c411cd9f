using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Core.Model;
using ReportPipeline.Testing;

namespace ReportPipeline.IntegrationTests.Comparison;

/// <summary>The publisher's seven yearly XML exports ingested into Azurite, then compared.</summary>
[Collection(InProcessAzuriteCollection.Name)]
public sealed class DatasetComparisonTests(AzuriteFixture azurite)
{
    private const string Unannounced = "enforcement.labor.unannounced_inspections_permitted";

    [SharedDataFact]
    public async Task Ingesting_every_export_raises_the_known_changes_once_and_a_second_run_raises_nothing_new()
    {
        await using var harness = new ComparisonHarness(azurite.ConnectionString);
        foreach (var file in Directory.GetFiles(Path.Combine(SharedData.Corpus, "xml"), "countries_*.xml").Order(StringComparer.Ordinal))
        {
            await harness.IngestAsync(ReportBlob.FromFile(file, "usdol/" + Path.GetFileName(file)));
        }

        var first = await harness.Compare.CompareDirtyAsync();

        first.Failed.ShouldBe(0);
        first.Countries.Count.ShouldBeGreaterThan(140);
        first.Countries.ShouldAllBe(c => c.DirtyCleared);
        (await harness.Get<ICountryDirtyFlags>().ListDirtyAsync()).ShouldBeEmpty();
        var added = first.Countries.SelectMany(c => c.Added).ToList();
        added.Count.ShouldBe(first.Raised);
        added.Select(a => a.Id).Distinct().Count().ShouldBe(added.Count);

        var ukraine = added.Where(a => a.Iso2 == "UA" && a.Facet == Unannounced).OrderBy(a => a.ToYear).ToList();
        ukraine.Select(a => a.Title).ShouldBe([
            "Ukraine: unannounced labor inspections no longer permitted (2018 → 2019)",
            "Ukraine: unannounced labor inspections now permitted (2020 → 2021)",
            "Ukraine: unannounced labor inspections no longer permitted (2021 → 2022)",
        ]);
        var ukraine2019 = ukraine[0];
        (ukraine2019.Severity, ukraine2019.Direction, ukraine2019.Kind).ShouldBe((AlertSeverity.High, AlertDirection.Worsening, ChangeDetector.KindChange));
        ukraine2019.OldEvidence.ShouldNotBeNull().ShouldSatisfyAllConditions(
            e => e.Year.ShouldBe(2018),
            e => e.Source.ShouldBe(Sources.UsdolDataset),
            e => e.BlobName.ShouldBe("usdol/countries_2018.xml"),
            e => e.Text.ShouldNotBeNullOrWhiteSpace());
        ukraine2019.NewEvidence.ShouldNotBeNull().BlobName.ShouldBe("usdol/countries_2019.xml");
        added.ShouldContain(a => a.Iso2 == "MD" && a.Facet == Unannounced && a.FromYear == 2019 && a.ToYear == 2020 && a.NewValue == "No");
        added.ShouldContain(a => a.Iso2 == "KG" && a.Facet == Unannounced && a.FromYear == 2018 && a.ToYear == 2019 && a.NewValue == "No");
        added.ShouldContain(a => a.Title == "Vanuatu: ratified ILO C138 (Minimum Age) (2018 → 2019)");
        added.ShouldContain(a => a.Title == "Jordan: assessment fell from Significant Advancement to Moderate Advancement (2021 → 2022)");
        added.ShouldContain(a => a.Title == "Moldova: assessment rose from Minimal Advancement to Moderate Advancement (2021 → 2022)");

        // Re-running compares everything again and stores nothing new; re-ingesting the same files marks nothing dirty.
        var again = await harness.Compare.CompareAllAsync();
        again.Added.ShouldBe(0);
        again.Raised.ShouldBe(first.Raised);
        foreach (var file in Directory.GetFiles(Path.Combine(SharedData.Corpus, "xml"), "countries_2019.xml"))
        {
            await harness.Ingestion.IngestAsync(ReportBlob.FromFile(file, "usdol/copy-of-countries_2019.xml"));
        }

        (await harness.Compare.CompareDirtyAsync()).Added.ShouldBe(0);
        (await harness.Alerts.QueryAsync(new AlertQuery())).Count.ShouldBe(first.Raised);
    }
}
