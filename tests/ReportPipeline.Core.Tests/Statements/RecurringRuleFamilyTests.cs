using System.Globalization;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using ReportPipeline.Core.Tests.Text;
using ReportPipeline.Core.Text;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, rule families chosen for how often their wording recurs across chapters, from what the development set and
/// the three blind sets left: ministries named after a policy, drafting verbs whose object is a bill, "Plan of Measures"
/// titles, laws told as drafted in the passive, draft legislation one chamber approved, and resolutions read as a
/// policy-table row of their own; then table layouts (a table's key running into the next paragraph, a row title carried
/// over lines of its own, a row naming a programme and its action plan, a row description told as a purpose), a plan
/// named in its own row by another head noun, a programme adopted under a quoted title, and "the draft bill" after the
/// sentence that named it. Invented Ruritania text, reporting year 2025.
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

    // Table layouts in a PDF

    private static async Task<IReadOnlyList<Statement>> ClassifyPdfAsync(string content)
    {
        var pdf = HandmadePdf.Build(content);
        var text = await ReportTextReader.ReadAsync(new MemoryStream(pdf), ExtractionLimits.Default);
        return RulesStatementClassifier.Classify(text, Ruritania);
    }

    // A line of raw WinAnsi text: "\206" is the dagger, "\207" the double dagger, which Latin-1 cannot carry.
    private static string RawLine(string text, double x, double y) =>
        string.Create(CultureInfo.InvariantCulture, $"BT {HandmadePdf.Helvetica} 11 Tf {x} {y} Td ({text}) Tj ET\n");

    [Fact]
    public async Task A_table_key_closes_the_row_so_the_next_paragraph_is_prose()
    {
        var statements = await ClassifyPdfAsync(
            HandmadePdf.Text("Table 4. Laws and Regulations on Child Labor", 72, 740)
            + HandmadePdf.Text("Minimum Age for Work", 72, 720) + HandmadePdf.Text("Yes", 300, 720) + HandmadePdf.Text("15", 400, 720)
            + HandmadePdf.Text("Free Public Education", 72, 706) + HandmadePdf.Text("No", 300, 706)
            + RawLine("\\206 No standing military", 72, 692)
            + RawLine("\\207 Age calculated on available information", 72, 678)
            + HandmadePdf.Text("In 2025, the Ministry of Labour drafted a Street Vending Bill banning children under 14 from", 72, 664)
            + HandmadePdf.Text("selling goods in the streets at night. (12)", 72, 650));

        var law = Single(statements, StatementCategories.Law);
        law.Action.ShouldBe(StatementActions.Drafted);
        law.Field(StatementFields.Name).ShouldBe("Street Vending Bill");
    }

    [Fact]
    public async Task A_row_title_carried_over_lines_of_its_own_is_the_whole_title()
    {
        var statements = await ClassifyPdfAsync(
            HandmadePdf.Text("Table 9. Key Policies Related to Child Labor", 72, 740)
            + HandmadePdf.Text("Policy", 72, 726) + HandmadePdf.Text("Description", 300, 726)
            + HandmadePdf.Text("State Programme on Begging and", 72, 712) + HandmadePdf.Text("Aims to protect children at risk of being trafficked, forced to beg or", 300, 712)
            + HandmadePdf.Text("Action Plan for the", 72, 698) + HandmadePdf.Text("exploited in the streets of the capital. (36) Was not carried out in 2025. (5)", 300, 698)
            + HandmadePdf.Text("Implementation", 72, 684)
            + HandmadePdf.Text("(2024-2026)", 72, 670)
            + RawLine("\\206 Policy was approved during the reporting period.", 72, 656));

        var plans = Of(statements, StatementCategories.ActionPlan);
        plans.Select(p => p.Field(StatementFields.Name)).ShouldBe(
            ["State Programme on Begging", "Action Plan for the Implementation"], ignoreOrder: true);
        plans.ShouldAllBe(p => p.Field(StatementFields.Period) == "2024-2026" && p.Action == StatementActions.Active);
    }

    // Rows of the policies table

    [Fact]
    public void A_row_naming_a_programme_and_its_action_plan_is_two_plans()
    {
        var plans = Of(Classify(PoliciesTable, "State Programme on Child Protection and Action Plan for its Implementation (2024–2027)\tSets out the measures of each ministry."), StatementCategories.ActionPlan);
        plans.Select(p => p.Field(StatementFields.Name)).ShouldBe(["State Programme on Child Protection", "Action Plan for its Implementation"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("National Child Labour Strategy and Action Plan†")]
    [InlineData("National Strategy for Children and Youth (2024–2027)")]
    public void A_title_whose_second_half_names_no_plan_of_its_own_is_one_plan(string row) =>
        Of(Classify(PoliciesTable, row + "\tSets out the measures of each ministry."), StatementCategories.ActionPlan).ShouldHaveSingleItem();

    [Fact]
    public void A_row_description_told_as_a_purpose_still_names_the_rows_plan()
    {
        var plan = Single(Classify(PoliciesTable, "National Policy on Full-Day Schooling\tAims to keep children out of work by implementing longer school days. (40)"), StatementCategories.ActionPlan);
        plan.Field(StatementFields.Name).ShouldBe("National Policy on Full-Day Schooling");
        plan.Action.ShouldBe(StatementActions.Active);
    }

    [Fact]
    public void A_row_description_denying_adoption_is_still_no_plan_adopted() =>
        Of(Classify(PoliciesTable, "National Policy on Full-Day Schooling\tHas not been adopted by the Council of Ministers. (40)"), StatementCategories.ActionPlan)
            .ShouldNotContain(p => p.Action == StatementActions.Adopted);

    [Fact]
    public void The_rows_plan_named_with_another_head_noun_is_the_rows_plan()
    {
        var plans = Of(Classify(PoliciesTable, "National Schooling Plan (2020–2030)\tAims to enrol every child by 2030. In 2025, only 4 of the 18 goals of the National Schooling Policy were met."), StatementCategories.ActionPlan);
        plans.ShouldNotBeEmpty();
        plans.ShouldAllBe(p => p.Field(StatementFields.Name) == "National Schooling Plan");
    }

    [Fact]
    public void Another_plan_named_in_a_row_stays_a_plan()
    {
        var plans = Of(Classify(PoliciesTable, "Action Plan Against Trafficking (2024–2026)\tCarried out by the national commission. Includes an accompanying National Strategy Against Trafficking 2024–2030."), StatementCategories.ActionPlan);
        plans.ShouldContain(p => p.Field(StatementFields.Name) == "National Strategy Against Trafficking");
    }

    // A programme adopted under its quoted title

    [Theory]
    [InlineData("VI. SOCIAL PROGRAMS TO ADDRESS CHILD LABOR")]
    [InlineData("V. GOVERNMENT POLICIES ON THE WORST FORMS OF CHILD LABOR")]
    public void A_programme_the_government_adopted_under_a_quoted_title_is_a_plan_adopted(string section)
    {
        var plan = Single(Classify(section, "In June 2025, the government adopted a program entitled “Safe Childhood for 2026–2030,” which includes a revision of the hazardous work list."), StatementCategories.ActionPlan);
        plan.Action.ShouldBe(StatementActions.Adopted);
        plan.Field(StatementFields.Name).ShouldBe("Safe Childhood");
        plan.Field(StatementFields.Period).ShouldBe("2026-2030");
        plan.Field(StatementFields.Date).ShouldBe("2025-06");
    }

    [Fact]
    public void A_programme_an_organisation_adopted_is_no_plan() =>
        Of(Classify("VI. SOCIAL PROGRAMS TO ADDRESS CHILD LABOR", "In 2025, a local charity adopted a program entitled “Bright Futures” for street children."), StatementCategories.ActionPlan)
            .ShouldBeEmpty();

    // "The draft bill" after the sentence that named it

    [Fact]
    public void The_draft_bill_is_the_bill_the_sentence_before_named()
    {
        var laws = Of(Classify(
            "In 2025, the Ministry of Labour drafted a Street Vending Bill banning children under 14 from selling goods at night.",
            "Although the draft bill does not meet the international standard, it protects younger children."), StatementCategories.Law);
        laws.Count.ShouldBe(2);
        laws.ShouldAllBe(l => l.Field(StatementFields.Name) == "Street Vending Bill" && l.Action == StatementActions.Drafted);
    }
}
