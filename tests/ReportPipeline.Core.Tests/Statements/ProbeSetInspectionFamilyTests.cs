using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, stops and limits on inspections from the families the probe set missed (eval/statement-probes, invented
/// chapters labelled blind; first score 0.876/0.713, moratorium recall 0.18, restriction 0.25): a suspension revoked and
/// inspections allowed again, a stop on a class of inspections with no "all", inspections frozen, nobody allowed to
/// inspect between two dates, an outside authority's consent before inspecting, a dated decree that bars inspections,
/// complaint-only entry, notice in hours, no return visits, a court holding a notice rule unconstitutional, a lift
/// years ago. Each test uses wording of its own, not the probe chapters' sentences. Ruritania, reporting year 2025.
/// </summary>
public class ProbeSetInspectionFamilyTests
{
    private static IReadOnlyList<Statement> Enforcement(params string[] sentences) =>
        Classify(["Ruritania", "ENFORCEMENT OF LAWS ON CHILD LABOR", .. sentences]);

    private static List<Statement> Of(IReadOnlyList<Statement> statements, string category) =>
        statements.Where(s => s.Category == category).ToList();

    [Theory]
    [InlineData("The Council of Ministers withdrew the suspension in August 2025.")]
    [InlineData("Routine labor inspections were permitted again from August 2025.")]
    public void In_a_chapter_with_a_stop_a_suspension_revoked_or_inspections_allowed_again_lift_it(string sentence)
    {
        var statements = Enforcement("In March 2025, the Council of Ministers halted all in-person labor inspections.", sentence);

        var moratoria = Of(statements, StatementCategories.InspectionMoratorium);
        moratoria.ShouldContain(s => s.Action == StatementActions.Imposed);
        moratoria.ShouldContain(s => s.Action == StatementActions.Lifted);
        statements.ShouldNotContain(s => s.Category == StatementCategories.InspectionRestriction);
    }

    [Fact]
    public void Inspections_allowed_again_with_no_stop_in_the_chapter_lift_nothing()
    {
        Enforcement("Routine labor inspections were permitted again from August 2025.")
            .ShouldNotContain(s => s.Category == StatementCategories.InspectionMoratorium);
    }

    [Theory]
    [InlineData("In May 2025, a presidential order froze state inspections of private companies until the end of 2026.", "2026-12-31")]
    [InlineData("Under an order signed in May 2025, every planned and unplanned state inspection of a private company was suspended through December 31, 2026.", "2026-12-31")]
    [InlineData("In May 2025, Parliament adopted a law under which no state authority may inspect a small business from 1 June 2025 to 31 December 2026.", "2026-12-31")]
    public void A_stop_on_a_class_of_inspections_in_other_words_is_imposed_with_its_end(string sentence, string until)
    {
        var moratorium = Of(Enforcement(sentence), StatementCategories.InspectionMoratorium).ShouldHaveSingleItem();

        moratorium.Action.ShouldBe(StatementActions.Imposed);
        moratorium.Field(StatementFields.Until).ShouldBe(until);
    }

    [Fact]
    public void Inspections_frozen_since_an_earlier_year_and_the_freeze_prolonged_is_an_extension()
    {
        var moratorium = Of(Enforcement("Scheduled inspections of small firms have been frozen since 2023, and in October 2025 the Cabinet prolonged that freeze through June 30, 2026."), StatementCategories.InspectionMoratorium).ShouldHaveSingleItem();

        moratorium.Action.ShouldBe(StatementActions.Extended);
        moratorium.Field(StatementFields.Until).ShouldBe("2026-06-30");
    }

    [Fact]
    public void An_outside_authoritys_consent_for_a_class_of_firms_is_a_stop_imposed_from_its_start_date()
    {
        var moratorium = Of(Enforcement("From 1 March 2025, inspectors may visit a firm with an annual turnover below 1 million crowns only with the prior written consent of the Ministry of Economy."), StatementCategories.InspectionMoratorium).ShouldHaveSingleItem();

        moratorium.Action.ShouldBe(StatementActions.Imposed);
        moratorium.Field(StatementFields.Date).ShouldBe("2025-03-01");
    }

    [Fact]
    public void Needing_an_outside_authoritys_consent_before_inspecting_is_a_stop()
    {
        Of(Enforcement("Since then, inspectors have needed the approval of the Council of Ministers before inspecting any farm."), StatementCategories.InspectionMoratorium)
            .ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("The decree of April 2025 prohibits any unscheduled inspection of a company whose annual revenue is below 300 million crowns.")]
    [InlineData("A decree signed in April 2025 bars unscheduled inspections of companies with an annual revenue under 300 million crowns.")]
    public void A_decree_dated_in_the_reporting_year_that_bars_inspections_of_a_class_imposes_a_stop(string sentence)
    {
        var statements = Enforcement(sentence);

        Of(statements, StatementCategories.InspectionMoratorium).ShouldHaveSingleItem().Action.ShouldBe(StatementActions.Imposed);
        statements.ShouldNotContain(s => s.Category == StatementCategories.InspectionRestriction);
    }

    [Fact]
    public void A_law_barring_young_workers_under_an_age_is_no_stop_on_inspections()
    {
        Enforcement("Law No. 3, which the President signed in June 2025, prohibits employers from hiring workers under 18 for night shifts.")
            .ShouldNotContain(s => s.Category == StatementCategories.InspectionMoratorium);
    }

    [Theory]
    [InlineData("Inspectors in the capital may enter a factory only after an employee or a union has filed a complaint.")]
    [InlineData("Inspectors cannot start an inspection on their own initiative.")]
    [InlineData("In the free port, inspectors must give the port authority 72 hours' notice before boarding a vessel.")]
    [InlineData("After a visit, inspectors may not come back to the same enterprise within six months.")]
    [InlineData("Inspectors are obliged to notify an employer in writing at least five days before any visit.")]
    [InlineData("An unplanned inspection needs the consent of a prosecutor.")]
    [InlineData("Inspectors must inform the employer 48 hours before they arrive.")]
    public void Limits_told_in_other_words_are_restrictions(string sentence)
    {
        var statements = Enforcement(sentence);

        Of(statements, StatementCategories.InspectionRestriction).ShouldHaveSingleItem().Action.ShouldBe(StatementActions.Imposed);
        statements.ShouldNotContain(s => s.Category == StatementCategories.InspectionMoratorium);
    }

    [Theory]
    [InlineData("In May 2025, the Supreme Court struck down the rule that obliged inspectors to warn employers before a visit.")]
    [InlineData("In May 2025, the Constitutional Court ruled that the duty to give employers seven days' notice of an inspection breached the Constitution.")]
    [InlineData("In May 2025, the Constitutional Court declared the duty to give employers seven days' notice of an inspection unconstitutional.")]
    public void A_court_holding_a_notice_rule_void_eases_the_restriction(string sentence)
    {
        var restriction = Of(Enforcement(sentence), StatementCategories.InspectionRestriction).ShouldHaveSingleItem();

        restriction.Action.ShouldBe(StatementActions.Eased);
        restriction.Field(StatementFields.Date).ShouldBe("2025-05");
    }

    [Fact]
    public void A_stop_that_ended_years_before_the_reporting_year_is_history()
    {
        Enforcement("The moratorium on inspections of private firms that had been in place since 2015 ended in 2019.")
            .ShouldNotContain(s => s.Category == StatementCategories.InspectionMoratorium);
    }

    [Fact]
    public void A_stop_that_lapsed_as_the_year_before_closed_is_lifted_news_of_this_year()
    {
        Of(Enforcement("The moratorium on inspections of private firms expired on December 31, 2024, and was not renewed."), StatementCategories.InspectionMoratorium)
            .ShouldHaveSingleItem().Action.ShouldBe(StatementActions.Lifted);
    }

    // The second probe set's families (eval/statement-probes-2, first blind score 0.938/0.701, restriction recall 0.091).
    [Theory]
    [InlineData("Employers must be given written notice three days before any routine inspection.")]
    [InlineData("A small firm may not be inspected more than once every three years.")]
    [InlineData("Inspectors must obtain the permission of the Mining Authority before entering a mine.")]
    [InlineData("Inspectors are not free to enter the mines: the Mining Authority must first grant written permission for each visit.")]
    [InlineData("Inspectors must inform a mine's management at least 24 hours before they arrive.")]
    public void Limits_told_from_the_employers_side_or_by_an_outside_authority_are_restrictions(string sentence)
    {
        Of(Enforcement(sentence), StatementCategories.InspectionRestriction).ShouldHaveSingleItem().Action.ShouldBe(StatementActions.Imposed);
    }

    [Theory]
    [InlineData("In 2025, the amendments did away with the rule that inspectors warn employers before a visit.")]
    [InlineData("In 2025, the High Court quashed the circular that required inspectors to notify employers 48 hours before a visit.")]
    [InlineData("In 2025, the High Court set aside the circular that required inspectors to notify employers 48 hours before a visit.")]
    public void Doing_away_with_or_quashing_a_notice_rule_eases_it(string sentence)
    {
        Of(Enforcement(sentence), StatementCategories.InspectionRestriction).ShouldHaveSingleItem().Action.ShouldBe(StatementActions.Eased);
    }

    [Fact]
    public void No_inspection_allowed_at_a_class_of_firms_is_a_stop()
    {
        Of(Enforcement("Under the 2025 act, no labor inspection may be carried out at a firm in a free zone during its first three years."), StatementCategories.InspectionMoratorium)
            .ShouldHaveSingleItem();
    }

    [Fact]
    public void Firms_that_may_not_be_subject_to_inspections_until_the_close_of_a_year_are_stopped_until_its_last_day()
    {
        var moratorium = Of(Enforcement("A decree signed in June 2025 provides that a new firm may not be subject to any scheduled or unscheduled inspection until the close of 2026."), StatementCategories.InspectionMoratorium)
            .ShouldHaveSingleItem();

        moratorium.Action.ShouldBe(StatementActions.Imposed);
        moratorium.Field(StatementFields.Until).ShouldBe("2026-12-31");
    }

    [Fact]
    public void A_suspension_that_came_to_an_end_is_lifted()
    {
        Of(Enforcement("The new law took effect in March 2025, and with it the suspension of scheduled inspections that the Cabinet had renewed since 2016 came to an end."), StatementCategories.InspectionMoratorium)
            .ShouldHaveSingleItem().Action.ShouldBe(StatementActions.Lifted);
    }
}
