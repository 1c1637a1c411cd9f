using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Model;
using static ReportPipeline.Core.Tests.Comparison.Ruritania;

namespace ReportPipeline.Core.Tests.Comparison;

/// <summary>The date a legal or enforcement change takes effect, when the report ties one to it.</summary>
public class EffectiveDateTests
{
    private const string HazardousAge = "legal.minimum_age_hazardous_work.age";
    private const string Unannounced = "enforcement.labor.unannounced_inspections_permitted";

    private static Fact Row(string facet, string value, string law) => new(facet, value, $"Minimum Age for Hazardous Work {value} ✓ {law}", 6);

    private static Statement Law(string action, string name, string? date, string text) =>
        new("law", action, text, 0.85, "rules", date is null ? new Dictionary<string, string> { ["name"] = name } : new Dictionary<string, string> { ["name"] = name, ["date"] = date }, 2);

    private static Statement Restriction(string action, string? date) =>
        new("inspection_restriction", action, $"The President signed a law that {(action == "imposed" ? "restricts" : "eases limits on")} unannounced inspections.", 0.9, "rules",
            date is null ? new Dictionary<string, string> { ["scope"] = "unannounced inspections" } : new Dictionary<string, string> { ["scope"] = "unannounced inspections", ["date"] = date }, 3);

    [Fact]
    public void A_minimum_age_raised_by_a_dated_amendment_of_the_law_the_row_cites_takes_effect_on_that_date()
    {
        var alert = Detect(
            Chapter(2023, Row(HazardousAge, "16", "Article 44 of the Labour Code")),
            Document("chapter-2024", Sources.UsdolFindings, 2024, [Row(HazardousAge, "18", "Article 44 of the Labour Code, as amended in June 2024")], [
                Law("amended", "Labour Code", null, "The Labour Code was amended to raise the minimum age for hazardous work to 18."),
                Law("amended", "Labour Code", "2024-06", "Article 44 of the Labour Code, as amended in June 2024"),
                Law("enacted", "Law on Schools", "2024-09-01", "The Law on Schools was enacted on 1 September 2024."),
            ])).ShouldHaveSingleItem();

        alert.Title.ShouldBe("Ruritania: minimum age for hazardous work raised from 16 to 18 (2023 → 2024)");
        alert.EffectiveDate.ShouldBe("2024-06");
    }

    [Fact]
    public void Entry_into_force_is_preferred_and_the_more_precise_of_two_tellings_of_one_date_wins()
    {
        var alert = Detect(
            Chapter(2023, Row("legal.minimum_age_work.meets", "No", "Labour Code")),
            Document("chapter-2024", Sources.UsdolFindings, 2024, [Row("legal.minimum_age_work.meets", "Yes", "Labour Code")], [
                Law("amended", "Labour Code", "2024-03", "In March 2024, Parliament amended the Labour Code."),
                Law("entered_into_force", "Labour Code", "2025", "The amended Labour Code enters into force in 2025."),
                Law("entered_into_force", "Labour Code", "2025-01-01", "The amendments to the Labour Code enter into force on January 1, 2025."),
            ])).ShouldHaveSingleItem();

        alert.EffectiveDate.ShouldBe("2025-01-01");
    }

    [Theory]
    [InlineData("2019-05", "Labour Code")]  // before the previous report: an older amendment, not this change
    [InlineData("2024-06", "Penal Code")]   // a law the changed row does not cite
    [InlineData(null, "Labour Code")]       // no date given
    public void No_date_is_guessed_from_an_old_or_unrelated_or_undated_law(string? date, string name)
    {
        var alert = Detect(
            Chapter(2023, Row(HazardousAge, "16", "Article 44 of the Labour Code")),
            Document("chapter-2024", Sources.UsdolFindings, 2024, [Row(HazardousAge, "18", "Article 44 of the Labour Code")], [
                Law("amended", name, date, $"The {name} was amended."),
            ])).ShouldHaveSingleItem();

        alert.EffectiveDate.ShouldBeNull();
    }

    [Fact]
    public void Unannounced_inspections_restricted_by_a_dated_law_take_effect_on_that_date()
    {
        var alert = Detect(
            Chapter(2021, F(Unannounced, "Yes")),
            Document("chapter-2022", Sources.UsdolFindings, 2022, [F(Unannounced, "No")], [Restriction("imposed", "2021-12-30"), Restriction("eased", "2022-02-01")]),
            Dataset(2022, F(Unannounced, "No"))).ShouldHaveSingleItem();

        alert.Title.ShouldBe("Ruritania: unannounced labor inspections no longer permitted (2021 → 2022)");
        alert.EffectiveDate.ShouldBe("2021-12-30");
    }

    [Fact]
    public void Two_different_dates_for_the_restriction_give_none()
    {
        var alert = Detect(
            Chapter(2021, F(Unannounced, "Yes")),
            Document("chapter-2022", Sources.UsdolFindings, 2022, [F(Unannounced, "No")], [Restriction("imposed", "2022-01-10"), Restriction("imposed", "2022-04-01")])).ShouldHaveSingleItem();

        alert.EffectiveDate.ShouldBeNull();
    }
}
