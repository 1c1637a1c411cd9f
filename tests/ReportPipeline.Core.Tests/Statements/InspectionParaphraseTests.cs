using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, stops and limits on inspections told in words no labelled chapter uses: a probe of paraphrases written
/// for this test before the rules were run on them (a decree "suspending" inspections, a "ban on inspections of"
/// a class, inspections that "remained suspended", a rule's "may be conducted only with", notice owed to employers,
/// caps on how long or how often, a court striking a notice rule down). Invented Ruritania sentences in the
/// enforcement section, reporting year 2025.
/// </summary>
public class InspectionParaphraseTests
{
    private static IReadOnlyList<Statement> Enforcement(string sentence) =>
        Classify("Ruritania", "ENFORCEMENT OF LAWS ON CHILD LABOR", sentence);

    private static Statement Moratorium(string sentence) => Single(Enforcement(sentence), StatementCategories.InspectionMoratorium);

    private static Statement Restriction(string sentence) => Single(Enforcement(sentence), StatementCategories.InspectionRestriction);

    [Fact]
    public void A_decree_suspending_inspections_imposes_a_moratorium_with_its_end_and_scope()
    {
        var moratorium = Moratorium("In April 2025, the President signed a decree suspending state inspections of small and medium-sized businesses until December 31, 2026.");

        moratorium.Action.ShouldBe(StatementActions.Imposed);
        moratorium.Field(StatementFields.Until).ShouldBe("2026-12-31");
        moratorium.Field(StatementFields.Scope).ShouldBe("small enterprises");
        moratorium.Field(StatementFields.Date).ShouldBe("2025-04");
    }

    [Fact]
    public void A_ban_on_inspections_of_a_class_of_business_is_a_moratorium_and_prolonging_it_extends_it()
    {
        var moratorium = Moratorium("The Cabinet of Ministers prolonged the ban on inspections of entrepreneurs for two more years, until January 1, 2027.");

        moratorium.Action.ShouldBe(StatementActions.Extended);
        moratorium.Field(StatementFields.Until).ShouldBe("2027-01-01");
    }

    [Fact]
    public void A_ban_on_unannounced_inspections_stays_a_restriction()
    {
        var statements = Enforcement("The 2025 decree introduced a ban on unannounced inspections of private companies.");

        statements.ShouldNotContain(s => s.Category == StatementCategories.InspectionMoratorium);
        Single(statements, StatementCategories.InspectionRestriction).Field(StatementFields.Scope).ShouldBe("unannounced inspections");
    }

    [Fact]
    public void Inspections_that_remained_suspended_continue_a_moratorium_rather_than_impose_one()
    {
        Moratorium("Labor inspections remained suspended during the reporting period.").Action.ShouldBe(StatementActions.Continued);
    }

    [Fact]
    public void A_denial_before_since_does_not_reach_the_verb_of_the_since_clause()
    {
        var moratorium = Moratorium("The State Labor Inspectorate has not carried out any inspections since the moratorium was put in place in 2019.");

        moratorium.Action.ShouldBe(StatementActions.Continued);
    }

    [Fact]
    public void Exempting_small_employers_from_scheduled_inspections_is_a_moratorium_even_with_a_long_subject()
    {
        var statements = Enforcement("A new law that took effect in January 2025 exempts enterprises with fewer than 50 employees from scheduled labor inspections.");

        Single(statements, StatementCategories.InspectionMoratorium).Action.ShouldBe(StatementActions.Imposed);
    }

    [Fact]
    public void A_year_in_a_participle_set_off_before_the_verb_is_not_the_extensions_date_and_the_end_of_a_year_is_its_last_day()
    {
        var moratorium = Moratorium("The moratorium on inspections, first introduced in 2019, was extended through the end of 2026.");

        moratorium.Action.ShouldBe(StatementActions.Extended);
        moratorium.Field(StatementFields.Until).ShouldBe("2026-12-31");
        moratorium.Field(StatementFields.Date).ShouldBeNull();
    }

    [Fact]
    public void Inspections_carried_out_only_with_a_regulators_permission_are_stopped()
    {
        var statements = Enforcement("Labor inspections of any business may be carried out only with the permission of the State Regulatory Service.");

        statements.ShouldContain(s => s.Category == StatementCategories.InspectionMoratorium);
        statements.ShouldNotContain(s => s.Category == StatementCategories.InspectionRestriction);
    }

    [Fact]
    public void A_rules_may_is_permission_so_a_prosecutors_approval_for_unannounced_visits_is_a_restriction()
    {
        var restriction = Restriction("Unscheduled inspections may be conducted only with the approval of the Prosecutor's Office.");

        restriction.Action.ShouldBe(StatementActions.Imposed);
        restriction.Field(StatementFields.Scope).ShouldBe("unannounced inspections");
        restriction.Field(StatementFields.Condition).ShouldBe("only with the approval of the Prosecutor's Office");
    }

    [Theory]
    [InlineData("Labor inspectors may inspect a workplace only upon receipt of a written complaint.")]
    [InlineData("Inspectors must notify employers at least 10 working days before an inspection.")]
    [InlineData("Inspections of a business may last no longer than 10 days.")]
    [InlineData("Employers may be inspected no more than once a year.")]
    public void Complaint_only_visits_notice_owed_to_employers_and_caps_on_length_or_frequency_are_restrictions(string sentence)
    {
        Restriction(sentence).Action.ShouldBe(StatementActions.Imposed);
    }

    [Theory]
    [InlineData("Proposed amendments would require inspectors to give employers advance notice of each inspection.")]
    [InlineData("The ministry may consider whether inspections should last no longer than 10 days.")]
    public void A_limit_only_proposed_or_considered_is_no_restriction(string sentence)
    {
        Enforcement(sentence).ShouldNotContain(s => s.Category == StatementCategories.InspectionRestriction);
    }

    [Fact]
    public void A_court_striking_down_the_notice_owed_by_inspectors_eases_the_restriction_with_its_date()
    {
        var restriction = Restriction("In June 2025, the Constitutional Court struck down the provision that required inspectors to give employers advance notice.");

        restriction.Action.ShouldBe(StatementActions.Eased);
        restriction.Field(StatementFields.Date).ShouldBe("2025-06");
    }

    [Fact]
    public void Amendments_that_allow_inspectors_unannounced_visits_ease_the_restriction()
    {
        var restriction = Restriction("In 2025, amendments to the Labor Code allowed labor inspectors to conduct unannounced inspections without the approval of the Ministry.");

        restriction.Action.ShouldBe(StatementActions.Eased);
        restriction.Field(StatementFields.Scope).ShouldBe("unannounced inspections");
    }

    [Fact]
    public void Inspectors_being_allowed_to_make_unannounced_visits_is_a_power_not_an_easing()
    {
        Enforcement("Labor inspectors are allowed to conduct unannounced inspections at any time of day.")
            .ShouldNotContain(s => s.Category == StatementCategories.InspectionRestriction && s.Action == StatementActions.Eased);
    }

    [Fact]
    public void Abolishing_the_notice_requirement_eases_the_restriction()
    {
        Restriction("The government abolished the requirement that inspectors notify employers before an inspection.").Action.ShouldBe(StatementActions.Eased);
    }

    [Fact]
    public void A_rule_barring_inspectors_from_inspecting_private_employers_is_a_moratorium()
    {
        var statements = Enforcement("The 2025 amendments to the Labor Code prohibit labor inspectors from conducting inspections of private employers.");

        statements.ShouldContain(s => s.Category == StatementCategories.InspectionMoratorium);
        statements.ShouldNotContain(s => s.Category == StatementCategories.InspectionRestriction);
    }
}
