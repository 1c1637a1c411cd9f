using ReportPipeline.Core.Statements;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, the families behind the misses of probe sets 59 to 66, read after their blind first scores (reporting year 2025):
/// <list type="bullet">
/// <item>a key table's title run into its first cell with no tab between them ("Key Policies Related to Child Labor Ruritania
/// established …"), as text copied out of a chapter has it, still opens the policies section, so the policy rows after it are
/// plans and not the coordinating body's mandate;</item>
/// <item>a bill "tabled in" the legislature is drafted; a treaty sent there "with a request for its approval" is an
/// intention;</item>
/// <item>plans being made: "Its successor, covering …, was drafted", "a draft successor plan", a plan "pending Cabinet
/// approval";</item>
/// <item>inspections: notice "reduced" eases a limit; inspectors who "resumed worksite visits", or were "instructed … to resume
/// inspections", end a stop; the act a requirement was "introduced by" is a law in force.</item>
/// </list>
/// </summary>
public class FiftyNinthToSixtySixthProbeFamilyTests
{
    private const string Coordination = "Key Mechanism to Coordinate Government Efforts on Child Labor National Council on Children's Rights: Coordinates child protection policy; chaired by the Deputy Prime Minister.";

    [Fact]
    public void A_policy_row_after_the_run_in_key_policies_title_is_a_plan_in_force()
    {
        var plan = Single(
            Classify(
                "Ruritania",
                "COORDINATION, POLICIES, AND PROGRAMS",
                Coordination,
                "Key Policies Related to Child Labor Ruritania established policies that are consistent with relevant international standards on child labor.",
                "National Anti-Trafficking Action Plan (2023–2025): Provides for victim identification, shelters, and assistance for child victims of trafficking."),
            StatementCategories.ActionPlan);

        plan.Action.ShouldBe(StatementActions.Active);
        plan.Field(StatementFields.Name).ShouldBe("National Anti-Trafficking Action Plan");
        plan.Field(StatementFields.Period).ShouldBe("2023-2025");
    }

    [Fact]
    public void A_policy_row_on_the_same_line_as_the_key_policies_title_is_a_plan_in_force()
    {
        var plan = Single(
            Classify(
                "Ruritania",
                "COORDINATION, POLICIES, AND PROGRAMS",
                Coordination,
                "Key Policies Related to Child Labor Education Sector Plan (2018–2030): Aims to achieve universal completion of basic education."),
            StatementCategories.ActionPlan);

        plan.Action.ShouldBe(StatementActions.Active);
        plan.Field(StatementFields.Name).ShouldBe("Education Sector Plan");
    }

    [Fact]
    public void A_bill_tabled_in_the_legislature_is_drafted()
    {
        Single(Legal("A bill on combating trafficking in persons, prepared with the support of an international organization, was tabled in the National Assembly in October 2025."), StatementCategories.Law)
            .Action.ShouldBe(StatementActions.Drafted);
    }

    [Fact]
    public void A_treaty_sent_to_the_legislature_with_a_request_for_its_approval_is_an_intention()
    {
        var treaty = Single(Legal("In September 2025, the executive sent the Optional Protocol to the Convention on the Rights of the Child on a Communications Procedure to Congress with a request for its approval."), StatementCategories.Ratification);

        treaty.Action.ShouldBe(StatementActions.Intends);
        treaty.Field(StatementFields.Instrument).ShouldBe("un_crc_op_communications");
    }

    [Theory]
    [InlineData("Its successor, covering 2026–2030, was drafted by the Ministry of Labour in 2025 and sent to the Cabinet in November.")]
    [InlineData("During 2025, the Ministry prepared a draft successor plan for 2026–2030 with ILO technical assistance.")]
    [InlineData("The Ministry has prepared a follow-on National Action Plan for the Elimination of Child Labour for 2026–2030, which is pending Cabinet approval.")]
    public void A_successor_drafted_a_draft_successor_plan_and_a_plan_pending_cabinet_approval_are_drafted(string sentence)
    {
        Single(Policies(sentence), StatementCategories.ActionPlan).Action.ShouldBe(StatementActions.Drafted);
    }

    [Fact]
    public void Notice_reduced_eases_the_limit()
    {
        Single(Enforcement("Law No. 2025-15 of 9 August 2025 reduces the written notice that inspectors must give before a visit from 48 to 24 hours."), StatementCategories.InspectionRestriction)
            .Action.ShouldBe(StatementActions.Eased);
    }

    [Theory]
    [InlineData("Inspectors resumed worksite visits on 3 August 2025, after the lockdown ended.")]
    [InlineData("The state of emergency was lifted on 5 June 2025, and the Ministry instructed the regional offices to resume inspections the following week.")]
    public void Inspectors_back_at_work_or_told_to_resume_end_the_stop(string resumption)
    {
        Of(Enforcement("In March 2025, the Ministry suspended all field inspections because of the epidemic.", resumption), StatementCategories.InspectionMoratorium)
            .Select(s => s.Action).ShouldBe([StatementActions.Imposed, StatementActions.Lifted]);
    }

    [Fact]
    public void The_act_a_requirement_was_introduced_by_is_a_law_in_force()
    {
        var statements = Enforcement("Inspections of artisanal mines require the prefect's written authorization, a requirement introduced by Ministry of Mines Order No. 0457 of 18 May 2025.");

        Single(statements, StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Imposed);
        Single(statements, StatementCategories.Law).Field(StatementFields.Name).ShouldBe("Ministry of Mines Order No. 0457");
    }
}
