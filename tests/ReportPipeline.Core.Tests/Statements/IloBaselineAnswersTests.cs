using ReportPipeline.Core.Statements;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

public class IloBaselineAnswersTests
{
    private static readonly string[] Baseline =
    [
        "ANNUAL REVIEW BASELINE FOR RURITANIA",
        "Ratification status",
        "C 29 and C 105: ratified",
        "P29: not ratified yet",
        "12. Ruritania has ratified the Forced Labour Convention; what are the prospects for ratification of the 2014 Protocol?",
        "Likely",
        "14. Is there a national policy and plan of action to end trafficking in persons for forced labour? [2.1]\tYes",
        "15. Is there a national policy and plan of action to end child labour? [2.2]",
        "No",
    ];

    [Fact]
    public void A_likely_ratification_answer_is_an_intention_to_ratify_p29()
    {
        var intends = Classify(Baseline).Single(s => s.Action == StatementActions.Intends);
        intends.Category.ShouldBe(StatementCategories.Ratification);
        intends.Field(StatementFields.Instrument).ShouldBe("ilo_p29");
        intends.Text.ShouldEndWith("the 2014 Protocol? Likely");
    }

    [Fact]
    public void The_status_lines_are_ratification_statements()
    {
        var statements = Classify(Baseline).Where(s => s.Category == StatementCategories.Ratification).ToList();
        statements.ShouldContain(s => s.Field(StatementFields.Instrument) == "ilo_c29" && s.Action == StatementActions.Ratified);
        statements.ShouldContain(s => s.Field(StatementFields.Instrument) == "ilo_c105" && s.Action == StatementActions.Ratified);
        statements.ShouldContain(s => s.Field(StatementFields.Instrument) == "ilo_p29" && s.Action == StatementActions.NotRatified);
    }

    [Fact]
    public void A_yes_to_the_plan_question_is_a_plan_in_force_and_a_no_is_nothing()
    {
        var plans = Classify(Baseline).Where(s => s.Category == StatementCategories.ActionPlan).ToList();
        var plan = plans.ShouldHaveSingleItem();
        plan.Action.ShouldBe(StatementActions.Active);
        plan.Field(StatementFields.Name).ShouldBe("National plan of action against trafficking in persons for forced labour");
    }

    [Fact]
    public void An_unlikely_answer_is_no_intention()
    {
        string[] lines = [.. Baseline.Select(l => l == "Likely" ? "Unlikely" : l)];
        Classify(lines).ShouldNotContain(s => s.Action == StatementActions.Intends);
    }
}
