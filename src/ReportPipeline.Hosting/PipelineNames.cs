namespace ReportPipeline.Hosting;

/// <summary>
/// Names shared by the code, the trigger attributes (which need constants) and infra/main.bicep
/// (its tests check that the template creates exactly these).
/// </summary>
public static class PipelineNames
{
    /// <summary>Where reports arrive; the blob trigger and `watch` listen here.</summary>
    public const string ReportsContainer = "reports";

    /// <summary>Where a report that could not be processed is copied for an analyst.</summary>
    public const string FailedContainer = "reports-failed";

    /// <summary>One message per dirty country of a comparison run (fan-out).</summary>
    public const string CompareQueue = "compare-countries";

    /// <summary>One message per finished comparison run: notify its subscribers once (fan-in).</summary>
    public const string NotifyQueue = "notify-subscribers";

    /// <summary>Event Grid's BlobDeleted events of the reports container: each retracts the deleted report's documents.</summary>
    public const string DeletionsQueue = "report-deletions";

    /// <summary>Where the Functions runtime moves a blob trigger that failed every retry.</summary>
    public const string BlobTriggerPoisonQueue = "webjobs-blobtrigger-poison";

    /// <summary>Where the Functions runtime moves a compare message that failed every retry.</summary>
    public const string CompareQueuePoison = CompareQueue + "-poison";

    /// <summary>The progress of each comparison run, so that the last country to finish triggers notification.</summary>
    public const string CompareRunsTable = "CompareRuns";

    /// <summary>The setting holding the comparison schedule (NCRONTAB with seconds, UTC).</summary>
    public const string CompareScheduleSetting = "CompareSchedule";

    /// <summary>Daily at 06:00 UTC.</summary>
    public const string DefaultCompareSchedule = "0 0 6 * * *";
}
