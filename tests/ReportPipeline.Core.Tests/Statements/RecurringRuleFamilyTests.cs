using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, rule families chosen for how often their wording recurs across chapters, from what the development set and
/// the three blind sets left: ministries named after a policy, drafting verbs whose object is a bill, "Plan of Measures"
/// titles, laws told as drafted in the passive, draft legislation one chamber approved, and resolutions read as a
/// policy-table row of their own. Invented Ruritania text, reporting year 2025.
/// </summary>
public class RecurringRuleFamilyTests
{
    private const string PoliciesTable = "Table 9. Key Policies Related to Child Labor";

    private static List<Statement> Of(IReadOnlyList<Statement> statements, string category) =>
        statements.Where(s => s.Category == category).ToList();

    // A ministry named after the policy it runs

    [Theory]
    [InlineData("Each monitoring team included officials of the Ministry of Labour and Social Policy (MLSP) and the trade unions.")]
    [InlineData("The Ministry of Family, Labour and Social Policy trained 40 inspectors in 2025.")]
    [InlineData("In 2025, the Department of Youth and Sports Policy ran summer camps for working children.")]
    public void A_ministry_named_after_a_policy_is_no_plan(string sentence) =>
        Of(Classify(sentence), StatementCategories.ActionPlan).ShouldBeEmpty();

    [Fact]
    public void A_plan_a_ministry_carries_out_is_still_a_plan()
    {
        var plan = Single(Classify("In 2025, the Ministry of Labour implemented the National Youth Employment Policy."), StatementCategories.ActionPlan);
        plan.Field(StatementFields.Name).ShouldBe("National Youth Employment Policy");
        plan.Action.ShouldBe(StatementActions.Active);
    }

    // A drafting verb whose object is a law

    [Fact]
    public void Developing_a_bill_drafts_no_plan_named_later_in_the_sentence()
    {
        var statements = Classify("While the government is developing a Child Welfare Bill, research could not determine whether it continued implementing the Ruritanian Child Protection Policy during 2025.");
        Of(statements, StatementCategories.ActionPlan).ShouldNotContain(p => p.Action == StatementActions.Drafted);
        Of(statements, StatementCategories.Law).ShouldContain(l => l.Action == StatementActions.Drafted);
    }

    [Fact]
    public void Developing_a_plan_still_drafts_it()
    {
        var plan = Single(Classify("In 2025, the government was developing a National Action Plan on Child Labour."), StatementCategories.ActionPlan);
        plan.Action.ShouldBe(StatementActions.Drafted);
    }

    // "Plan of Measures" titles

    [Theory]
    [InlineData("Inspections in the harvest were based on the Plan of Measures adopted in July 2025.", "Plan of Measures")]
    [InlineData("In March 2025, the Cabinet approved the Plan of Priority Measures on Child Labour.", "Plan of Priority Measures on Child Labour")]
    public void A_plan_of_measures_adopted_in_the_year_is_a_plan_adopted(string sentence, string name)
    {
        var plan = Single(Classify(sentence), StatementCategories.ActionPlan);
        plan.Action.ShouldBe(StatementActions.Adopted);
        plan.Field(StatementFields.Name).ShouldBe(name);
    }

    [Fact]
    public void Measures_without_a_plan_are_no_plan() =>
        Of(Classify("In 2025, the Ministry adopted measures to plan the harvest without children."), StatementCategories.ActionPlan).ShouldBeEmpty();

    // Laws told as drafted in the passive

    [Theory]
    [InlineData("The Compulsory Schooling Act, which was drafted in 2022, will raise the school-leaving age to 16.", "Compulsory Schooling Act")]
    [InlineData("The Domestic Workers Code was drafted with the help of the ILO and awaits the cabinet.", "Domestic Workers Code")]
    public void A_law_told_as_drafted_in_the_passive_is_drafted(string sentence, string name)
    {
        var law = Single(Classify(sentence), StatementCategories.Law);
        law.Action.ShouldBe(StatementActions.Drafted);
        law.Field(StatementFields.Name).ShouldBe(name);
    }

    [Fact]
    public void A_law_drafted_and_then_adopted_is_not_a_draft() =>
        Of(Classify("The Compulsory Schooling Act, which was drafted in 2023, was adopted by Parliament in May 2025."), StatementCategories.Law)
            .ShouldNotContain(l => l.Action == StatementActions.Drafted);

    // Draft legislation one chamber approved

    [Theory]
    [InlineData("In November 2025, the Chamber of Deputies deliberated over draft legislation approved by the Senate in 2023 that would amend the Ruritanian Education Law.")]
    [InlineData("The draft law, which was passed by the lower house in 2025, would ban night work for children.")]
    public void Draft_legislation_one_chamber_approved_is_still_drafted(string sentence)
    {
        var laws = Of(Classify(sentence), StatementCategories.Law);
        laws.ShouldNotBeEmpty();
        laws.ShouldAllBe(l => l.Action == StatementActions.Drafted);
    }

    [Fact]
    public void A_law_parliament_approved_is_enacted()
    {
        var law = Single(Classify("In June 2025, Parliament approved the Child Protection Law."), StatementCategories.Law);
        law.Action.ShouldBe(StatementActions.Enacted);
    }

    // A resolution read as a policy-table row of its own

    [Fact]
    public void A_resolution_row_read_as_its_own_line_is_a_law_in_force()
    {
        var statements = Classify(
            PoliciesTable,
            "Resolution of the Cabinet of Ministers No. 57 on Measures to Implement ILO Conventions (2024–2026)",
            "Sets out the tasks of each ministry on child labour and forced labour.");
        var law = Single(statements, StatementCategories.Law);
        law.Action.ShouldBe(StatementActions.Enacted);
        law.Field(StatementFields.Name).ShouldBe("Resolution of the Cabinet of Ministers No. 57 on Measures to Implement ILO Conventions");
        Of(statements, StatementCategories.ActionPlan).ShouldBeEmpty();
    }

    [Fact]
    public void A_resolution_row_implementing_a_convention_is_a_law_row()
    {
        var law = Single(Classify(PoliciesTable, "Resolution No. 57 on Measures to Implement ILO Conventions (2024–2026)\tSets out the tasks of each ministry on child labour."), StatementCategories.Law);
        law.Action.ShouldBe(StatementActions.Enacted);
    }

    [Fact]
    public void A_memorandum_row_is_still_no_law() =>
        Of(Classify(PoliciesTable, "Memorandum of Understanding on the Labour Decree (2024–2026)\tSets out how the ILO supports the ministry."), StatementCategories.Law)
            .ShouldBeEmpty();
}
