namespace ReportPipeline.Core.Model;

/// <summary>
/// One classified sentence: what the report says happened. <see cref="Fields"/> holds the
/// category's fields (<c>until</c>, <c>scope</c>, <c>period</c>, <c>instrument</c>, …) and is
/// flattened into the statement object in the <c>extract</c> JSON contract.
/// </summary>
public sealed record Statement(
    string Category,
    string? Action,
    string Text,
    double Confidence,
    string Classifier,
    IReadOnlyDictionary<string, string> Fields,
    int? Page = null,
    int? Offset = null)
{
    public string? Field(string name) => Fields.TryGetValue(name, out var v) ? v : null;
}
