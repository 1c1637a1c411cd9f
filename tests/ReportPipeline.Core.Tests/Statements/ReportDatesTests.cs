using ReportPipeline.Core.Statements;

namespace ReportPipeline.Core.Tests.Statements;

public class ReportDatesTests
{
    [Theory]
    [InlineData("January 1, 2026", "2026-01-01")]
    [InlineData("1 January 2026", "2026-01-01")]
    [InlineData("on December 30, 2021", "2021-12-30")]
    [InlineData("30th of December 2021", "2021-12-30")]
    [InlineData("Sept. 9, 2024", "2024-09-09")]
    [InlineData("December 2023", "2023-12")]
    [InlineData("in March, 2019", "2019-03")]
    [InlineData("2015", "2015")]
    [InlineData("2022-03-04", "2022-03-04")]
    public void Parses_the_forms_reports_use(string text, string iso) =>
        ReportDates.ParseDate(text).ShouldBe(iso);

    [Theory]
    [InlineData("February 30, 2024")]
    [InlineData("Decree No. 743")]
    [InlineData("2024–2026")]
    [InlineData("Smarch 3, 2020")]
    public void Rejects_what_is_not_one_date(string text) =>
        ReportDates.ParseDate(text).ShouldBeNull();

    [Theory]
    [InlineData("2024–2026", "2024-2026")]
    [InlineData("2022-2024", "2022-2024")]
    [InlineData("for 2022 to 2024", "2022-2024")]
    [InlineData("(2018 – 2020)", "2018-2020")]
    [InlineData("2016-20", "2016-2020")]
    [InlineData("from 2019 through 2023", "2019-2023")]
    public void Parses_periods(string text, string period) =>
        ReportDates.ParsePeriod(text).ShouldBe(period);

    [Fact]
    public void A_year_inside_a_full_date_or_a_period_is_not_reported_again()
    {
        var dates = ReportDates.FindDates("Since 2015 the ban ran, and on 1 January 2026, under the 2024–2026 plan, it ends.");
        dates.Select(d => d.Iso).ShouldBe(["2015", "2026-01-01"]);
    }

    [Fact]
    public void Amounts_and_codes_are_not_years() =>
        ReportDates.FindDates("It employed 2,015 staff under Law No. 2019-45 and spent 2020.5 units.").ShouldBeEmpty();
}
