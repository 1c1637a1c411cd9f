using System.Text;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Testing;

namespace ReportPipeline.IntegrationTests.Ingestion;

[Collection(InProcessAzuriteCollection.Name)]
public sealed class ScanAndLimitTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_container_scan_finds_new_and_overwritten_blobs_but_not_processed_ones()
    {
        await using var harness = new IngestionHarness(azurite.ConnectionString);
        var blobs = harness.Blobs;
        async Task<ReportBlob> Put(string name, string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            return await blobs.UploadAsync(name, new MemoryStream(bytes), IngestionKeys.Sha256(bytes));
        }

        var done = await Put("2020.txt", TestCorpus.RuritaniaText(2020));
        var changed = await Put("2021.txt", TestCorpus.RuritaniaText(2021));
        await harness.Get<IngestionBatch>().RunAsync([done, changed]);
        await Put("2021.txt", TestCorpus.RuritaniaText(2021, "significant"));
        await Put("2022.txt", TestCorpus.RuritaniaText(2022));

        var scan = await harness.Get<PendingBlobs>().ScanAsync();

        scan.Pending.Select(b => b.Name).Order().ShouldBe(["2021.txt", "2022.txt"]);
        scan.AlreadyProcessed.ShouldBe(1);
        var outcomes = await harness.Get<IngestionBatch>().RunAsync(scan.Pending);
        outcomes.ShouldAllBe(o => o.Kind == IngestOutcomeKind.Ingested);
        (await harness.Get<PendingBlobs>().ScanAsync()).Pending.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_document_that_takes_longer_than_the_time_limit_fails_with_that_reason()
    {
        await using var harness = new IngestionHarness(azurite.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["ReportPipeline:Limits:MaxTimePerDocument"] = "00:00:00.001",
        });
        var pdf = ReportBlob.FromBytes("slow.pdf", TestCorpus.RuritaniaPdf(2022, pages: 200));
        // Hundreds of pages, hundreds of countries: reading either takes well over the millisecond allowed.
        var export = TestCorpus.RuritaniaExport(2022);
        var country = export[export.IndexOf("<Country>", StringComparison.Ordinal)..(export.IndexOf("</Country>", StringComparison.Ordinal) + "</Country>".Length)];
        var xml = ReportBlob.FromBytes("slow.xml", Encoding.UTF8.GetBytes($"<Countries>{string.Concat(Enumerable.Repeat(country, 500))}</Countries>"));

        var outcomes = await harness.Get<IngestionBatch>().RunAsync([pdf, xml]);

        outcomes.ShouldAllBe(o => o.Kind == IngestOutcomeKind.Failed);
        outcomes.ShouldAllBe(o => o.Reason!.Contains("longer than the limit", StringComparison.Ordinal));
        (await harness.Documents.ListAsync(new DocumentQuery(Status: DocumentStatus.Failed)).ToListAsync()).Count.ShouldBe(2);
    }
}
