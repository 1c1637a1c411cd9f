using ReportPipeline.Core.Evaluation;
using ReportPipeline.Testing;

namespace ReportPipeline.Core.Tests.Evaluation;

/// <summary>
/// Every chapter of the real corpus (../shared) extracted once per test run, by the same
/// <see cref="CorpusEvaluator"/> and default extractor the evaluation uses. The identification,
/// fact-accuracy and statement-label tests each read their chapters from it: before, each extracted
/// its own (85 + 56 + 32 PDFs, about 95 s of CPU on the workplace machine) where 85 are needed.
/// </summary>
internal static class CorpusChapters
{
    private static readonly Lazy<Task<CorpusRun>> All = new(() =>
        new CorpusEvaluator(ReportExtractor.CreateDefault(), []).RunAsync(SharedData.Corpus));

    /// <summary>The chapters <paramref name="include"/> keeps, as a run of their own (in file order, as a run over them alone).</summary>
    public static async Task<CorpusRun> RunAsync(Func<ManifestEntry, bool>? include = null)
    {
        var all = await All.Value;
        return include is null ? all : all with { Documents = [.. all.Documents.Where(d => include(d.Entry))] };
    }
}
