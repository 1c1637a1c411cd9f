namespace ReportPipeline.Core.Statements;

/// <summary>
/// A classification without its text: what a model (or a cache of its answers) says a
/// sentence is. The statement built from it always takes the document's own sentence as
/// text, so a model's words never become evidence.
/// </summary>
public sealed record StatementLabel(string Category, string? Action, IReadOnlyDictionary<string, string> Fields, double Confidence)
{
    public string? Field(string name) => Fields.TryGetValue(name, out var v) ? v : null;
}
