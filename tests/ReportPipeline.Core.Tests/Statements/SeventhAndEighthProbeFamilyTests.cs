using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, the families behind the seventh and eighth probe sets' misses (read after their blind scores), in sentences of
/// our own (reporting year 2025): an authorisation inspectors "must first obtain" or "still need", a warrant, a permission
/// told from the rule's side ("permits inspectors to enter … only with"), notice "five working days ahead"; a "halt on"
/// inspections and inspectors who "may still not enter" a class of workplace; a treaty the country "remains outside";
/// accession in a "proposal"; a bill a board "has been preparing"; and the guards: "limits placed on inspections hindered",
/// an article cited as "Section 61 of the … Act", a bill drafted and passed in one breath.
/// </summary>
public class SeventhAndEighthProbeFamilyTests
{
    [Theory]
    [InlineData("Under Ministerial Resolution 12/19, labor inspectors who wish to visit a workplace inside a reserve must first obtain the written authorization of the district prosecutor.")]
    [InlineData("Labor inspectors in the highland districts also still need the authorization of the district prosecutor before visiting any workplace inside a reserve.")]
    [InlineData("Inspectors must also continue to obtain the Chief Labour Officer's written approval for each fishing vessel they wish to board.")]
    [InlineData("In the Western Province, the provincial labour code permits inspectors to enter a weaving workshop only with the prior written permission of the district labour officer.")]
    [InlineData("Inspectors continue to need a magistrate's warrant before entering dwellings on farms.")]
    [InlineData("Inspectors may walk onto the fields without a warrant, but a warrant is still needed to enter a worker's house.")]
    [InlineData("From 1 July 2025, a decree requires that each inspection of a cooperative mine be notified to the cooperative five working days ahead.")]
    public void Authorisations_warrants_and_notice_told_in_other_words_are_restrictions(string sentence)
    {
        Single(Enforcement(sentence), StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Imposed);
    }

    [Fact]
    public void Limits_placed_on_inspections_that_hindered_enforcement_are_no_restriction()
    {
        Of(Enforcement("However, limits placed on inspections hindered enforcement efforts."), StatementCategories.InspectionRestriction).ShouldBeEmpty();
    }

    [Fact]
    public void A_halt_on_inspections_that_stayed_in_place_continues_and_one_that_ran_out_is_lifted()
    {
        Single(Enforcement("The halt on routine inspections of small farms, which the ministry first ordered in 2021 and prolonged in 2023, stayed in place throughout 2025."), StatementCategories.InspectionMoratorium)
            .Action.ShouldBe(StatementActions.Continued);
        Single(Enforcement("The ministry's halt on routine inspections of small farms ran out on 31 December 2025."), StatementCategories.InspectionMoratorium)
            .Action.ShouldBe(StatementActions.Lifted);
    }

    [Fact]
    public void An_order_renewed_so_that_inspectors_may_still_not_enter_small_factories_extends_a_stop()
    {
        Single(Enforcement("In January 2025, the Cabinet renewed Cabinet Order 17/2019 for a further 18 months, so that labor inspectors may still not enter factories employing fewer than 20 workers."), StatementCategories.InspectionMoratorium)
            .Action.ShouldBe(StatementActions.Extended);
    }

    [Fact]
    public void A_treaty_the_country_remains_outside_is_not_ratified()
    {
        var ratification = Single(Legal("Ruritania remains outside the UN CRC Optional Protocol on Armed Conflict."), StatementCategories.Ratification);

        ratification.Action.ShouldBe(StatementActions.NotRatified);
        ratification.Field(StatementFields.Instrument).ShouldBe("un_crc_op_armed_conflict");
    }

    [Fact]
    public void Accession_in_a_proposal_the_cabinet_endorsed_is_an_intention()
    {
        Single(Legal("In August 2025, the Cabinet endorsed a proposal by the Ministry of Home Affairs for Ruritania to accede to the Palermo Protocol."), StatementCategories.Ratification)
            .Action.ShouldBe(StatementActions.Intends);
    }

    [Fact]
    public void Regulations_a_board_has_been_preparing_are_drafted()
    {
        Single(Legal("The Labour Advisory Board has been preparing Hazardous Occupations (Children) Regulations since 2024."), StatementCategories.Law)
            .Action.ShouldBe(StatementActions.Drafted);
    }

    [Fact]
    public void A_bill_drafted_and_passed_in_one_breath_is_enacted_only()
    {
        Of(Legal("The government responded by drafting and passing the Infants Amendment Bill No. 2 in 2025."), StatementCategories.Law)
            .Select(s => s.Action).ShouldBe([StatementActions.Enacted]);
    }

    [Fact]
    public void A_section_cited_from_an_act_in_force_for_years_is_no_law_event()
    {
        Of(Legal("Section 61 of the Labour Act, in force since 2005, allows inspectors to enter a workplace at any reasonable time."), StatementCategories.Law).ShouldBeEmpty();
    }
}
