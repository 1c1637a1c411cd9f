namespace ReportPipeline.Storage;

/// <summary>The pipeline's tables (before <see cref="StorageOptions.TablePrefix"/>); docs/storage.md describes their keys.</summary>
public static class TableNames
{
    public const string Documents = "Documents";
    public const string Facts = "Facts";
    public const string Statements = "Statements";
    public const string Countries = "Countries";
    public const string Contents = "Contents";
    public const string BlobNames = "BlobNames";
    public const string Alerts = "Alerts";

    /// <summary>A language model's answers by sentence hash (ReportPipeline.Ai), so re-ingesting asks it nothing.</summary>
    public const string ModelAnswers = "ModelAnswers";

    public static IReadOnlyList<string> Ingestion { get; } = [Documents, Facts, Statements, Countries, Contents, BlobNames];
}
