using Microsoft.Extensions.Logging.Abstractions;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Model;
using static ReportPipeline.Core.Tests.Comparison.Ruritania;

namespace ReportPipeline.Core.Tests.Comparison;

public class CompareServiceTests
{
    private const string Unannounced = "enforcement.labor.unannounced_inspections_permitted";

    private sealed class SteppingClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }

    private static (CompareService Service, InMemoryComparisonStore Store, SteppingClock Clock) Create()
    {
        var store = new InMemoryComparisonStore();
        var clock = new SteppingClock(Now);
        return (new CompareService(store, store, store, new ChangeDetector(), clock, NullLogger<CompareService>.Instance), store, clock);
    }

    private static CountryHistory Ruritania2018To2019() => History(Chapter(2018, F(Unannounced, "Yes")), Chapter(2019, F(Unannounced, "No")));

    [Fact]
    public async Task Compare_stores_new_alerts_then_clears_the_dirty_mark_and_a_second_run_adds_nothing()
    {
        var (service, store, clock) = Create();
        store.Ingest(Ruritania2018To2019());

        var first = await service.CompareDirtyAsync();

        var country = first.Countries.ShouldHaveSingleItem();
        country.Added.ShouldHaveSingleItem().Title.ShouldBe("Ruritania: unannounced labor inspections no longer permitted (2018 → 2019)");
        country.DirtyCleared.ShouldBeTrue();
        store.IsDirty(Iso2).ShouldBeFalse();

        clock.Advance(TimeSpan.FromHours(1));
        var second = await service.CompareAsync([Iso2]);

        second.Added.ShouldBe(0);
        second.Raised.ShouldBe(1);
        second.Countries.Single().AlreadyStored.ShouldBe(1);
        store.Alerts.ShouldHaveSingleItem().CreatedAt.ShouldBe(Now);
    }

    [Fact]
    public async Task A_dismissed_alert_is_never_raised_again_and_stays_dismissed()
    {
        var (service, store, _) = Create();
        store.Ingest(Ruritania2018To2019());
        var id = (await service.CompareDirtyAsync()).Countries.Single().Added.Single().Id;
        var review = new AlertReview(AlertReviewState.Dismissed, "analyst@example.org", "The 2019 table was misread.", Now.AddHours(2));
        await store.ReviewAsync(id, review);

        store.Ingest(Ruritania2018To2019());
        var rerun = await service.CompareDirtyAsync();

        var country = rerun.Countries.Single();
        country.Added.ShouldBeEmpty();
        country.Dismissed.ShouldBe(1);
        (await store.GetAsync(id)).ShouldNotBeNull().Review.ShouldBe(review);
    }

    [Fact]
    public async Task A_country_that_fails_stays_dirty_and_does_not_stop_the_others()
    {
        var (service, store, _) = Create();
        store.Ingest(Ruritania2018To2019());
        store.Ingest(new CountryHistory("XS", "Syldavia", [Chapter(2018, F(Unannounced, "No")), Chapter(2019, F(Unannounced, "Yes"))]));
        store.FailAlertsFor = Iso2;

        var report = await service.CompareDirtyAsync();

        report.Failed.ShouldBe(1);
        var failed = report.Countries.Single(c => c.Iso2 == Iso2);
        failed.Error.ShouldNotBeNull().ShouldContain("alert table unavailable");
        failed.DirtyCleared.ShouldBeFalse();
        store.IsDirty(Iso2).ShouldBeTrue();
        report.Countries.Single(c => c.Iso2 == "XS").Added.ShouldHaveSingleItem().Title.ShouldBe("Syldavia: unannounced labor inspections now permitted (2018 → 2019)");
        store.IsDirty("XS").ShouldBeFalse();
    }

    [Fact]
    public async Task A_country_marked_again_while_being_compared_stays_dirty()
    {
        var (service, store, _) = Create();
        store.Ingest(Ruritania2018To2019());
        store.DuringRead = iso2 =>
        {
            store.DuringRead = null;
            store.Ingest(History(Chapter(2018, F(Unannounced, "Yes")), Chapter(2019, F(Unannounced, "No")), Chapter(2020, F(Unannounced, "Yes"))));
        };

        var report = await service.CompareAsync([Iso2]);

        report.Countries.Single().DirtyCleared.ShouldBeFalse();
        store.IsDirty(Iso2).ShouldBeTrue();
    }

    [Fact]
    public async Task Only_the_requested_countries_are_read_and_unknown_codes_are_reported_not_thrown()
    {
        var (service, store, _) = Create();
        store.Ingest(Ruritania2018To2019());
        store.Ingest(new CountryHistory("XS", "Syldavia", [Chapter(2018, F(Unannounced, "No")), Chapter(2019, F(Unannounced, "Yes"))]));

        var report = await service.CompareAsync(["xs", "QQ"]);

        report.Countries.Select(c => (c.Iso2, c.Years, c.Added.Count)).ShouldBe([("QQ", 0, 0), ("XS", 2, 1)]);
        store.IsDirty(Iso2).ShouldBeTrue();
        store.Alerts.ShouldAllBe(a => a.Iso2 == "XS");
    }

    [Fact]
    public async Task Status_gives_every_reported_year_with_provenance()
    {
        var (service, store, _) = Create();
        store.Ingest(History(Chapter(2018, F(Unannounced, "Yes")), Dataset(2018, F(Unannounced, "Yes")), Chapter(2019, F(Unannounced, "No"))));

        var statuses = await service.StatusAsync("xr");

        statuses.Select(s => s.Year).ShouldBe([2018, 2019]);
        statuses[0].Value(Unannounced)!.Sources.Select(s => s.DocumentId).ShouldBe(["chapter-2018", "dataset-2018"]);
        (await service.StatusAsync("QQ")).ShouldBeEmpty();
    }
}
