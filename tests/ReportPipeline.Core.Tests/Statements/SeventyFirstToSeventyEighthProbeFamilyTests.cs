using ReportPipeline.Core.Statements;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, the families behind the misses of probe sets 71 to 78, read after their blind first scores (reporting year 2025):
/// <list type="bullet">
/// <item>limits: inspectors "allowed" or "permitted" to enter a home "only in response to" a complaint, however long the
/// purpose between; inspections of one kind of workplace that "must first be approved"; visits that "may not last longer
/// than" some days; labour officers who "may inspect … only after" a complaint;</item>
/// <item>limits eased: inspectors who "may again enter" without approval, a law that "allows inspectors to carry out an
/// inspection without prior notice", inspections "no longer conditioned on" a complaint; a withdrawn circular is a law
/// repealed;</item>
/// <item>a class of workplace excluded "from the scope of labor inspection" is a stop;</item>
/// <item>plans the sentence introduces without a title ("a draft second National Action Plan", "A follow-on National Plan of
/// Action for 2026–2030") are plans, but "a National Action Plan" that an office will draft and implement is no event; a
/// plan's end "reached the end of its term"; "Plan to Counter …" is a title, not an intention; a "second NPA" being drafted;</item>
/// <item>laws: "a draft of a new Labor Code", amendments drafted however long the clause between; the act named as the subject
/// of this year's stop ("Decree No. 5 of January 21, 2025 introduced a new moratorium"), not an older act's history; the act a
/// rule comes from "as Circular No. 4/2023 requires";</item>
/// <item>treaties: a paper "recommending that the country also ratify", a government that "would accede in 2026 to", and a
/// treaty whose title has commas submitted for ratification, are intentions.</item>
/// </list>
/// </summary>
public class SeventyFirstToSeventyEighthProbeFamilyTests
{
    [Theory]
    [InlineData("In addition, the Domestic Workers Regulations, 2025, issued by the Minister in August, allow labor inspectors to enter a private dwelling to examine the conditions of a domestic worker only in response to a written complaint.")]
    [InlineData("The Domestic Workers Act, 2025 permits a labor inspector to enter a private home to inspect the conditions of a domestic worker only with the householder's consent or under a magistrate's warrant.")]
    [InlineData("On 8 July 2025, the Ministry of Tourism issued Circular No. 3 of 2025, under which any labor inspection of a licensed hotel or resort between 15 December and 15 April must first be approved by the Permanent Secretary of the Ministry.")]
    [InlineData("The Act further provides that, from January 1, 2025, no unscheduled inspection may last longer than three working days.")]
    [InlineData("Under the regulations, labor officers may inspect a factory located in an export processing zone only after receiving a written complaint from a worker.")]
    public void A_limit_on_when_or_how_long_inspectors_may_enter_is_a_restriction(string sentence)
    {
        Single(Enforcement(sentence), StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Imposed);
    }

    [Theory]
    [InlineData("After the ruling, labor inspectors may again enter registered mining sites without the written authorization of a governor.")]
    [InlineData("Amendments to the Labor Inspection Act, adopted on August 3, 2025, allow inspectors to carry out an inspection without prior notice when they respond to a complaint about a child.")]
    [InlineData("Since July 1, 2025, inspections are no longer conditioned on a written complaint.")]
    public void Inspectors_let_in_without_the_old_condition_ease_the_limit(string sentence)
    {
        Single(Enforcement(sentence), StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Eased);
    }

    [Fact]
    public void A_withdrawn_circular_is_repealed_and_its_limit_eased()
    {
        var statements = Enforcement("In April 2025, the Minister of Tourism withdrew Circular No. 3 of 2023, so that hotels no longer require the Permanent Secretary's approval before a labor inspection.");

        Single(statements, StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Eased);
        var law = Single(statements, StatementCategories.Law);
        law.Action.ShouldBe(StatementActions.Repealed);
        law.Field(StatementFields.Name).ShouldBe("Circular No. 3");
    }

    [Fact]
    public void Workplaces_excluded_from_the_scope_of_inspection_are_a_stop()
    {
        Single(Enforcement("The new law, in force since October 1, 2025, excludes family farms and household plots from the scope of labor inspection altogether."), StatementCategories.InspectionMoratorium)
            .Action.ShouldBe(StatementActions.Imposed);
    }

    [Theory]
    [InlineData("In December 2025, the National Committee validated a draft second National Action Plan for 2026–2030, which places greater emphasis on mining.", "second National Action Plan")]
    [InlineData("A follow-on National Plan of Action for 2026-2030 was under development by the Ministry of Labor; a first draft was discussed with employers in November.", "follow-on National Plan of Action")]
    [InlineData("A second NPA covering 2026–2030 was being drafted by the steering committee with the support of the ILO.", "second NPA")]
    public void A_plan_introduced_without_a_title_of_its_own_is_drafted(string sentence, string name)
    {
        var plan = Single(Policies(sentence), StatementCategories.ActionPlan);

        plan.Action.ShouldBe(StatementActions.Drafted);
        plan.Field(StatementFields.Name).ShouldBe(name);
    }

    [Fact]
    public void A_plan_an_office_is_only_meant_to_draft_is_no_event()
    {
        Of(Policies("The government also created an office to lead the drafting and implementation of a National Action Plan."), StatementCategories.ActionPlan).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("The National Plan of Action on Child Labour (2021–2025) reached the end of its term in December 2025.", "National Plan of Action on Child Labour")]
    [InlineData("The National Plan to Counter Trafficking in Persons (2021–2025) ended in December 2025.", "National Plan to Counter Trafficking in Persons")]
    public void A_plan_whose_term_ended_this_year_expired(string sentence, string name)
    {
        var plan = Single(Policies(sentence), StatementCategories.ActionPlan);

        plan.Action.ShouldBe(StatementActions.Expired);
        plan.Field(StatementFields.Name).ShouldBe(name);
    }

    [Theory]
    [InlineData("A draft of a new Labor Code, which the Ministry submitted to the Cabinet in August, was still being reviewed by the parliamentary committee at year's end.")]
    [InlineData("A set of amendments to Law No. 2010-07 on Trafficking in Persons, which would separate the penalties for trafficking children from those for adults, was drafted by the Ministry of Justice in 2025.")]
    public void A_draft_code_and_amendments_drafted_are_drafted(string sentence)
    {
        Single(Legal(sentence), StatementCategories.Law).Action.ShouldBe(StatementActions.Drafted);
    }

    [Fact]
    public void The_act_that_introduced_this_years_stop_is_a_law_in_force()
    {
        Single(Enforcement("Three weeks later, Presidential Decree No. 5 of January 21, 2025 introduced a new moratorium, under which small businesses are exempt from all scheduled inspections until December 31, 2027."), StatementCategories.Law)
            .Field(StatementFields.Name).ShouldBe("Presidential Decree No. 5");
    }

    [Fact]
    public void An_older_act_behind_a_limit_is_its_history_not_this_years_law()
    {
        Of(Enforcement("Even before the moratorium, the Law on Inspections of Business Entities of 2019 allowed inspectors to visit a business only once every two years."), StatementCategories.Law)
            .ShouldNotContain(s => s.Field(StatementFields.Name) == "Law on Inspections of Business Entities");
    }

    [Fact]
    public void The_act_a_rule_comes_from_named_after_it_is_a_law()
    {
        Single(Enforcement("Inspectors must still give estate managers 48 hours' notice before arriving, as Circular No. 4/2023 requires."), StatementCategories.Law)
            .Field(StatementFields.Name).ShouldBe("Circular No. 4/2023");
    }

    [Theory]
    [InlineData("In October, the Ministry of Labour sent a Cabinet paper to the Ministry of Foreign Affairs recommending that the country also ratify the ILO Protocol of 2014 to the Forced Labour Convention.", "ilo_p29")]
    [InlineData("In October, the Minister of Foreign Affairs told Parliament that the government would accede in 2026 to the Optional Protocol to the CRC on a Communications Procedure.", "un_crc_op_communications")]
    [InlineData("In 2025, the Minister said that the Government would submit the Optional Protocol on the Sale of Children, Child Prostitution and Child Pornography to Parliament for ratification.", "un_crc_op_sale_of_children")]
    public void A_recommendation_a_future_accession_and_a_submission_are_intentions(string sentence, string instrument)
    {
        var treaty = Single(Legal(sentence), StatementCategories.Ratification);

        treaty.Action.ShouldBe(StatementActions.Intends);
        treaty.Field(StatementFields.Instrument).ShouldBe(instrument);
    }
}
