using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Evaluation;
using ReportPipeline.Core.Model;
using ReportPipeline.Testing;
using static ReportPipeline.Core.Tests.Comparison.Ruritania;

namespace ReportPipeline.Core.Tests.Comparison;

public class AlertEvaluatorTests
{
    private const string Unannounced = "enforcement.labor.unannounced_inspections_permitted";
    private const string Inspectors = "enforcement.labor.inspectors";
    private const string Prosecutions = "enforcement.criminal.prosecutions";

    private static GroundTruthRow Truth(int year, params (string Facet, string Value)[] facts) =>
        new(Name, Iso2, year, facts.ToDictionary(f => f.Facet, f => f.Value));

    [Fact]
    public void Scores_raised_alerts_against_true_changes_per_family_only_where_both_years_were_extracted()
    {
        GroundTruthRow[] truth =
        [
            Truth(2017, (Unannounced, "Yes"), ("assessment.level", "Moderate Advancement"), ("ratification.ilo_c138", "Not ratified"), (Inspectors, "Unknown")),
            Truth(2018, (Unannounced, "No"), ("assessment.level", "Moderate Advancement"), ("ratification.ilo_c138", "Ratified"), (Inspectors, "120")),
            Truth(2019, (Unannounced, "No"), ("assessment.level", "Minimal Advancement"), ("ratification.ilo_c138", "Ratified"), (Inspectors, "120")),
            Truth(2020, (Unannounced, "Yes"), ("assessment.level", "Minimal Advancement"), ("ratification.ilo_c138", "Ratified")),
        ];
        // No extracted document for 2020: its true change cannot be scored.
        var extracted = History(
            Chapter(2017, F(Unannounced, "Yes"), F("assessment.level", "Moderate Advancement"), F("ratification.ilo_c138", "Not ratified"), F(Inspectors, "Unknown")),
            Chapter(2018, F(Unannounced, "No"), F("assessment.level", "Minimal Advancement"), F("ratification.ilo_c138", "Not ratified"), F(Inspectors, "120"), F(Prosecutions, "90")),
            Chapter(2019, F(Unannounced, "No"), F("assessment.level", "Minimal Advancement"), F("ratification.ilo_c138", "Ratified"), F(Inspectors, "120"), F(Prosecutions, "20")));

        var report = AlertEvaluator.Evaluate(truth, [extracted], new ChangeDetector());

        report.Countries.ShouldBe(1);
        report.ScoredYears.ShouldBe(3);
        report.Families.Select(f => (f.Family, f.TruePositives, f.FalsePositives, f.FalseNegatives)).ShouldBe([
            (FacetFamilies.Assessment, 0, 1, 1),
            (FacetFamilies.Enforcement, 2, 0, 0),
            (FacetFamilies.Ratification, 0, 1, 1),
        ]);
        // Unknown -> 120 inspectors is an Info change: scored, but not without info.
        report.FamiliesWithoutInfo.Single(f => f.Family == FacetFamilies.Enforcement).TruePositives.ShouldBe(1);
        report.Overall.Precision.ShouldBe(0.5, 1e-9);
        report.Overall.Recall.ShouldBe(0.5, 1e-9);
        report.OverallWithoutInfo.TruePositives.ShouldBe(1);
        // The data has no prosecutions: the fall is raised but cannot be judged, so it is listed apart.
        report.Unjudged.ShouldHaveSingleItem().Title.ShouldBe("Ruritania: criminal prosecutions down 78% (90 → 20) (2018 → 2019)");
        report.Missed.Select(a => (a.Facet, a.FromYear, a.ToYear)).ShouldBe([("assessment.level", 2018, 2019), ("ratification.ilo_c138", 2017, 2018)], ignoreOrder: true);
        report.Spurious.Select(a => (a.Facet, a.FromYear, a.ToYear)).ShouldBe([("assessment.level", 2017, 2018), ("ratification.ilo_c138", 2018, 2019)], ignoreOrder: true);
    }

    [Fact]
    public void A_change_bridging_a_year_the_truth_reports_is_out_of_scope_when_that_year_was_not_extracted()
    {
        GroundTruthRow[] truth = [Truth(2017, (Unannounced, "Yes")), Truth(2018, (Unannounced, "No")), Truth(2019, (Unannounced, "No"))];
        var extracted = History(Chapter(2017, F(Unannounced, "Yes")), Chapter(2019, F(Unannounced, "No")));

        var report = AlertEvaluator.Evaluate(truth, [extracted], new ChangeDetector());

        (report.Overall.TruePositives, report.Overall.FalsePositives, report.Overall.FalseNegatives).ShouldBe((0, 0, 0));
    }

    [SharedDataFact]
    public async Task The_ground_truth_holds_the_real_changes_the_corpus_readme_lists()
    {
        var rows = (await CorpusFiles.ReadGroundTruthAsync(SharedData.Corpus)).Values.ToList();
        var detector = new ChangeDetector();
        IReadOnlyList<Alert> AlertsOf(string iso2) =>
            detector.Detect(StatusBuilder.Build(AlertEvaluator.TruthHistory([.. rows.Where(r => r.Iso2 == iso2).OrderBy(r => r.Year)])), Now);

        var ukraine = AlertsOf("UA").Where(a => a.Facet == Unannounced).ToList();
        ukraine.Select(a => a.Title).ShouldBe([
            "Ukraine: unannounced labor inspections no longer permitted (2018 → 2019)",
            "Ukraine: unannounced labor inspections now permitted (2020 → 2021)",
            "Ukraine: unannounced labor inspections no longer permitted (2021 → 2022)",
        ]);
        AlertsOf("MD").ShouldContain(a => a.Facet == Unannounced && a.FromYear == 2019 && a.ToYear == 2020 && a.NewValue == "No");
        AlertsOf("KG").ShouldContain(a => a.Facet == Unannounced && a.FromYear == 2018 && a.ToYear == 2019 && a.Direction == AlertDirection.Worsening);
        AlertsOf("VU").ShouldContain(a => a.Title == "Vanuatu: ratified ILO C138 (Minimum Age) (2018 → 2019)");
        AlertsOf("JO").ShouldContain(a => a.Title == "Jordan: assessment fell from Significant Advancement to Moderate Advancement (2021 → 2022)" && a.Severity == AlertSeverity.Medium);
    }
}
