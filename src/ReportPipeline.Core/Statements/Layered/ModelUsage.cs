namespace ReportPipeline.Core.Statements;

/// <summary>Running totals of what the model was asked and what came of it; safe to read while documents are classified.</summary>
public sealed class ModelUsage
{
    private long _documents;
    private long _candidates;
    private long _cacheHits;
    private long _sentencesSent;
    private long _requests;
    private long _failedRequests;
    private long _overBudget;
    private long _answersDropped;
    private long _statementsAdded;

    internal void Add(in ModelUsageSnapshot run)
    {
        Interlocked.Add(ref _documents, run.Documents);
        Interlocked.Add(ref _candidates, run.Candidates);
        Interlocked.Add(ref _cacheHits, run.CacheHits);
        Interlocked.Add(ref _sentencesSent, run.SentencesSent);
        Interlocked.Add(ref _requests, run.Requests);
        Interlocked.Add(ref _failedRequests, run.FailedRequests);
        Interlocked.Add(ref _overBudget, run.OverBudget);
        Interlocked.Add(ref _answersDropped, run.AnswersDropped);
        Interlocked.Add(ref _statementsAdded, run.StatementsAdded);
    }

    public ModelUsageSnapshot Snapshot() => new(
        Interlocked.Read(ref _documents),
        Interlocked.Read(ref _candidates),
        Interlocked.Read(ref _cacheHits),
        Interlocked.Read(ref _sentencesSent),
        Interlocked.Read(ref _requests),
        Interlocked.Read(ref _failedRequests),
        Interlocked.Read(ref _overBudget),
        Interlocked.Read(ref _answersDropped),
        Interlocked.Read(ref _statementsAdded));
}

/// <param name="Documents">Documents the model classifier looked at.</param>
/// <param name="Candidates">Sentences the rules left unsure.</param>
/// <param name="CacheHits">Candidates answered from the cache.</param>
/// <param name="SentencesSent">Candidates sent to the model.</param>
/// <param name="Requests">Model requests made (one per batch).</param>
/// <param name="FailedRequests">Requests that ended without an answer (outage, rate limit, timeout).</param>
/// <param name="OverBudget">Candidates left out by the per-document budget, or after the model failed.</param>
/// <param name="AnswersDropped">Labels or answers rejected as unreadable or outside the vocabulary.</param>
/// <param name="StatementsAdded">Statements the model contributed.</param>
public readonly record struct ModelUsageSnapshot(
    long Documents,
    long Candidates,
    long CacheHits,
    long SentencesSent,
    long Requests,
    long FailedRequests,
    long OverBudget,
    long AnswersDropped,
    long StatementsAdded);
