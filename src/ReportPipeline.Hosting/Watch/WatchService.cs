using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Hosting.Handlers;
using ReportPipeline.Storage;

namespace ReportPipeline.Hosting.Watch;

/// <summary>
/// What the Functions app does, in one process against any storage account: the reports
/// container is polled (Azurite has no Event Grid, so nothing would trigger), each new blob goes
/// through the same <see cref="IngestHandler"/> as the blob trigger, and comparison plus
/// notification (<see cref="LocalPipeline"/>) run on the <c>CompareSchedule</c> and once an
/// ingest burst has settled.
/// </summary>
public sealed partial class WatchService(
    PendingBlobs pending,
    IngestHandler ingest,
    LocalPipeline pipeline,
    ICountryDirtyFlags dirtyFlags,
    IReportBlobSource reports,
    WatchOptions options,
    ComparisonSchedule schedule,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<WatchService> logger) : BackgroundService
{
    // Name and ETag of blobs seen processed: a poll reads the ledger only for blobs it has not seen done.
    private HashSet<(string Name, string? ETag)> _known = [];
    private readonly Dictionary<(string Name, string? ETag), int> _attempts = [];

    // Guards _known and _attempts while a poll ingests several blobs at once.
    private readonly Lock _gate = new();
    // The names of the last complete listing; null until the first, so that the first poll also finds what
    // was deleted while watch was not running.
    private HashSet<string>? _lastNames;
    private bool _storageDown;
    private int _rounds;

    public WatchOptions Options => options;

    /// <summary>Comparison rounds finished since start (scheduled, after a burst, or with <see cref="WatchOptions.Once"/>).</summary>
    public int RoundsCompleted => Volatile.Read(ref _rounds);

    /// <summary>The last round's result; null before the first, or when it failed.</summary>
    public ComparisonRound? LastRound { get; private set; }

    /// <summary>True when the last round could not run (storage) or a country or message failed in it.</summary>
    public bool LastRoundFailed { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting before the first (possibly slow) scan.
        await Task.Yield();
        var nextScheduled = schedule.NextAfter(time.GetUtcNow());
        LogStarted(logger, reports.Location, options.PollInterval, schedule.Text, nextScheduled, options.SettleDelay);
        var burst = await DirtyOnStartAsync(stoppingToken).ConfigureAwait(false) ? IngestBurst.StartedAt(time.GetUtcNow()) : null;

        while (!stoppingToken.IsCancellationRequested)
        {
            var poll = await PollAsync(stoppingToken).ConfigureAwait(false);
            if (poll.Stored > 0)
            {
                burst = (burst ?? IngestBurst.StartedAt(poll.ListedAt)).NewAt(poll.ListedAt);
            }
            else
            {
                burst = burst?.Quiet();
            }

            if (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            var now = time.GetUtcNow();
            if (options.Once)
            {
                await RoundAsync("once", stoppingToken).ConfigureAwait(false);
                lifetime.StopApplication();
                return;
            }

            var settleAt = burst?.SettleAt(options);
            var settled = burst?.IsSettled(options, now) == true;
            var due = nextScheduled <= now;
            if (settled || due)
            {
                await RoundAsync(settled ? "after ingest" : "schedule", stoppingToken).ConfigureAwait(false);
                burst = null;
                settleAt = null;
                now = time.GetUtcNow();
                if (due)
                {
                    nextScheduled = schedule.NextAfter(now);
                    LogNextScheduled(logger, nextScheduled);
                }
            }

            // A burst whose ingests outlasted the settle delay only waits for one more listing that finds
            // nothing new, not for another poll interval.
            var wake = settleAt <= now ? now : Earliest(now + options.PollInterval, settleAt, nextScheduled);
            try
            {
                await Task.Delay(wake > now ? wake - now : TimeSpan.Zero, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }

        LogStopped(logger);
    }

    /// <summary>
    /// Ingests, up to <see cref="WatchOptions.Parallelism"/> at a time, what one listing found new; returns how many
    /// blobs stored (or retracted) documents and when the listing began.
    /// </summary>
    private async Task<PollResult> PollAsync(CancellationToken stoppingToken)
    {
        PendingScan scan;
        var seen = new List<(string, string?)>();
        var listedAt = time.GetUtcNow();
        try
        {
            scan = await pending.ScanAsync(null, blob =>
            {
                seen.Add((blob.Name, blob.ETag));
                return _known.Contains((blob.Name, blob.ETag));
            }, stoppingToken).ConfigureAwait(false);
            StorageBack();
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested && StorageFailures.IsStorageFailure(ex))
        {
            StorageDown(ex);
            return new PollResult(0, listedAt);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return new PollResult(0, listedAt);
        }

        // A retraction changes a country's status like an ingest does: it starts the after-burst round too.
        var retracted = await RetractDeletedAsync([.. seen.Select(s => s.Item1)], listedAt, stoppingToken).ConfigureAwait(false);
        var pendingNames = scan.Pending.Select(b => (b.Name, b.ETag)).ToHashSet();
        // Forget blobs that were deleted; keep what the scan found done.
        _known = [.. seen.Where(s => !pendingNames.Contains(s))];
        if (scan.Pending.Count == 0)
        {
            return new PollResult(retracted, listedAt);
        }

        LogFound(logger, scan.Pending.Count, reports.Location, scan.AlreadyProcessed);
        var stored = 0;
        var started = 0;
        var done = 0;
        // A storage failure stops the poll's other ingests too; stopping the host stops them all.
        using var stopPoll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var poll = stopPoll.Token;
        try
        {
            await Parallel.ForEachAsync(scan.Pending, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism }, async (blob, _) =>
            {
                Interlocked.Increment(ref started);
                if (poll.IsCancellationRequested)
                {
                    return;
                }

                var key = (blob.Name, blob.ETag);
                try
                {
                    var outcome = await ingest.IngestAsync(blob.Name, poll).ConfigureAwait(false);
                    lock (_gate)
                    {
                        _attempts.Remove(key);
                        if (outcome?.Kind != IngestOutcomeKind.InProgressElsewhere)
                        {
                            _known.Add(key);
                        }
                    }

                    LogProgress(logger, Interlocked.Increment(ref done), scan.Pending.Count, blob.Name, outcome?.Kind.ToString() ?? "gone", outcome?.Reason ?? "");
                    if (outcome?.Kind == IngestOutcomeKind.Ingested)
                    {
                        Interlocked.Increment(ref stored);
                    }
                }
                catch (OperationCanceledException) when (poll.IsCancellationRequested)
                {
                    // Ingestion released its claim: the next poll (or start) ingests this blob from the beginning.
                    LogAbandoned(logger, blob.Name);
                }
                catch (Exception ex) when (!poll.IsCancellationRequested && StorageFailures.IsStorageFailure(ex))
                {
                    // Nothing half-done is kept as done; the next poll tries again.
                    StorageDown(ex);
                    await stopPoll.CancelAsync().ConfigureAwait(false);
                }
                catch (Exception ex) when (!poll.IsCancellationRequested)
                {
                    await FailedAttemptAsync(key, ex, poll).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (poll.IsCancellationRequested)
        {
        }

        if (stoppingToken.IsCancellationRequested && done < scan.Pending.Count)
        {
            LogLeft(logger, scan.Pending.Count - done);
        }

        return new PollResult(stored + retracted, listedAt);
    }

    private readonly record struct PollResult(int Stored, DateTimeOffset ListedAt);


    /// <summary>
    /// Deleted blobs, found by the scan (Azurite has no BlobDeleted event): when a name of the last listing is
    /// missing, or on the first poll, the ledger's names are checked against the listing and what is gone is retracted.
    /// </summary>
    private async Task<int> RetractDeletedAsync(HashSet<string> names, DateTimeOffset listedAt, CancellationToken stoppingToken)
    {
        if (_lastNames is not null && _lastNames.All(names.Contains))
        {
            _lastNames = names;
            return 0;
        }

        try
        {
            var outcomes = await ingest.RetractDeletedAsync(names, listedAt, stoppingToken).ConfigureAwait(false);
            foreach (var document in outcomes.SelectMany(o => o.Retired))
            {
                LogRetracted(logger, document.BlobName, document.Iso2 ?? "?", document.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?");
            }

            _lastNames = names;
            return outcomes.Sum(o => o.Retired.Count);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested && StorageFailures.IsStorageFailure(ex))
        {
            // Left for the next poll: _lastNames stays as it was, so the check runs again.
            StorageDown(ex);
            return 0;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return 0;
        }
    }

    // The blob trigger's poison path, locally: after MaxAttempts the blob is recorded as failed, not retried forever.
    private async Task FailedAttemptAsync((string Name, string? ETag) key, Exception ex, CancellationToken stoppingToken)
    {
        int attempts;
        lock (_gate)
        {
            attempts = _attempts[key] = _attempts.GetValueOrDefault(key) + 1;
        }

        LogAttemptFailed(logger, ex, key.Name, attempts, options.MaxAttempts);
        if (attempts < options.MaxAttempts)
        {
            return;
        }

        try
        {
            await ingest.GiveUpAsync(key.Name, $"Ingestion failed {attempts} times in `watch` ({ex.GetType().Name}: {ex.Message}); given up.", stoppingToken).ConfigureAwait(false);
            lock (_gate)
            {
                _attempts.Remove(key);
                _known.Add(key);
            }
        }
        catch (Exception giveUp) when (!stoppingToken.IsCancellationRequested)
        {
            LogGiveUpFailed(logger, giveUp, key.Name);
        }
    }

    private async Task RoundAsync(string reason, CancellationToken stoppingToken)
    {
        // A round started is finished when the host stops (a notification cut short leaves alerts
        // recorded as possibly sent, which are then never sent); StopGrace bounds the wait.
        using var grace = new CancellationTokenSource();
        using var onStop = stoppingToken.Register(() =>
        {
            LogFinishing(logger, options.StopGrace);
            grace.CancelAfter(options.StopGrace);
        });
        LogRoundStarted(logger, reason);
        try
        {
            var round = await pipeline.CompareAndNotifyAsync(grace.Token).ConfigureAwait(false);
            LastRound = round;
            LastRoundFailed = round.Compared.Failed > 0 || round.Notified.MessagesFailed > 0;
            var compared = round.Compared;
            LogRound(logger, reason, compared.Countries.Count, compared.Added, compared.Failed, round.Notified.MessagesSent, round.Notified.MessagesFailed, round.Notified.AlertsDelivered);
            foreach (var country in compared.Countries.Where(c => c.Error is not null))
            {
                LogCountryFailed(logger, country.Iso2, country.Error);
            }

            StorageBack();
        }
        catch (Exception ex) when (!grace.Token.IsCancellationRequested && StorageFailures.IsStorageFailure(ex))
        {
            LastRound = null;
            LastRoundFailed = true;
            StorageDown(ex);
        }
        catch (OperationCanceledException) when (grace.IsCancellationRequested)
        {
            LastRound = null;
            LastRoundFailed = true;
            LogRoundCancelled(logger, options.StopGrace);
        }
        finally
        {
            Interlocked.Increment(ref _rounds);
        }
    }

    private async Task<bool> DirtyOnStartAsync(CancellationToken stoppingToken)
    {
        try
        {
            var dirty = await dirtyFlags.ListDirtyAsync(stoppingToken).ConfigureAwait(false);
            if (dirty.Count > 0)
            {
                LogDirtyOnStart(logger, dirty.Count, string.Join(", ", dirty.Select(d => d.Iso2)));
            }

            return dirty.Count > 0;
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested && StorageFailures.IsStorageFailure(ex))
        {
            StorageDown(ex);
            return false;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private void StorageDown(Exception ex)
    {
        // Once per outage, not once per poll.
        if (!_storageDown)
        {
            _storageDown = true;
            LogStorageDown(logger, ex.Message);
        }
    }

    private void StorageBack()
    {
        if (_storageDown)
        {
            _storageDown = false;
            LogStorageBack(logger);
        }
    }

    private static DateTimeOffset Earliest(DateTimeOffset first, params DateTimeOffset?[] others) =>
        others.Where(o => o.HasValue).Select(o => o!.Value).Append(first).Min();

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Watching container {Container} every {PollInterval}; comparison on schedule '{Schedule}' (next {NextScheduled:u}) and {SettleDelay} after a burst of ingests. Ctrl-C stops.")]
    private static partial void LogStarted(ILogger logger, string container, TimeSpan pollInterval, string schedule, DateTimeOffset? nextScheduled, TimeSpan settleDelay);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Found {Pending} new blobs in {Container} ({AlreadyProcessed} already processed)")]
    private static partial void LogFound(ILogger logger, int pending, string container, int alreadyProcessed);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "[{Index}/{Count}] {BlobName}: {Outcome} {Reason}")]
    private static partial void LogProgress(ILogger logger, int index, int count, string blobName, string outcome, string reason);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "Comparison round ({Reason}) started")]
    private static partial void LogRoundStarted(ILogger logger, string reason);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Information, Message = "Comparison round ({Reason}) done: {Countries} countries compared, {AlertsAdded} new alerts, {CountriesFailed} failed; {MessagesSent} messages sent, {MessagesFailed} failed, {AlertsDelivered} alert deliveries")]
    private static partial void LogRound(ILogger logger, string reason, int countries, int alertsAdded, int countriesFailed, int messagesSent, int messagesFailed, int alertsDelivered);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Warning, Message = "Comparing {Iso2} failed; it stays marked for the next round: {Error}")]
    private static partial void LogCountryFailed(ILogger logger, string iso2, string? error);

    [LoggerMessage(EventId = 7007, Level = LogLevel.Information, Message = "Next scheduled comparison at {NextScheduled:u}")]
    private static partial void LogNextScheduled(ILogger logger, DateTimeOffset? nextScheduled);

    [LoggerMessage(EventId = 7008, Level = LogLevel.Information, Message = "{Countries} countries were left marked for comparison ({Iso2s}); comparing once the first poll settles")]
    private static partial void LogDirtyOnStart(ILogger logger, int countries, string iso2s);

    [LoggerMessage(EventId = 7009, Level = LogLevel.Warning, Message = "Storage unavailable ({Error}); trying again every poll")]
    private static partial void LogStorageDown(ILogger logger, string error);

    [LoggerMessage(EventId = 7010, Level = LogLevel.Information, Message = "Storage reachable again")]
    private static partial void LogStorageBack(ILogger logger);

    [LoggerMessage(EventId = 7011, Level = LogLevel.Warning, Message = "Ingesting {BlobName} failed (attempt {Attempt} of {MaxAttempts})")]
    private static partial void LogAttemptFailed(ILogger logger, Exception exception, string blobName, int attempt, int maxAttempts);

    [LoggerMessage(EventId = 7012, Level = LogLevel.Error, Message = "Recording {BlobName} as failed did not work; it is tried again on the next poll")]
    private static partial void LogGiveUpFailed(ILogger logger, Exception exception, string blobName);

    [LoggerMessage(EventId = 7013, Level = LogLevel.Information, Message = "Stopping: abandoned {BlobName}; it is ingested again on the next start")]
    private static partial void LogAbandoned(ILogger logger, string blobName);

    [LoggerMessage(EventId = 7014, Level = LogLevel.Information, Message = "Stopping: {Left} new blobs left for the next start")]
    private static partial void LogLeft(ILogger logger, int left);

    [LoggerMessage(EventId = 7015, Level = LogLevel.Information, Message = "Stopping: finishing the comparison round in progress (at most {StopGrace})")]
    private static partial void LogFinishing(ILogger logger, TimeSpan stopGrace);

    [LoggerMessage(EventId = 7016, Level = LogLevel.Warning, Message = "The comparison round did not finish within {StopGrace} and was cancelled; countries not compared stay marked")]
    private static partial void LogRoundCancelled(ILogger logger, TimeSpan stopGrace);

    [LoggerMessage(EventId = 7018, Level = LogLevel.Information, Message = "{BlobName} was deleted: its document ({Iso2} {Year}) is retracted")]
    private static partial void LogRetracted(ILogger logger, string blobName, string iso2, string year);

    [LoggerMessage(EventId = 7017, Level = LogLevel.Information, Message = "Watch stopped")]
    private static partial void LogStopped(ILogger logger);
}
