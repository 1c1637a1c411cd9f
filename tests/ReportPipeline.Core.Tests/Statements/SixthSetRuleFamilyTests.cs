using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using ReportPipeline.Core.Text;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, rule families from the sixth set's misses (eval/statement-labels-blind-6, no longer blind): policy-table titles
/// that begin with a number; a national decent-work agenda, which is a plan where the ILO's own agenda is not; a cited
/// sentence on a line of its own, which is no heading; "the Plan" meaning a plan named earlier without an event; a row
/// that calls for another plan's adoption.
/// Invented Ruritania rows, reporting year 2025.
/// </summary>
public class SixthSetRuleFamilyTests
{
    private static List<Statement> PlansOf(TextDocument document) =>
        RulesStatementClassifier.Classify(document, Ruritania).Where(s => s.Category == StatementCategories.ActionPlan).ToList();

    [Fact]
    public void A_title_that_begins_with_a_number_starts_a_row_of_its_own()
    {
        // The first row's description runs on over lines without cells and stops mid-sentence only at the line's end;
        // the digit that starts the next title is not the lower-case word of a continued cell.
        var document = PolicyTablePage(
            "National Plan against Child Begging†\tSets out how towns take begging children into school and support their",
            "families over three years. Approved in 2025.(11) Discussed in every province and included in the",
            "Rural Development Plan.(12)",
            "10-Year Plan for Ruritanian Children\tSets out the rights of children and how ministries work together.(13)",
            "Schools Plan (2020–2030)\tAims to build 300 schools.(14)",
            "5-year Turnip Sector Plan (2024–2028)\tAims to raise turnip farm incomes so that children stay in school.(15)");

        var labels = SentenceSplitter.Split(document).Select(s => s.Label).Distinct().ToList();
        labels.ShouldContain("National Plan against Child Begging†");
        labels.ShouldContain("10-Year Plan for Ruritanian Children");
        labels.ShouldContain("5-year Turnip Sector Plan (2024–2028)");

        var plans = PlansOf(document);
        plans.ShouldContain(p => p.Field(StatementFields.Name) == "10-Year Plan for Ruritanian Children" && p.Action == StatementActions.Active);
        plans.ShouldContain(p => p.Field(StatementFields.Name) == "5-year Turnip Sector Plan" && p.Field(StatementFields.Period) == "2024-2028");
        plans.ShouldContain(p => p.Field(StatementFields.Name) == "National Plan against Child Begging" && p.Action == StatementActions.Adopted);
    }

    [Fact]
    public void A_period_or_year_on_the_next_line_still_carries_the_row_on()
    {
        var document = PolicyTablePage(
            "National Strategy against Child Trafficking\tGuides the work of the police on child trafficking. Adopted in",
            "(2025–2029)\t2025.(16)");

        SentenceSplitter.Split(document).Select(s => s.Label).Distinct().ShouldContain("National Strategy against Child Trafficking (2025–2029)");
    }

    [Fact]
    public void A_national_decent_work_agenda_is_a_plan_and_a_row_naming_two_titles_is_two_plans()
    {
        var document = PolicyTablePage(
            "Decent Jobs National Plan and the Decent Work Agenda for\tBoth set out how young people find decent work and stay in training.(17)",
            "Young Farmers");

        PlansOf(document).Select(p => p.Field(StatementFields.Name))
            .ShouldBe(["Decent Jobs National Plan", "Decent Work Agenda for Young Farmers"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("In 2025, the Ministry of Labour trained inspectors in line with the ILO's Decent Work Agenda.")]
    [InlineData("The government promotes the Decent Work Agenda in its talks with employers.")]
    public void The_ilos_own_decent_work_agenda_is_no_plan(string sentence) =>
        Classify(sentence).ShouldNotContain(s => s.Category == StatementCategories.ActionPlan);

    [Fact]
    public void A_short_cited_sentence_before_a_heading_is_a_sentence_and_its_plan_is_the_one_named_before()
    {
        // The naming sentence tells only history (drafted years ago), yet "the Plan" two sentences on is that plan.
        string[] lines =
        [
            "Ruritania",
            "V. GOVERNMENT POLICIES ON CHILD LABOR",
            "The National Action Plan against Child Begging drafted in 2019 aims to end child begging by 2030.(21)",
            "It also covers street vending and domestic work in towns.(22)",
            "However, the Plan has yet to be adopted.(21, 22)",
            "VI. SOCIAL PROGRAMS TO ADDRESS CHILD LABOR",
            "In 2025, the government ran school meal programmes.",
        ];
        var document = new TextDocument(InputFormat.Pdf, lines, [.. lines.Select(_ => (int?)6)], 6, []);

        SentenceSplitter.Split(document).ShouldContain(s => s.Text.StartsWith("However, the Plan", StringComparison.Ordinal) && s.Kind == SentenceKind.Prose);
        PlansOf(document).ShouldContain(p => p.Field(StatementFields.Name) == "National Action Plan against Child Begging" && p.Action == StatementActions.Drafted);
    }

    [Fact]
    public void A_row_that_calls_for_another_plans_adoption_is_its_own_plan_and_tells_nothing_of_the_other()
    {
        var document = PolicyTablePage(
            "Rural Growth and Jobs Plan (2023–2027)\tSets out the country's growth agenda, aims to end child labour in farming, and calls for the adoption of the National Action Plan against Child Labour.(23)");

        var plans = PlansOf(document);
        plans.ShouldContain(p => p.Field(StatementFields.Name) == "Rural Growth and Jobs Plan" && p.Action == StatementActions.Active && p.Field(StatementFields.Period) == "2023-2027");
        plans.ShouldNotContain(p => p.Field(StatementFields.Name)!.StartsWith("National Action Plan", StringComparison.Ordinal) && p.Action != StatementActions.Drafted);
    }

    [Fact]
    public void A_title_cut_mid_phrase_on_its_first_line_goes_on_under_a_finished_description()
    {
        var document = PolicyTablePage(
            "National Policy for\tAims to protect children who sell goods on the street.",
            "Children of Ruritania (2021–2026)\tGives school places to children who work on farms.(24)",
            "Rural Schools Plan (2022–2027)\tAims to build 300 schools.(25)");

        var labels = SentenceSplitter.Split(document).Select(s => s.Label).Distinct().ToList();
        labels.ShouldContain("National Policy for Children of Ruritania (2021–2026)");
        labels.ShouldContain("Rural Schools Plan (2022–2027)");
        PlansOf(document).ShouldContain(p => p.Field(StatementFields.Name) == "National Policy for Children of Ruritania" && p.Field(StatementFields.Period) == "2021-2026");
    }

    [Fact]
    public void A_title_left_open_further_down_a_row_does_not_swallow_the_next_row()
    {
        // The layout ran the title's last words into a line without cells; the next titled line is a row of its own.
        var document = PolicyTablePage(
            "Action Plan against Child Begging in\tSets out how towns support begging children and their families and",
            "Towns (2024–2026)† how police refer them to social workers.(26) Approved in 2025.(27)",
            "Rural Schools Plan (2022–2027)\tAims to build 300 schools.(28)");

        SentenceSplitter.Split(document).Select(s => s.Label).Distinct().ShouldContain("Rural Schools Plan (2022–2027)");
    }

    [Fact]
    public void A_plan_described_in_force_and_then_said_to_be_unadopted_is_only_drafted()
    {
        var plans = Classify(
            "The National Action Plan against Child Labour in Turnip Farming (2024-2028) aims to end child labor on turnip farms by 2028. " +
            "It also covers sawmills. However, the Plan has yet to be adopted.",
            "The Rural Schools Strategy (2023-2027) aims to build 300 schools.")
            .Where(s => s.Category == StatementCategories.ActionPlan).ToList();

        plans.Where(p => p.Field(StatementFields.Name) == "National Action Plan against Child Labour in Turnip Farming")
            .Select(p => p.Action).ShouldBe([StatementActions.Drafted]);
        plans.ShouldContain(p => p.Field(StatementFields.Name) == "Rural Schools Strategy" && p.Action == StatementActions.Active);
    }

    [Fact]
    public void A_marked_title_beside_a_fresh_description_is_a_new_row_even_after_a_line_without_its_full_stop()
    {
        var document = PolicyTablePage(
            "Provincial Plan of Action against Bonded Labour\tSets out how provinces train inspectors. Research could not find what was done to",
            "carry out this plan",
            "Eastland Labour Policy†\tSeeks to protect workers, including children.(30)");

        SentenceSplitter.Split(document).Select(s => s.Label).Distinct().ShouldContain("Eastland Labour Policy†");
        PlansOf(document).ShouldContain(p => p.Field(StatementFields.Name) == "Eastland Labour Policy" && p.Action == StatementActions.Adopted);
    }

    [Fact]
    public void A_marked_title_after_a_word_cut_at_its_hyphen_still_carries_the_row_on()
    {
        var document = PolicyTablePage(
            "Northern Lands Initiative against Child Labour\tAims to raise cooperation among the signatories through South-",
            "Free of Child Labour (2024–2030)†\tSouth exchanges and shared data.(31)");

        SentenceSplitter.Split(document).Select(s => s.Label).Distinct()
            .ShouldContain("Northern Lands Initiative against Child Labour Free of Child Labour (2024–2030)†");
    }

    [Fact]
    public void A_short_column_line_with_a_finite_verb_starts_a_sentence_not_a_heading()
    {
        string[] lines =
        [
            "In 2025, Ruritania made a moderate advancement in",
            "efforts to eliminate the worst forms of child labor.",
            "The President signed legislation establishing Child",
            "Protection Boards in each district to teach the",
            "public about child labour.",
            "Labour Law Enforcement",
            "In 2025, inspectors visited 300 farms.",
        ];
        var document = new TextDocument(InputFormat.Pdf, lines, [.. lines.Select(_ => (int?)1)], 1, []);

        var sentences = SentenceSplitter.Split(document);
        sentences.ShouldContain(s => s.Text.StartsWith("The President signed legislation establishing Child Protection Boards", StringComparison.Ordinal) && s.Kind == SentenceKind.Prose);
        sentences.ShouldContain(s => s.Text == "Labour Law Enforcement" && s.Kind == SentenceKind.Heading);
        RulesStatementClassifier.Classify(document, Ruritania)
            .ShouldContain(s => s.Category == StatementCategories.Law && s.Action == StatementActions.Signed);
    }
}
