using ReportPipeline.Core.Statements;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, the moratorium families behind the nineteenth to twenty-second probe sets' misses (read after their blind first
/// scores), in sentences of our own (reporting year 2025): a stop told as "suspended all workplace visits", and the extension of
/// "the suspension" after it; "labour officers may not inspect firms employing fewer than"; a body barred "from scheduled and
/// unscheduled supervision of businesses"; a resolution "which keeps the moratorium in place through" a date; and the end of a
/// stop told as "inspections of these … restarted" or officers who "went back into the field".
/// </summary>
public class NineteenthToTwentySecondProbeFamilyTests
{
    [Fact]
    public void Workplace_visits_suspended_are_a_stop_and_the_suspension_extended_is_its_extension()
    {
        var statements = Enforcement(
            "On February 2, 2025, after the floods, the Minister of Labour suspended all workplace visits by ministry officers until March 15 so that staff could help with relief.",
            "In early March, the Minister extended the suspension until May 31, 2025, citing damaged roads.");

        var stops = Of(statements, StatementCategories.InspectionMoratorium);
        stops.Select(s => s.Action).ShouldBe([StatementActions.Imposed, StatementActions.Extended]);
        stops[1].Field(StatementFields.Until).ShouldBe("2025-05-31");
    }

    [Theory]
    [InlineData("The Small Traders Act, passed in May 2025, provides that labour officers may not inspect firms employing fewer than 8 workers for two years from the date of the Act.", null)]
    [InlineData("In June 2025, the Enterprise Relief Law came into force; it bars all state bodies, including the labour inspectorate, from scheduled and unscheduled supervision of businesses until 31 December 2026.", "2026-12-31")]
    public void Officers_who_may_not_inspect_a_class_of_firms_and_bodies_barred_from_supervising_businesses_are_a_stop(string sentence, string? until)
    {
        var stop = Single(Enforcement(sentence), StatementCategories.InspectionMoratorium);

        stop.Action.ShouldBe(StatementActions.Imposed);
        stop.Field(StatementFields.Until).ShouldBe(until);
    }

    [Fact]
    public void A_resolution_that_keeps_the_moratorium_in_place_through_a_date_extends_it()
    {
        var stop = Single(Enforcement("On 14 December 2025, the Cabinet adopted Resolution No. 77, which keeps the moratorium in place through 31 December 2026."), StatementCategories.InspectionMoratorium);

        stop.Action.ShouldBe(StatementActions.Extended);
        stop.Field(StatementFields.Until).ShouldBe("2026-12-31");
    }

    [Theory]
    [InlineData("A lockdown halted all inspections in April 2025.", "Inspections of these cooperatives restarted in August.")]
    [InlineData("Labour officers stopped all field inspections in March 2025 because of the epidemic.", "Labour officers went back into the field on 1 June 2025.")]
    public void Inspections_of_these_firms_restarted_and_officers_back_in_the_field_lift_the_stop(string stop, string resumption)
    {
        Of(Enforcement(stop, resumption), StatementCategories.InspectionMoratorium).Select(s => s.Action)
            .ShouldBe([StatementActions.Imposed, StatementActions.Lifted]);
    }
}
