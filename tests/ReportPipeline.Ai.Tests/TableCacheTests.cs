using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using ReportPipeline.Core.Statements;
using ReportPipeline.Storage;
using ReportPipeline.Storage.Tables;
using ReportPipeline.Testing;
using static ReportPipeline.Ai.Tests.TestReports;

namespace ReportPipeline.Ai.Tests;

/// <summary>The model's answers kept in real Table storage (Azurite) survive the process: a re-ingest asks nothing.</summary>
public sealed class TableCacheTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private readonly string _prefix = AzuriteFixture.UniqueName();
    private ChatCompletionServer _server = null!;

    public async Task InitializeAsync() => _server = await ChatCompletionServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    /// <summary>A fresh set of clients, as a new process would have.</summary>
    private StorageClients Clients() => new(Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = _prefix }));

    private AiOptions ModelOptions => new() { Endpoint = _server.Endpoint, Model = "cache-model", RetryDelay = TimeSpan.Zero, MaxRetryDelay = TimeSpan.Zero, OutageCooldown = TimeSpan.Zero };

    [Fact]
    public async Task A_second_run_with_a_new_cache_over_the_same_table_makes_no_request()
    {
        _server.ThenAnswer(request => Answer(request, sentence => sentence == ExpectedLaw
            ? [Label("law", "drafted", 0.7, ("name", "Law on Seasonal Work"), ("date", "2025"))]
            : []));
        var first = await AiClassification.Layer(Rules, ModelOptions, cache: new TableClassificationCache(Clients())).ClassifyAsync(Chapter, Document);

        var rerun = AiClassification.Layer(Rules, ModelOptions, cache: new TableClassificationCache(Clients()));
        var second = await rerun.ClassifyAsync(Chapter, Document);

        _server.Requests.Count.ShouldBe(1);
        rerun.Usage.Snapshot().CacheHits.ShouldBe(3);
        second.Select(s => (s.Category, s.Action, s.Text, s.Classifier, string.Join(",", s.Fields.OrderBy(f => f.Key).Select(f => $"{f.Key}={f.Value}"))))
            .ShouldBe(first.Select(s => (s.Category, s.Action, s.Text, s.Classifier, string.Join(",", s.Fields.OrderBy(f => f.Key).Select(f => $"{f.Key}={f.Value}")))));
        second.ShouldContain(s => s.Classifier == "cache-model" && s.Field("date") == "2025");
    }

    [Fact]
    public async Task Answers_round_trip_per_scope_and_more_than_a_transaction_holds_are_written()
    {
        var cache = new TableClassificationCache(Clients());
        var answers = Enumerable.Range(0, 230).ToDictionary(
            i => SentenceHash.Of($"Invented sentence {i}."),
            i => (IReadOnlyList<StatementLabel>)(i % 2 == 0
                ? [new StatementLabel("ratification", "ratified", new Dictionary<string, string> { ["instrument"] = "ilo_c182" }, 0.75)]
                : []));
        const string scope = "org/model:7b@statements-2/json_schema";

        await cache.SetManyAsync(scope, answers);
        var read = await new TableClassificationCache(Clients()).GetManyAsync(scope, [.. answers.Keys, SentenceHash.Of("Never answered.")]);
        var otherScope = await cache.GetManyAsync("another-model@statements-2/json_schema", [.. answers.Keys]);

        read.Count.ShouldBe(230);
        read[SentenceHash.Of("Invented sentence 4.")].ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            l => l.Category.ShouldBe("ratification"),
            l => l.Field("instrument").ShouldBe("ilo_c182"),
            l => l.Confidence.ShouldBe(0.75));
        read[SentenceHash.Of("Invented sentence 5.")].ShouldBeEmpty();
        otherScope.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_row_that_cannot_be_read_counts_as_not_answered()
    {
        var clients = Clients();
        var table = await clients.TableAsync(TableNames.ModelAnswers);
        var hash = SentenceHash.Of("A sentence whose stored answer was damaged.");
        await table.UpsertEntityAsync(new TableEntity("damaged-model", hash) { ["Labels"] = "[{not json" });

        var read = await new TableClassificationCache(clients).GetManyAsync("damaged-model", [hash]);

        read.ShouldBeEmpty();
    }
}
