using ReportPipeline.Core.Statements;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, the families behind the misses of probe sets 55 to 58, read after their blind first scores, in sentences of our own
/// (reporting year 2025):
/// <list type="bullet">
/// <item>plans being made: a named plan a body "prepared", work begun "during the year" or "in late 2025" on a plan;</item>
/// <item>a bill "prepared by" a ministry is drafted; an act "assented to" is enacted;</item>
/// <item>treaties: "initiated the procedure for ratifying" is an intention; "has not, however, become a party to" is no
/// ratification;</item>
/// <item>stops: a halt of inspections of one kind of workplace, its end when "inspections of" them resumed, and a stop
/// "withdrawn" with inspectors back in "the province";</item>
/// <item>limits: inspections that "may not go ahead without the governor's" authorisation, that "have to be announced", made
/// "conditional on" an approval, boarding "only while" a vessel is in port, and a clearance required before boarding; a limit
/// told as the one an act revoked is none.</item>
/// </list>
/// </summary>
public class FiftyFifthToFiftyEighthProbeFamilyTests
{
    [Theory]
    [InlineData("During 2025, the Working Group prepared a National Plan against Trafficking in Persons for 2026-2030; consultations on the draft continued through December.")]
    [InlineData("With help from the ILO, the National Council began work during the year on a follow-on plan for 2026 to 2030, which had not been finalized by year's end.")]
    [InlineData("The National Anti-Trafficking Committee began work in late 2025 on a first National Action Plan against Trafficking in Persons, a draft of which was circulated to ministries in December.")]
    public void A_plan_a_body_prepared_or_began_work_on_is_drafted(string sentence)
    {
        Single(Policies(sentence), StatementCategories.ActionPlan).Action.ShouldBe(StatementActions.Drafted);
    }

    [Fact]
    public void A_bill_prepared_by_a_ministry_is_drafted()
    {
        Single(Legal("A bill on General Education that would extend compulsory schooling to age 16 was prepared by the Ministry of Education in September 2025."), StatementCategories.Law)
            .Action.ShouldBe(StatementActions.Drafted);
    }

    [Fact]
    public void An_act_assented_to_is_enacted_on_that_date()
    {
        var law = Single(Legal("The Employment (Amendment) Act, assented to on 16 February 2025, sets the minimum age for employment at 16."), StatementCategories.Law);

        law.Action.ShouldBe(StatementActions.Enacted);
        law.Field(StatementFields.Date).ShouldBe("2025-02-16");
    }

    [Fact]
    public void A_procedure_for_ratifying_initiated_is_an_intention()
    {
        var treaty = Single(Legal("In June 2025, the Minister told the ILO that the Government had initiated the procedure for ratifying the 2014 Protocol to the Forced Labour Convention."), StatementCategories.Ratification);

        treaty.Action.ShouldBe(StatementActions.Intends);
        treaty.Field(StatementFields.Instrument).ShouldBe("ilo_p29");
    }

    [Fact]
    public void Not_however_a_party_is_not_ratified()
    {
        Single(Legal("It has not, however, become a party to the UN CRC Optional Protocol on the Sale of Children, Child Prostitution and Child Pornography."), StatementCategories.Ratification)
            .Action.ShouldBe(StatementActions.NotRatified);
    }

    [Fact]
    public void A_halt_of_inspections_of_one_kind_of_workplace_is_a_stop_and_their_resumption_lifts_it()
    {
        var stops = Of(
            Enforcement(
                "On 5 September 2025, the Ministry instructed its inspectors to halt inspections of registered agricultural cooperatives for the duration of the olive harvest.",
                "Inspections of cooperatives resumed on 30 November, when the instruction was withdrawn."),
            StatementCategories.InspectionMoratorium);

        stops.Select(s => s.Action).ShouldBe([StatementActions.Imposed, StatementActions.Lifted]);
        stops[0].Field(StatementFields.Date).ShouldBe("2025-09-05");
    }

    [Fact]
    public void A_stop_withdrawn_with_inspectors_back_in_the_province_is_imposed_and_lifted()
    {
        Of(Enforcement("On 20 May 2025, the Ministry suspended all field inspections in the Eastern Province; the suspension was withdrawn on 12 August, and inspectors returned to the province the following week."), StatementCategories.InspectionMoratorium)
            .Select(s => s.Action).ShouldBe([StatementActions.Imposed, StatementActions.Lifted]);
    }

    [Theory]
    [InlineData("Routine inspections of mining sites still may not go ahead without the governor's written authorization.")]
    [InlineData("Routine inspections of medium-sized enterprises still have to be announced five working days in advance.")]
    [InlineData("The decree makes any labour inspection within mining concessions conditional on the prior approval of the regional directorate.")]
    [InlineData("Inspectors may board fishing vessels only while the vessels are tied up in port.")]
    [InlineData("Since July 2025, the Port Authority has required labour inspectors to obtain its clearance before boarding a fishing vessel.")]
    public void Inspections_on_a_condition_are_a_limit(string sentence)
    {
        Single(Enforcement(sentence), StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Imposed);
    }

    [Fact]
    public void A_condition_told_as_the_one_an_act_revoked_is_no_limit_imposed()
    {
        Of(Enforcement("Directive No. 118 of May 2025 revoked Directive No. 3316 of 2018, which had made unannounced inspections conditional on the approval of the regional director."), StatementCategories.InspectionRestriction)
            .ShouldNotContain(s => s.Action == StatementActions.Imposed);
    }
}
