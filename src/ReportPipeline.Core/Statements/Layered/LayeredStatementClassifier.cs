using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Statements;

/// <summary>
/// Rules first, a language model only where the rules are unsure. The rules' statements are
/// always the starting point; sentences they left as <c>other</c>, below
/// <see cref="LayeredClassifierOptions.ConfidenceThreshold"/> or unclassified are sent to the
/// model (cached answers first, then in batches within a per-document budget). Every model
/// label is checked against <see cref="StatementSchema"/> and its statement takes the
/// document's own sentence as text. Whatever goes wrong with the model, the rules' result
/// stands and the document is still classified.
/// </summary>
public sealed partial class LayeredStatementClassifier : IStatementClassifier
{
    private readonly IStatementClassifier _rules;
    private readonly IStatementModel? _model;
    private readonly IClassificationCache _cache;
    private readonly Func<TextDocument, IEnumerable<CandidateSentence>>? _sentences;
    private readonly LayeredClassifierOptions _options;
    private readonly ILogger _logger;

    /// <param name="rules">The classifier whose result always stands where the model adds nothing.</param>
    /// <param name="model">The model, or null when none is configured: then this is exactly <paramref name="rules"/>.</param>
    /// <param name="cache">Earlier answers by sentence hash.</param>
    /// <param name="sentences">
    /// Every sentence of a document, so that sentences the rules did not mention at all can be
    /// sent; when null only the rules' own unsure statements are candidates.
    /// </param>
    /// <param name="usage">Totals to add to, e.g. one per command run over many files; a new one when null.</param>
    public LayeredStatementClassifier(
        IStatementClassifier rules,
        IStatementModel? model,
        IClassificationCache? cache = null,
        Func<TextDocument, IEnumerable<CandidateSentence>>? sentences = null,
        LayeredClassifierOptions? options = null,
        ILogger<LayeredStatementClassifier>? logger = null,
        ModelUsage? usage = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
        _model = model;
        _cache = cache ?? new InMemoryClassificationCache();
        _sentences = sentences;
        _options = options ?? LayeredClassifierOptions.Default;
        _options.Validate();
        _logger = logger ?? NullLogger<LayeredStatementClassifier>.Instance;
        Usage = usage ?? new ModelUsage();
    }

    /// <summary>Totals over every document classified by this instance (and any other sharing the same <see cref="ModelUsage"/>).</summary>
    public ModelUsage Usage { get; }

    /// <summary>The model's id, or null when this classifier runs the rules alone.</summary>
    public string? ModelId => _model?.ModelId;

    public Task<IReadOnlyList<Statement>> ClassifyAsync(TextDocument text, DocumentInfo document, CancellationToken cancellationToken = default) =>
        ClassifyAsync(text, document, [], cancellationToken);

    public async Task<IReadOnlyList<Statement>> ClassifyAsync(TextDocument text, DocumentInfo document, ICollection<string> warnings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(warnings);
        var ruled = await _rules.ClassifyAsync(text, document, warnings, cancellationToken).ConfigureAwait(false);
        if (_model is null)
        {
            return ruled;
        }

        var run = new Run();
        var candidates = SelectCandidates(text, ruled);
        run.Candidates = candidates.Count;
        if (candidates.Count == 0)
        {
            Usage.Add(run.Snapshot());
            return ruled;
        }

        var scope = $"{_model.ModelId}@{_model.Revision}";
        var labels = await ReadCacheAsync(scope, candidates, cancellationToken).ConfigureAwait(false);
        run.CacheHits = labels.Count;

        var answered = await AskModelAsync(_model, candidates.Where(c => !labels.ContainsKey(c.Hash)).ToList(), document, run, cancellationToken).ConfigureAwait(false);
        if (answered.Count > 0)
        {
            await WriteCacheAsync(scope, answered, cancellationToken).ConfigureAwait(false);
            foreach (var (hash, fresh) in answered)
            {
                labels[hash] = fresh;
            }
        }

        var result = Merge(_model.ModelId, ruled, candidates, labels, run, document.Year);
        Usage.Add(run.Snapshot());
        LogDocumentSummary(_logger, _model.ModelId, document.Sha256, run.Candidates, run.CacheHits, run.SentencesSent, run.OverBudget, run.StatementsAdded);
        return result;
    }

    private sealed record Candidate(CandidateSentence Sentence, string Normalized, string Hash, bool RulesTried);

    /// <summary>Unsure sentences, the ones the rules had a guess about first, each once.</summary>
    private List<Candidate> SelectCandidates(TextDocument text, IReadOnlyList<Statement> ruled)
    {
        var settled = ruled.Where(IsSettled).Select(s => SentenceHash.Normalize(s.Text)).Where(t => t.Length > 0).ToList();
        var tried = ruled.Where(s => !IsSettled(s)).Select(s => new CandidateSentence(s.Text, s.Page, s.Offset));
        var all = tried.Select(s => (Sentence: s, RulesTried: true))
            .Concat((_sentences?.Invoke(text) ?? []).Select(s => (Sentence: s, RulesTried: false)));

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var candidates = new List<Candidate>();
        foreach (var (sentence, rulesTried) in all)
        {
            var normalized = SentenceHash.Normalize(sentence.Text);
            if (normalized.Length < _options.MinSentenceLength || normalized.Length > _options.MaxSentenceLength)
            {
                continue;
            }

            // A sentence the rules classified confidently, in whole or in part, is theirs.
            if (settled.Any(s => s.Contains(normalized, StringComparison.Ordinal) || normalized.Contains(s, StringComparison.Ordinal)))
            {
                continue;
            }

            var hash = SentenceHash.Of(normalized);
            if (!seen.TryGetValue(hash, out var index))
            {
                seen[hash] = candidates.Count;
                candidates.Add(new Candidate(sentence, normalized, hash, rulesTried));
            }
            else if (candidates[index].Sentence is { Page: null, Offset: null } && (sentence.Page is not null || sentence.Offset is not null))
            {
                // The rules' statement may lack a position that the splitter knows.
                candidates[index] = candidates[index] with { Sentence = sentence with { Text = candidates[index].Sentence.Text } };
            }
        }

        return candidates;
    }

    private bool IsSettled(Statement statement) =>
        statement.Category != StatementSchema.Other && statement.Confidence >= _options.ConfidenceThreshold;

    private async Task<Dictionary<string, IReadOnlyList<StatementLabel>>> ReadCacheAsync(string scope, List<Candidate> candidates, CancellationToken cancellationToken)
    {
        try
        {
            var found = await _cache.GetManyAsync(scope, candidates.Select(c => c.Hash).ToList(), cancellationToken).ConfigureAwait(false);
            return new Dictionary<string, IReadOnlyList<StatementLabel>>(found, StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A cache is an economy, not a dependency: without it the model is simply asked.
            LogCacheFailed(_logger, "read", ex);
            return new Dictionary<string, IReadOnlyList<StatementLabel>>(StringComparer.Ordinal);
        }
    }

    private async Task WriteCacheAsync(string scope, Dictionary<string, IReadOnlyList<StatementLabel>> answered, CancellationToken cancellationToken)
    {
        try
        {
            await _cache.SetManyAsync(scope, answered, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogCacheFailed(_logger, "write", ex);
        }
    }

    /// <summary>Sends what the budget allows, batch by batch, and returns the validated labels per sentence hash.</summary>
    private async Task<Dictionary<string, IReadOnlyList<StatementLabel>>> AskModelAsync(
        IStatementModel model, List<Candidate> misses, DocumentInfo document, Run run, CancellationToken cancellationToken)
    {
        var answered = new Dictionary<string, IReadOnlyList<StatementLabel>>(StringComparer.Ordinal);
        var toSend = new List<Candidate>();
        var tokens = 0;
        foreach (var candidate in misses.OrderByDescending(c => c.RulesTried))
        {
            var cost = EstimateTokens(candidate.Normalized);
            if (toSend.Count >= _options.MaxSentencesPerDocument || tokens + cost > _options.MaxTokensPerDocument)
            {
                continue;
            }

            toSend.Add(candidate);
            tokens += cost;
        }

        run.OverBudget = misses.Count - toSend.Count;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.DocumentTimeout);
        var sent = 0;
        foreach (var batch in toSend.Chunk(_options.BatchSize))
        {
            ModelBatchResult result;
            run.Requests++;
            try
            {
                result = await model.ClassifyAsync([.. batch.Select(c => c.Sentence.Text)], document, deadline.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // Outage, rate limit, deadline or a bug in the adapter: the rules' result stands,
                // and the remaining batches are not tried (the next document may be luckier).
                run.FailedRequests++;
                run.OverBudget += toSend.Count - sent;
                var reason = ex is OperationCanceledException ? $"no answer within the document's {_options.DocumentTimeout.TotalSeconds:0} s" : ex.Message;
                LogModelFailed(_logger, model.ModelId, document.Sha256, toSend.Count - sent, reason, ex is ModelUnavailableException or OperationCanceledException ? null : ex);
                break;
            }

            sent += batch.Length;
            run.SentencesSent += batch.Length;
            foreach (var problem in result.Problems)
            {
                run.AnswersDropped++;
                LogAnswerDropped(_logger, model.ModelId, document.Sha256, problem);
            }

            foreach (var answer in result.Answers)
            {
                if (answer.Index < 0 || answer.Index >= batch.Length)
                {
                    run.AnswersDropped++;
                    LogAnswerDropped(_logger, model.ModelId, document.Sha256, $"answer for sentence {answer.Index} of a batch of {batch.Length}");
                    continue;
                }

                var candidate = batch[answer.Index];
                var valid = new List<StatementLabel>();
                foreach (var label in answer.Labels.Where(l => l.Category != StatementSchema.Other))
                {
                    if (StatementSchema.Validate(label, out var reason) is { } checkedLabel)
                    {
                        valid.Add(checkedLabel);
                    }
                    else
                    {
                        run.AnswersDropped++;
                        LogLabelDropped(_logger, model.ModelId, candidate.Hash, reason!);
                    }
                }

                answered[candidate.Hash] = valid;
            }
        }

        return answered;
    }

    /// <summary>
    /// The rules' statements, minus the unsure ones the model replaced, plus the model's statements
    /// in document order. The model replaces an unsure rules statement only when it is at least as
    /// confident; where it reports nothing, the rules' statement stays.
    /// </summary>
    private List<Statement> Merge(string modelId, IReadOnlyList<Statement> ruled, List<Candidate> candidates, Dictionary<string, IReadOnlyList<StatementLabel>> labels, Run run, int? reportYear)
    {
        var added = new List<Statement>();
        var replaced = new List<string>();
        foreach (var candidate in candidates)
        {
            if (!labels.TryGetValue(candidate.Hash, out var found))
            {
                continue;
            }

            // A model less sure than the rules' own guess about this sentence does not overrule it.
            var bar = ruled.Where(r => !IsSettled(r) && r.Category != StatementSchema.Other && IsCovered(SentenceHash.Normalize(r.Text), [candidate.Normalized]))
                .Select(r => r.Confidence).DefaultIfEmpty(0).Max();

            // Cached labels are checked again: the vocabulary may have changed since they were stored.
            var valid = found.Select(l => StatementSchema.Validate(l, out _)).OfType<StatementLabel>()
                .Where(l => l.Confidence >= bar).Distinct(LabelComparer.Instance).ToList();
            if (valid.Count == 0)
            {
                continue;
            }

            replaced.Add(candidate.Normalized);
            // The model's event dates are read the way the rules' are: history before the reporting year is background.
            added.AddRange(valid
                .Select(l => Rules.Background.Settle(new Rules.Draft(l.Category, l.Action, l.Confidence, l.Fields), reportYear))
                .OfType<Rules.Draft>()
                .Select(d => new Statement(d.Category, d.Action, candidate.Sentence.Text, d.Confidence, modelId, d.Fields, candidate.Sentence.Page, candidate.Sentence.Offset)));
        }

        run.StatementsAdded = added.Count;
        var kept = ruled.Where(s => IsSettled(s) || !IsCovered(SentenceHash.Normalize(s.Text), replaced));
        return [.. kept, .. added];
    }

    private static bool IsCovered(string normalized, List<string> replaced) =>
        normalized.Length > 0 && replaced.Any(r => r.Contains(normalized, StringComparison.Ordinal));

    /// <summary>About four characters per token, plus the numbering and quoting around each sentence.</summary>
    private static int EstimateTokens(string sentence) => (sentence.Length / 4) + 8;

    private sealed class LabelComparer : IEqualityComparer<StatementLabel>
    {
        public static LabelComparer Instance { get; } = new();

        public bool Equals(StatementLabel? x, StatementLabel? y) =>
            x is not null && y is not null && x.Category == y.Category && x.Action == y.Action
            && x.Fields.Count == y.Fields.Count && x.Fields.All(f => y.Fields.TryGetValue(f.Key, out var v) && v == f.Value);

        public int GetHashCode(StatementLabel obj) => HashCode.Combine(obj.Category, obj.Action, obj.Fields.Count);
    }

    private sealed class Run
    {
        public int Candidates { get; set; }
        public int CacheHits { get; set; }
        public int SentencesSent { get; set; }
        public int Requests { get; set; }
        public int FailedRequests { get; set; }
        public int OverBudget { get; set; }
        public int AnswersDropped { get; set; }
        public int StatementsAdded { get; set; }

        public ModelUsageSnapshot Snapshot() => new(1, Candidates, CacheHits, SentencesSent, Requests, FailedRequests, OverBudget, AnswersDropped, StatementsAdded);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Model {ModelId} on document {Sha256}: {Candidates} unsure sentences, {CacheHits} answered from cache, {Sent} sent, {OverBudget} left out, {Added} statements added")]
    private static partial void LogDocumentSummary(ILogger logger, string modelId, string sha256, int candidates, int cacheHits, int sent, int overBudget, int added);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model {ModelId} failed on document {Sha256}; the rules' statements stand for its {Remaining} remaining unsure sentences: {Reason}")]
    private static partial void LogModelFailed(ILogger logger, string modelId, string sha256, int remaining, string reason, Exception? exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model {ModelId} answer on document {Sha256} dropped: {Problem}")]
    private static partial void LogAnswerDropped(ILogger logger, string modelId, string sha256, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model {ModelId} label for sentence {SentenceHash} dropped: {Reason}")]
    private static partial void LogLabelDropped(ILogger logger, string modelId, string sentenceHash, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Classification cache {Operation} failed; continuing without it")]
    private static partial void LogCacheFailed(ILogger logger, string operation, Exception exception);
}
