using ReportPipeline.Core.Statements;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, the restriction families behind the fifteenth to eighteenth probe sets' misses (read after their second score), in
/// sentences of our own (reporting year 2025): entry that needs an order, a clearance or a permission obtained first ("must hold
/// … before entering", "may not enter … unless they first receive", "may go aboard … only with"); caps told as "no more than one
/// … inspection of the same firm in a year", "only once in" and a bar on "a second visit … within"; and easing told as inspectors
/// let in "without being escorted" or "without advance notice".
/// </summary>
public class FifteenthToEighteenthProbeFamilyTests
{
    [Theory]
    [InlineData("Under the Factories Act, an inspector must carry a written entry order signed by the district commissioner before entering any factory.")]
    [InlineData("Inspectors may not enter a mining concession unless they first obtain authorization from the Mining Board.")]
    [InlineData("Inspectors may go aboard a trawler only with the written permission of the Harbour Master.")]
    public void Entry_that_needs_an_order_or_a_permission_first_is_a_restriction(string sentence)
    {
        var limit = Single(Enforcement(sentence), StatementCategories.InspectionRestriction);

        limit.Action.ShouldBe(StatementActions.Imposed);
        Of(Enforcement(sentence), StatementCategories.InspectionMoratorium).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("The Law on Business Oversight allows no more than one scheduled inspection of the same firm in a calendar year.")]
    [InlineData("A registered cooperative may be the subject of a routine inspection only once in four years.")]
    [InlineData("The code also bars a second visit to a workshop within six months of an inspection that found no breach.")]
    public void Caps_on_how_often_a_firm_is_visited_are_restrictions(string sentence)
    {
        Single(Enforcement(sentence), StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Imposed);
    }

    [Theory]
    [InlineData("Among its changes, the new decree lets labour and fisheries inspectors enter any fish-processing plant without being escorted by its manager.")]
    [InlineData("Since March 2025, the amended code allows labour inspectors to visit a farm without advance notice where they suspect that a child works there.")]
    public void Inspectors_let_in_without_an_escort_or_notice_ease_the_restriction(string sentence)
    {
        Single(Enforcement(sentence), StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Eased);
    }
}
