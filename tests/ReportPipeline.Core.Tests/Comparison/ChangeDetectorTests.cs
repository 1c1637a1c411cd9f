using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Model;
using static ReportPipeline.Core.Tests.Comparison.Ruritania;

namespace ReportPipeline.Core.Tests.Comparison;

public class ChangeDetectorTests
{
    private const string Unannounced = "enforcement.labor.unannounced_inspections_permitted";
    private const string Inspectors = "enforcement.labor.inspectors";

    [Fact]
    public void Enforcement_yes_to_no_is_a_severe_worsening_with_plain_title_and_evidence_of_both_years()
    {
        var alert = Detect(Chapter(2018, F(Unannounced, "Yes", 11)), Chapter(2019, F(Unannounced, "No", 12))).ShouldHaveSingleItem();

        alert.Title.ShouldBe("Ruritania: unannounced labor inspections no longer permitted (2018 → 2019)");
        alert.Kind.ShouldBe(ChangeDetector.KindChange);
        alert.Family.ShouldBe(FacetFamilies.Enforcement);
        (alert.FromYear, alert.ToYear, alert.OldValue, alert.NewValue).ShouldBe((2018, 2019, "Yes", "No"));
        alert.Direction.ShouldBe(AlertDirection.Worsening);
        alert.Severity.ShouldBe(AlertSeverity.High);
        alert.OldEvidence.ShouldBe(new AlertEvidence("chapter-2018", Sources.UsdolFindings, 2018, $"Ruritania table row: {Unannounced} Yes", 11, "reports/chapter-2018.pdf"));
        alert.NewEvidence.ShouldNotBeNull().DocumentId.ShouldBe("chapter-2019");
        alert.NewEvidence!.Page.ShouldBe(12);
        alert.CreatedAt.ShouldBe(Now);
        alert.Review.ShouldBeNull();
    }

    [Fact]
    public void Enforcement_no_to_yes_is_an_improvement_and_activity_facets_weigh_less_than_authority()
    {
        var alerts = Detect(
            Chapter(2018, F(Unannounced, "No"), F("enforcement.labor.routine_inspections_conducted", "Yes")),
            Chapter(2019, F(Unannounced, "Yes"), F("enforcement.labor.routine_inspections_conducted", "No")));

        var permitted = alerts.Single(a => a.Facet == Unannounced);
        permitted.Title.ShouldBe("Ruritania: unannounced labor inspections now permitted (2018 → 2019)");
        (permitted.Direction, permitted.Severity).ShouldBe((AlertDirection.Improving, AlertSeverity.Medium));
        var routine = alerts.Single(a => a.Facet == "enforcement.labor.routine_inspections_conducted");
        (routine.Direction, routine.Severity).ShouldBe((AlertDirection.Worsening, AlertSeverity.Medium));
    }

    [Theory]
    [InlineData("Significant Advancement", "Moderate Advancement", AlertDirection.Worsening, AlertSeverity.Medium, "assessment fell from Significant Advancement to Moderate Advancement")]
    [InlineData("Moderate Advancement", "No Advancement", AlertDirection.Worsening, AlertSeverity.High, "assessment fell from Moderate Advancement to No Advancement")]
    [InlineData("Minimal Advancement", "Moderate Advancement", AlertDirection.Improving, AlertSeverity.Low, "assessment rose from Minimal Advancement to Moderate Advancement")]
    [InlineData("No Advancement", "Moderate Advancement", AlertDirection.Improving, AlertSeverity.Medium, "assessment rose from No Advancement to Moderate Advancement")]
    public void Assessment_level_moves_are_graded_by_direction_and_steps(string before, string after, AlertDirection direction, AlertSeverity severity, string phrase)
    {
        var alert = Detect(Dataset(2021, F("assessment.level", before)), Dataset(2022, F("assessment.level", after))).ShouldHaveSingleItem();

        (alert.Direction, alert.Severity, alert.Family).ShouldBe((direction, severity, FacetFamilies.Assessment));
        alert.Title.ShouldBe($"Ruritania: {phrase} (2021 → 2022)");
    }

    [Fact]
    public void Legal_standard_ceasing_or_starting_to_meet_standards_and_a_changed_minimum_age()
    {
        var alerts = Detect(
            Chapter(2019, F("legal.minimum_age_work.meets", "Yes"), F("legal.prohibition_csec.meets", "No"), F("legal.minimum_age_work.age", "14")),
            Chapter(2020, F("legal.minimum_age_work.meets", "No"), F("legal.prohibition_csec.meets", "Yes"), F("legal.minimum_age_work.age", "15")));

        var ceased = alerts.Single(a => a.Facet == "legal.minimum_age_work.meets");
        ceased.Title.ShouldBe("Ruritania: minimum age for work no longer meets international standards (2019 → 2020)");
        (ceased.Direction, ceased.Severity).ShouldBe((AlertDirection.Worsening, AlertSeverity.High));
        var started = alerts.Single(a => a.Facet == "legal.prohibition_csec.meets");
        started.Title.ShouldBe("Ruritania: prohibition of commercial sexual exploitation of children now meets international standards (2019 → 2020)");
        started.Direction.ShouldBe(AlertDirection.Improving);
        var age = alerts.Single(a => a.Facet == "legal.minimum_age_work.age");
        age.Title.ShouldBe("Ruritania: minimum age for work raised from 14 to 15 (2019 → 2020)");
        (age.Direction, age.Severity, age.Family).ShouldBe((AlertDirection.Improving, AlertSeverity.Medium, FacetFamilies.Legal));
    }

    [Fact]
    public void A_ratification_is_an_improvement()
    {
        var alert = Detect(Dataset(2018, F("ratification.ilo_c138", "Not ratified")), Dataset(2019, F("ratification.ilo_c138", "Ratified"))).ShouldHaveSingleItem();

        alert.Title.ShouldBe("Ruritania: ratified ILO C138 (Minimum Age) (2018 → 2019)");
        (alert.Direction, alert.Severity, alert.Family).ShouldBe((AlertDirection.Improving, AlertSeverity.Medium, FacetFamilies.Ratification));
    }

    [Theory]
    [InlineData("900", "600", AlertDirection.Worsening, AlertSeverity.Medium, "number of labor inspectors down 33% (900 → 600)")]
    [InlineData("1000", "400", AlertDirection.Worsening, AlertSeverity.High, "number of labor inspectors down 60% (1,000 → 400)")]
    [InlineData("100", "160", AlertDirection.Improving, AlertSeverity.Low, "number of labor inspectors up 60% (100 → 160)")]
    [InlineData("0", "25", AlertDirection.Improving, AlertSeverity.Low, "number of labor inspectors up (0 → 25)")]
    public void Large_moves_in_enforcement_figures_are_changes(string before, string after, AlertDirection direction, AlertSeverity severity, string phrase)
    {
        var alert = Detect(Chapter(2019, F(Inspectors, before)), Chapter(2020, F(Inspectors, after))).ShouldHaveSingleItem();

        (alert.Direction, alert.Severity).ShouldBe((direction, severity));
        alert.Title.ShouldBe($"Ruritania: {phrase} (2019 → 2020)");
    }

    [Theory]
    [InlineData("12", "5")]     // -58%, but 7 inspectors: noise for a small number
    [InlineData("40", "35")]    // -12.5%
    [InlineData("901", "602")]  // just under a third
    [InlineData("100", "140")]  // +40%
    public void Small_or_modest_moves_in_figures_are_not_changes(string before, string after)
    {
        Detect(Chapter(2019, F(Inspectors, before)), Chapter(2020, F(Inspectors, after))).ShouldBeEmpty();
    }

    [Fact]
    public void Found_violations_moving_has_no_direction()
    {
        var alert = Detect(Chapter(2019, F("enforcement.labor.violations", "200")), Chapter(2020, F("enforcement.labor.violations", "50"))).ShouldHaveSingleItem();

        (alert.Direction, alert.Severity).ShouldBe((AlertDirection.Neutral, AlertSeverity.Low));
    }

    [Theory]
    [InlineData("Yes", "Unknown", "unannounced labor inspections permitted now reported as Unknown (was Yes)")]
    [InlineData("Unknown", "No", "unannounced labor inspections permitted reported again: No (was Unknown)")]
    [InlineData("N/A", "Yes", "unannounced labor inspections permitted reported again: Yes (was N/A)")]
    public void Transitions_to_and_from_unknown_are_information(string before, string after, string phrase)
    {
        var alert = Detect(Chapter(2019, F(Unannounced, before)), Chapter(2020, F(Unannounced, after))).ShouldHaveSingleItem();

        (alert.Direction, alert.Severity).ShouldBe((AlertDirection.Neutral, AlertSeverity.Info));
        alert.Title.ShouldBe($"Ruritania: {phrase} (2019 → 2020)");
    }

    [Fact]
    public void Unknown_in_2018_then_unknown_with_a_footnote_mark_is_no_change()
    {
        Detect(Chapter(2018, F(Inspectors, "Unknown")), Dataset(2019, F(Inspectors, "Unknown*"))).ShouldBeEmpty();
    }

    [Fact]
    public void A_facet_absent_in_a_year_is_not_a_change_and_the_next_report_compares_with_the_last_known_value()
    {
        Detect(Chapter(2016, F(Unannounced, "Yes")), Chapter(2017, F(Inspectors, "50")), Chapter(2018, F(Unannounced, "Yes"))).ShouldBeEmpty();

        var alert = Detect(Chapter(2016, F(Unannounced, "Yes")), Chapter(2017, F(Inspectors, "50")), Chapter(2018, F(Unannounced, "No"))).ShouldHaveSingleItem();
        (alert.FromYear, alert.ToYear).ShouldBe((2016, 2018));
    }

    [Fact]
    public void A_gap_in_reporting_years_is_bridged()
    {
        var alert = Detect(Dataset(2016, F("assessment.level", "Moderate Advancement")), Dataset(2019, F("assessment.level", "Minimal Advancement"))).ShouldHaveSingleItem();

        alert.Title.ShouldBe("Ruritania: assessment fell from Moderate Advancement to Minimal Advancement (2016 → 2019)");
    }

    [Fact]
    public void Documents_of_one_year_that_disagree_raise_a_conflict_and_that_year_is_not_compared()
    {
        var alerts = Detect(
            Chapter(2018, F(Unannounced, "Yes")),
            Chapter(2019, F(Unannounced, "No", 8)),
            Dataset(2019, F(Unannounced, "Yes")),
            Chapter(2020, F(Unannounced, "Yes")));

        var conflict = alerts.ShouldHaveSingleItem();
        conflict.Kind.ShouldBe(ChangeDetector.KindConflict);
        conflict.Family.ShouldBe(FacetFamilies.Conflict);
        (conflict.FromYear, conflict.ToYear, conflict.OldValue, conflict.NewValue).ShouldBe((2019, 2019, "No", "Yes"));
        conflict.Title.ShouldBe("Ruritania: reports for 2019 disagree on unannounced labor inspections permitted (No in the USDOL chapter vs Yes in the USDOL dataset)");
        conflict.OldEvidence!.DocumentId.ShouldBe("chapter-2019");
        conflict.OldEvidence.Page.ShouldBe(8);
        conflict.NewEvidence!.DocumentId.ShouldBe("dataset-2019");
    }

    [Theory]
    [InlineData("No", "Yes", AlertSeverity.Medium)]
    [InlineData("N/A", "Yes", AlertSeverity.Info)]
    [InlineData("Yes", "Unknown", AlertSeverity.Info)]
    public void A_conflict_between_two_statuses_is_medium_and_one_where_a_document_gives_none_is_info(string chapter, string dataset, AlertSeverity severity)
    {
        var conflict = Detect(Chapter(2019, F(Unannounced, chapter)), Dataset(2019, F(Unannounced, dataset))).ShouldHaveSingleItem();

        conflict.Kind.ShouldBe(ChangeDetector.KindConflict);
        conflict.Severity.ShouldBe(severity);
    }

    [Fact]
    public void A_change_across_a_year_in_conflict_is_still_raised_from_the_last_settled_value()
    {
        var alerts = Detect(
            Chapter(2018, F(Unannounced, "Yes")),
            Chapter(2019, F(Unannounced, "No")),
            Dataset(2019, F(Unannounced, "Yes")),
            Chapter(2020, F(Unannounced, "No")));

        alerts.Select(a => (a.Kind, a.FromYear, a.ToYear)).ShouldBe([(ChangeDetector.KindConflict, 2019, 2019), (ChangeDetector.KindChange, 2018, 2020)]);
    }

    [Fact]
    public void Statistics_move_only_by_several_points()
    {
        Detect(Dataset(2019, F("statistics.working_children_percent", "10.2")), Dataset(2020, F("statistics.working_children_percent", "12.0"))).ShouldBeEmpty();

        var alert = Detect(Dataset(2019, F("statistics.working_children_percent", "10.2")), Dataset(2020, F("statistics.working_children_percent", "16.0"))).ShouldHaveSingleItem();
        (alert.Direction, alert.Severity, alert.Family).ShouldBe((AlertDirection.Worsening, AlertSeverity.Low, FacetFamilies.Statistics));
    }

    [Fact]
    public void Ids_are_deterministic_and_independent_of_time_and_document_order()
    {
        CountryDocument[] documents = [Chapter(2018, F(Unannounced, "Yes"), F(Inspectors, "900")), Chapter(2019, F(Unannounced, "No"), F(Inspectors, "300")), Dataset(2019, F(Unannounced, "Yes"))];
        var first = new ChangeDetector().Detect(StatusBuilder.Build(History(documents)), Now);
        var again = new ChangeDetector().Detect(StatusBuilder.Build(History([.. documents.Reverse()])), Now.AddDays(30));

        first.Count.ShouldBe(2);
        again.Select(a => a.Id).ShouldBe(first.Select(a => a.Id));
        again.Select(a => a.Title).ShouldBe(first.Select(a => a.Title));
        first.ShouldAllBe(a => a.Id.StartsWith("XR-"));
        first.Select(a => AlertIds.CountryOf(a.Id)).ShouldAllBe(c => c == "XR");
    }

    [Fact]
    public void Ids_differ_when_any_part_of_the_change_differs()
    {
        var ids = new[]
        {
            AlertIds.For("XR", "change", Unannounced, 2018, 2019, "Yes", "No"),
            AlertIds.For("XR", "change", Unannounced, 2018, 2019, "No", "Yes"),
            AlertIds.For("XR", "change", Unannounced, 2017, 2019, "Yes", "No"),
            AlertIds.For("XR", "change", Unannounced, 2018, 2020, "Yes", "No"),
            AlertIds.For("XR", "change", "enforcement.labor.civil_penalties", 2018, 2019, "Yes", "No"),
            AlertIds.For("XS", "change", Unannounced, 2018, 2019, "Yes", "No"),
            AlertIds.For("XR", "conflict", Unannounced, 2018, 2019, "Yes", "No"),
        };

        ids.Distinct().Count().ShouldBe(ids.Length);
        AlertIds.For("xr", "change", Unannounced, 2018, 2019, "Yes", "No").ShouldBe(ids[0]);
    }

    [Fact]
    public void Worksite_inspections_repeating_the_total_cell_for_cell_give_one_alert_on_the_total()
    {
        const string worksite = "enforcement.labor.worksite_inspections";
        var alert = Detect(
            Chapter(2019, F("enforcement.labor.inspections", "900"), F(worksite, "900")),
            Chapter(2020, F("enforcement.labor.inspections", "300"), F(worksite, "300"))).ShouldHaveSingleItem();
        alert.Title.ShouldBe("Ruritania: number of labor inspections down 67% (900 → 300) (2019 → 2020)");

        var both = Detect(
            Chapter(2019, F("enforcement.labor.inspections", "900"), F(worksite, "500")),
            Chapter(2020, F("enforcement.labor.inspections", "300"), F(worksite, "100")));
        both.Select(a => a.Title).ShouldBe([
            "Ruritania: number of labor inspections down 67% (900 → 300) (2019 → 2020)",
            "Ruritania: number of labor inspections at worksites down 80% (500 → 100) (2019 → 2020)",
        ]);
    }
}

