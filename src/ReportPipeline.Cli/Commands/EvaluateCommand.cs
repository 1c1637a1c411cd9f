using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportPipeline.Core;
using ReportPipeline.Core.Evaluation;
using Spectre.Console;

namespace ReportPipeline.Cli.Commands;

/// <summary>
/// <c>reportpipeline evaluate [--corpus DIR] [--json]</c>: extracts every corpus PDF and scores the
/// result against the publisher's data. Progress goes to stderr so stdout stays the report.
/// <c>--statements</c> instead scores the statements of the hand-labelled chapters against their
/// labels (eval/statement-labels), <c>--ai</c> then the model path the same way.
/// </summary>
internal static class EvaluateCommand
{
    /// <summary>Where the corpus is when --corpus is not given, relative to the repository's parent.</summary>
    private static readonly string DefaultCorpus = Path.Combine("shared", "corpus", "usdol-ilab-sweat-toil");

    public static Command Create()
    {
        var corpus = new Option<DirectoryInfo?>("--corpus") { Description = "Corpus folder with pdf/, pdf-manifest.json and ground-truth.jsonl (default: ../shared/corpus/usdol-ilab-sweat-toil)." };
        var json = new Option<bool>("--json") { Description = "One JSON object with every section's figures, tables and misses." };
        var misses = new Option<int>("--misses") { Description = "How many individual fact misses to list (default 25).", DefaultValueFactory = _ => 25 };
        var countries = CliOptions.Countries();
        var ai = ModelOption.Create();
        var alerts = new Option<bool>("--alerts") { Description = "Also score the alerts raised from the PDFs alone against the true year-over-year changes in the ground truth (precision and recall per facet family)." };
        var statements = new Option<bool>("--statements") { Description = "Instead: extract only the hand-labelled chapters and score the statements of the five event categories against the labels (precision and recall per category, misses and false statements with page). With --ai, the model path too." };
        var labels = new Option<DirectoryInfo?>("--labels") { Description = "Folder of the hand labels for --statements (default: eval/statement-labels of this repository)." };
        var territories = new Option<DirectoryInfo?>("--territories") { Description = "Folder of chapters of countries reported territory by territory, scored per territory against the main corpus's ground-truth-raw.jsonl (default: usdol-multi-territory beside the corpus, when there)." };
        var disagreements = new Option<FileInfo?>("--disagreements") { Description = "Checked cells where a chapter and the publisher's data disagree, set aside in the second figures (default: eval/fact-disagreements.jsonl of this repository)." };
        var command = new Command("evaluate", "Extract every corpus PDF and compare with its ground truth: identification, fact precision and recall.") { corpus, json, misses, countries, ai, alerts, statements, labels, territories, disagreements };
        command.SetAction((parse, cancellationToken) => parse.GetValue(statements)
            ? StatementEvaluation.RunAsync(parse.GetValue(corpus)?.FullName ?? FindDefaultCorpus(), parse.GetValue(labels), parse.GetValue(json), CliOptions.LoadCountries(parse.GetValue(countries)), parse.GetValue(ai), cancellationToken)
            : RunAsync(parse.GetValue(corpus), parse.GetValue(json), parse.GetValue(misses), CliOptions.LoadCountries(parse.GetValue(countries)), parse.GetValue(ai), parse.GetValue(alerts), parse.GetValue(territories), parse.GetValue(disagreements), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(DirectoryInfo? corpus, bool json, int missesListed, Core.Identification.CountryCatalog countries, bool ai, bool alerts, DirectoryInfo? territories, FileInfo? disagreementsFile, CancellationToken cancellationToken)
    {
        var directory = corpus?.FullName ?? FindDefaultCorpus();
        if (directory is null || !File.Exists(Path.Combine(directory, CorpusFiles.ManifestName)))
        {
            await Console.Error.WriteLineAsync($"No corpus found ({directory ?? "../" + DefaultCorpus}): pass --corpus DIR holding {CorpusFiles.ManifestName} and {CorpusFiles.GroundTruthName}.").ConfigureAwait(false);
            return 2;
        }

        var disagreementsPath = disagreementsFile?.FullName ?? FindInRepository(FactDisagreements.DefaultPath);
        IReadOnlyList<FactDisagreement> disagreements = [];
        if (disagreementsPath is null || !File.Exists(disagreementsPath))
        {
            await Console.Error.WriteLineAsync($"No list of chapter-versus-data disagreements ({disagreementsPath ?? FactDisagreements.DefaultPath}): every miss counts in both figures.").ConfigureAwait(false);
            if (disagreementsFile is not null)
            {
                return 2;
            }
        }
        else
        {
            try
            {
                disagreements = await FactDisagreements.ReadAsync(disagreementsPath, cancellationToken).ConfigureAwait(false);
            }
            catch (FormatException ex)
            {
                await Console.Error.WriteLineAsync($"The list of disagreements is not valid: {ex.Message}").ConfigureAwait(false);
                return 2;
            }
        }

        // Each feature's evaluation section goes here, one line each.
        List<IEvaluationSection> sections =
        [
            new IdentificationSection(),
            new FactAccuracySection { MissesListed = missesListed, Disagreements = disagreements },
            new StatementsSection(),
        ];
        if (alerts)
        {
            sections.Add(new AlertsSection([.. (await CorpusFiles.ReadGroundTruthAsync(directory, cancellationToken).ConfigureAwait(false)).Values]) { Listed = missesListed });
        }

        var extractor = ReportExtractor.CreateDefault(countries);
        var evaluator = new CorpusEvaluator(extractor, sections);
        var progress = new SynchronousProgress<CorpusProgress>(p =>
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{p.Done,3}/{p.Total}] {p.File,-32} {p.Pages,3} pages {p.Elapsed.TotalSeconds,6:0.00} s{(p.Error is null ? string.Empty : "  error: " + p.Error)}")));
        var run = await evaluator.RunAsync(directory, progress: progress, cancellationToken: cancellationToken).ConfigureAwait(false);
        var report = evaluator.Evaluate(run);
        if (ai)
        {
            // Null: a ReportPipeline:Ai setting is wrong (already said on stderr).
            var withModel = await ModelEvaluation.AddAsync(report, run, extractor, sections, progress, cancellationToken).ConfigureAwait(false);
            if (withModel is null)
            {
                return 2;
            }

            report = withModel;
        }

        var scoredFiles = run.Documents.Where(d => d.Truth is not null).Select(d => d.Entry.File).ToList();
        if (await EvaluateTerritoriesAsync(directory, territories, extractor, missesListed, disagreements, progress, cancellationToken).ConfigureAwait(false) is { } byTerritory)
        {
            report = report with { Sections = [.. report.Sections, byTerritory.Section] };
            scoredFiles.AddRange(byTerritory.ScoredFiles);
        }

        if (FactDisagreements.Unscored(disagreements, scoredFiles) is { Count: > 0 } unscored)
        {
            // An entry whose chapter no run scored would otherwise drop out of every figure unseen.
            report = report with { Sections = [.. report.Sections, new EvaluationSectionResult("fact_disagreements", "Listed disagreements of chapters no run scored (stale)",
                new Dictionary<string, double> { ["unscored"] = unscored.Count }, [FactAccuracySection.StaleTable(unscored)], [])] };
        }

        if (json)
        {
            Console.Out.WriteLine(ToJson(report));
        }
        else
        {
            Write(AnsiConsole.Console, report);
        }

        return 0;
    }

    /// <summary>
    /// The multi-territory chapters scored per territory; null when there is no such folder (the
    /// default is looked for beside the main corpus) or no raw ground truth.
    /// </summary>
    private static async Task<(EvaluationSectionResult Section, IReadOnlyList<string> ScoredFiles)?> EvaluateTerritoriesAsync(string corpus, DirectoryInfo? territories, ReportExtractor extractor, int missesListed, IReadOnlyList<FactDisagreement> disagreements, IProgress<CorpusProgress> progress, CancellationToken cancellationToken)
    {
        var directory = territories?.FullName ?? Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(corpus)) ?? ".", "usdol-multi-territory");
        var raw = Path.Combine(corpus, TerritoryAccuracySection.RawGroundTruthName);
        if (!File.Exists(Path.Combine(directory, CorpusFiles.ManifestName)) || !File.Exists(raw))
        {
            if (territories is not null)
            {
                await Console.Error.WriteLineAsync($"No per-territory scoring: {directory} needs {CorpusFiles.ManifestName} and {raw} must exist.").ConfigureAwait(false);
            }

            return null;
        }

        var truth = await TerritoryAccuracySection.ReadTruthAsync(raw, cancellationToken).ConfigureAwait(false);
        var section = new TerritoryAccuracySection(truth) { MissesListed = missesListed, Disagreements = disagreements };
        var evaluator = new CorpusEvaluator(extractor, [section]);
        var run = await evaluator.RunAsync(directory, progress: progress, cancellationToken: cancellationToken).ConfigureAwait(false);
        return (section.Evaluate(run), [.. run.Documents.Where(d => truth.ContainsKey((d.Entry.Country, d.Entry.ReportYear))).Select(d => d.Entry.File)]);
    }

    /// <summary>A path of this repository (e.g. eval/fact-disagreements.jsonl): searched upward from the working folder, then from the tool's own folder.</summary>
    internal static string? FindInRepository(string relative)
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relative);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    internal static string? FindDefaultCorpus()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("REPORTPIPELINE_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Path.Combine(fromEnvironment, "corpus", "usdol-ilab-sweat-toil");
        }

        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, DefaultCorpus);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    internal static void Write(IAnsiConsole console, EvaluationReport report)
    {
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{report.Documents} documents, {report.Pages} pages, extracted in {report.Elapsed.TotalSeconds:0.0} s ({report.Pages / Math.Max(report.Elapsed.TotalSeconds, 0.001):0} pages/s)")));
        foreach (var section in report.Sections)
        {
            console.Write(new Rule($"[bold]{Markup.Escape(section.Title)}[/]").LeftJustified());
            foreach (var table in section.Tables)
            {
                var view = new Table { Title = new TableTitle(Markup.Escape(table.Title)) };
                foreach (var column in table.Columns)
                {
                    view.AddColumn(Markup.Escape(column));
                }

                foreach (var row in table.Rows)
                {
                    view.AddRow([.. row.Select(Markup.Escape)]);
                }

                console.Write(view);
            }

            foreach (var note in section.Notes)
            {
                console.MarkupLine(Markup.Escape(note));
            }
        }
    }

    internal static string ToJson(EvaluationReport report)
    {
        var document = new
        {
            corpus = report.CorpusDirectory,
            documents = report.Documents,
            pages = report.Pages,
            seconds = Math.Round(report.Elapsed.TotalSeconds, 2),
            sections = report.Sections.ToDictionary(s => s.Name, s => new { title = s.Title, figures = s.Figures, tables = s.Tables.Select(t => new { title = t.Title, columns = t.Columns, rows = t.Rows }), notes = s.Notes }),
        };
        return JsonSerializer.Serialize(document, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Reports on the caller's thread, in order (Progress&lt;T&gt; would post to the thread pool).</summary>
    internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
