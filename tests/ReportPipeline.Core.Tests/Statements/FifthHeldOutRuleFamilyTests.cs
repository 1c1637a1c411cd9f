using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using ReportPipeline.Core.Text;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, rule families the fifth blind set (eval/statement-labels-blind-5) showed missing, and the fourth set's that
/// recur: policy-table titles the layout cut in two, regional initiatives and declarations, programmes named in another
/// plan's row, plans named only where child labour is missing from them.
/// Invented Ruritania text and rows, reporting year 2025.
/// </summary>
public class FifthHeldOutRuleFamilyTests
{
    private static List<Statement> Plans(IReadOnlyList<Statement> statements) =>
        statements.Where(s => s.Category == StatementCategories.ActionPlan).ToList();

    private static List<Statement> PlansOf(TextDocument document) =>
        Plans(RulesStatementClassifier.Classify(document, Ruritania));

    [Fact]
    public void A_title_whose_first_line_was_read_as_a_lead_in_is_joined_with_its_second_line()
    {
        var document = PolicyTablePage(
            "Declaration of the Northern Initiative: Aims to raise regional cooperation against child labour by 2030 through",
            "Northern Lands Free of Child Labour (2024–2030)\tefforts by signatories to share data and school programmes.(15)",
            "National Education Plan (2020–2030)\tAims to expand access to education.(16)");

        var labels = SentenceSplitter.Split(document).Select(s => s.Label).ToList();
        labels.ShouldContain("Declaration of the Northern Initiative: Northern Lands Free of Child Labour (2024–2030)");
        labels.ShouldNotContain("Northern Lands Free of Child Labour (2024–2030)");

        // The whole title is a declaration, so no plan; the next row is still read.
        var plans = PlansOf(document);
        plans.ShouldNotContain(p => p.Field(StatementFields.Name)!.Contains("Northern", StringComparison.Ordinal));
        plans.ShouldContain(p => p.Field(StatementFields.Name) == "National Education Plan");
    }

    [Fact]
    public void A_title_line_that_is_only_its_head_noun_finishes_the_title_above()
    {
        var document = PolicyTablePage(
            "Schools and Training Sectorial\tSets out a map to improve schools and colleges.(12)",
            "Programme (STSP) (2020–2030)\tLed by the Ministry of Education.(13) In 2025, enrolment rose by a tenth.(14)");

        SentenceSplitter.Split(document).Select(s => s.Label).Distinct().ShouldContain("Schools and Training Sectorial Programme (STSP) (2020–2030)");
        var plans = PlansOf(document);
        plans.ShouldNotBeEmpty();
        plans.ShouldAllBe(p => p.Field(StatementFields.Name) == "Schools and Training Sectorial Programme (STSP)");
    }

    [Fact]
    public void A_lower_case_description_under_a_finished_title_is_not_joined()
    {
        // The first row's description ends its sentence; the second row is a row of its own.
        var document = PolicyTablePage(
            "National Child Labour Strategy (2021–2026)\tGuides the government's work against child labour.(12)",
            "Rural Youth Strategy (2022–2027)\tAims to keep children in school.(13)");

        var labels = SentenceSplitter.Split(document).Select(s => s.Label).Distinct().ToList();
        labels.ShouldContain("National Child Labour Strategy (2021–2026)");
        labels.ShouldContain("Rural Youth Strategy (2022–2027)");
    }

    [Fact]
    public void A_regional_initiative_of_several_states_is_no_plan()
    {
        var document = PolicyTablePage(
            "Northern Lands Child Initiative\tAims to protect children in the region by seeking coordination among member states on child trafficking.(17)",
            "National Education Plan (2020–2030)\tAims to expand access to education.(16)");

        PlansOf(document).Select(p => p.Field(StatementFields.Name)).ShouldBe(["National Education Plan"]);
    }

    [Fact]
    public void A_state_programme_named_in_another_plans_row_is_not_a_plan_of_its_own()
    {
        var document = PolicyTablePage(
            "Decent Jobs National Plan\tAims to enrol 80 percent of working children aged 10 to 13 in the National Programme to Eradicate Child Labour (NPECL) by 2026.(18)");

        PlansOf(document).Select(p => p.Field(StatementFields.Name)).ShouldBe(["Decent Jobs National Plan"]);
    }

    [Fact]
    public void A_state_programme_the_policies_section_tells_in_prose_is_still_a_plan() =>
        PlansOf(PolicyTablePage(
            "† Policy was approved during the reporting period.",
            "In 2025, the government approved the National Programme on Child Protection for 2025–2030."))
        .ShouldContain(p => p.Field(StatementFields.Name)!.StartsWith("National Programme on Child Protection", StringComparison.Ordinal) && p.Action == StatementActions.Adopted);

    [Theory]
    [InlineData("The government has not integrated child labour prevention in the Strategy for the Development of Ruritania, the Schools Sector Plan, or the UNDAF, which concluded in 2025.")]
    [InlineData("Child labour has not been mainstreamed into the National Development Strategy, which expired in 2025.")]
    public void A_plan_named_only_as_missing_child_labour_is_no_statement_even_with_a_later_verb(string sentence) =>
        Plans(Classify(sentence)).ShouldBeEmpty();

    [Fact]
    public void A_plan_whose_own_verb_comes_first_is_still_read_beside_a_gap()
    {
        var plan = Single(Classify("In 2025, the government adopted the National Strategy against Child Labour, although it has not included domestic work."), StatementCategories.ActionPlan);
        plan.Action.ShouldBe(StatementActions.Adopted);
    }

    [Theory]
    [InlineData("In 2025, the government continued its training courses and the drafting of a new national framework on child labour.", "new national framework")]
    [InlineData("The committee met four times and agreed on a draft updated strategy, and its work went on into 2026.", "draft updated strategy")]
    [InlineData("Although the plan expired in 2024, the government went on implementing it in 2025 and worked on drafting the next edition.", "next edition")]
    public void A_successor_plan_being_made_without_a_title_is_drafted(string sentence, string name)
    {
        var plans = Plans(Classify(sentence));
        plans.ShouldContain(p => p.Action == StatementActions.Drafted && p.Field(StatementFields.Name) == name);
        plans.ShouldNotContain(p => p.Action == StatementActions.Active || p.Action == StatementActions.Adopted);
    }

    [Fact]
    public void The_drafting_of_a_successor_in_a_plan_row_does_not_make_the_row_plan_a_draft()
    {
        var document = PolicyTablePage(
            "National Framework against Child Labour\tSets out how inspectors refer children to social services.(20) In 2025, the government continued training and the drafting of a new national framework.(21)");

        var plans = PlansOf(document);
        plans.ShouldContain(p => p.Field(StatementFields.Name) == "National Framework against Child Labour" && p.Action == StatementActions.Active);
        plans.ShouldContain(p => p.Field(StatementFields.Name) == "new national framework" && p.Action == StatementActions.Drafted);
        plans.ShouldNotContain(p => p.Field(StatementFields.Name) == "National Framework against Child Labour" && p.Action == StatementActions.Drafted);
    }

    [Fact]
    public void A_plan_named_by_apposition_to_a_draft_is_drafted()
    {
        var plan = Plans(Classify("In 2025, two ministries met to review two draft documents—the Child Welfare Policy and the Referral Guide—which go to the cabinet next year."))
            .ShouldHaveSingleItem();
        plan.Action.ShouldBe(StatementActions.Drafted);
        plan.Field(StatementFields.Name)!.ShouldStartWith("Child Welfare Policy");
    }

    private static List<Statement> Laws(IReadOnlyList<Statement> statements) =>
        statements.Where(s => s.Category == StatementCategories.Law).ToList();

    [Fact]
    public void Drafting_and_passing_a_named_bill_enacts_it()
    {
        var law = Laws(Classify("After the floods closed the schools, the government responded by drafting and passing the School Entry Amendment Bill No. 3, which requires a health check before admission."))
            .ShouldHaveSingleItem();
        law.Action.ShouldBe(StatementActions.Enacted);
        law.Field(StatementFields.Name)!.ShouldStartWith("School Entry Amendment Bill");
    }

    [Fact]
    public void Drafting_alone_is_still_a_draft() =>
        Laws(Classify("In 2025, the ministry began drafting the School Entry Amendment Bill No. 3.")).ShouldAllBe(l => l.Action == StatementActions.Drafted);

    [Fact]
    public void Laws_cited_as_amended_in_an_earlier_year_for_what_they_provide_state_no_event() =>
        Laws(Classify("The Labour Code of Ruritania and the Law on the Rights of the Child, as amended in 2011, set the minimum age for work at 16.")).ShouldBeEmpty();

    [Fact]
    public void An_amendment_of_the_reporting_year_told_with_as_amended_is_still_read() =>
        Laws(Classify("The Labour Code of Ruritania, as amended in March 2025, now sets the minimum age for work at 16."))
            .ShouldContain(l => l.Action == StatementActions.Amended);

    [Theory]
    [InlineData("In 2025, the Schools Act was drafted and endorsed by the cabinet. After it is adopted by Parliament, this law will make schooling compulsory to age 15.")]
    [InlineData("Once the bill is passed by the Senate, it will ban night work for children.")]
    public void A_step_put_in_the_future_is_no_enactment(string text) =>
        Laws(RulesStatementClassifier.Classify(TextDocument.FromPlainLines(InputFormat.Text, [text]), Ruritania)).ShouldNotContain(l => l.Action == StatementActions.Enacted);

    [Theory]
    [InlineData("In October 2025, the government passed a new anti-trafficking in persons law which raises the minimum sentences.")]
    [InlineData("The government also passed an inter-ministerial ordinance which updates the criteria of the register of employers.")]
    public void A_law_after_a_hyphenated_modifier_is_the_verbs_object(string sentence) =>
        Laws(Classify(sentence)).ShouldContain(l => l.Action == StatementActions.Enacted);

    [Fact]
    public void Inspectors_not_permitted_to_enter_homes_or_farms_is_a_restriction()
    {
        var restriction = Single(Classify("However, inspectors are not permitted to enter private homes and family farms where child labour may be found."), StatementCategories.InspectionRestriction);
        restriction.Action.ShouldBe(StatementActions.Imposed);
    }

    [Theory]
    [InlineData("Inspectors are not permitted to impose fines above 500 dollars.")]
    [InlineData("Children are not permitted to enter mines, and inspectors check mine registers twice a year.")]
    public void Other_things_not_permitted_are_no_restriction(string sentence) =>
        Classify(sentence).ShouldNotContain(s => s.Category == StatementCategories.InspectionRestriction);

    [Fact]
    public void A_row_whose_title_period_and_description_were_run_into_one_line_is_its_plan()
    {
        var document = PolicyTablePage(
            "Decent Jobs National Plan\tOutlines policies for decent work for young people.(19)",
            "National Schools Plan (2020–2030) Aims to expand access to schools and improve teaching.(16)",
            "Has 12 goals, including free lower secondary schooling.(17)");

        var plan = PlansOf(document).Where(p => p.Field(StatementFields.Name) == "National Schools Plan").ShouldHaveSingleItem();
        plan.Action.ShouldBe(StatementActions.Active);
        plan.Field(StatementFields.Period).ShouldBe("2020-2030");
    }

    [Fact]
    public void Efforts_to_inside_a_bodys_name_do_not_make_its_verb_an_attempt()
    {
        var plan = Single(Classify("During the reporting period, the Ruritanian Commission to Coordinate Efforts to Combat Child Trafficking drafted a new National Action Plan against Child Trafficking (2026–2030), which is expected to be adopted in 2026."), StatementCategories.ActionPlan);
        plan.Action.ShouldBe(StatementActions.Drafted);
        plan.Field(StatementFields.Period).ShouldBe("2026-2030");
    }

    [Theory]
    [InlineData("In 2025, the government made efforts to adopt the National Action Plan against Child Trafficking.")]
    [InlineData("Efforts to adopt the National Action Plan against Child Trafficking continued in 2025.")]
    public void Efforts_to_adopt_are_still_no_adoption(string sentence) =>
        Plans(Classify(sentence)).ShouldNotContain(p => p.Action == StatementActions.Adopted);

    [Theory]
    [InlineData("Later that month, the ministry said the parents had been charged with trafficking under the newly amended anti-trafficking law.")]
    [InlineData("In 2025, the framework was amended to reflect the ministry's duty to protect working children as specified in Juvenile Law No. 12 of 2014.")]
    [InlineData("In 2025, the national strategy was revised to cover the duties set by the Child Rights Act.")]
    public void A_law_cited_or_a_plan_amended_is_no_law_amended(string sentence) =>
        Laws(Classify(sentence)).ShouldBeEmpty();

    [Fact]
    public void A_law_amended_in_the_year_is_still_read() =>
        Laws(Classify("In 2025, the Juvenile Law No. 12 was amended to protect children who beg in the street."))
            .ShouldContain(l => l.Action == StatementActions.Amended);

    [Fact]
    public void A_plan_a_body_is_expected_to_continue_developing_is_drafted()
    {
        var plan = Single(Classify("In addition, the government formed the Steering Committee against Child Labour, which is expected to continue developing the National Action Plan against Child Labour."), StatementCategories.ActionPlan);
        plan.Action.ShouldBe(StatementActions.Drafted);
    }

    [Fact]
    public void A_plan_expected_to_be_adopted_later_is_no_adoption() =>
        Plans(Classify("The National Action Plan against Child Labour is expected to be adopted in 2026.")).ShouldNotContain(p => p.Action == StatementActions.Adopted);
}
