namespace ReportPipeline.Hosting;

/// <summary>
/// Where a comparison run keeps its rows: one for the run, one per country (<c>pending</c>, <c>done</c>,
/// <c>failed</c>). <see cref="CompareRuns"/> decides; this only stores, so the fan-in rules are not tied
/// to one storage service.
/// </summary>
public interface ICompareRunStore
{
    /// <summary>Writes the run row and one pending row per country (idempotent: a retry rewrites the same rows).</summary>
    Task CreateAsync(string runId, IReadOnlyList<string> countries, DateTimeOffset startedAt, CancellationToken cancellationToken = default);

    /// <summary>Records the country done, or failed with <paramref name="error"/> (a redelivery rewrites it).</summary>
    Task CompleteAsync(string runId, string iso2, string? error, DateTimeOffset completedAt, CancellationToken cancellationToken = default);

    Task<bool> AnyPendingAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks the run's notification as queued, only if no caller did before: true for exactly one caller
    /// however many finish the last countries at the same moment.
    /// </summary>
    Task<bool> TryClaimNotifyAsync(string runId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Each country of the run and its state.</summary>
    Task<IReadOnlyDictionary<string, string>> StatesAsync(string runId, CancellationToken cancellationToken = default);
}

/// <summary>The two queues a run writes to: one compare message per country, one notify message per run.</summary>
public interface ICompareRunQueues
{
    Task SendAsync(CompareCountryMessage message, CancellationToken cancellationToken = default);

    Task SendAsync(NotifyMessage message, CancellationToken cancellationToken = default);
}
