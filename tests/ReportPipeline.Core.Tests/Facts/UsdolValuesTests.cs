using ReportPipeline.Core.Facts.Usdol;

namespace ReportPipeline.Core.Tests.Facts;

public sealed class UsdolValuesTests
{
    [Theory]
    [InlineData("2,168 (13)", "2168")]
    [InlineData("103† (1)", "103")]
    [InlineData("9‡ (2,39)", "9")]
    [InlineData("0(31)", "0")]
    [InlineData("Unknown*", "Unknown")]
    [InlineData("Unknown (1-3,28-30)", "Unknown")]
    [InlineData("N/A", "N/A")]
    [InlineData("Not Applicable", "N/A")]
    [InlineData("Unavailable", "Unavailable")]
    public void Count_reads_integers_and_statuses(string cell, string expected) =>
        UsdolValues.Count(cell).ShouldBe(expected);

    [Theory]
    [InlineData("$1,902,588 (45)")]
    [InlineData("Yes (65)")]
    [InlineData("2.5")]
    [InlineData("about 40")]
    public void Count_rejects_what_is_not_a_count(string cell) =>
        UsdolValues.Count(cell).ShouldBeNull();

    [Theory]
    [InlineData("Yes (65)", "Yes")]
    [InlineData("No (41,42)", "No")]
    [InlineData("Unknown", "Unknown")]
    [InlineData("N/A†", "N/A")]
    public void Status_reads_yes_no_and_unknown(string cell, string expected) =>
        UsdolValues.Status(cell).ShouldBe(expected);

    [Theory]
    [InlineData("Yes", "Yes")]
    [InlineData("✓", "Yes")]
    [InlineData("√", "Yes")]
    [InlineData("No", "No")]
    [InlineData("X", "No")]
    [InlineData("Х", "No")]
    [InlineData("N/A*", "NotApplicable")]
    [InlineData("O", "Unreadable")]
    [InlineData(">", "Unreadable")]
    [InlineData("Article 4 of the Labor Code", "None")]
    public void Meets_reads_words_and_check_marks(string cell, string expected) =>
        UsdolValues.Meets(cell).ToString().ShouldBe(expected);

    [Theory]
    [InlineData("2.1 (638,943)", "2.1")]
    [InlineData("9.2%", "9.2")]
    [InlineData("3.2% (79,690)", "3.2")]
    [InlineData("34.0 (Unavailable)", "34.0")]
    public void Percent_reads_the_share_and_drops_the_population(string cell, string expected) =>
        UsdolValues.Percent(cell).ShouldBe(expected);

    [Theory]
    [InlineData("n Number Conducted at Worksite", "number conducted at worksite")]
    [InlineData("Imposed Penalties for Violations Related to The Worst Forms of Child Labor", "imposed penalties for violations related to the worst forms of child labor")]
    [InlineData("Children’s  Work", "children's work")]
    public void Key_normalises_labels(string label, string expected) =>
        UsdolValues.Key(label).ShouldBe(expected);
}
