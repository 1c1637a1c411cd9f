using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Model;
using ReportPipeline.Testing;

namespace ReportPipeline.IntegrationTests.Comparison;

/// <summary>The Alerts table on a real Azurite: written once, triage kept, filters applied by the service.</summary>
[Collection(InProcessAzuriteCollection.Name)]
public sealed class TableAlertStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset March = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static Alert Make(string iso2, string facet, int from, int to, string old, string @new, AlertSeverity severity, DateTimeOffset createdAt, string family = FacetFamilies.Enforcement) => new()
    {
        Id = AlertIds.For(iso2, ChangeDetector.KindChange, facet, from, to, old, @new),
        Iso2 = iso2,
        Country = iso2 == "XR" ? "Ruritania" : "Syldavia",
        Facet = facet,
        Family = family,
        Kind = ChangeDetector.KindChange,
        FromYear = from,
        ToYear = to,
        OldValue = old,
        NewValue = @new,
        Direction = AlertDirection.Worsening,
        Severity = severity,
        Title = $"{facet} {old} → {@new} ({from} → {to})",
        OldEvidence = new AlertEvidence($"doc-{from}", Sources.UsdolFindings, from, $"Row {old} «verbatim»", 4, $"reports/xr-{from}.pdf"),
        NewEvidence = new AlertEvidence($"doc-{to}", Sources.UsdolDataset, to, $"Row {@new}"),
        EffectiveDate = to == 2021 ? "2026-01-01" : null,
        CreatedAt = createdAt,
    };

    [Fact]
    public async Task An_alert_round_trips_and_adding_it_again_changes_nothing()
    {
        await using var harness = new ComparisonHarness(azurite.ConnectionString);
        var alert = Make("XR", "enforcement.labor.unannounced_inspections_permitted", 2020, 2021, "Yes", "No", AlertSeverity.High, March);

        var first = await harness.Alerts.AddNewAsync("XR", [alert]);
        var second = await harness.Alerts.AddNewAsync("XR", [alert with { CreatedAt = March.AddDays(1), Title = "rewritten" }]);

        first.Added.ShouldBe([alert]);
        (second.Added.Count, second.AlreadyStored, second.Dismissed).ShouldBe((0, 1, 0));
        (await harness.Alerts.GetAsync(alert.Id)).ShouldBe(alert);
        (await harness.Alerts.GetAsync("XR-000000000000000000000000")).ShouldBeNull();
        (await harness.Alerts.GetAsync("not an id")).ShouldBeNull();
    }

    [Fact]
    public async Task A_dismissal_is_kept_through_later_adds_and_reviews_record_who_and_why()
    {
        await using var harness = new ComparisonHarness(azurite.ConnectionString);
        var alert = Make("XR", "enforcement.labor.inspectors", 2019, 2020, "900", "300", AlertSeverity.High, March);
        await harness.Alerts.AddNewAsync("XR", [alert]);
        var review = new AlertReview(AlertReviewState.Dismissed, "analyst@example.org", "Table misread: 300 is the 2018 figure.", March.AddHours(3));

        var reviewed = await harness.Alerts.ReviewAsync(alert.Id, review);
        var again = await harness.Alerts.AddNewAsync("XR", [alert with { CreatedAt = March.AddDays(2) }]);

        reviewed.ShouldNotBeNull().Review.ShouldBe(review);
        (again.Added.Count, again.Dismissed).ShouldBe((0, 1));
        var stored = (await harness.Alerts.GetAsync(alert.Id)).ShouldNotBeNull();
        stored.Review.ShouldBe(review);
        stored.CreatedAt.ShouldBe(March);
        (await harness.Alerts.ReviewAsync("XR-000000000000000000000000", review)).ShouldBeNull();
    }

    [Fact]
    public async Task Queries_filter_by_country_time_severity_family_and_dismissal()
    {
        await using var harness = new ComparisonHarness(azurite.ConnectionString);
        var old = Make("XR", "enforcement.labor.inspectors", 2018, 2019, "900", "300", AlertSeverity.High, March);
        var info = Make("XR", "enforcement.labor.inspectors", 2019, 2020, "300", "Unknown", AlertSeverity.Info, March.AddDays(10));
        var legal = Make("XS", "legal.minimum_age_work.meets", 2019, 2020, "Yes", "No", AlertSeverity.High, March.AddDays(10), FacetFamilies.Legal);
        await harness.Alerts.AddNewAsync("XR", [old, info]);
        await harness.Alerts.AddNewAsync("XS", [legal]);
        await harness.Alerts.ReviewAsync(legal.Id, new AlertReview(AlertReviewState.Dismissed, "a", "dup", March));

        (await harness.Alerts.QueryAsync(new AlertQuery())).Select(a => a.Id).ShouldBe([legal.Id, info.Id, old.Id]);
        (await harness.Alerts.QueryAsync(new AlertQuery(Iso2: "xr"))).Select(a => a.Id).ShouldBe([info.Id, old.Id]);
        (await harness.Alerts.QueryAsync(new AlertQuery(Since: March.AddDays(5)))).Select(a => a.Id).ShouldBe([legal.Id, info.Id]);
        (await harness.Alerts.QueryAsync(new AlertQuery(MinSeverity: AlertSeverity.Medium))).Select(a => a.Id).ShouldBe([legal.Id, old.Id]);
        (await harness.Alerts.QueryAsync(new AlertQuery(Family: FacetFamilies.Legal))).Select(a => a.Id).ShouldBe([legal.Id]);
        (await harness.Alerts.QueryAsync(new AlertQuery(IncludeDismissed: false))).Select(a => a.Id).ShouldBe([info.Id, old.Id]);
    }

    [Fact]
    public async Task Two_comparers_adding_overlapping_alerts_store_each_once()
    {
        await using var harness = new ComparisonHarness(azurite.ConnectionString);
        var alerts = Enumerable.Range(0, 150)
            .Select(i => Make("XR", $"enforcement.labor.figure_{i:000}", 2019, 2020, "900", "300", AlertSeverity.Medium, March))
            .ToList();

        var results = await Task.WhenAll(
            harness.Alerts.AddNewAsync("XR", alerts[..120]),
            harness.Alerts.AddNewAsync("XR", alerts[30..]));

        results.SelectMany(r => r.Added).Select(a => a.Id).Order().ShouldBe(alerts.Select(a => a.Id).Order());
        (await harness.Alerts.QueryAsync(new AlertQuery(Iso2: "XR"))).Count.ShouldBe(150);
    }
}
