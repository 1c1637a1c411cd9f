using ReportPipeline.Hosting.Watch;

namespace ReportPipeline.Hosting.Tests.Watch;

public sealed class IngestBurstTests
{
    private static readonly DateTimeOffset Origin = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private static readonly WatchOptions Options = new() { SettleDelay = TimeSpan.FromSeconds(2), MaxSettleDelay = TimeSpan.FromMinutes(1) };

    private static DateTimeOffset At(double seconds) => Origin.AddSeconds(seconds);

    [Fact]
    public void A_folder_whose_ingest_outlasts_the_settle_delay_is_compared_at_the_first_quiet_listing_after_it()
    {
        // 66 files listed at 0.5 s, ingested until 9 s; the next listing, at once, finds nothing.
        var burst = IngestBurst.StartedAt(At(0.5)).NewAt(At(0.5));

        burst.IsSettled(Options, At(9)).ShouldBeFalse("no listing has confirmed that nothing more arrived");
        burst.Quiet().IsSettled(Options, At(9.1)).ShouldBeTrue();
    }

    [Fact]
    public void A_quick_ingest_still_waits_the_settle_delay_from_the_listing_that_found_it()
    {
        var burst = IngestBurst.StartedAt(At(0)).NewAt(At(0)).Quiet();

        burst.IsSettled(Options, At(1.9)).ShouldBeFalse();
        burst.SettleAt(Options).ShouldBe(At(2));
        burst.IsSettled(Options, At(2)).ShouldBeTrue();
    }

    [Fact]
    public void A_new_blob_found_later_moves_the_settle_time_and_needs_a_new_quiet_listing()
    {
        var burst = IngestBurst.StartedAt(At(0)).NewAt(At(0)).Quiet().NewAt(At(1.5));

        burst.SettleAt(Options).ShouldBe(At(3.5));
        burst.IsSettled(Options, At(4)).ShouldBeFalse();
        burst.Quiet().IsSettled(Options, At(4)).ShouldBeTrue();
    }

    [Fact]
    public void A_steady_stream_where_no_listing_is_quiet_is_compared_at_the_cap()
    {
        var burst = IngestBurst.StartedAt(At(0));
        for (var second = 0; second <= 70; second++)
        {
            burst = burst.NewAt(At(second));
            burst.IsSettled(Options, At(second + 0.5)).ShouldBe(second >= 60, $"at {second} s");
        }
    }
}
