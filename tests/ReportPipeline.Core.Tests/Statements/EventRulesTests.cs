using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using ReportPipeline.Core.Text;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, "events, not keywords": the action comes from the governing verb, each statement
/// carries its event's date, history is background, table rows and agency cells state no events.
/// Invented Ruritania sentences; the test kit's reporting year is 2025.
/// </summary>
public class EventRulesTests
{
    private static Statement Moratorium(params string[] lines) => Single(Classify(lines), StatementCategories.InspectionMoratorium);

    [Theory]
    [InlineData("A moratorium on all labor inspections went into effect in Ruritania on 1 March 2025.", "2025-03-01")]
    [InlineData("In April 2025, the cabinet placed a moratorium on inspections of private businesses.", "2025-04")]
    [InlineData("In February 2025, the Ministry of Labour suspended all routine and unannounced inspections.", "2025-02")]
    [InlineData("In June 2025 the government halted all worksite inspections pending a review of the inspectorate.", "2025-06")]
    public void Verbs_that_put_a_stop_in_force_impose_a_moratorium_dated_by_the_event(string sentence, string date)
    {
        var moratorium = Moratorium(sentence);
        moratorium.Action.ShouldBe(StatementActions.Imposed);
        moratorium.Field(StatementFields.Date).ShouldBe(date);
    }

    [Theory]
    [InlineData("In September 2025, the cabinet removed the moratorium on labor inspections.")]
    [InlineData("The Supreme Court overturned the moratorium on labor inspections in October 2025.")]
    [InlineData("The decree that had suspended inspections was rescinded in May 2025, and the moratorium ended.")]
    [InlineData("The moratorium on inspections of small enterprises expired in January 2025 and was not renewed.")]
    public void Verbs_that_end_a_stop_lift_the_moratorium(string sentence) =>
        Moratorium(sentence).Action.ShouldBe(StatementActions.Lifted);

    [Fact]
    public void An_extension_carries_the_new_end_and_the_date_it_was_decided_not_a_year_naming_the_moratorium()
    {
        var moratorium = Moratorium("In November 2025, the cabinet extended a 2023 moratorium on labor inspections until January 1, 2028.");
        moratorium.Action.ShouldBe(StatementActions.Extended);
        moratorium.Field(StatementFields.Until).ShouldBe("2028-01-01");
        moratorium.Field(StatementFields.Date).ShouldBe("2025-11");
    }

    [Fact]
    public void The_main_clause_governs_a_concessive_one()
    {
        var moratorium = Moratorium("Although the moratorium on labor inspections expires on January 1, 2026, it remained in effect throughout 2025.");
        moratorium.Action.ShouldBe(StatementActions.Continued);
        moratorium.Field(StatementFields.Until).ShouldBe("2026-01-01");
    }

    [Fact]
    public void A_lift_announced_for_after_the_reporting_year_is_the_end_date_of_a_moratorium_in_force()
    {
        var moratorium = Moratorium("The moratorium on labor inspections was lifted on 1 February 2026.");
        moratorium.Action.ShouldBe(StatementActions.Continued);
        moratorium.Field(StatementFields.Until).ShouldBe("2026-02-01");
    }

    [Theory]
    [InlineData("In 2019, the cabinet placed a moratorium on all worksite labor inspections, which remains in force.", "2019")]
    [InlineData("The government suspended all routine labor inspections in 2018 to revamp the inspectorate.", "2018")]
    [InlineData("In 2023, the cabinet extended the moratorium on labor inspections until 2027.", "2023")]
    public void A_moratorium_event_of_an_earlier_year_is_background_it_holds_in_the_reporting_year(string sentence, string date)
    {
        var moratorium = Moratorium(sentence);
        moratorium.Action.ShouldBe(StatementActions.Continued);
        moratorium.Field(StatementFields.Date).ShouldBe(date);
    }

    [Fact]
    public void A_moratorium_that_ended_before_the_reporting_year_states_nothing_that_holds() =>
        Classify("In 2019, the cabinet imposed a moratorium on labor inspections until 2021.")
            .ShouldNotContain(s => s.Category == StatementCategories.InspectionMoratorium);

    [Theory]
    [InlineData("The government did not extend the moratorium on labor inspections.")]
    [InlineData("Lift the moratorium on labor inspections of small businesses.")]
    [InlineData("The cabinet could suspend all labor inspections if the budget is cut.")]
    public void Denied_suggested_or_modal_stops_are_not_events(string sentence) =>
        Classify(sentence).ShouldNotContain(s => s.Category == StatementCategories.InspectionMoratorium && s.Action != StatementActions.Continued);

    [Theory]
    [InlineData("Labor inspections of private businesses require the approval of the Cabinet of Ministers.")]
    [InlineData("Since 2025 there are no labor inspections of businesses with an annual income below 50,000 crowns.")]
    [InlineData("Small and medium enterprises were exempted from scheduled inspections in 2025.")]
    [InlineData("In 2025 the labor inspectorate stopped all planned inspections of businesses.")]
    public void Paraphrases_of_a_stop_on_inspections_are_moratoria(string sentence)
    {
        var statements = Classify(sentence);
        Single(statements, StatementCategories.InspectionMoratorium);
        statements.ShouldNotContain(s => s.Category == StatementCategories.InspectionRestriction);
    }

    [Theory]
    [InlineData("Labor inspectors must give employers five days' notice before an inspection.")]
    [InlineData("Unannounced inspections require the approval of a prosecutor.")]
    [InlineData("Inspectors may visit a business at most once every three years, which limits inspections.")]
    public void Limits_on_how_inspections_happen_are_restrictions_not_moratoria(string sentence)
    {
        var statements = Classify(sentence);
        statements.ShouldNotContain(s => s.Category == StatementCategories.InspectionMoratorium);
        Single(statements, StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Imposed);
    }

    [Fact]
    public void A_restriction_imposed_carries_the_date_it_takes_effect()
    {
        var restriction = Single(Classify("A decree prohibiting unannounced inspections without a court order came into force on 1 July 2025."), StatementCategories.InspectionRestriction);
        restriction.Action.ShouldBe(StatementActions.Imposed);
        restriction.Field(StatementFields.Date).ShouldBe("2025-07-01");
    }

    [Theory]
    [InlineData("In March 2025, the Constitutional Court overturned the decree restricting unannounced inspections.", "2025-03")]
    [InlineData("The rule that limited unannounced inspections was rescinded on 4 August 2025.", "2025-08-04")]
    public void A_court_or_government_undoing_a_restriction_eases_it_with_its_date(string sentence, string date)
    {
        var restriction = Single(Classify(sentence), StatementCategories.InspectionRestriction);
        restriction.Action.ShouldBe(StatementActions.Eased);
        restriction.Field(StatementFields.Date).ShouldBe(date);
    }

    [Fact]
    public void Table_rows_yield_no_law_plan_moratorium_or_ratification()
    {
        var statements = RulesStatementClassifier.Classify(TextDocument.FromPlainLines(InputFormat.Text, [
            "Table 3. Laws and Regulations Related to Child Labor",
            "Minimum Age for Work\tYes\t15\tArticle 12 of the Labour Code, adopted in 2025",
            "Prohibition of Forced Labor\tYes\t\tLaw No. 4 on Trafficking, amended in 2025",
            "ILO C. 138, Minimum Age\t✓\tratified in 2025",
            "Moratorium on Inspections\tYes\tDecree 9 of 2025 imposed a moratorium on labor inspections",
        ]), Ruritania);
        statements.ShouldNotContain(s => s.Category == StatementCategories.Law || s.Category == StatementCategories.ActionPlan
            || s.Category == StatementCategories.InspectionMoratorium || s.Category == StatementCategories.Ratification);
    }

    [Fact]
    public void An_agency_role_cell_states_no_event_but_the_same_words_in_prose_do()
    {
        var statements = RulesStatementClassifier.Classify(TextDocument.FromPlainLines(InputFormat.Text, [
            "Table 5. Agencies Responsible for Child Labor Law Enforcement",
            "Ministry of Labour\tEnforces labor laws and drafts legislation. Due to the moratorium on labor inspections imposed in 2025, it only reviews complaints.",
        ]), Ruritania);
        statements.ShouldNotContain(s => s.Category == StatementCategories.Law || s.Category == StatementCategories.InspectionMoratorium);
        Moratorium("Due to the moratorium on labor inspections imposed in 2025, the Ministry of Labour only reviews complaints.").Action.ShouldBe(StatementActions.Imposed);
    }
}
