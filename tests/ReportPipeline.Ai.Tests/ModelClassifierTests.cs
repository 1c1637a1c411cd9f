using System.Net;
using System.Net.Sockets;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using static ReportPipeline.Ai.Tests.TestReports;

namespace ReportPipeline.Ai.Tests;

/// <summary>
/// The model classifier end to end: the real Semantic Kernel OpenAI connector talking HTTP
/// to an OpenAI-compatible server on loopback whose answers each test chooses.
/// </summary>
public sealed class ModelClassifierTests : IAsyncLifetime
{
    private const string ModelId = "ruritania-test-7b";
    private ChatCompletionServer _server = null!;

    public async Task InitializeAsync() => _server = await ChatCompletionServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private AiOptions Options(Uri? endpoint = null) => new()
    {
        Endpoint = endpoint ?? _server.Endpoint,
        Model = ModelId,
        ApiKey = "test-key",
        RequestTimeout = TimeSpan.FromSeconds(10),
        MaxRetries = 2,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryDelay = TimeSpan.FromMilliseconds(50),
        OutageCooldown = TimeSpan.Zero,
    };

    private static string GoodAnswer(ChatRequest request) => Answer(request, sentence => sentence switch
    {
        ExpectedLaw => [Label("law", "drafted", 0.7, ("name", "Law on Seasonal Work"), ("date", null), ("text", "A seasonal work bill is pending."))],
        Notice =>
        [
            Label("inspection_restriction", "imposed", 0.8, ("scope", "workplace visits"), ("condition", "ten days' notice to the owner"), ("date", "2024-03")),
        ],
        Council => [Label("other", null, 0.7)],
        _ => [],
    });

    [Fact]
    public async Task A_good_answer_fills_what_the_rules_left_unsure_with_the_documents_own_sentences()
    {
        _server.ThenAnswer(GoodAnswer);
        var rules = RulesOn(Chapter);
        rules.Single(s => s.Text == ExpectedLaw).Category.ShouldBe("other", "the rules are unsure of the expected law");
        var classifier = AiClassification.Layer(Rules, Options());

        var statements = await classifier.ClassifyAsync(Chapter, Document);

        var request = _server.Requests.ShouldHaveSingleItem();
        request.Path.ShouldBe("/v1/chat/completions");
        request.Model.ShouldBe(ModelId);
        request.Authorization.ShouldBe("Bearer test-key");
        ((string?)request.ResponseFormat?["type"]).ShouldBe("json_schema");
        request.SystemMessage.ShouldContain("inspection_moratorium");
        // The settled assessment and moratorium and the heading are not sent; the rules' near miss goes first.
        request.Sentences.ShouldBe([ExpectedLaw, Notice, Council]);

        Describe(statements).ShouldBe(Describe(
        [
            .. rules.Where(s => s.Text != ExpectedLaw),
            new Statement("law", "drafted", ExpectedLaw, 0.7, ModelId, new Dictionary<string, string> { ["name"] = "Law on Seasonal Work" }, null, OffsetOf(ExpectedLaw)),
            new Statement("inspection_restriction", "imposed", Notice, 0.8, ModelId, new Dictionary<string, string>
            {
                ["scope"] = "workplace visits",
                ["condition"] = "ten days' notice to the owner",
                ["date"] = "2024-03",
            }, null, OffsetOf(Notice)),
        ]));
        classifier.Usage.Snapshot().ShouldBe(new ModelUsageSnapshot(Documents: 1, Candidates: 3, CacheHits: 0, SentencesSent: 3, Requests: 1, FailedRequests: 0, OverBudget: 0, AnswersDropped: 0, StatementsAdded: 2));
    }

    [Fact]
    public async Task The_model_is_asked_for_events_with_their_dates_and_its_events_before_the_reporting_year_are_background()
    {
        const string old = "Ruritania's inspectors have made no workplace visits since the Cabinet's decree of May 2019.";
        const string fresh = "Workplace visits by Ruritania's inspectors stopped in February 2024 by order of the Cabinet.";
        _server.ThenAnswer(request => Answer(request, sentence => sentence switch
        {
            old => [Label("inspection_moratorium", "imposed", 0.8, ("scope", "workplace visits"), ("date", "2019-05"))],
            fresh => [Label("inspection_moratorium", "imposed", 0.8, ("scope", "workplace visits"), ("date", "2024-02"))],
            _ => [],
        }));
        var classifier = AiClassification.Layer(Rules, Options());

        var statements = await classifier.ClassifyAsync(Text(Assessment, old, fresh), Document);

        var request = _server.Requests.ShouldHaveSingleItem();
        request.SystemMessage.ShouldContain("governing verb");
        request.SystemMessage.ShouldContain("background");
        request.SystemMessage.ShouldContain("date: when the event happened or takes effect");
        var background = statements.Single(s => s.Text == old);
        (background.Category, background.Action, background.Field("date"), background.Classifier).ShouldBe(("inspection_moratorium", "continued", "2019-05", ModelId));
        var imposed = statements.Single(s => s.Text == fresh);
        (imposed.Action, imposed.Field("date")).ShouldBe(("imposed", "2024-02"));
    }

    [Theory]
    [InlineData(0.4, "rules")]
    [InlineData(0.5, ModelId)]
    [InlineData(0.8, ModelId)]
    public async Task The_model_overrules_an_unsure_rules_guess_only_when_at_least_as_confident(double modelConfidence, string expectedClassifier)
    {
        const string hindered = "However, a moratorium on labor inspections hindered enforcement efforts in Ruritania.";
        var text = Text(Assessment, hindered);
        var guess = RulesOn(text).Single(s => s.Text == hindered);
        guess.Category.ShouldBe("inspection_moratorium");
        guess.Confidence.ShouldBe(0.5);
        _server.ThenAnswer(request => Answer(request, _ => [Label("inspection_moratorium", "continued", modelConfidence, ("scope", "labor inspections"))]));
        var classifier = AiClassification.Layer(Rules, Options());

        var statements = await classifier.ClassifyAsync(text, Document);

        _server.Requests.ShouldHaveSingleItem().Sentences.ShouldBe([hindered]);
        statements.Where(s => s.Text == hindered).ShouldHaveSingleItem().Classifier.ShouldBe(expectedClassifier);
    }

    [Fact]
    public async Task Malformed_json_is_dropped_and_the_rules_result_stands()
    {
        _server.ThenAnswer(_ => """{"results": [ {"index": 0, "statements": [ {"category": "law", """);
        var rules = RulesOn(Chapter);
        var classifier = AiClassification.Layer(Rules, Options());

        var statements = await classifier.ClassifyAsync(Chapter, Document);

        Describe(statements).ShouldBe(Describe(rules));
        _server.Requests.Count.ShouldBe(1);
        classifier.Usage.Snapshot().AnswersDropped.ShouldBe(1);
        classifier.Usage.Snapshot().StatementsAdded.ShouldBe(0);

        // Nothing unreadable was cached: the next run asks again and gets a good answer.
        _server.ThenAnswer(GoodAnswer);
        var again = await classifier.ClassifyAsync(Chapter, Document);
        _server.Requests.Count.ShouldBe(2);
        again.ShouldContain(s => s.Classifier == ModelId && s.Category == "law");
    }

    [Fact]
    public async Task Out_of_vocabulary_labels_are_dropped_and_valid_ones_kept()
    {
        _server.ThenAnswer(request => Answer(request, sentence => sentence switch
        {
            ExpectedLaw =>
            [
                Label("riot", "started", 0.9),
                Label("law", "celebrated", 0.9),
                Label("law", "enacted", 0.9, ("date", "1 July 2024")),
                Label("law", "enacted", 0.9, ("instrument", "ilo_c182")),
                Label("ratification", "ratified", 0.9, ("instrument", "ilo_c999")),
                Label("law", "enacted", 1.7),
            ],
            Council => [Label("institution", "established", 0.8, ("name", "Council on Child Protection"))],
            _ => [],
        }));
        var rules = RulesOn(Chapter);
        var classifier = AiClassification.Layer(Rules, Options());

        var statements = await classifier.ClassifyAsync(Chapter, Document);

        Describe(statements).ShouldBe(Describe(
        [
            .. rules,
            new Statement("institution", "established", Council, 0.8, ModelId, new Dictionary<string, string> { ["name"] = "Council on Child Protection" }, null, OffsetOf(Council)),
        ]));
        classifier.Usage.Snapshot().AnswersDropped.ShouldBe(6);
    }

    [Fact]
    public async Task A_model_slower_than_the_request_timeout_is_given_up_without_retrying()
    {
        _server.ThenHang(TimeSpan.FromSeconds(30));
        var rules = RulesOn(Chapter);
        var classifier = AiClassification.Layer(Rules, Options() with { RequestTimeout = TimeSpan.FromMilliseconds(300) });

        var statements = await classifier.ClassifyAsync(Chapter, Document);

        Describe(statements).ShouldBe(Describe(rules));
        _server.Requests.Count.ShouldBe(1);
        classifier.Usage.Snapshot().FailedRequests.ShouldBe(1);
    }

    [Fact]
    public async Task The_document_budget_of_time_ends_the_wait_and_keeps_the_rules_result()
    {
        _server.ThenHang(TimeSpan.FromSeconds(30));
        var rules = RulesOn(Chapter);
        var options = Options() with { Layering = LayeredClassifierOptions.Default with { DocumentTimeout = TimeSpan.FromMilliseconds(300) } };
        var classifier = AiClassification.Layer(Rules, options);

        var statements = await classifier.ClassifyAsync(Chapter, Document);

        Describe(statements).ShouldBe(Describe(rules));
        classifier.Usage.Snapshot().FailedRequests.ShouldBe(1);
    }

    [Fact]
    public async Task A_rate_limit_is_retried_with_backoff_then_given_up_and_the_rules_result_stands()
    {
        _server.AlwaysStatus(HttpStatusCode.TooManyRequests, retryAfter: "0");
        var rules = RulesOn(Chapter);
        var classifier = AiClassification.Layer(Rules, Options());

        var statements = await classifier.ClassifyAsync(Chapter, Document);

        Describe(statements).ShouldBe(Describe(rules));
        _server.Requests.Count.ShouldBe(3, "one attempt and two retries");
        classifier.Usage.Snapshot().FailedRequests.ShouldBe(1);
    }

    [Fact]
    public async Task A_rate_limit_followed_by_an_answer_succeeds_on_the_retry()
    {
        _server.ThenStatus(HttpStatusCode.TooManyRequests, retryAfter: "0");
        _server.ThenAnswer(GoodAnswer);
        var classifier = AiClassification.Layer(Rules, Options());

        var statements = await classifier.ClassifyAsync(Chapter, Document);

        _server.Requests.Count.ShouldBe(2);
        statements.ShouldContain(s => s.Classifier == ModelId && s.Category == "inspection_restriction");
    }

    [Fact]
    public async Task A_server_that_refuses_connections_leaves_the_rules_result()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var rules = RulesOn(Chapter);
        var classifier = AiClassification.Layer(Rules, Options(new Uri($"http://127.0.0.1:{port}/v1")));

        var statements = await classifier.ClassifyAsync(Chapter, Document);

        Describe(statements).ShouldBe(Describe(rules));
        classifier.Usage.Snapshot().FailedRequests.ShouldBe(1);
    }

    [Fact]
    public async Task After_giving_up_later_documents_do_not_wait_for_the_same_outage()
    {
        _server.AlwaysStatus(HttpStatusCode.ServiceUnavailable);
        var rules = RulesOn(Chapter);
        var options = Options() with { MaxRetries = 0, OutageCooldown = TimeSpan.FromMinutes(5) };
        var classifier = AiClassification.Layer(Rules, options);

        Describe(await classifier.ClassifyAsync(Chapter, Document)).ShouldBe(Describe(rules));
        Describe(await classifier.ClassifyAsync(Chapter, Document)).ShouldBe(Describe(rules));

        _server.Requests.Count.ShouldBe(1);
        classifier.Usage.Snapshot().FailedRequests.ShouldBe(2);
    }

    [Fact]
    public async Task Answers_are_cached_by_sentence_so_a_second_run_makes_no_request()
    {
        _server.ThenAnswer(GoodAnswer);
        var cache = new InMemoryClassificationCache();
        var first = await AiClassification.Layer(Rules, Options(), cache: cache).ClassifyAsync(Chapter, Document);

        // A re-ingest: a new classifier, the same cache, the same sentences with other line breaks.
        var reflowed = Text(Assessment, Heading, Moratorium, ExpectedLaw, Notice.Replace(" only after ", "  only   after ", StringComparison.Ordinal), Council);
        var rerun = AiClassification.Layer(Rules, Options(), cache: cache);
        var second = await rerun.ClassifyAsync(reflowed, Document);

        _server.Requests.Count.ShouldBe(1);
        Describe(second.Select(s => s with { Offset = null })).ShouldBe(Describe(first.Select(s => s with { Offset = null })));
        rerun.Usage.Snapshot().CacheHits.ShouldBe(3, "the law, the notice and the council (answered as nothing to report)");
        rerun.Usage.Snapshot().Requests.ShouldBe(0);
    }

    [Fact]
    public async Task Sentences_go_in_batches_within_the_per_document_budget()
    {
        string[] sentences =
        [
            .. Enumerable.Range(1, 5).Select(i => $"Invented sentence number {i} about the labor inspectorate of Ruritania."),
        ];
        _server.AlwaysAnswer(request => Answer(request, _ => []));
        var options = Options() with { Layering = LayeredClassifierOptions.Default with { BatchSize = 2, MaxSentencesPerDocument = 3 } };
        var classifier = AiClassification.Layer(Rules, options);

        var statements = await classifier.ClassifyAsync(Text(sentences), Document);

        statements.ShouldBeEmpty();
        _server.Requests.Select(r => r.Sentences.Count).ShouldBe([2, 1]);
        _server.Requests.SelectMany(r => r.Sentences).ShouldBe(sentences[..3]);
        classifier.Usage.Snapshot().OverBudget.ShouldBe(2);
    }

    [Fact]
    public async Task The_token_budget_limits_what_is_sent()
    {
        string[] sentences = [.. Enumerable.Range(1, 4).Select(i => $"Invented sentence {i}: " + new string('x', 390))];
        _server.AlwaysAnswer(request => Answer(request, _ => []));
        // Each sentence is about 100 tokens plus 8 for its framing: two fit in 250.
        var options = Options() with { Layering = LayeredClassifierOptions.Default with { MaxTokensPerDocument = 250 } };
        var classifier = AiClassification.Layer(Rules, options);

        await classifier.ClassifyAsync(Text(sentences), Document);

        _server.Requests.SelectMany(r => r.Sentences).Count().ShouldBe(2);
    }

    [Fact]
    public async Task Json_mode_is_requested_when_the_server_has_no_structured_outputs()
    {
        _server.ThenAnswer(request => "```json\n" + GoodAnswer(request) + "\n```");
        var classifier = AiClassification.Layer(Rules, Options() with { ResponseFormat = AiOptions.JsonObjectFormat });

        var statements = await classifier.ClassifyAsync(Chapter, Document);

        ((string?)_server.Requests.Single().ResponseFormat?["type"]).ShouldBe("json_object");
        statements.ShouldContain(s => s.Classifier == ModelId && s.Text == Notice);
    }

    [Fact]
    public async Task Cancelling_the_caller_cancels_rather_than_falling_back()
    {
        _server.ThenHang(TimeSpan.FromSeconds(30));
        var classifier = AiClassification.Layer(Rules, Options());
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Should.ThrowAsync<OperationCanceledException>(() => classifier.ClassifyAsync(Chapter, Document, cancel.Token));
    }

    [Fact]
    public async Task With_no_model_configured_nothing_changes_and_nothing_is_sent()
    {
        var rules = new RulesStatementClassifier();
        var alone = await rules.ClassifyAsync(Chapter, Document);
        var classifier = AiClassification.Layer(rules, new AiOptions());

        var statements = await classifier.ClassifyAsync(Chapter, Document);

        classifier.ModelId.ShouldBeNull();
        Describe(statements).ShouldBe(Describe(alone));
        statements.ShouldAllBe(s => s.Classifier == "rules");
        _server.Requests.ShouldBeEmpty();
        classifier.Usage.Snapshot().ShouldBe(default);
    }
}
