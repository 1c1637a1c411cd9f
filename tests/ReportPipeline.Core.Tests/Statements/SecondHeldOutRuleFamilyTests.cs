using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, the rule families the second blind set (eval/statement-labels-blind-2) showed missing:
/// orders of a government or an army command as laws, drafts told by "proposed" or by a directive
/// to draft, bills a cabinet approved, a region endorsing a law, obligations that are no events,
/// plans told by their purpose and "the plan" of the sentence before, plans "released", two plans
/// joined by "and the", a plan a row will "develop and implement", and a child's age that is no
/// inspection threshold. Invented Ruritania text (provinces Upland and Lowland, a Northern region),
/// reporting year 2025.
/// </summary>
public class SecondHeldOutRuleFamilyTests
{
    private const string PoliciesTable = "Table 9. Key Policies Related to Child Labor";

    private static List<Statement> Of(IReadOnlyList<Statement> statements, string category) =>
        statements.Where(s => s.Category == category).ToList();

    // Orders

    [Theory]
    [InlineData("In 2025, the Prime Minister issued an order placing the Volunteer Guard under the defence ministry.", "order", "2025")]
    [InlineData("The Army issued a general staff order in 2025 stating that no one under 18 may enlist.", "general staff order", "2025")]
    [InlineData("A March 2025 order from the Ruritanian Prime Minister declared the Volunteer Guard part of the security services.", "order", "2025-03")]
    [InlineData("A general command order barring the use of children by the army remained in effect during the reporting period.", "general command order", null)]
    public void An_order_of_a_government_or_an_army_command_issued_or_in_force_is_a_law(string sentence, string name, string? date)
    {
        var law = Single(Classify(sentence), StatementCategories.Law);
        law.Action.ShouldBe(StatementActions.Enacted);
        law.Field(StatementFields.Name).ShouldBe(name);
        law.Field(StatementFields.Date).ShouldBe(date);
    }

    [Theory]
    [InlineData("The Army issued a general staff order in 2019 stating that no one under 18 may enlist.")]
    [InlineData("In 2025, the High Court issued an order to register all brick kilns.")]
    [InlineData("The Northern Region must endorse laws passed by the federal parliament after 1991 for them to apply there.")]
    [InlineData("The Northern Assembly endorsed the Federal Law on Combating Trafficking, which now applies in the region.")]
    public void An_old_order_a_court_order_an_obligation_and_an_undated_endorsement_are_no_law_events(string sentence) =>
        Of(Classify(sentence), StatementCategories.Law).ShouldBeEmpty();

    [Fact]
    public void A_region_endorsing_a_law_in_the_year_enacts_it_there()
    {
        var law = Single(Classify("In July 2025, the Northern Assembly endorsed the Federal Law on Combating Trafficking, which now applies in the region."), StatementCategories.Law);
        law.Action.ShouldBe(StatementActions.Enacted);
        law.Field(StatementFields.Name).ShouldBe("Federal Law on Combating Trafficking");
        law.Field(StatementFields.Date).ShouldBe("2025-07");
    }

    // Drafts

    [Theory]
    [InlineData("During the reporting period, amendments to the Law on Family Benefits of the Capital District were proposed, which would raise child allowances.")]
    [InlineData("In December 2025, the Council of Ministers directed the Ministry of Justice to draft an amendment to the Education Law extending compulsory schooling.")]
    [InlineData("In September 2025, the Upland cabinet approved the Upland Employment of Children Bill 2026, which would set the minimum age for hazardous work at 18.")]
    public void Proposed_amendments_a_directive_to_draft_and_a_bill_a_cabinet_approved_are_drafts(string sentence)
    {
        var law = Single(Classify(sentence), StatementCategories.Law);
        law.Action.ShouldBe(StatementActions.Drafted);
    }

    [Fact]
    public void A_bill_that_the_next_sentence_says_was_not_enacted_is_drafted()
    {
        var law = Single(Classify(
            "In 2025, the Upland Assembly passed the Upland Domestic Workers Bill.",
            "Neither of these bills had been enacted by the end of the year."), StatementCategories.Law);

        law.Action.ShouldBe(StatementActions.Drafted);
        law.Field(StatementFields.Name).ShouldBe("Upland Domestic Workers Bill");
    }

    // Plans

    [Theory]
    [InlineData("Civil society groups and the ministry have expressed intentions to develop an action plan to combat child begging; however, the plan has not been completed.", "action plan to combat child begging")]
    [InlineData("In December 2025, the ministry presented a proposal to prepare a comprehensive plan to reduce child recruitment by armed groups.", "plan to reduce child recruitment by armed groups")]
    public void A_plan_in_the_making_told_by_its_purpose_is_drafted(string sentence, string name)
    {
        var plan = Single(Classify(sentence), StatementCategories.ActionPlan);
        plan.Action.ShouldBe(StatementActions.Drafted);
        plan.Field(StatementFields.Name).ShouldBe(name);
    }

    [Fact]
    public void Approving_the_plan_adopts_the_plan_the_sentence_before_began()
    {
        var plans = Of(Classify(
            "In 2025, the government began drafting a plan to reintegrate children freed from the militia.",
            "In May 2026, the Council of Ministers approved the plan and allocated a budget."), StatementCategories.ActionPlan);

        plans.Select(p => (p.Action, p.Field(StatementFields.Date))).ShouldBe([(StatementActions.Drafted, "2025"), (StatementActions.Adopted, "2026-05")]);
        plans.ShouldAllBe(p => p.Field(StatementFields.Name) == "plan to reintegrate children freed from the militia");
    }

    [Fact]
    public void A_plan_drafted_before_the_year_is_history_but_its_approval_in_the_year_is_not()
    {
        var plan = Single(Classify(
            "In 2023, the government drafted a plan to reintegrate children freed from the militia.",
            "In May 2025, the Council of Ministers approved the plan."), StatementCategories.ActionPlan);

        plan.Action.ShouldBe(StatementActions.Adopted);
        plan.Field(StatementFields.Date).ShouldBe("2025-05");
    }

    [Fact]
    public void A_strategic_plan_released_in_the_year_is_adopted()
    {
        var plan = Single(Classify("In 2025, the government released the Education Sector Strategic Plan 2025–2027, which aims to raise enrolment."), StatementCategories.ActionPlan);
        plan.Action.ShouldBe(StatementActions.Adopted);
        plan.Field(StatementFields.Name).ShouldBe("Education Sector Strategic Plan");
        plan.Field(StatementFields.Period).ShouldBe("2025-2027");
    }

    [Fact]
    public void A_donor_s_country_strategic_plan_is_no_plan() =>
        Of(Classify("Donor programmes also include the WFP Country Strategic Plan, which provides school meals."), StatementCategories.ActionPlan).ShouldBeEmpty();

    [Fact]
    public void Two_plans_joined_by_and_the_are_two_plans() =>
        Of(Classify("The government committed to two UN action plans – the Action Plan to End Recruitment of Child Soldiers and the Action Plan to End the Maiming of Children."), StatementCategories.ActionPlan)
            .Select(p => p.Field(StatementFields.Name))
            .ShouldBe(["Action Plan to End Recruitment of Child Soldiers", "Action Plan to End the Maiming of Children"]);

    [Fact]
    public void A_plan_a_row_will_develop_and_implement_is_no_plan_of_its_own() =>
        Of(Classify(PoliciesTable, "National Development Plan (2024–2028)\tAims to end violence against children, and develop and implement a National Child Labour Policy."), StatementCategories.ActionPlan)
            .ShouldHaveSingleItem().Field(StatementFields.Name).ShouldBe("National Development Plan");

    // Inspections

    [Fact]
    public void Child_workers_under_an_age_are_no_inspection_threshold() =>
        Of(Classify("The court ordered the labour office to ensure that no kilns had child workers under the age of 14 and that every worker had a contract."), StatementCategories.InspectionMoratorium)
            .ShouldBeEmpty();
}
