namespace ReportPipeline.Hosting.Watch;

/// <summary>
/// Ingests that `watch` has not compared yet. The quiet time counts from the listing that found the burst's newest
/// blob, not from its ingest finishing: a folder uploaded at once is compared as soon as it is ingested and a later
/// listing has found nothing more, instead of a whole settle delay after its last ingest.
/// </summary>
/// <param name="Started">When the burst's first new blob was listed (or, on start, when dirty countries were found).</param>
/// <param name="NewestListed">When the listing that found the burst's newest blob began.</param>
/// <param name="LastListingQuiet">Whether the latest listing found nothing new.</param>
public sealed record IngestBurst(DateTimeOffset Started, DateTimeOffset NewestListed, bool LastListingQuiet)
{
    public static IngestBurst StartedAt(DateTimeOffset at) => new(at, at, LastListingQuiet: false);

    /// <summary>A listing that began at <paramref name="listedAt"/> found new blobs and stored them.</summary>
    public IngestBurst NewAt(DateTimeOffset listedAt) => this with { NewestListed = listedAt, LastListingQuiet = false };

    /// <summary>A listing found nothing new.</summary>
    public IngestBurst Quiet() => this with { LastListingQuiet = true };

    /// <summary>The earliest the round may run.</summary>
    public DateTimeOffset SettleAt(WatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.SettleAt(Started, NewestListed);
    }

    /// <summary>
    /// The round runs once the settle delay has passed and the latest listing found nothing new; under a steady
    /// stream of uploads, where no listing is quiet, once the cap has passed.
    /// </summary>
    public bool IsSettled(WatchOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(options);
        return SettleAt(options) <= now && (LastListingQuiet || options.SettleCap(Started) <= now);
    }
}
