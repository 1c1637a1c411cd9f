using ReportPipeline.Core;
using ReportPipeline.Core.Evaluation;

namespace ReportPipeline.Cli.Commands;

/// <summary><c>evaluate --ai</c>: the corpus once more with the model behind the rules, and a section comparing the two runs.</summary>
internal static class ModelEvaluation
{
    /// <returns><paramref name="report"/> with the <c>model</c> section added; unchanged when no model is configured; null when a setting is wrong.</returns>
    public static async Task<EvaluationReport?> AddAsync(
        EvaluationReport report,
        CorpusRun rulesRun,
        ReportExtractor rulesExtractor,
        IReadOnlyList<IEvaluationSection> sections,
        IProgress<CorpusProgress> progress,
        CancellationToken cancellationToken)
    {
        if (ModelOption.TryApply(rulesExtractor, ai: true) is not { } model)
        {
            return null;
        }

        using var _ = model;
        if (model.ModelId is null)
        {
            return report;
        }

        await Console.Error.WriteLineAsync($"Extracting the corpus again with model {model.ModelId} behind the rules…").ConfigureAwait(false);
        var evaluator = new CorpusEvaluator(model.Extractor, sections);
        var modelRun = await evaluator.RunAsync(report.CorpusDirectory, progress: progress, cancellationToken: cancellationToken).ConfigureAwait(false);
        var withModel = evaluator.Evaluate(modelRun);
        model.WriteSummary();
        return report with { Sections = [.. report.Sections, ModelComparison.Compare(report, withModel, rulesRun, modelRun, model.ModelId, model.Usage.Snapshot())] };
    }
}
