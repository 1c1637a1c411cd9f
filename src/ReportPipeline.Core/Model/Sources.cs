namespace ReportPipeline.Core.Model;

/// <summary>The <c>source</c> vocabulary of status-schema.md.</summary>
public static class Sources
{
    public const string UsdolFindings = "usdol-findings";
    public const string UsdolDataset = "usdol-dataset";
    public const string IloAnnualReview = "ilo-annual-review";
    public const string WebPage = "web-page";
    public const string Unknown = "unknown";
}
