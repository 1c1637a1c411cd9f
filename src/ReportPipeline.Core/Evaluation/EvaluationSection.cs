namespace ReportPipeline.Core.Evaluation;

/// <summary>
/// One part of <c>reportpipeline evaluate</c>'s report, computed from a finished
/// <see cref="CorpusRun"/>. Features add their own (statement figures, alerts) by implementing
/// this and passing it to <see cref="CorpusEvaluator"/>.
/// </summary>
public interface IEvaluationSection
{
    /// <summary>Stable key in the JSON output, e.g. <c>facts</c>.</summary>
    string Name { get; }

    EvaluationSectionResult Evaluate(CorpusRun run);
}

/// <summary>A section's figures: named numbers for machines, tables and notes for people.</summary>
public sealed record EvaluationSectionResult(
    string Name,
    string Title,
    IReadOnlyDictionary<string, double> Figures,
    IReadOnlyList<EvaluationTable> Tables,
    IReadOnlyList<string> Notes);

/// <summary>A small table of text cells.</summary>
public sealed record EvaluationTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>The whole report: run totals and every section.</summary>
public sealed record EvaluationReport(string CorpusDirectory, int Documents, int Pages, TimeSpan Elapsed, IReadOnlyList<EvaluationSectionResult> Sections);
