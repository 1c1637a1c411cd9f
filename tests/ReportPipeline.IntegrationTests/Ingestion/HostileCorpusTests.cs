using Azure.Storage.Blobs;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Storage.Blobs;
using ReportPipeline.Testing;
using Xunit.Abstractions;

namespace ReportPipeline.IntegrationTests.Ingestion;

[Collection(InProcessAzuriteCollection.Name)]
public sealed class HostileCorpusTests(AzuriteFixture azurite, ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rp-hostile-").FullName;

    [Fact]
    public async Task Every_bad_file_gets_its_recorded_reason_and_every_good_file_beside_it_is_ingested()
    {
        var expected = TestCorpus.WriteHostile(_folder).Concat(TestCorpus.WriteGood(_folder)).ToDictionary();
        await using var harness = new IngestionHarness(azurite.ConnectionString);
        await harness.UploadAsync(_folder);

        var outcomes = await harness.IngestContainerAsync();

        foreach (var outcome in outcomes)
        {
            output.WriteLine($"{outcome.BlobName}: {outcome.Kind} {outcome.Reason}");
        }

        outcomes.Select(o => o.BlobName).Order().ShouldBe(expected.Keys.Order());
        foreach (var outcome in outcomes)
        {
            var want = expected[outcome.BlobName];
            outcome.Kind.ShouldBe(want.Kind, $"{outcome.BlobName}: {outcome.Reason}");
            if (want.ReasonContains is not null)
            {
                outcome.Reason.ShouldNotBeNull(outcome.BlobName);
                outcome.Reason.ShouldContain(want.ReasonContains, Case.Insensitive, outcome.BlobName);
            }
        }

        // Every failure is stored as a failed document with its reason, and its blob kept aside.
        var failed = await harness.Documents.ListAsync(new DocumentQuery(Status: DocumentStatus.Failed)).ToListAsync();
        failed.Select(d => d.BlobName).Order().ShouldBe(expected.Where(e => e.Value.Kind == IngestOutcomeKind.Failed).Select(e => e.Key).Order());
        failed.ShouldAllBe(d => !string.IsNullOrWhiteSpace(d.Reason));
        var failedContainer = harness.Clients.Blobs.GetBlobContainerClient(harness.Clients.Options.FailedContainer);
        foreach (var document in failed)
        {
            var copy = failedContainer.GetBlobClient(document.BlobName);
            var properties = await copy.GetPropertiesAsync();
            properties.Value.Metadata[AzureFailedReportSink.ReasonMetadata].ShouldNotBeNullOrWhiteSpace();
            document.PreservedAt.ShouldBe($"{failedContainer.Name}/{document.BlobName}");
        }

        (await failedContainer.GetBlobClient("huge.txt").GetPropertiesAsync()).Value.ContentLength.ShouldBe(60L * 1024 * 1024);

        // Documents that need review are stored and listed: the two hostile ones and the unknown country of the export.
        var review = await harness.Documents.ListAsync(new DocumentQuery(Status: DocumentStatus.NeedsReview)).ToListAsync();
        review.Select(d => d.BlobName).Order().ShouldBe(["export/countries_2023.xml", "no-year.txt", "unknown-country.txt"]);
        review.Single(d => d.BlobName.EndsWith(".xml", StringComparison.Ordinal)).Reason.ShouldBe("Country 'Grand Fenwick' is not in the country list.");
    }

    [Fact]
    public async Task Text_in_utf16_without_bom_and_in_windows_1252_is_read_as_the_chapter_it_is()
    {
        TestCorpus.WriteHostile(_folder, hugeBytes: 1);
        await using var harness = new IngestionHarness(azurite.ConnectionString);
        var utf16 = await harness.Service.IngestAsync(ReportBlob.FromFile(Path.Combine(_folder, "utf16-no-bom.txt")));
        var cp1252 = await harness.Service.IngestAsync(ReportBlob.FromFile(Path.Combine(_folder, "windows-1252.txt")));

        utf16.Documents.Single().ShouldSatisfyAllConditions(
            d => d.Iso2.ShouldBe("XR"),
            d => d.Year.ShouldBe(2018),
            d => d.Source.ShouldBe("usdol-findings"));
        cp1252.Documents.Single().ShouldSatisfyAllConditions(
            d => d.Iso2.ShouldBe("XR"),
            d => d.Year.ShouldBe(2017));
    }

    [Fact]
    public async Task Every_hostile_case_in_one_batch_is_recorded_with_its_reason_within_the_time_and_memory_limits()
    {
        var timeLimit = TimeSpan.FromSeconds(8);
        const long memoryLimit = 256L * 1024 * 1024;
        var expected = TestCorpus.WriteHostile(_folder).Concat(TestCorpus.WriteGood(_folder))
            .ToDictionary(e => e.Key, e => new AbusiveCorpus.Expectation([e.Value.Kind], e.Value.ReasonContains));
        foreach (var (name, expectation) in AbusiveCorpus.Write(Path.Combine(_folder, "abusive")))
        {
            expected[$"abusive/{name}"] = expectation;
        }

        await using var harness = new IngestionHarness(azurite.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["ReportPipeline:Limits:MaxTimePerDocument"] = timeLimit.ToString(),
            ["ReportPipeline:Limits:MaxMemoryPerDocument"] = memoryLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await harness.UploadAsync(_folder);
        var parallel = harness.Get<IngestionOptions>().FileParallelism;

        // The managed heap sampled while the batch runs: what it holds beyond the baseline is what ingestion used.
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = baseline;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var now = GC.GetTotalMemory(forceFullCollection: false);
                if (now > Interlocked.Read(ref peak)) Interlocked.Exchange(ref peak, now);
                try { await Task.Delay(10, stop.Token); } catch (OperationCanceledException) { }
            }
        });
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var outcomes = await harness.IngestContainerAsync();
        clock.Stop();
        await stop.CancelAsync();
        await sampler;

        var grown = Interlocked.Read(ref peak) - baseline;
        output.WriteLine($"{outcomes.Count} files in {clock.Elapsed.TotalSeconds:0.0} s; managed heap peak {grown / (1024 * 1024):N0} MB above the baseline ({parallel} files at a time, limit {memoryLimit / (1024 * 1024)} MB each)");
        foreach (var outcome in outcomes.OrderBy(o => o.BlobName, StringComparer.Ordinal))
        {
            output.WriteLine($"{outcome.BlobName}: {outcome.Kind} in {outcome.ExtractionTime.TotalSeconds:0.00} s extraction, {outcome.Elapsed.TotalSeconds:0.00} s in all; {outcome.Reason}");
        }

        outcomes.Select(o => o.BlobName).Order(StringComparer.Ordinal).ShouldBe(expected.Keys.Order(StringComparer.Ordinal));
        foreach (var outcome in outcomes)
        {
            var want = expected[outcome.BlobName];
            want.Allowed.ShouldContain(outcome.Kind, $"{outcome.BlobName}: {outcome.Reason}");
            if (want.ReasonContains is not null)
            {
                outcome.Reason.ShouldNotBeNull(outcome.BlobName).ShouldContain(want.ReasonContains, Case.Insensitive, outcome.BlobName);
            }

            // The time limit held for every file, within 10 % and a second for the check's granularity on a loaded machine.
            outcome.ExtractionTime.ShouldBeLessThanOrEqualTo((timeLimit * 1.1) + TimeSpan.FromSeconds(1), outcome.BlobName);
        }

        // The memory limit held: each file at a time may grow the heap by the limit; collections lag by up to a slack.
        grown.ShouldBeLessThanOrEqualTo((long)(parallel * memoryLimit * 1.1) + (128L * 1024 * 1024));

        // Nothing of the scripts, or of an entity, reached what was stored.
        var statements = await harness.Get<IStatementStore>().ListAsync("XR", 2022);
        statements.ShouldNotContain(s => s.Statement.Text.Contains(AbusiveCorpus.ScriptOnlyWord, StringComparison.Ordinal));
        var facts = await harness.Get<IFactStore>().ListAsync("XR");
        facts.ShouldNotContain(f => f.Fact.Value.Contains(AbusiveCorpus.ScriptOnlyWord, StringComparison.Ordinal) || f.Fact.Value.Contains("root:", StringComparison.Ordinal));
        var stored = await harness.Documents.ListAsync(new DocumentQuery()).ToListAsync();
        stored.ShouldNotContain(d => (d.Reason ?? string.Empty).Contains("root:", StringComparison.Ordinal) || (d.Country ?? string.Empty).Contains("lollol", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

internal static class AsyncEnumerableExtensions
{
    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }
}
