using Microsoft.Extensions.Logging.Abstractions;
using ReportPipeline.Core;
using ReportPipeline.Core.Datasets;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Testing;

namespace ReportPipeline.IntegrationTests.Ingestion;

/// <summary>Exactly-once ingestion on real Azurite: re-runs, re-uploads, cancellation midway, two ingesters at once.</summary>
[Collection(InProcessAzuriteCollection.Name)]
public sealed class ReliabilityTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rp-reliability-").FullName;

    // A 1 MB limit keeps the oversized file of the corpus small.
    private static readonly Dictionary<string, string?> Settings = new() { ["ReportPipeline:Limits:MaxFileBytes"] = "1048576" };

    private string Corpus()
    {
        TestCorpus.WriteGood(_folder);
        TestCorpus.WriteHostile(Path.Combine(_folder, "hostile"), hugeBytes: 2L * 1024 * 1024);
        for (var year = 2010; year < 2016; year++)
        {
            File.WriteAllText(Path.Combine(_folder, $"ruritania-{year}.txt"), TestCorpus.RuritaniaText(year));
        }

        return _folder;
    }

    [Fact]
    public async Task Ingesting_the_same_folder_twice_leaves_every_table_identical()
    {
        await using var harness = new IngestionHarness(azurite.ConnectionString, settings: Settings);
        await harness.UploadAsync(Corpus());
        var first = await harness.IngestContainerAsync();
        var afterFirst = await harness.DumpAsync();

        await harness.UploadAsync(_folder);
        var second = await harness.IngestContainerAsync();
        var afterSecond = await harness.DumpAsync();

        first.ShouldNotContain(o => o.Kind == IngestOutcomeKind.Duplicate);
        second.ShouldAllBe(o => o.Kind == IngestOutcomeKind.Duplicate);
        afterFirst["Facts"].Count.ShouldBeGreaterThan(0);
        IngestionHarness.Differences(afterFirst, afterSecond).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_re_upload_under_another_name_only_records_the_name()
    {
        await using var harness = new IngestionHarness(azurite.ConnectionString, settings: Settings);
        var text = System.Text.Encoding.UTF8.GetBytes(TestCorpus.RuritaniaText(2020));
        var first = await harness.Service.IngestAsync(ReportBlob.FromBytes("2020/ruritania.txt", text));
        var before = await harness.DumpAsync();

        var again = await harness.Service.IngestAsync(ReportBlob.FromBytes("copies/ruritania (1).txt", text));
        var after = await harness.DumpAsync();

        first.Kind.ShouldBe(IngestOutcomeKind.Ingested);
        again.Kind.ShouldBe(IngestOutcomeKind.Duplicate);
        again.DuplicateOf!.BlobName.ShouldBe("2020/ruritania.txt");
        again.Reason.ShouldBe("Same content as '2020/ruritania.txt' (ingested).");
        foreach (var table in new[] { "Documents", "Facts", "Statements", "Countries", "Contents" })
        {
            after[table].ShouldBe(before[table], table);
        }

        after["BlobNames"].Count.ShouldBe(before["BlobNames"].Count + 1);
        (await harness.Get<IIngestionLedger>().GetSightingAsync("copies/ruritania (1).txt"))!.ContentKey.ShouldBe(first.ContentKey);
    }

    [Fact]
    public async Task A_run_cancelled_midway_and_run_again_leaves_the_tables_of_a_clean_run()
    {
        Corpus();
        await using var clean = new IngestionHarness(azurite.ConnectionString, settings: Settings);
        await clean.UploadAsync(_folder);
        await clean.IngestContainerAsync();
        var expected = await clean.DumpAsync();

        await using var crashed = new IngestionHarness(azurite.ConnectionString, settings: Settings);
        await crashed.UploadAsync(_folder);
        using var cancel = new CancellationTokenSource();
        var done = 0;
        await Should.ThrowAsync<OperationCanceledException>(() => crashed.IngestContainerAsync(onOutcome: _ =>
        {
            if (Interlocked.Increment(ref done) == 3)
            {
                cancel.Cancel();
            }
        }, cancellationToken: cancel.Token));
        var partial = await crashed.DumpAsync();
        partial["Contents"].Count.ShouldBeLessThan(expected["Contents"].Count);

        var rerun = await crashed.IngestContainerAsync();
        rerun.ShouldNotContain(o => o.Kind == IngestOutcomeKind.InProgressElsewhere);
        IngestionHarness.Differences(expected, await crashed.DumpAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Two_ingesters_on_one_container_at_once_neither_duplicate_nor_lose_rows()
    {
        Corpus();
        await using var clean = new IngestionHarness(azurite.ConnectionString, settings: Settings);
        await clean.UploadAsync(_folder);
        await clean.IngestContainerAsync();
        var expected = await clean.DumpAsync();

        await using var shared = new IngestionHarness(azurite.ConnectionString, settings: Settings);
        await shared.UploadAsync(_folder);
        var other = SecondIngester(shared);

        var runs = await Task.WhenAll(
            shared.IngestContainerAsync(),
            shared.IngestContainerAsync(other));

        var byBlob = runs.SelectMany(r => r).GroupBy(o => o.BlobName).ToList();
        byBlob.Count.ShouldBe(expected["BlobNames"].Count);
        foreach (var blob in byBlob)
        {
            // Exactly one of the two processed each blob; the other saw it done.
            blob.Count(o => o.Kind != IngestOutcomeKind.Duplicate).ShouldBe(1, blob.Key);
            blob.ShouldNotContain(o => o.Kind == IngestOutcomeKind.InProgressElsewhere, blob.Key);
        }

        IngestionHarness.Differences(expected, await shared.DumpAsync()).ShouldBeEmpty();
    }

    /// <summary>Another ingester (its own service, owner and clients) on the same storage as <paramref name="harness"/>.</summary>
    private static IngestionBatch SecondIngester(IngestionHarness harness)
    {
        var other = new IngestionHarness(harness.Configuration["ReportPipeline:Storage"]!, harness.Name, Settings);
        var options = new IngestionOptions();
        var service = new IngestionService(
            other.Get<ReportExtractor>(),
            other.Get<IIngestionLedger>(),
            other.Get<IDocumentStore>(),
            other.Get<IFactStore>(),
            other.Get<IStatementStore>(),
            other.Get<ICountryStateStore>(),
            other.Get<IFailedReportSink>(),
            options,
            NullLogger<IngestionService>.Instance);
        options.Owner.ShouldNotBe(harness.Get<IngestionOptions>().Owner);
        return new IngestionBatch(service, options);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
