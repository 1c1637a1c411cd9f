using System.Globalization;
using ReportPipeline.Core;
using ReportPipeline.Core.Evaluation;
using ReportPipeline.Core.Identification;
using Spectre.Console;

namespace ReportPipeline.Cli.Commands;

/// <summary>
/// <c>evaluate --statements [--labels DIR] [--ai]</c>: extracts only the hand-labelled chapters and
/// scores their statements against the labels; with <c>--ai</c> extracts them again with the
/// configured model behind the rules and scores that the same way. Without a configured model
/// <c>--ai</c> fails (exit 3) rather than print the rules' score under the model's name.
/// </summary>
internal static class StatementEvaluation
{
    public const int NoModelConfigured = 3;

    public static async Task<int> RunAsync(string? corpusDirectory, DirectoryInfo? labelsFolder, bool json, CountryCatalog countries, bool ai, CancellationToken cancellationToken)
    {
        if (corpusDirectory is null || !File.Exists(Path.Combine(corpusDirectory, CorpusFiles.ManifestName)))
        {
            await Console.Error.WriteLineAsync($"No corpus found ({corpusDirectory ?? "../shared/corpus/usdol-ilab-sweat-toil"}): pass --corpus DIR holding {CorpusFiles.ManifestName}.").ConfigureAwait(false);
            return 2;
        }

        var folder = labelsFolder?.FullName ?? FindLabels();
        if (folder is null || !Directory.Exists(folder))
        {
            await Console.Error.WriteLineAsync($"No hand labels found ({folder ?? HandLabels.DefaultFolder}): pass --labels DIR holding the *.jsonl label files.").ConfigureAwait(false);
            return 2;
        }

        IReadOnlyList<HandLabel> labels;
        try
        {
            labels = await HandLabels.ReadFolderAsync(folder, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException ex)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return 2;
        }

        if (labels.Count == 0)
        {
            await Console.Error.WriteLineAsync($"No labels in {folder}.").ConfigureAwait(false);
            return 2;
        }

        var extractor = ReportExtractor.CreateDefault(countries);
        using var model = ai ? ModelOption.TryApply(extractor, ai: true) : null;
        if (ai && model is null)
        {
            return 2;
        }

        if (model is { ModelId: null })
        {
            await Console.Error.WriteLineAsync("evaluate --statements --ai: no language model is configured, so there is no model path to score (set ReportPipeline__Ai__Endpoint and ReportPipeline__Ai__Model; without --ai the rules are scored).").ConfigureAwait(false);
            return NoModelConfigured;
        }

        var rules = new StatementLabelSection(labels, classifier: "rules");
        var files = rules.Files;
        var progress = new EvaluateCommand.SynchronousProgress<CorpusProgress>(p =>
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{p.Done,3}/{p.Total}] {p.File,-32} {p.Pages,3} pages {p.Elapsed.TotalSeconds,6:0.00} s{(p.Error is null ? string.Empty : "  error: " + p.Error)}")));
        bool Labelled(ManifestEntry entry) => files.Contains(Path.GetFileName(entry.File));

        var evaluator = new CorpusEvaluator(extractor, [rules]);
        var run = await evaluator.RunAsync(corpusDirectory, Labelled, progress, cancellationToken).ConfigureAwait(false);
        var report = evaluator.Evaluate(run);
        if (model is { ModelId: { } modelId })
        {
            await Console.Error.WriteLineAsync($"Extracting the labelled chapters again with model {modelId} behind the rules…").ConfigureAwait(false);
            var withModel = new StatementLabelSection(labels, StatementLabelSection.DefaultName + "_model", "rules + model " + modelId);
            var modelEvaluator = new CorpusEvaluator(model.Extractor, [withModel]);
            var modelRun = await modelEvaluator.RunAsync(corpusDirectory, Labelled, progress, cancellationToken).ConfigureAwait(false);
            var modelSection = withModel.Evaluate(modelRun);
            model.WriteSummary();
            report = report with { Sections = [.. report.Sections, modelSection, StatementLabelSection.Compare(report.Sections[0], modelSection)] };
        }

        if (json)
        {
            Console.Out.WriteLine(EvaluateCommand.ToJson(report));
        }
        else
        {
            EvaluateCommand.Write(AnsiConsole.Console, report);
        }

        return 0;
    }

    /// <summary>eval/statement-labels of the repository: searched upward from the working folder, then from the tool's own folder.</summary>
    private static string? FindLabels()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, HandLabels.DefaultFolder);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
