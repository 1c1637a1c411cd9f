using ReportPipeline.Core.Statements;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, the families behind the misses of probe sets 67 to 74, read after their blind first scores (reporting year 2025):
/// <list type="bullet">
/// <item>a stop told as a hold: inspections "put on hold", "kept … on hold", "have been on hold since", "the hold on routine
/// inspections … ended"; inspections suspended "by the Labor Department"; inspections "restored" or resumed where "they had been on
/// hold" end one;</item>
/// <item>an extension told through its instrument ("adopted amendments … that prolong the moratorium until", "was continued by
/// Decree No. 12 …, which keeps it in force until") or by a pronoun with an aside ("extended it once more, until");</item>
/// <item>limits eased: complaints "exempted … from the consent requirement", a rule amended "so that" inspectors may act
/// without approval, inspectors who "will be able to" inspect without a complaint or are "no longer obliged" to warn;</item>
/// <item>plans being made: "started to draft a follow-up plan", "drew up a successor plan", "circulated a draft of";</item>
/// <item>laws: amendments "prepared by" a ministry and a draft "sent to Congress" are drafted; "Its provisions take effect" and
/// "is scheduled to take effect" tell the law before entering into force; a statutory or executive instrument is a law; the
/// decree a stop was "introduced by" is not a bill;</item>
/// <item>treaties: "is not, however, a party to"; the "submission of" a treaty to the legislature, and a "recommendation … that
/// the Kingdom accede", are intentions.</item>
/// </list>
/// </summary>
public class SixtySeventhToSeventyFourthProbeFamilyTests
{
    private const string StopBefore = "The suspension of routine inspections at quarries, ordered by the Minister in 2023, remained in force throughout 2025.";

    [Theory]
    [InlineData("By Statutory Instrument No. 4 of 2025, made on 6 February, routine labor inspections across all sectors were put on hold until 31 August 2025 while staff moved to the new authority.", "2025-08-31")]
    [InlineData("The order puts on hold all routine labor inspections of businesses with fewer than 20 employees until December 31, 2026.", "2026-12-31")]
    [InlineData("In July 2025, the Ministry of Labor put routine labor inspections on hold across the country while the inspectorate was reorganized.", null)]
    [InlineData("By a Cabinet decision of March 3, 2025, all routine inspections by the Labor Department were suspended from March 10, while the Department was being restructured.", null)]
    public void A_stop_put_on_hold_or_suspended_by_a_department_is_imposed(string sentence, string? until)
    {
        var stop = Single(Enforcement(sentence), StatementCategories.InspectionMoratorium);

        stop.Action.ShouldBe(StatementActions.Imposed);
        stop.Field(StatementFields.Until).ShouldBe(until);
    }

    [Theory]
    [InlineData("Decree No. 7 of 2023 kept routine inspections of businesses with fewer than 20 employees on hold until June 30, 2026.")]
    [InlineData("Routine inspections of export farms have been on hold since June 2019.")]
    public void Inspections_kept_on_hold_is_a_stop_continued(string sentence)
    {
        Single(Enforcement(sentence), StatementCategories.InspectionMoratorium).Action.ShouldBe(StatementActions.Continued);
    }

    [Fact]
    public void A_hold_ordered_the_year_before_is_not_imposed_again()
    {
        Single(Enforcement("In March 2024, the Ministry had ordered that all on-site labor inspections be put on hold; that order stayed in force until May 31, 2025."), StatementCategories.InspectionMoratorium)
            .Action.ShouldNotBe(StatementActions.Imposed);
    }

    [Theory]
    [InlineData("The Labour Department also resumed in-person inspections of hotels and restaurants, which had been on hold since the epidemic.")]
    [InlineData("The government ratified ILO P29 and restored routine labor inspections in the gold mining districts, where they had been on hold since 2021.")]
    [InlineData("The hold on routine inspections in the mining concessions, imposed in March 2021 and twice prolonged by ministerial resolution, ended on July 1, 2025.")]
    public void Inspections_restored_after_a_hold_end_the_stop(string sentence)
    {
        Single(Enforcement(sentence), StatementCategories.InspectionMoratorium).Action.ShouldBe(StatementActions.Lifted);
    }

    [Theory]
    [InlineData("On December 20, 2025, Parliament adopted amendments to the Law on State Control of Entrepreneurial Activity (Law No. 94-Z) that prolong the moratorium until December 31, 2027.", "2027-12-31")]
    [InlineData("The moratorium on scheduled inspections, first imposed by Decree No. 4 in 2019 and extended in 2022 to June 30, 2025, was continued by Decree No. 12 of June 1, 2025, which keeps it in force until December 31, 2026.", "2026-12-31")]
    public void An_instrument_that_prolongs_the_stop_extends_it(string sentence, string until)
    {
        var stop = Single(Enforcement(sentence), StatementCategories.InspectionMoratorium);

        stop.Action.ShouldBe(StatementActions.Extended);
        stop.Field(StatementFields.Until).ShouldBe(until);
    }

    [Fact]
    public void A_stop_extended_once_more_by_pronoun_is_extended()
    {
        var extension = Of(Enforcement(StopBefore, "On December 20, 2025, the Minister extended it once more, until June 30, 2026, to allow time for new rules to be issued."), StatementCategories.InspectionMoratorium)
            .Last();

        extension.Action.ShouldBe(StatementActions.Extended);
        extension.Field(StatementFields.Until).ShouldBe("2026-06-30");
    }

    [Theory]
    [InlineData("Decree No. 8 of May 4, 2025, which amended the Law on Inspections, exempted complaints of child labor from the consent requirement, allowing inspectors to visit such workplaces unannounced.")]
    [InlineData("Government Decision No. 540 of July 9, 2025, amended the Regulation on Labor Inspection so that the inspectorate may carry out an unannounced inspection without the approval of the State Inspection Agency whenever a complaint concerns a child.")]
    [InlineData("Under the new law, labor inspectors will be able to open an inspection on their own initiative, without a written complaint, from March 2026.")]
    [InlineData("Since the Labour (Amendment) Act took effect in September, inspectors have no longer been obliged to warn employers 48 hours in advance.")]
    public void A_requirement_lifted_for_some_inspections_eases_the_limit(string sentence)
    {
        Single(Enforcement(sentence), StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Eased);
    }

    [Fact]
    public void Complaints_still_bound_by_notice_ease_nothing()
    {
        Of(Enforcement("Inspectors must give an employer 5 working days' written notice, and inspections in response to a complaint are exempted from the annual limit but not from the notice requirement."), StatementCategories.InspectionRestriction)
            .ShouldAllBe(s => s.Action == StatementActions.Imposed);
    }

    [Theory]
    [InlineData("In March, the Ministry of Labor started to draft a follow-up plan for 2026-2030, which was still unfinished at the close of the year.")]
    [InlineData("A working group chaired by the Ministry drew up a successor plan covering 2026-2030; the draft went to ministries for comment in October.")]
    public void A_successor_plan_begun_or_drawn_up_is_drafted(string sentence)
    {
        Single(Policies(sentence), StatementCategories.ActionPlan).Action.ShouldBe(StatementActions.Drafted);
    }

    [Fact]
    public void A_named_plan_circulated_in_draft_is_drafted()
    {
        var plan = Single(Policies("In November 2025, the Ministry circulated a draft of a successor plan, the National Plan of Action Against Child Labor (2026–2030), to the regions for comment."), StatementCategories.ActionPlan);

        plan.Action.ShouldBe(StatementActions.Drafted);
        plan.Field(StatementFields.Name).ShouldBe("National Plan of Action Against Child Labor");
    }

    [Theory]
    [InlineData("Amendments to the Labor Code that would extend protections to domestic workers were prepared by the Ministry of Labor and sent to the Cabinet in June 2025.")]
    [InlineData("In November 2025, the Ministry sent to Congress a draft General Labor Inspection Law that would set out the powers of inspectors.")]
    public void Amendments_prepared_and_a_draft_sent_to_congress_are_drafted(string sentence)
    {
        Single(Legal(sentence), StatementCategories.Law).Action.ShouldBe(StatementActions.Drafted);
    }

    [Theory]
    [InlineData("In 2025, Parliament passed the Domestic Workers Act, which sets a minimum age of 16 for domestic work.", "Its provisions take effect on January 1, 2026.", "Domestic Workers Act")]
    [InlineData("In 2025, Parliament passed the Labor Codes (Consolidation) Act.", "The new code is scheduled to take effect on April 1, 2026; until then, the existing provisions remain applicable.", "Labor Codes (Consolidation) Act")]
    public void A_law_whose_provisions_take_effect_in_the_next_sentence_enters_into_force(string made, string inForce, string name)
    {
        var law = Single(Of(Legal(made, inForce), StatementCategories.Law).Where(s => s.Action == StatementActions.EnteredIntoForce).ToList(), StatementCategories.Law);

        law.Field(StatementFields.Name).ShouldBe(name);
        law.Field(StatementFields.Date).ShouldBe(inForce.Contains("April", StringComparison.Ordinal) ? "2026-04-01" : "2026-01-01");
    }

    [Fact]
    public void A_statutory_instrument_behind_a_stop_is_a_law()
    {
        Single(Enforcement("Under Executive Instrument No. 9 of 2025, which the President signed on 14 March 2025, scheduled labor inspections of cocoa farms are suspended until 30 September 2026."), StatementCategories.Law)
            .Field(StatementFields.Name).ShouldBe("Executive Instrument No. 9");
    }

    [Fact]
    public void The_decree_a_stop_was_first_introduced_by_is_no_bill()
    {
        Of(Enforcement("The moratorium on scheduled inspections of small enterprises, first introduced by Decree No. 212 in 2019, remained in force throughout 2025."), StatementCategories.Law)
            .ShouldNotContain(s => s.Action == StatementActions.Drafted);
    }

    [Theory]
    [InlineData("It is not, however, a party to the Optional Protocol to the CRC on the Sale of Children.", "not_ratified", "un_crc_op_sale_of_children")]
    [InlineData("In May 2025, the Cabinet approved the submission of the Protocol of 2014 to the Forced Labour Convention to Parliament for ratification.", "intends", "ilo_p29")]
    [InlineData("In November 2025, the Council of Ministers approved a recommendation of the Ministry of Foreign Affairs that the Kingdom accede to the Palermo Protocol.", "intends", "palermo_protocol")]
    [InlineData("Ruritania has not ratified ILO C. 138, but in October 2025 the Cabinet decided to submit the Convention to the House of Assembly with a recommendation that it be ratified.", "intends", "ilo_c138")]
    public void Treaty_denials_with_an_aside_and_submissions_for_ratification(string sentence, string action, string instrument)
    {
        Of(Legal(sentence), StatementCategories.Ratification)
            .ShouldContain(s => s.Action == action && s.Field(StatementFields.Instrument) == instrument);
    }
}
