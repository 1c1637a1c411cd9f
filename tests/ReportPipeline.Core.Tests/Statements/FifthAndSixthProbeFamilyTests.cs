using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, the inspection families behind the fifth and sixth probe sets' first-score misses, in sentences of our own
/// (reporting year 2025): stops ordered by instruction ("instructed … to suspend"), "put a halt to", routine inspections
/// halted in a region; restarts told with "there"; limits told as "subject to the prior approval", "may only enter … after"
/// approval, "cannot begin without" it, a governor's approval "required", notice "ahead of" a visit or "48 hours of notice";
/// "only one planned inspection" a year; clauses joined by a semicolon that ease one limit and keep another; a limit after
/// "but" in a sentence that lifts a stop; a circular withdrawn and a rule ended; and the guards: "to limit the spread" of a
/// disease, and inspections allowed "only in response to a complaint", which is a limit and no lift.
/// </summary>
public class FifthAndSixthProbeFamilyTests
{
    [Theory]
    [InlineData("After employers complained, the Minister of Labor instructed regional offices on 14 August to suspend all labor inspections on tea estates until a review is completed.")]
    [InlineData("On 27 March 2025, the ministry put a halt to routine labor inspections throughout the country; the halt was to last until 31 July 2025.")]
    [InlineData("After the floods of March 2025, the ministry halted routine labor inspections in the three coastal provinces for 90 days.")]
    public void Stops_ordered_or_halted_in_a_region_are_moratoria_imposed(string sentence)
    {
        Single(Enforcement(sentence), StatementCategories.InspectionMoratorium).Action.ShouldBe(StatementActions.Imposed);
    }

    [Fact]
    public void A_restart_told_with_there_lifts_the_stop_and_a_limit_after_but_is_its_own()
    {
        var statements = Enforcement(
            "After the floods of March 2025, the ministry halted routine labor inspections in the three coastal provinces for 90 days.",
            "Routine inspections there restarted on 2 July 2025, but a circular made every visit for the rest of the year subject to the prior approval of the regional commissioner.");

        Of(statements, StatementCategories.InspectionMoratorium).Select(m => m.Action).ShouldBe([StatementActions.Imposed, StatementActions.Lifted]);
        Single(statements, StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Imposed);
    }

    [Theory]
    [InlineData("In the border zones, labor inspectors may only enter a workplace after the provincial governor has given written approval.")]
    [InlineData("Provincial Instruction No. 7 continued to require the governor's written approval before any labor inspection in the border zones.")]
    [InlineData("Labor inspections in the border zones still cannot begin without the written approval of the provincial governor.")]
    [InlineData("A new regulation in force since 1 January 2025 requires inspectors to inform the farmers' chamber 72 hours ahead of any farm inspection.")]
    [InlineData("Under a 2010 fisheries regulation, inspectors who wish to board a fishing vessel must give the owner 48 hours of notice.")]
    [InlineData("Since March 2025, an enterprise may be the subject of only one planned inspection in a calendar year.")]
    public void Approvals_notice_and_caps_told_in_other_words_are_restrictions(string sentence)
    {
        Single(Enforcement(sentence), StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Imposed);
    }

    [Fact]
    public void Clauses_joined_by_a_semicolon_ease_one_limit_and_keep_another()
    {
        var restrictions = Of(Enforcement("Since 1 July 2025, inspectors may arrive unannounced when they have information that a child is working at the site; all other inspections must still be announced."), StatementCategories.InspectionRestriction);

        restrictions.Select(r => r.Action).ShouldBe([StatementActions.Eased, StatementActions.Imposed]);
        restrictions[0].Field(StatementFields.Date).ShouldBe("2025-07-01");
    }

    [Theory]
    [InlineData("In March 2025, the ministry withdrew its circular requiring 24 hours' notice to farm employers.")]
    [InlineData("The government also ended the rule that limited labor inspections in the settlements to complaints.")]
    public void A_circular_withdrawn_or_a_rule_ended_eases_the_restriction(string sentence)
    {
        Single(Enforcement(sentence), StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Eased);
    }

    [Fact]
    public void Visits_cut_to_limit_the_spread_of_a_disease_impose_no_restriction()
    {
        Of(Enforcement("In-person inspections, which the ministry had cut back in April 2025 to limit the spread of the virus, resumed in June."), StatementCategories.InspectionRestriction)
            .ShouldNotContain(r => r.Action == StatementActions.Imposed);
    }

    [Fact]
    public void Inspections_allowed_only_in_response_to_a_complaint_are_a_limit_not_a_lift()
    {
        var statements = Enforcement(
            "In March 2025, the ministry suspended all in-person labor inspections because of the pandemic.",
            "Since July 2025, a ministry directive has allowed labor inspections in informal settlements only in response to a complaint.");

        Of(statements, StatementCategories.InspectionMoratorium).Select(m => m.Action).ShouldBe([StatementActions.Imposed]);
        Single(statements, StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Imposed);
    }
}
