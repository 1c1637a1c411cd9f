using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Evaluation;

/// <summary>
/// One corpus PDF after extraction: what the pipeline made of it, the facts read as a USDOL
/// chapter whatever identification said, and the ground truth for its country-year (null
/// when the publisher's data has none, e.g. the 2013–2015 chapters).
/// </summary>
public sealed record CorpusDocument(
    ManifestEntry Entry,
    ExtractionResult Result,
    IReadOnlyList<Fact> Facts,
    GroundTruthRow? Truth,
    TimeSpan Elapsed);

/// <summary>Every corpus document extracted once; evaluation sections read it, none re-extracts.</summary>
public sealed record CorpusRun(string CorpusDirectory, IReadOnlyList<CorpusDocument> Documents, TimeSpan Elapsed)
{
    public int Pages => Documents.Sum(d => d.Result.PageCount);
}
