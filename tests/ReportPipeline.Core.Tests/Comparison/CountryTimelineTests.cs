using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Model;
using static ReportPipeline.Core.Tests.Comparison.Ruritania;

namespace ReportPipeline.Core.Tests.Comparison;

public class CountryTimelineTests
{
    private const string Unannounced = "enforcement.labor.unannounced_inspections_permitted";

    [Fact]
    public void Timeline_lists_each_facet_across_years_and_marks_changes_conflicts_and_gaps()
    {
        var statuses = StatusBuilder.Build(History(
            Chapter(2018, F(Unannounced, "Yes"), F("assessment.level", "Moderate Advancement")),
            Chapter(2019, F(Unannounced, "No")),
            Chapter(2020, F(Unannounced, "No"), F("assessment.level", "Moderate Advancement")),
            Dataset(2020, F("assessment.level", "Minimal Advancement"))));
        var alerts = new ChangeDetector().Detect(statuses, Now);

        var timeline = CountryTimeline.Build("xr", statuses, alerts);

        timeline.Years.ShouldBe([2018, 2019, 2020]);
        timeline.Rows.Select(r => r.Facet).ShouldBe(["assessment.level", Unannounced]);
        var unannounced = timeline.Rows[1];
        unannounced.Label.ShouldBe("unannounced labor inspections permitted");
        unannounced.Cells.Select(c => (c.Value, c.Changed)).ShouldBe([("Yes", false), ("No", true), ("No", false)]);
        var level = timeline.Rows[0];
        level.Cells[1].Value.ShouldBeNull();
        level.Cells[1].Changed.ShouldBeFalse();
        level.Cells[2].Conflict.ShouldBeTrue();
        level.Cells[2].ConflictingValues.ShouldBe(["Moderate Advancement", "Minimal Advancement"]);
        level.Cells[2].Changed.ShouldBeTrue();
    }

    [Fact]
    public void A_dismissed_alert_does_not_mark_its_cell()
    {
        var statuses = StatusBuilder.Build(History(Chapter(2018, F(Unannounced, "Yes")), Chapter(2019, F(Unannounced, "No"))));
        var alert = new ChangeDetector().Detect(statuses, Now).Single();
        var dismissed = alert with { Review = new AlertReview(AlertReviewState.Dismissed, "analyst", "misread", Now) };

        CountryTimeline.Build(Iso2, statuses, [dismissed]).Rows.Single().Cells[1].Changed.ShouldBeFalse();
        CountryTimeline.Build(Iso2, statuses, [alert]).Rows.Single().Cells[1].AlertIds.ShouldBe([alert.Id]);
    }

    [Fact]
    public void Row_labels_are_words_and_no_two_rows_share_one()
    {
        var statuses = StatusBuilder.Build(History(
            Dataset(2021,
                F("legal.minimum_age_work.meets", "Yes"),
                F("legal.minimum_age_work.age", "15"),
                F("enforcement.labor.inspectors@north-march", "12"),
                F("enforcement.labor.inspectors@strelsau-city", "30"),
                F("enforcement.labor.inspectors", "42"),
                F("custom.courts", "3"),
                F("other.courts", "4"))));

        var labels = CountryTimeline.Build(Iso2, statuses, []).Rows.ToDictionary(r => r.Facet, r => r.Label);

        labels["legal.minimum_age_work.meets"].ShouldBe("minimum age for work: meets international standards");
        labels["legal.minimum_age_work.age"].ShouldBe("minimum age for work: age");
        labels["enforcement.labor.inspectors@north-march"].ShouldBe("number of labor inspectors (North March)");
        labels["enforcement.labor.inspectors@strelsau-city"].ShouldBe("number of labor inspectors (Strelsau City)");
        labels["enforcement.labor.inspectors"].ShouldBe("number of labor inspectors");
        labels["custom.courts"].ShouldBe("courts (custom courts)");
        labels.Values.ShouldBeUnique();
        labels.Values.ShouldAllBe(l => !l.Contains('_') && !l.Contains('@'));
    }
}
