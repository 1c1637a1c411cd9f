using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Testing;

namespace ReportPipeline.IntegrationTests.Ingestion;

/// <summary>The publisher's XML export ingested into real tables.</summary>
[Collection(InProcessAzuriteCollection.Name)]
public sealed class DatasetIngestionTests(AzuriteFixture azurite)
{
    [SharedDataFact]
    public async Task One_export_file_becomes_a_document_per_country_with_its_facts()
    {
        await using var harness = new IngestionHarness(azurite.ConnectionString);
        var file = Path.Combine(SharedData.Corpus, "xml", "countries_2022.xml");
        var outcome = await harness.Service.IngestAsync(ReportBlob.FromFile(file, "usdol/countries_2022.xml"));

        outcome.Kind.ShouldBe(IngestOutcomeKind.Ingested);
        outcome.Documents.Count.ShouldBe(143);
        outcome.Documents.ShouldAllBe(d => d.Status == DocumentStatus.Ingested && d.Year == 2022 && d.Source == "usdol-dataset");
        var stored = await harness.Documents.ListAsync(new DocumentQuery(Year: 2022)).ToListAsync();
        stored.Count.ShouldBe(143);

        // Ukraine 2022: unannounced inspections not permitted (the ground truth's known change).
        var ukraine = await harness.Get<IFactStore>().ListAsync("UA", 2022);
        ukraine.Single(f => f.Fact.Facet == "enforcement.labor.unannounced_inspections_permitted").Fact.Value.ShouldBe("No");
        ukraine.Sum(f => 1).ShouldBe(outcome.Documents.Single(d => d.Iso2 == "UA").FactCount);

        // Multi-territory Somalia keeps its single "All Territories" values under the plain facet.
        (await harness.Get<IFactStore>().ListAsync("SO", 2022)).ShouldContain(f => f.Fact.Facet == "enforcement.labor.inspectors" && f.Fact.Value == "35");
        (await harness.Get<ICountryDirtyFlags>().ListDirtyAsync()).Count.ShouldBe(143);
    }

    [SharedDataFact]
    public async Task The_seven_yearly_exports_back_fill_every_country_year_once()
    {
        await using var harness = new IngestionHarness(azurite.ConnectionString);
        var files = Directory.GetFiles(Path.Combine(SharedData.Corpus, "xml"), "countries_*.xml").Order(StringComparer.Ordinal).ToList();
        var blobs = files.Select(f => ReportBlob.FromFile(f, "xml/" + Path.GetFileName(f))).ToList();

        var outcomes = await harness.Get<IngestionBatch>().RunAsync(blobs);
        var again = await harness.Get<IngestionBatch>().RunAsync(blobs);

        outcomes.ShouldAllBe(o => o.Kind == IngestOutcomeKind.Ingested && o.Reason == null);
        again.ShouldAllBe(o => o.Kind == IngestOutcomeKind.Duplicate);
        var stored = await harness.Documents.ListAsync(new DocumentQuery()).ToListAsync();
        stored.Count.ShouldBe(1003);
        stored.ShouldAllBe(d => d.Status == DocumentStatus.Ingested && d.Source == "usdol-dataset" && d.Iso2 != null);
        stored.GroupBy(d => d.Year!.Value).OrderBy(g => g.Key).Select(g => (g.Key, g.Count()))
            .ShouldBe([(2016, 148), (2017, 142), (2018, 141), (2019, 143), (2020, 143), (2021, 143), (2022, 143)]);
        stored.GroupBy(d => (d.Iso2, d.Year)).ShouldAllBe(g => g.Count() == 1);
        (await harness.Get<ICountryDirtyFlags>().ListDirtyAsync()).Count.ShouldBe(stored.Select(d => d.Iso2).Distinct().Count());
    }

    [Fact]
    public async Task An_invented_export_stores_known_countries_and_keeps_unknown_ones_for_review()
    {
        await using var harness = new IngestionHarness(azurite.ConnectionString);
        var outcome = await harness.Service.IngestAsync(ReportBlob.FromBytes("countries_2023.xml", System.Text.Encoding.UTF8.GetBytes(TestCorpus.RuritaniaExport(2023))));

        outcome.Kind.ShouldBe(IngestOutcomeKind.Ingested);
        outcome.Reason.ShouldBe("1 of 2 documents need review: Country 'Grand Fenwick' is not in the country list.");
        var review = await harness.Documents.ListAsync(new DocumentQuery(Status: DocumentStatus.NeedsReview)).ToListAsync();
        review.Single().ShouldSatisfyAllConditions(
            d => d.Country.ShouldBe("Grand Fenwick"),
            d => d.Iso2.ShouldBeNull(),
            d => d.Year.ShouldBe(2023),
            d => d.FactCount.ShouldBe(1));
        var facts = await harness.Get<IFactStore>().ListAsync("XR", 2023);
        facts.Select(f => f.Fact.Facet).ShouldContain("legal.minimum_age_work.age");
    }

    [Fact]
    public async Task The_sample_export_gives_ruritania_its_2021_baseline_with_territory_values()
    {
        await using var harness = new IngestionHarness(azurite.ConnectionString);
        var file = Path.Combine(SharedData.RepositoryRoot, "samples", "export", "countries_2021.xml");
        var outcome = await harness.Service.IngestAsync(ReportBlob.FromFile(file, "export/countries_2021.xml"));

        outcome.Kind.ShouldBe(IngestOutcomeKind.Ingested);
        outcome.Documents.Select(d => (d.Country, d.Iso2, d.Year, d.Status)).ShouldBe([
            ("Ruritania", "XR", 2021, DocumentStatus.Ingested),
            ("Grand Fenwick", null, 2021, DocumentStatus.NeedsReview),
        ]);
        var facts = (await harness.Get<IFactStore>().ListAsync("XR", 2021)).ToDictionary(f => f.Fact.Facet, f => f.Fact.Value);
        facts["enforcement.labor.unannounced_inspections_permitted@zenda-province"].ShouldBe("No");
        facts["enforcement.labor.unannounced_inspections_permitted@mainland"].ShouldBe("Yes");
        facts["enforcement.labor.inspectors"].ShouldBe("73");
        facts["enforcement.labor.violations"].ShouldBe("21");
        facts["enforcement.criminal.convictions"].ShouldBe("Unknown");
        facts["ratification.ilo_c138"].ShouldBe("Not ratified");
        facts["statistics.working_children_percent"].ShouldBe("6.8");
    }
}
