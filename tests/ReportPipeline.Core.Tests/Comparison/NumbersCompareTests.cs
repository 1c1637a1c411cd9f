using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Model;
using static ReportPipeline.Core.Tests.Comparison.Ruritania;

namespace ReportPipeline.Core.Tests.Comparison;

/// <summary>Figures compare as numbers wherever values meet: conflicts, changes and alert ids.</summary>
public class NumbersCompareTests
{
    private const string School = "statistics.attending_school_percent";
    private const string Inspections = "enforcement.labor.inspections";

    [Theory]
    [InlineData("48.0", "48")]
    [InlineData("48.00", "48")]
    [InlineData("048", "48")]
    [InlineData("1,200", "1200")]
    [InlineData("1,200.50", "1200.5")]
    [InlineData("0.0", "0")]
    [InlineData("12.5", "12.5")]
    public void A_number_has_one_spelling(string written, string canonical) =>
        FacetValues.Normalize(written).ShouldBe(canonical);

    [Fact]
    public void The_same_figure_written_two_ways_in_one_year_is_no_conflict()
    {
        var statuses = StatusBuilder.Build(History(Chapter(2021, F(School, "48.0")), Dataset(2021, F(School, "48"))));

        var status = statuses.ShouldHaveSingleItem();
        status.Conflicts.ShouldBeEmpty();
        status.Value(School).ShouldNotBeNull().Value.ShouldBe("48");
        Detect(Chapter(2021, F(School, "48.0")), Dataset(2021, F(School, "48"))).ShouldBeEmpty();
    }

    [Fact]
    public void The_same_figure_written_two_ways_in_two_years_is_no_change()
    {
        Detect(Chapter(2020, F(Inspections, "1,200")), Chapter(2021, F(Inspections, "1200.0"))).ShouldBeEmpty();
        Detect(Chapter(2020, F(School, "48.0")), Chapter(2021, F(School, "48"))).ShouldBeEmpty();
    }

    [Fact]
    public void Two_different_figures_still_disagree_and_still_change()
    {
        Detect(Chapter(2021, F(School, "48.0")), Dataset(2021, F(School, "52"))).ShouldHaveSingleItem().Kind.ShouldBe(ChangeDetector.KindConflict);
        var change = Detect(Chapter(2020, F(Inspections, "1,000")), Chapter(2021, F(Inspections, "300.0"))).ShouldHaveSingleItem();
        (change.OldValue, change.NewValue).ShouldBe(("1000", "300"));
    }

    [Theory]
    [InlineData("Yes", "15")]
    [InlineData("15", "No")]
    [InlineData("No", "0")]
    public void A_yes_or_no_against_a_count_raises_no_alert(string before, string after) =>
        Detect(Chapter(2020, F(Inspections, before)), Chapter(2021, F(Inspections, after))).ShouldBeEmpty();
}
