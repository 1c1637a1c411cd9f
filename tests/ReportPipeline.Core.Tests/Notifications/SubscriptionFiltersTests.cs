using ReportPipeline.Core.Model;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Testing.Notifications;

namespace ReportPipeline.Core.Tests.Notifications;

public class SubscriptionFiltersTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Empty_filters_match_everything_but_dismissed_alerts()
    {
        var filters = new SubscriptionFilters();
        var alert = AlertSamples.Create("a1", At, severity: AlertSeverity.Info, direction: AlertDirection.Improving);
        filters.Matches(alert).ShouldBeTrue();
        filters.Matches(alert with { Review = new AlertReview(AlertReviewState.Dismissed, "analyst", "misread table", At) }).ShouldBeFalse();
        filters.Matches(alert with { Review = new AlertReview(AlertReviewState.Reviewed, "analyst", null, At) }).ShouldBeTrue();
    }

    [Fact]
    public void Country_filter()
    {
        var filters = new SubscriptionFilters { Countries = ["XR"] };
        filters.Matches(AlertSamples.Create("a1", At, iso2: "XR")).ShouldBeTrue();
        filters.Matches(AlertSamples.Create("a2", At, iso2: "XB", country: "Borduria")).ShouldBeFalse();
    }

    [Fact]
    public void Family_filter()
    {
        var filters = new SubscriptionFilters { Families = [FacetFamilies.Ratification, FacetFamilies.Moratorium] };
        filters.Matches(AlertSamples.Create("a1", At, facet: "ratification.ilo_p29", oldValue: "Not ratified", newValue: "Ratified")).ShouldBeTrue();
        filters.Matches(AlertSamples.Create("a2", At, facet: "labor_inspection.moratorium", oldValue: "None", newValue: "Active")).ShouldBeTrue();
        filters.Matches(AlertSamples.Create("a3", At, facet: "enforcement.labor.inspectors")).ShouldBeFalse();
    }

    [Theory]
    [InlineData(AlertSeverity.Medium, AlertSeverity.Low, false)]
    [InlineData(AlertSeverity.Medium, AlertSeverity.Medium, true)]
    [InlineData(AlertSeverity.Medium, AlertSeverity.High, true)]
    public void Minimum_severity(AlertSeverity minimum, AlertSeverity actual, bool matches) =>
        new SubscriptionFilters { MinimumSeverity = minimum }.Matches(AlertSamples.Create("a", At, severity: actual)).ShouldBe(matches);

    [Theory]
    [InlineData(DirectionFilter.WorseningOnly, AlertDirection.Worsening, true)]
    [InlineData(DirectionFilter.WorseningOnly, AlertDirection.Improving, false)]
    [InlineData(DirectionFilter.WorseningOnly, AlertDirection.Neutral, false)]
    [InlineData(DirectionFilter.Any, AlertDirection.Improving, true)]
    [InlineData(DirectionFilter.Any, AlertDirection.Neutral, true)]
    public void Direction(DirectionFilter filter, AlertDirection actual, bool matches) =>
        new SubscriptionFilters { Direction = filter }.Matches(AlertSamples.Create("a", At, direction: actual)).ShouldBe(matches);

    [Fact]
    public void All_filters_must_hold_at_once()
    {
        var filters = new SubscriptionFilters { Countries = ["XR"], Families = [FacetFamilies.Enforcement], MinimumSeverity = AlertSeverity.High, Direction = DirectionFilter.WorseningOnly };
        filters.Matches(AlertSamples.Create("ok", At)).ShouldBeTrue();
        filters.Matches(AlertSamples.Create("country", At, iso2: "XB")).ShouldBeFalse();
        filters.Matches(AlertSamples.Create("family", At, facet: "legal.minimum_age_work.meets")).ShouldBeFalse();
        filters.Matches(AlertSamples.Create("severity", At, severity: AlertSeverity.Medium)).ShouldBeFalse();
        filters.Matches(AlertSamples.Create("direction", At, direction: AlertDirection.Improving)).ShouldBeFalse();
    }

    [Fact]
    public void SameAs_ignores_list_order()
    {
        new SubscriptionFilters { Countries = ["XR", "AZ"] }.SameAs(new SubscriptionFilters { Countries = ["AZ", "XR"] }).ShouldBeTrue();
        new SubscriptionFilters { Countries = ["XR"] }.SameAs(new SubscriptionFilters { Countries = ["XR"], MinimumSeverity = AlertSeverity.High }).ShouldBeFalse();
    }
}
