using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Model;
using static ReportPipeline.Core.Tests.Comparison.Ruritania;

namespace ReportPipeline.Core.Tests.Comparison;

/// <summary>Moratoriums and action plans: changes that reports state in sentences rather than table rows.</summary>
public class StatementChangeTests
{
    private static CountryDocument Year(int year, params Statement[] statements) =>
        Document($"chapter-{year}", Sources.UsdolFindings, year, [F("assessment.level", "Moderate Advancement")], statements);

    [Fact]
    public void Moratorium_imposed_then_extended_then_lifted_raises_three_alerts_with_effective_dates()
    {
        var alerts = Detect(
            Year(2016),
            Year(2017, Moratorium("imposed", "In 2017, the Ruritanian government imposed a moratorium on labor inspections until December 31, 2018.", "2018-12-31")),
            Year(2018, Moratorium("extended", "The moratorium on labor inspections was extended until January 1, 2026.", "2026-01-01")),
            Year(2019, Moratorium("lifted", "In May 2019, the moratorium on labor inspections was lifted.")));

        alerts.Select(a => a.Title).ShouldBe([
            "Ruritania: moratorium on labor inspections imposed until 31 December 2018 (2016 → 2017)",
            "Ruritania: moratorium on labor inspections extended until 1 January 2026 (2017 → 2018)",
            "Ruritania: moratorium on labor inspections lifted (2018 → 2019)",
        ]);
        alerts.ShouldAllBe(a => a.Family == FacetFamilies.Moratorium && a.Kind == ChangeDetector.KindStatement && a.Severity == AlertSeverity.High);
        alerts.Select(a => a.Direction).ShouldBe([AlertDirection.Worsening, AlertDirection.Worsening, AlertDirection.Improving]);

        var extended = alerts[1];
        (extended.Facet, extended.OldValue, extended.NewValue, extended.EffectiveDate).ShouldBe((StatusBuilder.MoratoriumUntilFacet, "2018-12-31", "2026-01-01", "2026-01-01"));
        extended.OldEvidence!.Text.ShouldContain("until December 31, 2018");
        extended.NewEvidence!.Text.ShouldBe("The moratorium on labor inspections was extended until January 1, 2026.");
        alerts[0].NewEvidence!.DocumentId.ShouldBe("chapter-2017");
        alerts[0].OldEvidence.ShouldBeNull();
    }

    [Fact]
    public void An_extension_raises_an_alert_even_where_the_moratorium_was_already_active()
    {
        var alerts = Detect(
            Document("chapter-2020", Sources.UsdolFindings, 2020, [F(StatusBuilder.MoratoriumFacet, "Active")], []),
            Document("chapter-2021", Sources.UsdolFindings, 2021, [F(StatusBuilder.MoratoriumFacet, "Active")], [
                Moratorium("extended", "Ruritania extended the moratorium on inspections until 1 January 2026.", "2026-01-01"),
            ]));

        var alert = alerts.ShouldHaveSingleItem();
        alert.Title.ShouldBe("Ruritania: moratorium on labor inspections extended until 1 January 2026 (2020 → 2021)");
        (alert.OldValue, alert.NewValue, alert.EffectiveDate).ShouldBe((null, "2026-01-01", "2026-01-01"));
    }

    [Fact]
    public void An_extension_the_extractor_already_turned_into_facts_is_still_told_as_a_statement()
    {
        const string text = "In 2021, the moratorium on labor inspections was extended until January 1, 2026.";
        var extended = Moratorium("extended", text, "2026-01-01");
        var alerts = Detect(
            Chapter(2020, F(StatusBuilder.MoratoriumFacet, "Active")),
            Document("chapter-2021", Sources.UsdolFindings, 2021,
                [new Fact(StatusBuilder.MoratoriumFacet, "Active", text, 3), new Fact(StatusBuilder.MoratoriumUntilFacet, "2026-01-01", text, 3)],
                [extended]));

        var alert = alerts.ShouldHaveSingleItem();
        (alert.Kind, alert.Facet, alert.EffectiveDate).ShouldBe((ChangeDetector.KindStatement, StatusBuilder.MoratoriumUntilFacet, "2026-01-01"));
        alert.NewEvidence!.Text.ShouldBe(text);
    }

    [Fact]
    public void A_moratorium_continued_to_the_same_end_date_is_not_a_change()
    {
        Detect(
            Year(2019, Moratorium("imposed", "A moratorium on inspections was imposed until 2025.", "2025-01-01")),
            Year(2020, Moratorium("continued", "The moratorium remained in effect until January 1, 2025.", "2025-01-01"))).ShouldBeEmpty();
    }

    [Fact]
    public void A_moratorium_fact_going_from_active_to_none_is_a_lift_but_lifted_to_none_is_not()
    {
        var alert = Detect(
            Chapter(2019, F(StatusBuilder.MoratoriumFacet, "Active")),
            Chapter(2020, F(StatusBuilder.MoratoriumFacet, "None")),
            Chapter(2021, F(StatusBuilder.MoratoriumFacet, "Lifted"))).ShouldHaveSingleItem();

        alert.Title.ShouldBe("Ruritania: moratorium on labor inspections lifted (2019 → 2020)");
        alert.Kind.ShouldBe(ChangeDetector.KindChange);
    }

    [Fact]
    public void An_imposition_told_in_the_first_reported_year_has_nothing_to_compare_with()
    {
        Detect(Year(2017, Moratorium("imposed", "A moratorium was imposed in 2017.", "2018-12-31"))).ShouldBeEmpty();
    }

    [Fact]
    public void Action_plan_adopted_renewed_and_expired()
    {
        var alerts = Detect(
            Year(2018),
            Year(2019, Plan("adopted", "National Action Plan on Child Labor", "2019-2021")),
            Year(2020, Plan("active", "National Action Plan on Child Labor", "2019-2021")),
            Year(2021, Plan("adopted", "National Action Plan on Child Labor", "2022-2024")),
            Year(2022, Plan("expired", "National Action Plan on Child Labor")));

        alerts.Select(a => a.Title).ShouldBe([
            "Ruritania: the child labor action plan adopted for 2019-2021 (2018 → 2019)",
            "Ruritania: the child labor action plan renewed for 2022-2024 (was 2019-2021) (2020 → 2021)",
            "Ruritania: the child labor action plan expired (2021 → 2022)",
        ]);
        alerts.ShouldAllBe(a => a.Family == FacetFamilies.ActionPlan && a.Facet == "policy.action_plan.child_labor");
        alerts.Select(a => a.Direction).ShouldBe([AlertDirection.Improving, AlertDirection.Improving, AlertDirection.Worsening]);
    }

    [Fact]
    public void A_plan_expiring_while_another_is_adopted_is_one_replacement()
    {
        var alerts = Detect(
            Chapter(2019, F("policy.action_plan.child_labor", "Active")),
            Document("chapter-2020", Sources.UsdolFindings, 2020, [F("policy.action_plan.child_labor", "Expired")], [Plan("adopted", "Strategy Against Child Labor", "2020-2025")]));

        var alert = alerts.ShouldHaveSingleItem();
        alert.Title.ShouldBe("Ruritania: the child labor action plan replaced by the strategy child labor action plan for 2020-2025 (2019 → 2020)");
        (alert.Facet, alert.OldValue, alert.NewValue).ShouldBe(("policy.action_plan.strategy_child_labor", "child_labor: Expired", "Adopted"));
        alert.Direction.ShouldBe(AlertDirection.Neutral);
        alert.OldEvidence!.Text.ShouldContain("policy.action_plan.child_labor Expired");
    }

    [Fact]
    public void A_moratorium_end_told_more_precisely_is_not_a_change_but_a_later_one_is_an_extension()
    {
        Detect(
            Chapter(2019, F(StatusBuilder.MoratoriumFacet, "Active"), F(StatusBuilder.MoratoriumUntilFacet, "2022")),
            Chapter(2020, F(StatusBuilder.MoratoriumFacet, "Active"), F(StatusBuilder.MoratoriumUntilFacet, "2022-01-01"))).ShouldBeEmpty();

        var alert = Detect(
            Chapter(2019, F(StatusBuilder.MoratoriumFacet, "Active"), F(StatusBuilder.MoratoriumUntilFacet, "2022")),
            Chapter(2020, F(StatusBuilder.MoratoriumFacet, "Active"), F(StatusBuilder.MoratoriumUntilFacet, "2023-06-30"))).ShouldHaveSingleItem();
        alert.Title.ShouldBe("Ruritania: moratorium on labor inspections extended until 30 June 2023 (2019 → 2020)");
        (alert.Direction, alert.Severity, alert.EffectiveDate).ShouldBe((AlertDirection.Worsening, AlertSeverity.High, "2023-06-30"));
    }

    [Fact]
    public void A_successor_plan_being_drafted_is_not_the_plan_in_effect_ending()
    {
        const string plan = "policy.action_plan.child_labor";
        Detect(
            Chapter(2018, F(plan, "Active")),
            Chapter(2019, F(plan, "Drafted")),
            Chapter(2020, F(plan, "Active"))).ShouldBeEmpty();

        var alert = Detect(
            Document("chapter-2018", Sources.UsdolFindings, 2018, [], [Plan("active", "National Action Plan on Child Labor", "2016-2020")]),
            Document("chapter-2019", Sources.UsdolFindings, 2019, [], [Plan("drafted", "National Action Plan on Child Labor", "2021-2025")]),
            Document("chapter-2020", Sources.UsdolFindings, 2020, [], [Plan("adopted", "National Action Plan on Child Labor", "2021-2025")])).ShouldHaveSingleItem();
        alert.Title.ShouldBe("Ruritania: the child labor action plan renewed for 2021-2025 (was 2016-2020) (2018 → 2020)");
    }
}
