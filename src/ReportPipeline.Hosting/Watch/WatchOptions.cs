namespace ReportPipeline.Hosting.Watch;

/// <summary>Settings of the local host `reportpipeline watch` (configuration section <c>ReportPipeline:Watch</c>).</summary>
public sealed class WatchOptions
{
    public const string Section = "ReportPipeline:Watch";

    /// <summary>How often the reports container is scanned for new blobs (default 5 s).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long no new blob must appear before the comparison after a burst of ingests runs (default 5 s): a
    /// folder of reports uploaded together is compared, and its subscribers notified, once. It counts from the
    /// listing that found the burst's newest blob, and the round waits for its ingests and one later listing
    /// that finds nothing new.
    /// </summary>
    public TimeSpan SettleDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Longest a burst may postpone its comparison (default 1 minute): under a steady stream of
    /// uploads the round still runs this long after the burst's first ingest, not only on the schedule.
    /// </summary>
    public TimeSpan MaxSettleDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// On stop, how long a comparison and notification round in progress may take to finish
    /// before it is cancelled (default 10 s). An ingest in progress is abandoned at once: its claim
    /// is released and the next start ingests the blob again.
    /// </summary>
    public TimeSpan StopGrace { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Blobs ingested at once (default: the machine's cores, at least 2). Extraction is CPU work, so more than
    /// the cores only queues; the claims keep two watchers, or a watcher and `ingest`, from doing a blob twice.
    /// </summary>
    public int Parallelism { get; set; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>Attempts at a blob whose ingest keeps throwing before it is recorded as failed, as the Functions poison path does (default 3).</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Overrides the <c>CompareSchedule</c> setting (NCRONTAB with seconds, UTC) for this host only.</summary>
    public string? CompareSchedule { get; set; }

    /// <summary>Ingest what is pending, compare, notify, then stop (for scripts and cron).</summary>
    public bool Once { get; set; }

    /// <summary>
    /// When the round after a burst may run: <see cref="SettleDelay"/> after the listing that found its newest blob,
    /// but no later than <see cref="SettleCap"/>.
    /// </summary>
    public DateTimeOffset SettleAt(DateTimeOffset burstStarted, DateTimeOffset newestListed)
    {
        var settled = newestListed + SettleDelay;
        var cap = SettleCap(burstStarted);
        return settled < cap ? settled : cap;
    }

    /// <summary><see cref="MaxSettleDelay"/> (or the settle delay, if longer) after the burst's first ingest.</summary>
    public DateTimeOffset SettleCap(DateTimeOffset burstStarted) =>
        burstStarted + (MaxSettleDelay > SettleDelay ? MaxSettleDelay : SettleDelay);

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(PollInterval, TimeSpan.FromMilliseconds(100), nameof(PollInterval));
        ArgumentOutOfRangeException.ThrowIfLessThan(SettleDelay, TimeSpan.Zero, nameof(SettleDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxSettleDelay, TimeSpan.Zero, nameof(MaxSettleDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(StopGrace, TimeSpan.Zero, nameof(StopGrace));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxAttempts, 1, nameof(MaxAttempts));
    }
}
