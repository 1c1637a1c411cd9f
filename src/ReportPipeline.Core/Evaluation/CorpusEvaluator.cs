using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Evaluation;

/// <summary>Reported after each corpus document is extracted.</summary>
public sealed record CorpusProgress(int Done, int Total, string File, int Pages, TimeSpan Elapsed, string? Error);

/// <summary>
/// Extracts every PDF of a corpus (pdf-manifest.json, ground-truth.jsonl beside it) once and
/// hands the run to each <see cref="IEvaluationSection"/>. Facts are read as USDOL chapters
/// whatever identification concluded, so fact figures do not depend on identification.
/// </summary>
public sealed partial class CorpusEvaluator(ReportExtractor extractor, IEnumerable<IEvaluationSection> sections, ILogger<CorpusEvaluator>? logger = null)
{
    private readonly IReadOnlyList<IEvaluationSection> _sections = [.. sections];
    private readonly ILogger _logger = logger ?? NullLogger<CorpusEvaluator>.Instance;

    /// <summary>Identification and fact accuracy; other features append theirs.</summary>
    public static IReadOnlyList<IEvaluationSection> DefaultSections() => [new IdentificationSection(), new FactAccuracySection(), new StatementsSection()];

    public async Task<EvaluationReport> EvaluateAsync(
        string corpusDirectory,
        Func<ManifestEntry, bool>? include = null,
        IProgress<CorpusProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var run = await RunAsync(corpusDirectory, include, progress, cancellationToken).ConfigureAwait(false);
        return Evaluate(run);
    }

    public EvaluationReport Evaluate(CorpusRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var results = _sections.Select(s => s.Evaluate(run)).ToList();
        return new EvaluationReport(run.CorpusDirectory, run.Documents.Count, run.Pages, run.Elapsed, results);
    }

    public async Task<CorpusRun> RunAsync(
        string corpusDirectory,
        Func<ManifestEntry, bool>? include = null,
        IProgress<CorpusProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(corpusDirectory);
        var manifest = await CorpusFiles.ReadManifestAsync(corpusDirectory, cancellationToken).ConfigureAwait(false);
        var truth = await CorpusFiles.ReadGroundTruthAsync(corpusDirectory, cancellationToken).ConfigureAwait(false);
        var entries = manifest.Where(e => include?.Invoke(e) ?? true).OrderBy(e => e.File, StringComparer.Ordinal).ToList();
        var total = Stopwatch.StartNew();
        var documents = new List<CorpusDocument>(entries.Count);
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var watch = Stopwatch.StartNew();
            var (result, facts) = await ExtractAsync(Path.Combine(corpusDirectory, entry.File), cancellationToken).ConfigureAwait(false);
            watch.Stop();
            documents.Add(new CorpusDocument(entry, result, facts, truth.GetValueOrDefault((entry.Country, entry.ReportYear)), watch.Elapsed));
            var error = result.Errors.Count > 0 ? string.Join("; ", result.Errors) : null;
            if (error is not null)
            {
                LogFailed(entry.File, error);
            }

            progress?.Report(new CorpusProgress(documents.Count, entries.Count, entry.File, result.PageCount, watch.Elapsed, error));
        }

        LogDone(documents.Count, documents.Sum(d => d.Result.PageCount), total.Elapsed.TotalSeconds);
        return new CorpusRun(corpusDirectory, documents, total.Elapsed);
    }

    private async Task<(ExtractionResult Result, IReadOnlyList<Fact> Facts)> ExtractAsync(string path, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        TextDocument text;
        string sha256;
        try
        {
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
            using var stream = new MemoryStream(bytes, writable: false);
            text = await ReportTextReader.ReadAsync(stream, extractor.Limits, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or UnreadableReportException or ReportTooLargeException)
        {
            return (ExtractionResult.Failed(name, ex.Message), []);
        }

        var result = await extractor.ExtractAsync(text, name, sha256, cancellationToken).ConfigureAwait(false);
        if (result.Document?.Source == Sources.UsdolFindings || text.Lines.Count == 0)
        {
            return (result, result.Facts);
        }

        var asChapter = (result.Document ?? new DocumentInfo(null, null, null, Sources.Unknown, sha256)) with { Source = Sources.UsdolFindings };
        return (result, extractor.ExtractFacts(text, asChapter));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Corpus file {File} could not be extracted: {Error}")]
    private partial void LogFailed(string file, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Extracted {Documents} corpus documents ({Pages} pages) in {Seconds:0.0} s")]
    private partial void LogDone(int documents, int pages, double seconds);
}
