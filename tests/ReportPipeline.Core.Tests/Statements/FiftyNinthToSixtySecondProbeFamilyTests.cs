using ReportPipeline.Core.Statements;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, the family behind most misses of probe sets 59 to 62, read after their blind first scores: a key table's title
/// run into its first cell with no tab between them ("Key Policies Related to Child Labor Ruritania established …"), as text
/// copied out of a chapter has it, still opens the policies section, so the policy rows after it are plans and not the
/// coordinating body's mandate.
/// </summary>
public class FiftyNinthToSixtySecondProbeFamilyTests
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
}
