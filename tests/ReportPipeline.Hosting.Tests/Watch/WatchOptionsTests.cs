using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Hosting.Watch;

namespace ReportPipeline.Hosting.Tests.Watch;

public sealed class WatchOptionsTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void Settings_are_read_from_the_watch_section_and_the_command_line_wins()
    {
        var settings = Settings(("ReportPipeline:Watch:PollInterval", "00:00:02"), ("ReportPipeline:Watch:SettleDelay", "00:00:07"));

        var options = settings.ReadWatchOptions(o => o.SettleDelay = TimeSpan.FromSeconds(1));

        options.PollInterval.ShouldBe(TimeSpan.FromSeconds(2));
        options.SettleDelay.ShouldBe(TimeSpan.FromSeconds(1));
        options.Once.ShouldBeFalse();
    }

    [Theory]
    [InlineData(0, 0, 5)]
    [InlineData(0, 30, 35)]
    [InlineData(0, 58, 60)]
    [InlineData(10, 100, 70)]
    public void A_burst_settles_after_its_newest_listing_but_never_later_than_the_cap_after_its_first(int firstSecond, int lastSecond, int expectedSecond)
    {
        var options = new WatchOptions { SettleDelay = TimeSpan.FromSeconds(5), MaxSettleDelay = TimeSpan.FromMinutes(1) };
        var origin = new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

        var settleAt = options.SettleAt(origin.AddSeconds(firstSecond), origin.AddSeconds(lastSecond));

        settleAt.ShouldBe(origin.AddSeconds(expectedSecond));
    }

    [Fact]
    public void A_settle_delay_longer_than_the_cap_is_kept_for_a_single_ingest()
    {
        var options = new WatchOptions { SettleDelay = TimeSpan.FromMinutes(2), MaxSettleDelay = TimeSpan.FromMinutes(1) };
        var origin = new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

        options.SettleAt(origin, origin).ShouldBe(origin.AddMinutes(2));
        options.SettleAt(origin, origin.AddMinutes(1)).ShouldBe(origin.AddMinutes(2));
    }

    [Fact]
    public void A_poll_interval_under_100_ms_is_refused()
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => Settings(("ReportPipeline:Watch:PollInterval", "00:00:00.010")).ReadWatchOptions());

        error.ParamName.ShouldBe(nameof(WatchOptions.PollInterval));
    }

    [Fact]
    public void The_schedule_is_the_functions_setting_unless_watch_overrides_it()
    {
        var settings = Settings((PipelineNames.CompareScheduleSetting, "0 */10 * * * *"));

        Schedule(settings, settings.ReadWatchOptions()).Text.ShouldBe("0 */10 * * * *");
        Schedule(settings, settings.ReadWatchOptions(o => o.CompareSchedule = "*/5 * * * * *")).Text.ShouldBe("*/5 * * * * *");
        Schedule(Settings(), Settings().ReadWatchOptions()).Text.ShouldBe(PipelineNames.DefaultCompareSchedule);
    }

    [Fact]
    public void A_malformed_schedule_is_refused_when_the_host_is_built()
    {
        var settings = Settings();

        var error = Should.Throw<FormatException>(() => new ServiceCollection().AddReportPipelineWatch(settings, settings.ReadWatchOptions(o => o.CompareSchedule = "every minute")));

        error.Message.ShouldContain("CompareSchedule 'every minute'");
    }

    private static ComparisonSchedule Schedule(IConfiguration settings, WatchOptions options)
    {
        using var services = new ServiceCollection().AddReportPipelineWatch(settings, options).BuildServiceProvider();
        return services.GetRequiredService<ComparisonSchedule>();
    }
}
