namespace ReportPipeline.Hosting.Tests;

public sealed class ComparisonScheduleTests
{
    [Fact]
    public void Default_runs_daily_at_six_utc()
    {
        var from = new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.Zero);

        ComparisonSchedule.Default.NextAfter(from).ShouldBe(new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.Zero));
        ComparisonSchedule.Default.NextAfter(from.AddSeconds(-1)).ShouldBe(from);
    }

    [Fact]
    public void Six_fields_include_seconds_like_the_functions_timer()
    {
        var every30Seconds = ComparisonSchedule.Parse("*/30 * * * * *");
        var from = new DateTimeOffset(2026, 1, 1, 0, 0, 10, TimeSpan.Zero);

        every30Seconds.NextAfter(from).ShouldBe(new DateTimeOffset(2026, 1, 1, 0, 0, 30, TimeSpan.Zero));
    }

    [Fact]
    public void Five_fields_fire_at_second_zero()
    {
        var hourly = ComparisonSchedule.Parse("15 * * * *");

        hourly.NextAfter(new DateTimeOffset(2026, 1, 1, 10, 20, 0, TimeSpan.Zero))
            .ShouldBe(new DateTimeOffset(2026, 1, 1, 11, 15, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Times_in_other_offsets_are_compared_in_utc()
    {
        var from = new DateTimeOffset(2026, 6, 1, 7, 30, 0, TimeSpan.FromHours(2)); // 05:30 UTC

        ComparisonSchedule.Default.NextAfter(from)!.Value.UtcDateTime.ShouldBe(new DateTime(2026, 6, 1, 6, 0, 0, DateTimeKind.Utc));
    }

    [Theory]
    [InlineData("daily")]
    [InlineData("0 0 6 * *  * *")]
    [InlineData("0 61 6 * * *")]
    [InlineData("")]
    public void A_bad_expression_is_a_clear_error_naming_the_setting(string expression)
    {
        var error = Should.Throw<FormatException>(() => ComparisonSchedule.Parse(expression));

        error.Message.ShouldContain("CompareSchedule");
        error.Message.ShouldContain("NCRONTAB");
    }
}
