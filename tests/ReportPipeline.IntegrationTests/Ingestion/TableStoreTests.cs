using Azure.Data.Tables;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Core.Model;
using ReportPipeline.Storage;
using ReportPipeline.Testing;

namespace ReportPipeline.IntegrationTests.Ingestion;

/// <summary>The table adapters on real Azurite: limits of the service, keys, concurrency.</summary>
[Collection(InProcessAzuriteCollection.Name)]
public sealed class TableStoreTests(AzuriteFixture azurite)
{
    private static StoredDocument Document(string id, int year = 2023) => new()
    {
        Id = id,
        Iso2 = "XR",
        Country = "Ruritania",
        Year = year,
        Source = Sources.UsdolFindings,
        Status = DocumentStatus.Ingested,
        ContentKey = id,
        BlobName = $"ruritania-{year}.pdf",
    };

    [Fact]
    public async Task Evidence_beyond_one_property_is_split_and_read_back_whole_and_beyond_an_entity_is_cut_with_a_flag()
    {
        await using var harness = new IngestionHarness(azurite.ConnectionString);
        var facts = harness.Get<IFactStore>();
        var long100k = string.Concat(Enumerable.Repeat("Unannounced inspections are prohibited in Zenda. ", 2_100));
        var huge = new string('x', 400_000) + "😀";
        await facts.WriteAsync(Document(new string('a', 64)), [
            new Fact("enforcement.labor.unannounced_inspections_permitted", "No", long100k, Page: 6),
            new Fact("enforcement.labor.inspectors", "212", huge),
        ]);

        var stored = await facts.ListAsync("XR", 2023);
        stored.Single(f => f.Fact.Facet.EndsWith("permitted", StringComparison.Ordinal)).Fact.Evidence.ShouldBe(long100k);
        var cut = stored.Single(f => f.Fact.Facet == "enforcement.labor.inspectors").Fact.Evidence;
        cut.Length.ShouldBe(TableText.PartChars * 8);
        var table = await harness.Clients.TableAsync(TableNames.Facts);
        var row = table.Query<TableEntity>(e => e.PartitionKey == "XR").Single(e => e.GetString("Facet") == "enforcement.labor.inspectors");
        row.GetBoolean("EvidenceTruncated").ShouldBe(true);
        row.GetInt32("EvidenceLength").ShouldBe(huge.Length);
    }

    [Fact]
    public async Task More_than_a_hundred_facts_of_one_partition_are_written_in_several_transactions()
    {
        await using var harness = new IngestionHarness(azurite.ConnectionString);
        var facts = harness.Get<IFactStore>();
        var many = Enumerable.Range(0, 250).Select(i => new Fact($"policy.action_plan.plan_{i:D3}", "Active", $"Plan {i} is active.")).ToList();
        await facts.WriteAsync(Document(new string('b', 64)), many);
        await facts.WriteAsync(Document(new string('b', 64)), many);

        (await facts.ListAsync("XR")).Select(f => f.Fact.Facet).Order().ShouldBe(many.Select(f => f.Facet).Order());
    }

    [Fact]
    public async Task Keys_with_characters_tables_refuse_are_escaped_and_round_trip()
    {
        await using var harness = new IngestionHarness(azurite.ConnectionString);
        var ledger = harness.Get<IIngestionLedger>();
        const string Name = "2024/q1#draft?/ruritania\\report%20.pdf";
        await ledger.RecordSightingAsync(new BlobSighting(Name, "abc", "\"0x1\"", 10, DateTimeOffset.UtcNow));
        (await ledger.GetSightingAsync(Name))!.BlobName.ShouldBe(Name);
        TableText.Key(Name).ShouldBe("2024%2Fq1%23draft%3F%2Fruritania%5Creport%2520.pdf");
    }

    [Fact]
    public async Task Clearing_a_dirty_mark_fails_when_the_country_was_marked_again_since_it_was_read()
    {
        await using var harness = new IngestionHarness(azurite.ConnectionString);
        var countries = harness.Get<ICountryStateStore>();
        var flags = harness.Get<ICountryDirtyFlags>();
        var at = DateTimeOffset.UtcNow;
        await countries.MarkDirtyAsync("XR", "Ruritania", 2022, at);
        var seen = (await flags.GetDirtyAsync("XR"))!;

        await countries.MarkDirtyAsync("XR", "Ruritania", 2023, at);
        (await flags.ClearDirtyAsync(seen, at)).ShouldBeFalse();
        (await countries.GetAsync("XR"))!.DirtyYears.ShouldBe([2022, 2023]);

        var current = (await flags.GetDirtyAsync("XR"))!;
        (await flags.ClearDirtyAsync(current, at)).ShouldBeTrue();
        (await flags.GetDirtyAsync("XR")).ShouldBeNull();
        var state = (await countries.GetAsync("XR"))!;
        state.ShouldSatisfyAllConditions(s => s.Dirty.ShouldBeFalse(), s => s.LatestYear.ShouldBe(2023), s => s.LastComparedAt.ShouldNotBeNull());
        (await flags.ListCountriesAsync()).ShouldBe(["XR"]);
    }

    [Fact]
    public async Task Concurrent_marks_of_one_country_are_all_kept()
    {
        await using var harness = new IngestionHarness(azurite.ConnectionString);
        var countries = harness.Get<ICountryStateStore>();
        var years = Enumerable.Range(2000, 24).ToList();
        await Task.WhenAll(years.Select(y => countries.MarkDirtyAsync("XR", "Ruritania", y, DateTimeOffset.UtcNow)));

        var state = (await countries.GetAsync("XR"))!;
        state.DirtyYears.ShouldBe(years);
        state.LatestYear.ShouldBe(2023);
    }

    [Fact]
    public async Task The_comparison_reads_a_country_history_of_ingested_documents_with_their_facts_and_statements()
    {
        await using var harness = new IngestionHarness(azurite.ConnectionString);
        await harness.Service.IngestAsync(ReportBlob.FromBytes("x/2022.xml", System.Text.Encoding.UTF8.GetBytes(TestCorpus.RuritaniaExport(2022, "Yes", 180))));
        await harness.Service.IngestAsync(ReportBlob.FromBytes("x/2023.xml", System.Text.Encoding.UTF8.GetBytes(TestCorpus.RuritaniaExport(2023, "No", 212))));

        var history = (await harness.Get<ICountryHistoryReader>().ReadAsync("XR"))!;

        history.Country.ShouldBe("Ruritania");
        history.Documents.Select(d => (d.Year, d.Source, d.BlobName)).ShouldBe([(2022, "usdol-dataset", "x/2022.xml"), (2023, "usdol-dataset", "x/2023.xml")]);
        history.Documents.Select(d => d.Facts.Single(f => f.Facet == "enforcement.labor.unannounced_inspections_permitted").Value).ShouldBe(["Yes", "No"]);
        history.Documents.Select(d => d.Facts.Single(f => f.Facet == "enforcement.labor.inspectors").Value).ShouldBe(["180", "212"]);
        history.Documents.ShouldAllBe(d => d.Statements.Any(s => s.Category == "suggested_action"));
        (await harness.Get<ICountryHistoryReader>().ReadAsync("XB")).ShouldBeNull();
        (await harness.Get<ICountryDirtyFlags>().ListDirtyAsync()).Select(m => m.Iso2).ShouldBe(["XR"]);
    }
}
