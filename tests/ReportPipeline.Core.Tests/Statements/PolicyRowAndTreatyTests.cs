using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using ReportPipeline.Core.Text;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, plans read from the policies table and from prose, ratifications of numbered
/// conventions, restrictions vs. lack of means, and a stop lifted by a decree that allows
/// inspections again. Invented Ruritania text, reporting year 2025.
/// </summary>
public class PolicyRowAndTreatyTests
{
    private const string PoliciesTable = "Table 9. Key Policies Related to Child Labor";
    private const string CoordinationTable = "Table 7. Key Mechanisms to Coordinate Government Efforts on Child Labor";

    private static IReadOnlyList<Statement> Read(params string[] lines) =>
        RulesStatementClassifier.Classify(TextDocument.FromPlainLines(InputFormat.Text, lines), Ruritania);

    private static List<Statement> Of(IReadOnlyList<Statement> statements, string category) =>
        statements.Where(s => s.Category == category).ToList();

    [Fact]
    public void A_policy_row_is_its_own_plan_and_a_plan_it_aims_to_create_is_no_statement()
    {
        var plans = Of(Read(PoliciesTable, "Family Support Programme (2020–2030)\tIncludes measures on child labour, such as creating an Action Plan on Street Children."), StatementCategories.ActionPlan);
        var plan = plans.ShouldHaveSingleItem();
        plan.Field(StatementFields.Name).ShouldBe("Family Support Programme");
        plan.Action.ShouldBe(StatementActions.Active);
    }

    [Fact]
    public void A_policy_row_described_in_the_imperative_is_still_a_plan() =>
        Of(Read(PoliciesTable, "National Agenda (2015–2030)\tProvide a framework for reforming social policy, including the safety net."), StatementCategories.ActionPlan)
            .ShouldHaveSingleItem().Field(StatementFields.Name).ShouldBe("National Agenda");

    [Fact]
    public void A_short_name_in_brackets_stands_for_the_title_before_it()
    {
        var plan = Of(Read(PoliciesTable, "The Set of Urgent Measures against Child Begging (Roadmap)† outlines what ministries must do in 2025."), StatementCategories.ActionPlan).ShouldHaveSingleItem();
        plan.Field(StatementFields.Name).ShouldBe("Set of Urgent Measures against Child Begging");
        plan.Action.ShouldBe(StatementActions.Adopted);
    }

    [Fact]
    public void A_plan_name_interrupted_by_its_period_is_read_whole()
    {
        var plan = Single(Classify("In 2025, the government drafted a new National Action Plan (NAP) for 2026–2030 on the Elimination of Child Labour."), StatementCategories.ActionPlan);
        plan.Action.ShouldBe(StatementActions.Drafted);
        plan.Field(StatementFields.Name).ShouldBe("National Action Plan on the Elimination of Child Labour");
        plan.Field(StatementFields.Period).ShouldBe("2026-2030");
    }

    [Theory]
    [InlineData("During 2025, the steering committee submitted a new draft plan of action to the ministry.")]
    [InlineData("In 2025, Ruritania and the European Union began talks to establish an updated Association Agenda.")]
    public void Plans_in_preparation_without_a_final_name_are_drafted(string sentence) =>
        Single(Classify(sentence), StatementCategories.ActionPlan).Action.ShouldBe(StatementActions.Drafted);

    [Theory]
    [InlineData("The government has not included child labour in the National Youth Strategy.")]
    [InlineData("Ruritania took part in the Regional Policy, Research and Evaluation Programme (RPREP).")]
    public void A_plan_named_only_where_something_is_missing_or_inside_a_programme_name_is_no_plan(string sentence) =>
        Of(Classify(sentence), StatementCategories.ActionPlan).ShouldBeEmpty();

    [Fact]
    public void A_coordinating_body_approving_a_plan_this_year_adopts_it_and_ratifies_nothing()
    {
        var statements = Read(CoordinationTable, "National Children's Council\tIn 2025, it approved the national policy on child protection.");
        var plan = Of(statements, StatementCategories.ActionPlan).ShouldHaveSingleItem();
        plan.Action.ShouldBe(StatementActions.Adopted);
        plan.Field(StatementFields.Date).ShouldBe("2025");
        Of(statements, StatementCategories.Ratification).ShouldBeEmpty();
    }

    [Fact]
    public void Numbered_conventions_without_a_schema_key_are_ratified_by_number_and_a_treaty_s_year_is_no_date()
    {
        var ratifications = Of(Classify("In 2025, the government ratified ILO C. 81, Labour Inspection; ILO C. 129, Labour Inspection (Agriculture); and ILO P029, Protocol of 2014 to the Forced Labour Convention."), StatementCategories.Ratification);
        ratifications.Count.ShouldBe(3);
        ratifications.Select(r => r.Field(StatementFields.Name) ?? r.Field(StatementFields.Instrument)).ShouldBe(["ilo_p29", "ILO C. 81", "ILO C. 129"], ignoreOrder: true);
        ratifications.ShouldAllBe(r => r.Field(StatementFields.Date) == "2025");
    }

    [Theory]
    [InlineData("Many children joined the workforce during the drought.")]
    [InlineData("The council reports to the ILO on the implementation of ratified conventions.")]
    public void Joining_something_or_ratified_as_an_adjective_is_no_ratification(string sentence) =>
        Of(Classify(sentence), StatementCategories.Ratification).ShouldBeEmpty();

    [Fact]
    public void Lacking_the_authority_to_inspect_unannounced_is_a_restriction() =>
        Single(Classify("The inspectorate lacks the authority to impose penalties and conduct unannounced inspections in the free trade zones."), StatementCategories.InspectionRestriction)
            .Action.ShouldBe(StatementActions.Imposed);

    [Theory]
    [InlineData("Volunteer monitors may join labour inspections but are not allowed to impose fines.")]
    [InlineData("Desk inspections continued on a limited basis with inspectors working remotely.")]
    public void Limits_on_fines_or_on_means_are_no_restriction_of_inspections(string sentence) =>
        Of(Classify(sentence), StatementCategories.InspectionRestriction).ShouldBeEmpty();

    [Fact]
    public void A_stop_revised_to_allow_inspections_only_under_conditions_imposes_those_conditions()
    {
        var restriction = Single(Classify("The moratorium was revised in 2025 to permit labour inspections, but only on the basis of a written complaint and with 10 days advance notice to the employer."), StatementCategories.InspectionRestriction);
        restriction.Action.ShouldBe(StatementActions.Imposed);
        restriction.Field(StatementFields.Date).ShouldBe("2025");
    }

    [Fact]
    public void A_decree_allowing_unscheduled_inspections_again_lifts_the_chapter_s_stop()
    {
        var lifted = Of(Classify(
            "Since 2023, a decree prohibiting unscheduled inspections of private firms has been in effect.",
            "In August 2025, another decree was issued to allow unscheduled labour inspections throughout the private sector."), StatementCategories.InspectionMoratorium)
            .Where(s => s.Action == StatementActions.Lifted).ShouldHaveSingleItem();
        lifted.Field(StatementFields.Date).ShouldBe("2025-08");
    }

    [Fact]
    public void Allowing_inspections_in_a_chapter_without_a_stop_lifts_nothing() =>
        Of(Classify("In August 2025, a decree was issued to allow unscheduled labour inspections of mines."), StatementCategories.InspectionMoratorium).ShouldBeEmpty();

    [Fact]
    public void A_chamber_approving_draft_legislation_leaves_it_a_draft() =>
        Single(Classify("In 2025, the Senate approved draft legislation that would raise the school-leaving age."), StatementCategories.Law)
            .Action.ShouldBe(StatementActions.Drafted);
}
