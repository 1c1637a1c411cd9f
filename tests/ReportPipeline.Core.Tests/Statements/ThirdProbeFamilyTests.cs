using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, the families behind the third probe set's first-score misses, in sentences of our own (reporting year 2025):
/// limits told as what inspectors "must still have" or owe a boat's owner, a cap written as "inspect an enterprise only
/// once", a code that "no longer requires" an authorisation; a stop told as inspections barred for a class or in a zone, or
/// as "no labor inspection may take place", and one that "ran out"; a numbered decree opening the sentence that dates it;
/// a code "under discussion" or an implementing decree being prepared; "The Code will take effect"; follow-up and
/// successor plans drafted; and the guards: limits the chapter only judges, an article cited from a code.
/// </summary>
public class ThirdProbeFamilyTests
{
    [Theory]
    [InlineData("Labor inspectors must still have written authorization from the Ministry of Mines to enter mining sites, as the Mining Code has required since 2012.")]
    [InlineData("Under a 2019 order, they must also notify a boat's owner 24 hours before inspecting a vessel in port.")]
    [InlineData("Inspectors who board fishing vessels in port still have to give the owner 48 hours' notice, a rule that dates from 2019.")]
    public void Limits_told_as_what_inspectors_still_must_do_are_restrictions(string sentence)
    {
        Single(Enforcement(sentence), StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Imposed);
    }

    [Fact]
    public void A_code_that_no_longer_requires_an_authorisation_eases_the_restriction()
    {
        var restriction = Single(Enforcement("By contrast, the Mining Code promulgated on 12 June 2025 no longer requires labor inspectors to seek the Ministry of Mines' authorization before entering a mining site."), StatementCategories.InspectionRestriction);

        restriction.Action.ShouldBe(StatementActions.Eased);
        restriction.Field(StatementFields.Date).ShouldBe("2025-06-12");
    }

    [Fact]
    public void A_cap_written_as_to_be_inspected_no_more_than_once_is_a_restriction_dated_from_its_rule()
    {
        var restriction = Single(Enforcement("A rule in force since 2012 also allows each enterprise to be inspected no more than once every 3 years."), StatementCategories.InspectionRestriction);

        restriction.Action.ShouldBe(StatementActions.Imposed);
        restriction.Field(StatementFields.Date).ShouldBe("2012");
    }

    [Fact]
    public void A_notice_rule_and_a_cap_written_as_inspect_an_enterprise_only_once_are_two_restrictions()
    {
        var restrictions = Of(Enforcement("In addition, inspectors must still notify employers in writing 10 days in advance, as required since February 2021, and may inspect an enterprise only once in any 3-year period."), StatementCategories.InspectionRestriction);

        restrictions.Count.ShouldBe(2);
        restrictions.ShouldAllBe(r => r.Action == StatementActions.Imposed);
    }

    [Fact]
    public void A_numbered_decree_opening_the_sentence_that_bars_all_inspection_in_a_zone_is_a_moratorium_and_a_decree()
    {
        var statements = Enforcement("Decree No. 2025-44 of 28 February 2025, which created the Port Zone, provides that no labor inspection may take place in the zone's enterprises for 5 years, until 28 February 2030.");

        var moratorium = Single(statements, StatementCategories.InspectionMoratorium);
        moratorium.Action.ShouldBe(StatementActions.Imposed);
        moratorium.Field(StatementFields.Until).ShouldBe("2030-02-28");
        var law = Single(statements, StatementCategories.Law);
        law.Action.ShouldBe(StatementActions.Enacted);
        law.Field(StatementFields.Name).ShouldBe("Decree No. 2025-44");
        law.Field(StatementFields.Date).ShouldBe("2025-02-28");
    }

    [Fact]
    public void A_numbered_resolution_in_force_since_a_date_in_the_year_is_enacted()
    {
        var law = Single(Enforcement("Since 15 May 2025, Cabinet of Ministers Resolution No. 305 has required inspectors to obtain the approval of the Ministry of Economy before any unscheduled inspection."), StatementCategories.Law);

        law.Action.ShouldBe(StatementActions.Enacted);
        law.Field(StatementFields.Date).ShouldBe("2025-05-15");
    }

    [Fact]
    public void An_undated_decree_the_chapter_already_named_is_no_new_law()
    {
        Of(Enforcement("The decree of February 2025 prohibits any unscheduled inspection of a business whose annual revenue is below 50,000 dollars."), StatementCategories.Law).ShouldBeEmpty();
    }

    [Fact]
    public void A_stop_that_ran_out_is_lifted()
    {
        Single(Enforcement("The moratorium on inspections of small businesses ran out on 30 June 2025."), StatementCategories.InspectionMoratorium)
            .Action.ShouldBe(StatementActions.Lifted);
    }

    [Fact]
    public void Inspections_barred_for_a_class_of_business_are_a_moratorium_not_a_restriction()
    {
        var statements = Enforcement("In March 2025, a presidential decree barred inspections of small and medium businesses for 18 months.");

        Single(statements, StatementCategories.InspectionMoratorium).Action.ShouldBe(StatementActions.Imposed);
        Of(statements, StatementCategories.InspectionRestriction).ShouldBeEmpty();
    }

    [Fact]
    public void Inspections_that_remained_barred_in_a_zone_are_a_moratorium_in_force()
    {
        var statements = Enforcement("Labor inspections remained barred in the Port Zone throughout the year.");

        Single(statements, StatementCategories.InspectionMoratorium).Action.ShouldBe(StatementActions.Continued);
        Of(statements, StatementCategories.InspectionRestriction).ShouldBeEmpty();
    }

    [Fact]
    public void Limits_the_chapter_only_judges_are_no_restriction()
    {
        Of(Enforcement("The authorities acted against child labor in 2025, but limits on inspectors' access to workplaces weakened the inspectorate's work."), StatementCategories.InspectionRestriction).ShouldBeEmpty();
    }

    [Fact]
    public void An_article_cited_from_a_code_in_force_for_years_is_no_law_event()
    {
        Of(Enforcement("Under Article 301 of the Labor Code, in force since 1 January 2019, an inspector may make an unscheduled visit only with a prosecutor's approval."), StatementCategories.Law).ShouldBeEmpty();
    }

    [Fact]
    public void A_revised_code_under_discussion_is_drafted()
    {
        Single(Legal("A revised Children's Code, which would regulate Koranic schools and set minimum standards for their pupils' care, was under discussion in an interministerial committee at the end of 2025."), StatementCategories.Law)
            .Action.ShouldBe(StatementActions.Drafted);
    }

    [Fact]
    public void An_implementing_decree_being_prepared_is_drafted()
    {
        Single(Legal("The Ministry of Family is preparing an implementing decree on the registration of Koranic schools."), StatementCategories.Law)
            .Action.ShouldBe(StatementActions.Drafted);
    }

    [Fact]
    public void The_code_will_take_effect_after_a_code_passed_is_its_entry_into_force()
    {
        var laws = Of(Legal("In 2025, Parliament passed a new Children's Code.", "The Code will take effect on 1 July 2026."), StatementCategories.Law);

        var inForce = laws.Where(l => l.Action == StatementActions.EnteredIntoForce).ShouldHaveSingleItem();
        inForce.Field(StatementFields.Date).ShouldBe("2026-07-01");
    }

    [Fact]
    public void A_draft_of_a_follow_up_program_is_a_plan_drafted()
    {
        Single(Policies("In November 2025, a ministry working group completed a draft of a follow-up program for 2026–2030."), StatementCategories.ActionPlan)
            .Action.ShouldBe(StatementActions.Drafted);
    }

    [Fact]
    public void A_successor_program_drafted_is_a_plan_drafted()
    {
        Single(Policies("Its successor, a program for 2026–2030, was drafted by the ministry in 2025 and was being discussed with ministries when the year closed."), StatementCategories.ActionPlan)
            .Action.ShouldBe(StatementActions.Drafted);
    }

    [Fact]
    public void A_country_that_is_a_party_to_all_key_conventions_has_ratified_them()
    {
        Single(Legal("Ruritania is a party to all the key international conventions on child labor."), StatementCategories.Ratification)
            .Action.ShouldBe(StatementActions.Ratified);
    }
}
