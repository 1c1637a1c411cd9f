using ReportPipeline.Core.Statements;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, the families behind the ninth and tenth probe sets' misses (read after their blind scores), in sentences of our
/// own (reporting year 2025): a stop and its resumption told in one sentence; a decree "in force since" a date of the year; a
/// decree that "forbids inspectors from visiting" a class of firms; firms that "could not be inspected"; "the suspension was
/// kept in place"; a decree that "prolonged it" or "lapsed … without renewal"; authorisations told as "may not enter …
/// without", "required a licence", a consent rule that "still applies", a permit "revoked", inspectors who act "only when a
/// complaint" is filed; "It came into force"; a bill to ratify; lists awaiting adoption; laws "changed" or "modified"; a
/// "Ministerial Notification"; a successor plan "being written"; and a plan that ended years before, which is history.
/// </summary>
public class NinthAndTenthProbeFamilyTests
{
    [Fact]
    public void A_stop_and_its_resumption_told_in_one_sentence_are_imposed_and_lifted()
    {
        var stops = Of(Enforcement("To contain the cholera outbreak, the Labour Department stopped all workplace inspections nationwide on 2 April 2025, and inspectors went back out on 15 August."), StatementCategories.InspectionMoratorium);

        stops.Select(s => s.Action).ShouldBe([StatementActions.Imposed, StatementActions.Lifted]);
        stops[0].Field(StatementFields.Date).ShouldBe("2025-04-02");
    }

    [Theory]
    [InlineData("The Labour Department had halted field inspections in October 2024 because of the floods and carried out none until they resumed on 3 May 2025.", "2025-05-03")]
    [InlineData("Field inspections, which the Labour Department had suspended in November 2024 after the floods, restarted on 10 March 2025.", "2025-03-10")]
    public void A_resumption_after_a_halt_of_the_year_before_is_only_the_lift(string sentence, string resumed)
    {
        var lift = Single(Enforcement(sentence), StatementCategories.InspectionMoratorium);

        lift.Action.ShouldBe(StatementActions.Lifted);
        lift.Field(StatementFields.Date).ShouldBe(resumed);
    }

    [Fact]
    public void A_decree_in_force_since_a_date_of_the_year_imposes_the_stop_and_one_in_force_since_earlier_continues_it()
    {
        var imposed = Single(Enforcement("Government Order 31-2025, in force since 12 June 2025, prohibits labour inspections of family businesses with fewer than four employees until 31 December 2027."), StatementCategories.InspectionMoratorium);
        imposed.Action.ShouldBe(StatementActions.Imposed);
        imposed.Field(StatementFields.Date).ShouldBe("2025-06-12");
        imposed.Field(StatementFields.Until).ShouldBe("2027-12-31");

        Single(Enforcement("Government Order 31-2022, in force since 12 June 2022, prohibits labour inspections of family businesses with fewer than four employees until 31 December 2027."), StatementCategories.InspectionMoratorium)
            .Action.ShouldBe(StatementActions.Continued);
    }

    [Fact]
    public void A_decree_that_forbids_inspectors_from_visiting_a_class_of_firms_is_a_stop()
    {
        var stop = Single(Enforcement("Decree No. 7/2025, which took effect on 1 February 2025, forbids labour inspectors from visiting firms in the special export zone during their first three years."), StatementCategories.InspectionMoratorium);

        stop.Action.ShouldBe(StatementActions.Imposed);
        stop.Field(StatementFields.Date).ShouldBe("2025-02-01");
    }

    [Fact]
    public void Firms_that_could_not_be_inspected_are_a_stop_and_a_cap_on_how_often_is_not()
    {
        Single(Enforcement("Order 9-2021 was renewed in 2024 and stayed in force throughout 2025, so family farms with fewer than ten workers could not be inspected."), StatementCategories.InspectionMoratorium)
            .Action.ShouldBe(StatementActions.Continued);

        var capped = Enforcement("Under the 2025 regulation, a family farm may not be inspected more often than once a year.");
        Of(capped, StatementCategories.InspectionMoratorium).ShouldBeEmpty();
        Single(capped, StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Imposed);
    }

    [Fact]
    public void A_stop_under_an_incentive_that_a_cabinet_approved_in_the_year_is_imposed()
    {
        var stop = Single(Enforcement("Under an investment incentive that Cabinet approved in May 2025, new hotels may not be inspected by the Labour Department at all during their first two years."), StatementCategories.InspectionMoratorium);

        stop.Action.ShouldBe(StatementActions.Imposed);
        stop.Field(StatementFields.Date).ShouldBe("2025-05");
    }

    [Fact]
    public void The_suspension_kept_in_place_continues_the_stop_the_chapter_named()
    {
        var stops = Enforcement(
            "The Interior Ministry suspended labour inspections in the border districts in 2023.",
            "In the border districts, the suspension was kept in place throughout 2025 because of the unrest.");

        Of(stops, StatementCategories.InspectionMoratorium).Where(s => s.Text.Contains("kept in place", StringComparison.Ordinal))
            .ShouldHaveSingleItem().Action.ShouldBe(StatementActions.Continued);
    }

    [Theory]
    [InlineData("The three-year bar on inspecting newly registered firms would have ended in May 2025, but Presidential Decree No. 8/2025 prolonged it until 30 June 2027.")]
    [InlineData("Inspections of newly registered firms have been banned since 2022 under Presidential Decree No. 3/2022.", "In March 2025, Presidential Decree No. 8/2025 prolonged it until 30 June 2027.")]
    [InlineData("Inspections of newly registered firms have been banned since 2022 under Presidential Decree No. 3/2022.", "In March 2025, Presidential Decree No. 8/2025 prolonged the ban until 30 June 2027.")]
    public void A_decree_that_prolonged_the_stop_told_just_before_extends_it(params string[] sentences)
    {
        var extended = Of(Enforcement(sentences), StatementCategories.InspectionMoratorium).Where(s => s.Text.Contains("prolonged", StringComparison.Ordinal))
            .ShouldHaveSingleItem();

        extended.Action.ShouldBe(StatementActions.Extended);
        extended.Field(StatementFields.Until).ShouldBe("2027-06-30");
    }

    [Fact]
    public void A_decree_that_lapsed_without_renewal_lifts_the_stop()
    {
        var stops = Enforcement(
            "Under Presidential Decree No. 4/2022, small shops have been exempt from all labour inspections since 2022.",
            "Presidential Decree No. 4/2022 lapsed on 30 June 2025 without renewal, so small shops may again be inspected.");

        Of(stops, StatementCategories.InspectionMoratorium).Where(s => s.Text.Contains("lapsed", StringComparison.Ordinal))
            .ShouldHaveSingleItem().Action.ShouldBe(StatementActions.Lifted);
    }

    [Theory]
    [InlineData("Inspectors may not enter plantations owned by a family trust without an order from the regional court.")]
    [InlineData("Beginning in May 2025, inspectors also required a licence from the harbour master before boarding a cargo ship.")]
    [InlineData("Landowners still decide whether inspectors may set foot on their farms, as the consent requirement of the Land Tenure Act still applies.")]
    [InlineData("The three-day notice requirement for all labour inspections remains in the Labour Code.")]
    [InlineData("Under a ministry circular, inspectors on tea estates intervene only when a complaint has been lodged.")]
    [InlineData("On cocoa farms, inspectors still visit only in response to complaints.")]
    public void Warrants_licences_standing_rules_and_complaint_only_visits_are_restrictions(string sentence)
    {
        Single(Enforcement(sentence), StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Imposed);
    }

    [Theory]
    [InlineData("In September 2025, the Labour Ministry revoked the district permit that inspectors had needed to enter quarries.")]
    [InlineData("Section 40 of the new Labour Code removes the rule that inspectors need the consent of the Forestry Service to visit logging camps.")]
    [InlineData("In May 2025, the High Court struck down the clause of the Labour Inspection Order that allowed only two visits per factory each year.")]
    public void A_permit_revoked_or_a_rule_removed_eases_the_restriction(string sentence)
    {
        Single(Enforcement(sentence), StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Eased);
    }

    [Fact]
    public void It_came_into_force_names_the_law_made_a_sentence_or_two_before()
    {
        var laws = Of(Legal(
            "In January 2025, Parliament passed the Fisheries (Child Protection) Act.",
            "The new rules cover the crews of all commercial boats.",
            "It came into force on 1 March 2025."), StatementCategories.Law);

        var inForce = laws.Where(l => l.Action == StatementActions.EnteredIntoForce).ShouldHaveSingleItem();
        inForce.Field(StatementFields.Name).ShouldBe("Fisheries (Child Protection) Act");
        inForce.Field(StatementFields.Date).ShouldBe("2025-03-01");
    }

    [Fact]
    public void A_bill_to_ratify_a_convention_is_an_intention_and_no_law()
    {
        var statements = Legal("In October 2025, the Cabinet approved a bill to ratify ILO C. 189 on Domestic Workers.");

        Of(statements, StatementCategories.Law).ShouldBeEmpty();
        Single(statements, StatementCategories.Ratification).Action.ShouldBe(StatementActions.Intends);
    }

    [Theory]
    [InlineData("Officials said the government would consider joining the Palermo Protocol once the Anti-Trafficking Act had been revised.")]
    [InlineData("The Cabinet also decided to begin the process of joining the Palermo Protocol.")]
    public void Joining_a_treaty_considered_or_begun_is_an_intention_and_a_law_awaited_is_no_event(string sentence)
    {
        var statements = Legal(sentence);

        Of(statements, StatementCategories.Law).ShouldBeEmpty();
        var intention = Single(statements, StatementCategories.Ratification);
        intention.Action.ShouldBe(StatementActions.Intends);
        intention.Field(StatementFields.Instrument).ShouldBe("palermo_protocol");
    }

    [Theory]
    [InlineData("In June, a technical committee validated a revised list of hazardous work for children; the list still awaits adoption by ministerial order.")]
    [InlineData("The Senate debated the Child Rights Bill in 2025 but sent it back to committee for further changes.")]
    [InlineData("A bill regulating child work in quarries was presented to Parliament in June 2025.")]
    public void Lists_awaiting_adoption_and_bills_sent_back_or_presented_are_drafted(string sentence)
    {
        Single(Legal(sentence), StatementCategories.Law).Action.ShouldBe(StatementActions.Drafted);
    }

    [Theory]
    [InlineData("The Anti-Trafficking Act was changed in February 2025 to cover forced begging.", "Anti-Trafficking Act")]
    [InlineData("In September 2025, Parliament modified the Children's Code to create district child welfare boards.", "Children's Code")]
    public void A_law_changed_or_modified_is_amended(string sentence, string name)
    {
        var law = Single(Legal(sentence), StatementCategories.Law);

        law.Action.ShouldBe(StatementActions.Amended);
        law.Field(StatementFields.Name).ShouldBe(name);
    }

    [Fact]
    public void A_ministerial_notification_issued_is_a_law_enacted()
    {
        var law = Single(Legal("In July 2025, the Labour Ministry issued the Ministerial Notification on Child Work in Mining, which bars children under 18 from underground work."), StatementCategories.Law);

        law.Action.ShouldBe(StatementActions.Enacted);
        law.Field(StatementFields.Name).ShouldBe("Ministerial Notification on Child Work in Mining");
    }

    [Theory]
    [InlineData("In 2025, the Ministry of Social Affairs began consultations on an action plan for the protection of working children, which remained in draft form at year's end.")]
    [InlineData("A successor strategy for 2026 to 2030 was being written by the Ministry of Children at the end of 2025.")]
    [InlineData("The National Plan for Children ended in 2019, and a new plan for 2026 to 2030 was validated at a workshop in November 2025 but had not been adopted by the end of the year.")]
    public void A_plan_in_consultation_being_written_or_validated_only_is_drafted_and_a_plan_that_ended_years_before_is_history(string sentence)
    {
        Single(Policies(sentence), StatementCategories.ActionPlan).Action.ShouldBe(StatementActions.Drafted);
    }
}
