using ReportPipeline.Core.Statements;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, the families behind the misses of probe sets 23 to 50, each read after its blind first score, in sentences of our
/// own (reporting year 2025):
/// <list type="bullet">
/// <item>the named act a stop or limit comes from is a law in force: opening the sentence, after a connective, in a relative
/// clause or behind the limit ("… under Presidential Decree No. 88", "as required since August 2019 by"); not when it only ends,
/// is told as history, is a code the limit is cited from, or had orders "issued under" it;</item>
/// <item>limits eased: a removal in a relative clause or a participle, "no longer applies to", inspections exempted from a
/// requirement, "no longer need a written order", "no longer have to notify", a visit "now … without seeking the approval",
/// notice scrapped;</item>
/// <item>limits imposed: entry only with a complaint or a court order, entry barred unless a judge orders it, "no authority to
/// enter … without", "no inspection may begin without", a cap "at one visit", "no enterprise may be inspected more than once",
/// and a limit in the main clause after "When inspections resumed,";</item>
/// <item>stops: a halt ordered, inspections of micro and small enterprises prohibited, and inspections that resumed, which end
/// a stop and ease no limit.</item>
/// </list>
/// </summary>
public class TwentyThirdToFiftiethProbeFamilyTests
{
    [Theory]
    [InlineData("In March 2025, the Minister signed Decree No. 12, which removes the requirement that inspectors give cocoa farms 72 hours' notice.")]
    [InlineData("The Ministry amended the Inspection Regulation in May 2025, removing the 72-hour notice requirement for visits prompted by a complaint about a child.")]
    [InlineData("A decree of 3 April 2025 exempts inspections that concern children from the 72-hour notice rule.")]
    [InlineData("The cap of one inspection per farm a year no longer applies to cocoa farms since a circular of June 2025.")]
    public void A_removal_in_a_relative_clause_a_participle_an_exemption_of_inspections_or_no_longer_applies_eases_the_limit(string sentence)
    {
        var limits = Of(Enforcement(sentence), StatementCategories.InspectionRestriction);

        limits.ShouldHaveSingleItem().Action.ShouldBe(StatementActions.Eased);
    }

    [Theory]
    [InlineData(
        "In August 2025, the Minister of Labour ordered a halt to all inspections of cocoa farms during the harvest.",
        "Inspections on the cocoa farms resumed on 10 October 2025, after the harvest.")]
    [InlineData(
        "In February 2025, the Cabinet suspended routine labour inspections in the two flooded provinces for 90 days.",
        "The labour inspectorate resumed inspections in the two provinces on 1 July, once the suspension had run its course.")]
    [InlineData(
        "In January 2025, the Cabinet suspended scheduled inspections of small enterprises until June 30, 2025.",
        "It lapsed on June 30, 2025, and the inspectorate resumed scheduled inspections in July.")]
    public void Inspections_resumed_after_a_stop_end_it_and_ease_no_limit(string stop, string resumption)
    {
        var statements = Enforcement(stop, resumption);

        Of(statements, StatementCategories.InspectionMoratorium).Select(s => s.Action).ShouldBe([StatementActions.Imposed, StatementActions.Lifted]);
        Of(statements, StatementCategories.InspectionRestriction).ShouldBeEmpty();
    }

    [Fact]
    public void A_limit_after_when_inspections_resumed_is_a_limit_of_its_own()
    {
        var statements = Enforcement(
            "In March 2025, an epidemic led the Ministry to suspend all in-person inspections.",
            "When inspections resumed, a ministerial circular limited inspections to cases arising from complaints.");

        Of(statements, StatementCategories.InspectionMoratorium).Select(s => s.Action).ShouldBe([StatementActions.Imposed, StatementActions.Lifted]);
        Single(statements, StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Imposed);
    }

    [Fact]
    public void Scheduled_inspections_of_micro_and_small_enterprises_prohibited_are_a_stop()
    {
        var stop = Single(Enforcement("Decree No. 4 of 2 March 2025 prohibits scheduled inspections of micro and small enterprises until 31 March 2027."), StatementCategories.InspectionMoratorium);

        stop.Action.ShouldBe(StatementActions.Imposed);
        stop.Field(StatementFields.Until).ShouldBe("2027-03-31");
    }

    [Theory]
    [InlineData("Under Decision No. 41 of 9 March 2025, routine inspections of shops with fewer than five workers are suspended until March 2027.", "Decision No. 41", "2025-03-09")]
    [InlineData("Ministerial Order No. 7 of 2019 still restricts inspectors to one routine inspection of any workplace a year.", "Ministerial Order No. 7", "2019")]
    [InlineData("The Domestic Workers Act of 2021 continues to require a householder's consent or a court order before an inspector may enter a private home.", "Domestic Workers Act", "2021")]
    public void The_named_act_a_stop_or_limit_comes_from_is_a_law_in_force(string sentence, string name, string date)
    {
        var law = Single(Enforcement(sentence), StatementCategories.Law);

        law.Action.ShouldBe(StatementActions.Enacted);
        law.Field(StatementFields.Name).ShouldBe(name);
        law.Field(StatementFields.Date).ShouldBe(date);
    }

    [Theory]
    [InlineData("Directive No. 6, which had barred routine inspections of shops since 2021, lapsed on 31 March 2025.")]
    [InlineData("Resolution No. 220/19 had required inspectors to give 48 hours' notice to farm owners.")]
    public void An_act_told_only_as_ending_or_as_history_is_no_law_in_force(string sentence)
    {
        Of(Enforcement(sentence), StatementCategories.Law).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Under the Domestic Workers Regulations of 2021, inspectors may still enter a household only in response to a complaint.")]
    [InlineData("Inspectors may not enter a private home to check on a domestic worker unless a judge has issued an order.")]
    [InlineData("The Inspection Act of 2025 caps routine inspections at one visit per enterprise every two years.")]
    public void Entry_only_with_a_complaint_entry_not_unless_a_judge_orders_and_a_cap_at_one_visit_are_limits(string sentence)
    {
        Single(Enforcement(sentence), StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Imposed);
    }

    [Fact]
    public void Inspectors_who_no_longer_need_a_written_order_have_a_limit_eased()
    {
        Single(Enforcement("Since May 2025, labour inspectors no longer need a written order from the regional director to visit a workplace."), StatementCategories.InspectionRestriction)
            .Action.ShouldBe(StatementActions.Eased);
    }

    [Fact]
    public void A_code_a_limit_is_cited_from_is_no_law_in_the_news()
    {
        var statements = Enforcement("Under the Labour Code, inspectors may enter a private dwelling only with a court order.");

        Single(statements, StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Imposed);
        Of(statements, StatementCategories.Law).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("In addition, under the 2021 Law on Domestic Work, inspectors may enter a private home only with the written consent of the owner or a court order.", "Law on Domestic Work")]
    [InlineData("Inspections of tea estates still require the approval of the governor under Presidential Decree No. 88 of 2019.", "Presidential Decree No. 88")]
    [InlineData("The Domestic Work Act requires inspectors to obtain a warrant from a magistrate before entering a private household.", "Domestic Work Act")]
    [InlineData("Enterprises in the northern zone must still receive five working days' written notice before an inspection, as required since August 2019 by Decree No. 140.", "Decree No. 140")]
    [InlineData("Government Decree No. 233, in effect since July 1, 2025, provides that no enterprise may be inspected more than once a year.", "Government Decree No. 233")]
    public void An_act_named_after_a_connective_or_behind_the_limit_is_its_source(string sentence, string name)
    {
        var statements = Enforcement(sentence);

        Single(statements, StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Imposed);
        Single(statements, StatementCategories.Law).Field(StatementFields.Name).ShouldBe(name);
    }

    [Fact]
    public void Orders_issued_under_an_act_do_not_make_the_act_news()
    {
        Of(Enforcement("From March 2025, the emergency orders issued under the Public Health Act stopped all on-site labour inspections."), StatementCategories.Law).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Labour inspectors have no authority to enter private homes without the consent of the head of the household.")]
    [InlineData("Under Article 31 of the new law, no inspection may begin without a written order signed by the regional delegate.")]
    public void No_authority_to_enter_without_consent_and_no_inspection_without_an_order_are_limits(string sentence)
    {
        Single(Enforcement(sentence), StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Imposed);
    }

    [Theory]
    [InlineData("Since Order No. 305 of July 2025, an inspector who receives a complaint about a child may now visit the workplace without seeking the approval of the chief inspector.")]
    [InlineData("Since 1 September 2025, inspectors no longer have to notify employers 24 hours before visiting factories in the export zones.")]
    [InlineData("The amendments adopted in October 2025 scrap the 7-day advance notice for inspections that respond to complaints about child labour.")]
    public void A_visit_now_without_approval_no_longer_having_to_notify_and_notice_scrapped_ease_a_limit(string sentence)
    {
        Single(Enforcement(sentence), StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Eased);
    }

}
