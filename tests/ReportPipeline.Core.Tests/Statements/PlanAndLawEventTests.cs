using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using ReportPipeline.Core.Text;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>Issue 15: plans drafted vs adopted, several plans or laws in one sentence, strategies as plans, background plans. Reporting year 2025.</summary>
public class PlanAndLawEventTests
{
    private static Statement Plan(string sentence) => Single(Classify(sentence), StatementCategories.ActionPlan);

    [Theory]
    [InlineData("The Ministry of Social Affairs is developing a National Action Plan on Child Labour for 2026–2030.")]
    [InlineData("The National Strategy on Street Children has yet to be finalized.")]
    [InlineData("In 2025, stakeholders validated the National Action Plan against Child Trafficking, but the cabinet has not approved it.")]
    [InlineData("The government continued drafting the State Programme on Child Protection during 2025.")]
    public void Plans_in_preparation_are_drafted(string sentence) =>
        Plan(sentence).Action.ShouldBe(StatementActions.Drafted);

    [Theory]
    [InlineData("In May 2025, the cabinet approved the National Action Plan on Child Labour (2025–2029).", "2025-05")]
    [InlineData("Parliament passed the National Strategy for Rural Children in March 2025.", "2025-03")]
    [InlineData("The Council of Ministers endorsed the Concept of Child-Friendly Justice in 2025.", "2025")]
    public void Plans_approved_in_the_year_are_adopted_with_their_date(string sentence, string date)
    {
        var plan = Plan(sentence);
        plan.Action.ShouldBe(StatementActions.Adopted);
        plan.Field(StatementFields.Date).ShouldBe(date);
    }

    [Fact]
    public void The_government_approving_a_draft_plan_adopts_it() =>
        Plan("In June 2025, the cabinet approved the draft National Action Plan on Domestic Work.").Action.ShouldBe(StatementActions.Adopted);

    [Fact]
    public void A_plan_adopted_in_an_earlier_year_is_background_and_active()
    {
        var plan = Plan("The National Action Plan on Child Labour (2022–2026), approved in 2022, guides the inspectorate's work.");
        plan.Action.ShouldBe(StatementActions.Active);
        plan.Field(StatementFields.Date).ShouldBe("2022");
    }

    [Fact]
    public void A_sentence_naming_several_plans_yields_one_statement_each_with_its_own_verb()
    {
        var plans = Classify("In 2025, the government adopted the National Strategy for Child Protection (2025–2030) and continued to implement the National Action Plan against Trafficking in Persons (2023–2026).")
            .Where(s => s.Category == StatementCategories.ActionPlan).ToList();
        plans.Count.ShouldBe(2);
        plans.Single(p => p.Field(StatementFields.Name) == "National Strategy for Child Protection").Action.ShouldBe(StatementActions.Adopted);
        plans.Single(p => p.Field(StatementFields.Name) == "National Action Plan against Trafficking in Persons").Action.ShouldBe(StatementActions.Active);
    }

    [Theory]
    [InlineData("In 2025, Ruritania signed a Memorandum of Understanding on Child Labour with its neighbour.")]
    [InlineData("The USAID Country Development Cooperation Strategy funds school meals.")]
    public void Agreements_and_donor_strategies_are_not_plans(string sentence) =>
        Classify(sentence).ShouldNotContain(s => s.Category == StatementCategories.ActionPlan);

    [Fact]
    public void Every_row_of_the_key_policies_table_is_a_plan_and_its_regulations_are_laws()
    {
        var statements = RulesStatementClassifier.Classify(TextDocument.FromPlainLines(InputFormat.Text, [
            "Table 9. Key Policies Related to Child Labor",
            "National Labour Policy\tSets out the government's aims for decent work, including the elimination of child labour in agriculture.",
            "Regulation on Hazardous Work for Children\tLists 40 occupations in which children under 18 may not work, including mining and fishing.",
        ]), Ruritania);
        Single(statements, StatementCategories.ActionPlan).Field(StatementFields.Name).ShouldBe("National Labour Policy");
        var law = Single(statements, StatementCategories.Law);
        law.Action.ShouldBe(StatementActions.Enacted);
        law.Field(StatementFields.Name).ShouldBe("Regulation on Hazardous Work for Children");
    }

    [Fact]
    public void A_sentence_naming_several_laws_yields_one_statement_each()
    {
        var laws = Classify("In February 2025, Parliament amended the Criminal Code and adopted the Law on Child Rights.")
            .Where(s => s.Category == StatementCategories.Law).ToList();
        laws.Select(l => l.Field(StatementFields.Name)).ShouldBe(["Criminal Code", "Law on Child Rights"], ignoreOrder: true);
        laws.ShouldAllBe(l => l.Field(StatementFields.Date) == "2025-02");
    }

    [Theory]
    [InlineData("In 2025, the Constitutional Court overturned the Law on Inspections.", "repealed")]
    [InlineData("The ministry began drafting a new Labour Code in 2025.", "drafted")]
    public void Law_actions_come_from_their_verbs(string sentence, string action) =>
        Single(Classify(sentence), StatementCategories.Law).Action.ShouldBe(action);

    [Theory]
    [InlineData("In 2025, the Government revised the Labour Code; however, it has yet to be approved.")]
    [InlineData("An amendment to the Labour Code that lists hazardous tasks for children has not been adopted.")]
    [InlineData("The Ministry of Justice amended the Turnip Harvest Act in 2025, but the changes are still awaiting approval by Parliament.")]
    [InlineData("An amendment to the Labour Code that bans night work for children, written in 2024, was not approved during the reporting period.")]
    public void A_revision_that_still_waits_for_approval_is_drafted_not_amended(string sentence) =>
        Single(Classify(sentence), StatementCategories.Law).Action.ShouldBe(StatementActions.Drafted);

    [Theory]
    [InlineData("In 2025, the Government revised the Labour Code to raise the minimum age for hazardous work to 18.")]
    [InlineData("In March 2025, Parliament amended the Turnip Harvest Act.")]
    public void A_revision_with_no_approval_pending_is_amended(string sentence) =>
        Single(Classify(sentence), StatementCategories.Law).Action.ShouldBe(StatementActions.Amended);

    [Fact]
    public void A_plan_described_and_then_said_to_be_unadopted_is_drafted()
    {
        var plans = Classify(
            "The National Action Plan against Child Labour in Turnip Farming (2024-2028) aims to end child labor on turnip farms by 2028. " +
            "It also covers sawmills and street vending. However, the Plan has yet to be adopted.")
            .Where(s => s.Category == StatementCategories.ActionPlan).ToList();

        plans.ShouldContain(p => p.Action == StatementActions.Drafted && p.Field(StatementFields.Name) == "National Action Plan against Child Labour in Turnip Farming");
    }

    [Fact]
    public void An_unadopted_plan_reaches_back_only_a_few_sentences_and_only_to_a_plan()
    {
        var plans = Classify(
            "The National Action Plan against Child Labour in Turnip Farming (2024-2028) aims to end child labor on turnip farms by 2028. " +
            "It covers sawmills. It covers street vending. It covers brick kilns. However, the plan has yet to be adopted.",
            "The Ministry of Labour reported that the budget has not yet been approved.")
            .Where(s => s.Category == StatementCategories.ActionPlan).ToList();

        plans.ShouldNotContain(p => p.Action == StatementActions.Drafted);
    }

    [Fact]
    public void An_unadopted_plan_in_a_table_row_does_not_reach_the_row_above()
    {
        // The second row's "the Plan" is its own, unnamed one; the first row's plan stays as the table lists it.
        var plans = RulesStatementClassifier.Classify(TextDocument.FromPlainLines(InputFormat.Text, [
            "Table 9. Key Policies Related to Child Labor",
            "National Action Plan against Child Labour in Turnip Farming (2024-2028)\tAims to end child labor on turnip farms by 2028.",
            "Turnip Growers' Grant Scheme\tThe Plan has yet to be adopted.",
        ]), Ruritania).Where(s => s.Category == StatementCategories.ActionPlan).ToList();

        plans.ShouldContain(p => p.Field(StatementFields.Name) == "National Action Plan against Child Labour in Turnip Farming");
        plans.ShouldNotContain(p => p.Action == StatementActions.Drafted);
    }

    [Theory]
    [InlineData("In 2025, the Vagrancy Ordinance was repealed and replaced with the Children's Protection Act 2025.")]
    [InlineData("In 2025, Parliament replaced the Vagrancy Ordinance with the new Children's Protection Act.")]
    public void A_law_replaced_by_another_is_repealed_and_the_new_one_enacted(string sentence)
    {
        var laws = Classify(sentence).Where(s => s.Category == StatementCategories.Law)
            .Select(s => (s.Field(StatementFields.Name), s.Action)).ToList();

        laws.ShouldContain(("Vagrancy Ordinance", StatementActions.Repealed));
        laws.ShouldContain(l => l.Item1!.StartsWith("Children's Protection Act", StringComparison.Ordinal) && l.Action == StatementActions.Enacted);
        laws.ShouldNotContain(l => l.Item1!.StartsWith("Children's Protection Act", StringComparison.Ordinal) && l.Action == StatementActions.Repealed);
    }
}
