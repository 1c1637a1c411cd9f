using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Model;
using static ReportPipeline.Core.Tests.Comparison.Ruritania;

namespace ReportPipeline.Core.Tests.Comparison;

/// <summary>Countries reported territory by territory: alerts name the territory whose value changed.</summary>
public sealed class TerritoryChangeTests
{
    private const string WorkMeets = "legal.minimum_age_work.meets";

    [Fact]
    public void A_change_in_one_territory_is_one_alert_naming_it()
    {
        var alert = Detect(
            Chapter(2019, F($"{WorkMeets}@republika-srpska", "No"), F($"{WorkMeets}@brcko-district", "No")),
            Chapter(2020, F($"{WorkMeets}@republika-srpska", "Yes"), F($"{WorkMeets}@brcko-district", "No"))).ShouldHaveSingleItem();

        alert.Facet.ShouldBe($"{WorkMeets}@republika-srpska");
        alert.Family.ShouldBe(FacetFamilies.Legal);
        alert.Title.ShouldBe("Ruritania (Republika Srpska): minimum age for work now meets international standards (2019 → 2020)");
        (alert.Direction, alert.OldValue, alert.NewValue).ShouldBe((AlertDirection.Improving, "No", "Yes"));
    }

    [Fact]
    public void A_whole_country_value_stands_for_each_territory_the_next_year_splits()
    {
        var alert = Detect(
            Chapter(2019, F("enforcement.labor.unannounced_inspections_permitted", "Yes")),
            Chapter(2020, F("enforcement.labor.unannounced_inspections_permitted@isle-of-sorn", "No"), F("enforcement.labor.unannounced_inspections_permitted@northern-march", "Yes"))).ShouldHaveSingleItem();

        alert.Title.ShouldBe("Ruritania (Isle of Sorn): unannounced labor inspections no longer permitted (2019 → 2020)");
    }

    [Fact]
    public void A_whole_country_change_after_a_split_year_is_one_alert_not_one_per_territory()
    {
        const string Unannounced = "enforcement.labor.unannounced_inspections_permitted";
        var alerts = Detect(
            Chapter(2019, F($"{Unannounced}@isle-of-sorn", "No"), F($"{Unannounced}@northern-march", "Yes")),
            Chapter(2020, F(Unannounced, "Yes")),
            Chapter(2021, F(Unannounced, "No")));

        // The territory's own 2019 value against the country's 2020 one is a change for that territory.
        alerts.Where(a => a.ToYear == 2020).Select(a => a.Facet).ShouldBe([$"{Unannounced}@isle-of-sorn"]);
        // 2020 and 2021 both speak for the whole country: its alert alone, not one more per territory.
        alerts.Where(a => a.ToYear == 2021).ShouldHaveSingleItem().Facet.ShouldBe(Unannounced);
    }

    [Fact]
    public void A_whole_country_count_does_not_stand_for_a_territory()
    {
        const string Inspections = "enforcement.labor.inspections";
        var alerts = Detect(
            Chapter(2019, F($"{Inspections}@isle-of-sorn", "Unknown"), F($"{Inspections}@northern-march", "1212")),
            Chapter(2020, F(Inspections, "1940")),
            Chapter(2021, F($"{Inspections}@isle-of-sorn", "300"), F($"{Inspections}@northern-march", "600")));

        // The country's 1,940 are neither Sorn's (Unknown) nor the March's (1,212): no alert in 2020.
        alerts.Where(a => a.ToYear == 2020).ShouldBeEmpty();
        // The next year that counts a territory again is compared with that territory's last own count.
        alerts.Where(a => a.ToYear == 2021).Select(a => (a.Facet, a.FromYear, a.OldValue, a.NewValue)).ShouldBe(
            [($"{Inspections}@isle-of-sorn", 2019, "Unknown", "300"), ($"{Inspections}@northern-march", 2019, "1212", "600")],
            ignoreOrder: true);
    }

    [Fact]
    public void A_whole_country_age_still_stands_for_each_territory()
    {
        const string HazardousAge = "legal.minimum_age_hazardous_work.age";
        var alert = Detect(
            Chapter(2019, F($"{HazardousAge}@isle-of-sorn", "16"), F($"{HazardousAge}@northern-march", "18")),
            Chapter(2020, F(HazardousAge, "18"))).ShouldHaveSingleItem();

        (alert.Facet, alert.OldValue, alert.NewValue).ShouldBe(($"{HazardousAge}@isle-of-sorn", "16", "18"));
    }

    [Fact]
    public void Labels_carry_the_territory_in_words() =>
        FacetLabels.Of("enforcement.labor.inspectors@isle-of-sorn").ShouldBe($"{FacetLabels.Of("enforcement.labor.inspectors")} (Isle of Sorn)");
}
