namespace ReportPipeline.Core.Model;

/// <summary>Everything extracted from one file. <see cref="Document"/> is null when the file could not be read.</summary>
public sealed record ExtractionResult(
    string File,
    DocumentInfo? Document,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<string> Errors)
{
    /// <summary>Non-fatal findings, e.g. pages that could not be decoded and were left out.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public int PageCount { get; init; }

    public static ExtractionResult Failed(string file, string error) => new(file, null, [], [], [error]);
}
