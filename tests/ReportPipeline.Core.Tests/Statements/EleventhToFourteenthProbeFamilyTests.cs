using ReportPipeline.Core.Statements;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, the inspection families behind the eleventh to fourteenth probe sets' misses (read after their blind scores), in
/// sentences of our own (reporting year 2025): a stop told with a participle aside about its past ("in place since 2019 and
/// last extended in 2023"); "froze every … inspection"; an act that "forbids labour inspections of any business"; "prolonged it"
/// after a sentence that extended the suspension; an order or circular withdrawn under which inspections had been halted; "kept
/// its bar"; "has barred labour inspectors from entering"; an ordinance "promulgated, which suspends"; a decree "which keeps the
/// moratorium in place until"; "barred for a further"; "ordered … to stop"; a directive "halting" inspections; "halted since";
/// inspectors "sent back"; "the exemption"; and limits told as notice "beforehand", an escort, complaint-only visits, a consent
/// "either … or" a warrant, a cap "of one inspection a year", visits that need approval or notice, a scheme that "spares" firms
/// from inspection; easing told as entry "without" consent "since that date" or a court quashing "the 2021 circular".
/// </summary>
public class EleventhToFourteenthProbeFamilyTests
{
    [Theory]
    [InlineData("The freeze on labour inspections, in place since the Cabinet's order of March 2021 and prolonged twice since, was brought to an end in the northern provinces, where inspectors returned to worksites on 1 April 2025.")]
    [InlineData("The Westmark freeze on inspections of firms with fewer than 15 workers, in place since 2019 and last extended in 2023, expired on 30 June 2025, and the province did not renew it.")]
    [InlineData("In March 2025, the Minister withdrew the order under which inspections in four districts had been halted since 2022, and inspectors returned to the districts in April.")]
    public void A_stop_told_with_its_past_that_ended_this_year_is_only_lifted(string sentence)
    {
        var statements = Enforcement(sentence);

        Single(statements, StatementCategories.InspectionMoratorium).Action.ShouldBe(StatementActions.Lifted);
        Of(statements, StatementCategories.InspectionRestriction).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("In February 2025, Cabinet Order No. 3/2025 froze every routine labour inspection in the country until 31 August 2025.", "2025-02")]
    [InlineData("Since May 2025, the Ministry of Interior has barred labour inspectors from entering the border camps, citing security concerns.", "2025-05")]
    [InlineData("In June 2025, the province promulgated the Small Shops (Inspection Relief) Ordinance, which suspends routine labour inspections of shops with fewer than 8 workers until June 2028.", "2025-06")]
    public void A_stop_frozen_barred_or_promulgated_this_year_is_imposed_with_its_date(string sentence, string date)
    {
        var stop = Single(Enforcement(sentence), StatementCategories.InspectionMoratorium);

        stop.Action.ShouldBe(StatementActions.Imposed);
        stop.Field(StatementFields.Date).ShouldBe(date);
    }

    [Fact]
    public void Regional_offices_ordered_to_stop_all_inspections_impose_a_stop()
    {
        Single(Enforcement("The Labour Ministry ordered the Northern and Eastern Regional Offices to stop all labour inspections for as long as the curfew lasts."), StatementCategories.InspectionMoratorium)
            .Action.ShouldBe(StatementActions.Imposed);
    }

    [Theory]
    [InlineData("The Start-Up Businesses Act, adopted in 2023, forbids labour inspections of any business during its first 18 months, and this exemption remains in force until 31 December 2026.")]
    [InlineData("The Ministry of Interior kept its bar on labour inspections in the border camps in place throughout 2025.")]
    [InlineData("A Cabinet directive halting workplace inspections stayed in force for the whole of 2025.")]
    [InlineData("Workplace inspections have been halted since March 2021 under a Cabinet directive.")]
    public void A_stop_in_force_all_year_continues(string sentence)
    {
        var statements = Enforcement(sentence);

        Single(statements, StatementCategories.InspectionMoratorium).Action.ShouldBe(StatementActions.Continued);
        Of(statements, StatementCategories.InspectionRestriction).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("On 3 December 2025, the President signed Decree No. 90, which keeps the moratorium in place until 1 January 2028.", "2028-01-01")]
    [InlineData("However, scheduled inspections of micro-enterprises, which employ many of the children working in bakeries, were barred for a further two years.", null)]
    public void A_decree_that_keeps_the_stop_in_place_or_a_further_term_extends_it(string sentence, string? until)
    {
        var statements = Enforcement(sentence);

        var stop = Single(statements, StatementCategories.InspectionMoratorium);
        stop.Action.ShouldBe(StatementActions.Extended);
        stop.Field(StatementFields.Until).ShouldBe(until);
        Of(statements, StatementCategories.InspectionRestriction).ShouldBeEmpty();
    }

    [Fact]
    public void A_further_extension_that_prolonged_it_after_the_suspension_was_extended_extends_it_again()
    {
        var stops = Of(Enforcement(
            "In June, the Government extended the suspension of labour inspections in the district through 30 September 2025.",
            "A further extension in October prolonged it until 31 March 2026, so that no inspector entered the district."), StatementCategories.InspectionMoratorium);

        var second = stops.Where(s => s.Text.Contains("prolonged it", StringComparison.Ordinal)).ShouldHaveSingleItem();
        second.Action.ShouldBe(StatementActions.Extended);
        second.Field(StatementFields.Until).ShouldBe("2026-03-31");
    }

    [Fact]
    public void A_circular_withdrawn_lifts_the_stop_and_an_approval_no_longer_needed_in_the_same_sentence_eases_a_limit()
    {
        var statements = Enforcement("In March 2025, the Minister withdrew the circular that had kept inspectors out of small bakeries for six years, and from June inspectors no longer needed the mayor's approval to carry out an inspection.");

        Single(statements, StatementCategories.InspectionMoratorium).Action.ShouldBe(StatementActions.Lifted);
        Single(statements, StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Eased);
    }

    [Fact]
    public void Terms_of_a_stop_told_in_two_predicates_of_one_subject_are_the_stop_alone()
    {
        // The second predicate (approval before a visit) makes the sentence a stop; the first is a term of that stop, not a second limit.
        var statements = Enforcement("Under the freeze, inspections may take place only after a written complaint, and must be approved by the Business Ombudsman before any visit.");

        Of(statements, StatementCategories.InspectionRestriction).ShouldBeEmpty();
    }

    [Fact]
    public void Inspectors_sent_back_into_workplaces_lift_the_stop_and_the_exemption_that_stayed_in_place_continues()
    {
        var statements = Enforcement(
            "Emergency orders kept all on-site labour inspections suspended from March 2024.",
            "In April the Labour Ministry sent its inspectors back into workplaces after a year in which the emergency orders had kept them out.",
            "The Farms Act exempts family-run holdings from inspection altogether.",
            "The exemption that the Farms Act gives to family-run holdings stayed in place all year.");

        var stops = Of(statements, StatementCategories.InspectionMoratorium);
        stops.Where(s => s.Text.Contains("sent its inspectors back", StringComparison.Ordinal)).ShouldHaveSingleItem().Action.ShouldBe(StatementActions.Lifted);
        stops.Where(s => s.Text.Contains("stayed in place", StringComparison.Ordinal)).ShouldHaveSingleItem().Action.ShouldBe(StatementActions.Continued);
    }

    [Fact]
    public void A_ban_that_ended_years_before_and_a_plan_that_expired_are_no_lift_this_year()
    {
        var history = Enforcement("The inspection ban imposed in two districts during the 2021 emergency ended in January 2022.");
        Of(history, StatementCategories.InspectionMoratorium).ShouldBeEmpty();
        Of(history, StatementCategories.InspectionRestriction).ShouldBeEmpty();

        Single(Enforcement("However, the region is assessed as having made only minimal advancement because the government stopped all labour inspections in two districts, and because the national plan on child labour expired in June."), StatementCategories.InspectionMoratorium)
            .Action.ShouldBe(StatementActions.Imposed);
    }

    [Fact]
    public void Notice_owed_where_the_moratorium_does_not_apply_is_a_restriction_not_the_stop()
    {
        var statements = Enforcement("Where the moratorium does not apply, the Law on Business Inspections still obliges inspectors to announce each visit 10 days in advance.");

        Of(statements, StatementCategories.InspectionMoratorium).ShouldBeEmpty();
        Single(statements, StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Imposed);
    }

    [Theory]
    [InlineData("Under section 12 of the Farm Labour Act, an inspector must inform a farm's owner at least 72 hours beforehand.")]
    [InlineData("During the freeze, inspectors could still answer written complaints from workers, but only after giving the employer 48 hours' notice of the visit.")]
    [InlineData("Labour inspectors may enter a quarry only when accompanied by an officer of the Mines Department.")]
    [InlineData("From June to September, inspectors visited only workplaces named in a complaint, and routine inspections did not start again until October.")]
    [InlineData("Article 9 of the Inspection Act continues to require either the employer's consent or a court warrant before an inspector may enter a private home.")]
    [InlineData("Bakeries also remain subject to the cap of one inspection a year set in 2023.")]
    [InlineData("Resolution No. 77 confined the inspectorate to inspections triggered by a written complaint, with effect from 1 March 2025.")]
    [InlineData("A ministerial order of May 2025 adds that each visit needs the prior approval of the head of the inspectorate.")]
    [InlineData("Each unannounced visit, however, still requires the written approval of the district prosecutor.")]
    [InlineData("Section 20 lets inspectors board a ferry only while it is docked.")]
    [InlineData("Officers entering game lodges in the two reserves must still give 10 days' written notice.")]
    [InlineData("Visits to game lodges in the two reserves still require 10 days' written notice under the Reserves Order.")]
    [InlineData("Ministerial Decision No. 5 of 2023 still allows only one visit to each bakery per year.")]
    [InlineData("The Self-Assessment Scheme, in place since 1 July 2022, still spares firms that file self-assessment returns from routine inspection for three years at a time.")]
    [InlineData("However, inspections remained suspended in the two border districts, and a ministerial order now allows inspections of religious schools only after a complaint.")]
    public void Notice_escorts_complaint_only_visits_approvals_and_caps_told_in_other_words_are_restrictions(string sentence)
    {
        Single(Enforcement(sentence), StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Imposed);
    }

    [Theory]
    [InlineData("Since that date, an inspector may enter a building site at any time without the employer's consent or a warrant.", null)]
    [InlineData("In August 2025, the High Court quashed the 2021 circular of the Labour Commissioner that required inspectors to obtain prior approval and give 72 hours' notice before inspecting dye works.", "2025-08")]
    [InlineData("The government adopted a new plan, removed the cap of one routine inspection per workplace each year, and added tanning to its hazardous work list.", null)]
    public void Entry_without_consent_since_a_date_a_circular_quashed_and_a_cap_removed_ease_the_limit(string sentence, string? date)
    {
        var eased = Single(Enforcement(sentence), StatementCategories.InspectionRestriction);

        eased.Action.ShouldBe(StatementActions.Eased);
        eased.Field(StatementFields.Date).ShouldBe(date);
    }
}
