using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, the families behind the fourth probe set's first-score misses, in sentences of our own (reporting year 2025):
/// treaties a country "is (now, still not) a party to" and accession "recommended"; draft regulations prepared, titled bills,
/// laws still before a committee or past a first reading, a "Ministerial Agreement" that is an act, a court declaring a
/// decree unconstitutional; notice owed by a labor officer, a rule "deleted", boarding a vessel "only with" approval, "no
/// more than one" inspection a year; a stop whose end was "pushed back", one that lapsed after a relative clause in the
/// pluperfect, one "that suspension" the chapter named before, inspections that "started again"; plans whose work started
/// or whose successor was validated; and the guards: a stop retold from an earlier year, a limit eased years ago.
/// </summary>
public class FourthProbeFamilyTests
{
    // The chapter's own stop, named before the sentences that tell it again.
    private const string PandemicStop = "In March 2025, the Ministry suspended all in-person labor inspections because of the pandemic.";

    [Theory]
    [InlineData("Ruritania is a party to several of the key international instruments on child labor but has not ratified ILO C. 138, Minimum Age.", "several of the key international instruments on child labor")]
    [InlineData("Ruritania is now a party to most of the key international instruments on child labor.", "most of the key international instruments on child labor")]
    public void A_country_that_is_a_party_to_key_instruments_has_ratified_them(string sentence, string name)
    {
        Of(Legal(sentence), StatementCategories.Ratification).ShouldContain(s => s.Action == StatementActions.Ratified && s.Field(StatementFields.Name) == name);
    }

    [Fact]
    public void A_country_still_not_a_party_has_not_ratified()
    {
        Single(Legal("Ruritania is still not a party to ILO C. 138, although officials said a review was under way."), StatementCategories.Ratification)
            .Action.ShouldBe(StatementActions.NotRatified);
    }

    [Fact]
    public void Accession_recommended_to_the_cabinet_is_an_intention()
    {
        var ratification = Single(Legal("In May 2025, the Cabinet endorsed a paper from the foreign ministry recommending accession to the Palermo Protocol."), StatementCategories.Ratification);

        ratification.Action.ShouldBe(StatementActions.Intends);
        ratification.Field(StatementFields.Instrument).ShouldBe("palermo_protocol");
    }

    [Fact]
    public void Draft_regulations_prepared_are_drafted()
    {
        Single(Legal("The Labour Division prepared draft Employment (Hazardous Work) Regulations during the year, and the draft was with the Attorney General for review in December."), StatementCategories.Law)
            .Action.ShouldBe(StatementActions.Drafted);
    }

    [Theory]
    [InlineData("A Child Protection Bill, prepared with help from UNICEF, would close this gap; it was still being reviewed by the Attorney General at the end of 2025.")]
    [InlineData("An Education (Amendment) Bill to raise the school-leaving age to 16 was introduced in Parliament in November 2025 and had its first reading in December.")]
    [InlineData("The Comprehensive Law against Trafficking in Persons, which the Public Ministry first sent to Congress in 2019, was still before the Committee on Minors at the end of 2025.")]
    [InlineData("The Comprehensive Law against Trafficking in Persons passed its first reading in Congress in October 2025.")]
    public void Bills_waiting_in_parliament_are_drafted(string sentence)
    {
        Of(Legal(sentence), StatementCategories.Law).Select(s => s.Action).ShouldBe([StatementActions.Drafted]);
    }

    [Fact]
    public void A_titled_bill_passed_is_enacted_not_drafted()
    {
        Of(Legal("In June 2025, Parliament passed the Child Protection Bill."), StatementCategories.Law).Select(s => s.Action).ShouldBe([StatementActions.Enacted]);
    }

    [Fact]
    public void A_numbered_ministerial_agreement_is_an_act_of_the_executive()
    {
        var law = Single(Legal("In September 2025, the Ministry of Labor issued Ministerial Agreement 87-2025, which adds work involving mercury to the activities prohibited to persons under 18."), StatementCategories.Law);

        law.Action.ShouldBe(StatementActions.Enacted);
        law.Field(StatementFields.Kind).ShouldBe("law");
    }

    [Fact]
    public void A_court_declaring_a_notice_article_unconstitutional_eases_the_restriction_and_repeals_the_article()
    {
        var statements = Enforcement("On August 12, 2025, the Constitutional Court declared Article 7 of Executive Decree 44-2019 unconstitutional, and with it the obligation to notify employers 5 working days before a routine inspection.");

        var restriction = Single(statements, StatementCategories.InspectionRestriction);
        restriction.Action.ShouldBe(StatementActions.Eased);
        restriction.Field(StatementFields.Date).ShouldBe("2025-08-12");
        Single(statements, StatementCategories.Law).Action.ShouldBe(StatementActions.Repealed);
    }

    [Theory]
    [InlineData("Section 40 of the Employment Act obliges a labor officer to give the employer at least 48 hours' written notice before entering a workplace, unless a worker faces immediate danger.")]
    [InlineData("Under a new section 40A, a labor officer may board a licensed fishing vessel in port only with the prior written approval of the Director of Fisheries.")]
    [InlineData("Under Article 9, a workplace may receive no more than one routine inspection in a calendar year.")]
    public void Limits_on_labor_officers_and_caps_on_inspections_are_restrictions(string sentence)
    {
        Single(Enforcement(sentence), StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Imposed);
    }

    [Fact]
    public void A_notice_rule_deleted_is_eased()
    {
        Single(Enforcement("The amendment deleted the 48-hour notice rule in section 40, so labor officers may now enter any workplace without warning the employer."), StatementCategories.InspectionRestriction)
            .Action.ShouldBe(StatementActions.Eased);
    }

    [Fact]
    public void A_limit_a_court_undid_years_before_is_history()
    {
        Of(Enforcement("Inspectors have been free to arrive without advance notice since the Constitutional Court annulled the notice rule in 2023."), StatementCategories.InspectionRestriction).ShouldBeEmpty();
    }

    [Fact]
    public void A_stop_whose_end_was_pushed_back_is_extended_to_the_new_end()
    {
        var moratorium = Single(Enforcement("In late September, the Minister pushed the end of the suspension of inspections back to March 31, 2026."), StatementCategories.InspectionMoratorium);

        moratorium.Action.ShouldBe(StatementActions.Extended);
        moratorium.Field(StatementFields.Until).ShouldBe("2026-03-31");
    }

    [Fact]
    public void A_stop_that_lapsed_after_a_relative_clause_in_the_pluperfect_is_lifted()
    {
        var moratorium = Single(Enforcement("The suspension of routine inspections in the Northern District, which the Minister had first ordered after the cyclone and renewed several times, lapsed on March 31, 2025, and the Minister did not renew it."), StatementCategories.InspectionMoratorium);

        moratorium.Action.ShouldBe(StatementActions.Lifted);
        moratorium.Field(StatementFields.Date).ShouldBe("2025-03-31");
    }

    [Fact]
    public void A_stop_that_came_to_an_end_after_a_pluperfect_relative_without_a_comma_is_still_lifted()
    {
        Single(Enforcement("The new law took effect on March 1, 2025, and with it the suspension of scheduled inspections that the Cabinet had renewed every year since 2019 came to an end."), StatementCategories.InspectionMoratorium)
            .Action.ShouldBe(StatementActions.Lifted);
    }

    [Fact]
    public void Firms_that_remained_exempt_from_inspections_are_a_stop_in_force()
    {
        var moratorium = Single(Enforcement("Logging concessions held by foreign investors remained exempt from routine labor inspections during their first 3 years of operation."), StatementCategories.InspectionMoratorium);

        moratorium.Action.ShouldBe(StatementActions.Continued);
        // Told by its verb, not only named: a chapter that tells other stops keeps it (bare mentions below 0.6 are dropped there).
        moratorium.Confidence.ShouldBeGreaterThanOrEqualTo(0.8);
    }

    [Fact]
    public void That_suspension_extended_and_inspections_started_again_tell_the_chapters_stop()
    {
        var moratoria = Of(Enforcement(
            PandemicStop,
            "In June 2025, the Ministry extended that suspension until 30 September 2025; until then, inspectors examined complaints on paper.",
            "In-person inspections started again on 3 October 2025, beginning with brick kilns."), StatementCategories.InspectionMoratorium);

        moratoria.Select(m => m.Action).ShouldBe([StatementActions.Imposed, StatementActions.Extended, StatementActions.Lifted]);
        moratoria[1].Field(StatementFields.Until).ShouldBe("2025-09-30");
        moratoria[2].Field(StatementFields.Date).ShouldBe("2025-10-03");
    }

    [Fact]
    public void Labor_officers_going_back_to_visiting_workplaces_lift_the_stop()
    {
        var statements = Enforcement(PandemicStop, "Labor officers went back to visiting workplaces on 10 October, when the emergency measures on inspections were relaxed.");

        Of(statements, StatementCategories.InspectionMoratorium).Select(m => m.Action).ShouldBe([StatementActions.Imposed, StatementActions.Lifted]);
        Of(statements, StatementCategories.InspectionRestriction).ShouldBeEmpty();
    }

    [Fact]
    public void That_suspension_retold_from_an_earlier_year_is_history()
    {
        Of(Enforcement(PandemicStop, "The Cabinet had prolonged that suspension in December 2023, before the pandemic."), StatementCategories.InspectionMoratorium)
            .Select(m => m.Action).ShouldBe([StatementActions.Imposed]);
    }

    [Fact]
    public void Work_started_on_a_plan_told_by_its_purpose_is_a_plan_drafted()
    {
        Single(Policies("In 2025, the Ministry of Justice started work on a national plan of action against trafficking in persons with support from IOM."), StatementCategories.ActionPlan)
            .Action.ShouldBe(StatementActions.Drafted);
    }

    [Fact]
    public void A_successor_strategy_validated_but_not_approved_is_drafted()
    {
        var plan = Single(Policies("The council validated a successor strategy for 2025–2029 in November 2025, but the President had not yet approved it at the close of the year."), StatementCategories.ActionPlan);

        plan.Action.ShouldBe(StatementActions.Drafted);
        plan.Field(StatementFields.Date).ShouldBe("2025-11");
    }
}
