using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Model;
using static ReportPipeline.Core.Tests.Comparison.Ruritania;

namespace ReportPipeline.Core.Tests.Comparison;

/// <summary>Issue 15: comparison by the events' dates — expiry, a new moratorium after a gap, extensions against the end in force, lifts, restriction dates.</summary>
public class MoratoriumTimelineTests
{
    private static CountryDocument Year(int year, params Statement[] statements) =>
        Document($"chapter-{year}", Sources.UsdolFindings, year, [F("enforcement.labor.unannounced_inspections_permitted", "Yes")], statements);

    private static Statement Dated(string action, string text, string? until, string? date)
    {
        var statement = Moratorium(action, text, until);
        return date is null ? statement : statement with { Fields = new Dictionary<string, string>(statement.Fields) { ["date"] = date } };
    }

    [Fact]
    public void Placed_extended_expired_and_placed_again_raise_exactly_those_four_alerts_with_both_years_evidence()
    {
        var alerts = Detect(
            Year(2016),
            Year(2017, Dated("imposed", "In March 2017, the cabinet placed a moratorium on labor inspections until January 1, 2019.", "2019-01-01", "2017-03")),
            Year(2018, Dated("extended", "In December 2018, the cabinet extended the moratorium until January 1, 2020.", "2020-01-01", "2018-12")),
            Year(2019, Dated("continued", "The moratorium remained in effect throughout 2019 and expires on January 1, 2020.", "2020-01-01", null)),
            Year(2020),
            Year(2021),
            Year(2022, Dated("imposed", "A new moratorium on labor inspections went into effect on 1 July 2022.", null, "2022-07-01")));

        alerts.Select(a => a.Title).ShouldBe([
            "Ruritania: moratorium on labor inspections imposed until 1 January 2019 (2016 → 2017)",
            "Ruritania: moratorium on labor inspections extended until 1 January 2020 (2017 → 2018)",
            "Ruritania: moratorium on labor inspections expired on 1 January 2020 (2019 → 2020)",
            "Ruritania: moratorium on labor inspections imposed (2021 → 2022)",
        ]);
        alerts.ShouldAllBe(a => a.Family == FacetFamilies.Moratorium && a.Severity == AlertSeverity.High);
        alerts.Select(a => a.EffectiveDate).ShouldBe(["2017-03", "2020-01-01", "2020-01-01", "2022-07-01"]);

        var expired = alerts[2];
        (expired.OldValue, expired.NewValue, expired.Direction).ShouldBe(("Active", "Expired", AlertDirection.Improving));
        expired.OldEvidence!.Text.ShouldStartWith("The moratorium remained in effect");
        expired.NewEvidence!.DocumentId.ShouldBe("chapter-2020");
        expired.NewEvidence.Text.ShouldContain("unannounced_inspections_permitted");

        var again = alerts[3];
        again.OldEvidence!.DocumentId.ShouldBe("chapter-2019");
        again.NewEvidence!.Text.ShouldStartWith("A new moratorium");
    }

    [Fact]
    public void A_new_moratorium_after_an_expired_one_is_imposed_whatever_verb_the_report_uses_and_its_end_is_not_compared_with_the_old_end()
    {
        var alerts = Detect(
            Year(2015, Dated("imposed", "In 2015 a decree placed a moratorium on labor inspections until 2016.", "2016", "2015")),
            Year(2016),
            Year(2017),
            Year(2018, Dated("continued", "The moratorium on labor inspections is in force until January 1, 2021.", "2021-01-01", null)),
            Year(2019, Dated("extended", "In 2019 the cabinet extended the moratorium until January 1, 2022.", "2022-01-01", "2019")));

        alerts.Select(a => a.Title).ShouldBe([
            "Ruritania: moratorium on labor inspections expired in 2016 (2015 → 2017)",
            "Ruritania: moratorium on labor inspections imposed until 1 January 2021 (2017 → 2018)",
            "Ruritania: moratorium on labor inspections extended until 1 January 2022 (2018 → 2019)",
        ]);
        alerts[2].OldValue.ShouldBe("2021-01-01");
    }

    [Fact]
    public void A_moratorium_running_past_the_next_report_is_not_expired_and_a_lift_is_an_alert()
    {
        var alerts = Detect(
            Year(2019, Dated("imposed", "A moratorium on labor inspections was imposed until 2023.", "2023", "2019")),
            Year(2020),
            Year(2021, Dated("lifted", "In May 2021, the cabinet removed the moratorium on labor inspections.", null, "2021-05")));

        var lifted = alerts.ShouldHaveSingleItem();
        lifted.Title.ShouldBe("Ruritania: moratorium on labor inspections lifted (2019 → 2021)");
        (lifted.Direction, lifted.EffectiveDate).ShouldBe((AlertDirection.Improving, "2021-05"));
        lifted.OldEvidence!.DocumentId.ShouldBe("chapter-2019");
        lifted.NewEvidence!.DocumentId.ShouldBe("chapter-2021");
    }

    [Fact]
    public void A_lift_told_as_old_history_is_not_an_alert() =>
        Detect(
            Year(2019),
            Year(2020, Dated("lifted", "The moratorium on labor inspections was lifted in 2012.", null, "2012"))).ShouldBeEmpty();

    [Fact]
    public void A_restriction_alert_carries_the_date_the_restriction_takes_effect_not_the_signing()
    {
        static Statement Restriction(string text, string date) =>
            new("inspection_restriction", "imposed", text, 0.85, "rules", new Dictionary<string, string> { ["scope"] = "unannounced inspections", ["date"] = date }, 2);

        var alert = Detect(
            Chapter(2021, F("enforcement.labor.unannounced_inspections_permitted", "Yes")),
            Document("chapter-2022", Sources.UsdolFindings, 2022, [F("enforcement.labor.unannounced_inspections_permitted", "No")], [
                Restriction("On 30 December 2021, the President signed a law restricting unannounced inspections.", "2021-12-30"),
                Restriction("The law restricting unannounced inspections came into force on 1 January 2023.", "2023-01-01"),
            ])).ShouldHaveSingleItem();

        alert.Facet.ShouldBe("enforcement.labor.unannounced_inspections_permitted");
        alert.EffectiveDate.ShouldBe("2023-01-01");
        alert.OldEvidence!.DocumentId.ShouldBe("chapter-2021");
    }
}
