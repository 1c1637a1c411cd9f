using ReportPipeline.Core.Json;
using ReportPipeline.Core.Model;
using static ReportPipeline.Core.Tests.Comparison.Ruritania;

namespace ReportPipeline.Core.Tests.Comparison;

public class ComparisonJsonTests
{
    [Fact]
    public void An_alert_round_trips_with_readable_enums_arrows_and_its_review()
    {
        var alert = Detect(Chapter(2018, F("enforcement.labor.unannounced_inspections_permitted", "Yes")), Chapter(2019, F("enforcement.labor.unannounced_inspections_permitted", "No"))).Single()
            with { Review = new AlertReview(AlertReviewState.Dismissed, "analyst", "misread table", Now) };

        var json = ComparisonJson.Serialize(alert);

        json.ShouldContain("\"severity\":\"high\"");
        json.ShouldContain("\"direction\":\"worsening\"");
        json.ShouldContain("(2018 → 2019)");
        json.ShouldContain("\"state\":\"dismissed\"");
        json.ShouldNotContain("effectiveDate");
        ComparisonJson.Deserialize<Alert>(json).ShouldBe(alert);
    }
}
