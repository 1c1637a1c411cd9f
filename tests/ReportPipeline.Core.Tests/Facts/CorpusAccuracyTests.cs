using ReportPipeline.Core.Evaluation;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Tests.Evaluation;
using ReportPipeline.Testing;

namespace ReportPipeline.Core.Tests.Facts;

/// <summary>
/// The USDOL corpus PDFs for 2016–2021 against the publisher's data. The floors sit a little
/// under what the extractor reaches (docs/evaluation.md, "Fact accuracy"); the remaining misses are cells where
/// the PDF and ground-truth.jsonl disagree.
/// </summary>
public sealed class CorpusAccuracyTests
{
    private static readonly Lazy<Task<CorpusRun>> Run = new(() => CorpusChapters.RunAsync(e => e.ReportYear >= 2016));

    [SharedDataFact]
    public async Task Facts_of_the_2016_to_2021_chapters_match_the_ground_truth()
    {
        var run = await Run.Value;
        var result = FactAccuracy.Compute(run.Documents);
        result.Documents.ShouldBe(56);

        result.Overall.Precision!.Value.ShouldBeGreaterThanOrEqualTo(0.98);
        result.Overall.Recall!.Value.ShouldBeGreaterThanOrEqualTo(0.98);
        Floor(result, FacetFamilies.Assessment, 0.99, 0.99);
        Floor(result, FacetFamilies.Enforcement, 0.99, 0.99);
        Floor(result, FacetFamilies.Legal, 0.965, 0.965);
        Floor(result, FacetFamilies.Ratification, 0.99, 0.99);
    }

    private static void Floor(FactAccuracyResult result, string family, double precision, double recall)
    {
        var score = result.Families[family];
        score.Precision!.Value.ShouldBeGreaterThanOrEqualTo(precision, $"{family} precision ({score.Correct}/{score.Extracted})");
        score.Recall!.Value.ShouldBeGreaterThanOrEqualTo(recall, $"{family} recall ({score.Correct}/{score.Expected})");
    }

    [SharedDataFact]
    public async Task The_2018_to_2021_layouts_are_nearly_exact()
    {
        var run = await Run.Value;
        var result = FactAccuracy.Compute(run.Documents.Where(d => d.Entry.ReportYear >= 2018));
        result.Overall.Precision!.Value.ShouldBeGreaterThanOrEqualTo(0.995);
        result.Overall.Recall!.Value.ShouldBeGreaterThanOrEqualTo(0.995);
    }

    [SharedDataFact]
    public async Task Every_chapter_has_its_assessment_and_ratifications()
    {
        var run = await Run.Value;
        foreach (var document in run.Documents)
        {
            var facets = document.Facts.Select(f => f.Facet).ToHashSet();
            facets.ShouldContain("assessment.level", document.Entry.File);
            // The six instruments of the USDOL table; statements may add others (e.g. ILO P29).
            foreach (var instrument in new[] { "ilo_c138", "ilo_c182", "un_crc", "un_crc_op_armed_conflict", "un_crc_op_sale_of_children", "palermo_protocol" })
            {
                facets.ShouldContain("ratification." + instrument, document.Entry.File);
            }

            facets.Count(f => f.StartsWith("legal.", StringComparison.Ordinal) && f.EndsWith(".meets", StringComparison.Ordinal)).ShouldBe(12, document.Entry.File);
        }
    }

    [SharedDataFact]
    public async Task The_listed_disagreements_explain_the_misses_and_none_is_stale()
    {
        var run = await Run.Value;
        var disagreements = await FactDisagreements.ReadAsync(Path.Combine(SharedData.RepositoryRoot, FactDisagreements.DefaultPath));
        var facts = new FactAccuracySection { Disagreements = disagreements }.Evaluate(run);

        // The raw figures are those without the list; the list only adds the set-aside ones.
        var raw = FactAccuracy.Compute(run.Documents);
        facts.Figures["2016-2021.overall.correct"].ShouldBe(raw.Overall.Correct);
        facts.Figures["2016-2021.overall.expected"].ShouldBe(raw.Overall.Expected);
        facts.Figures["stale_disagreements"].ShouldBe(0, string.Join("; ", facts.Tables.Where(t => t.Title.StartsWith("Stale", StringComparison.Ordinal)).SelectMany(t => t.Rows).Select(r => string.Join(' ', r))));
        facts.Figures["2016-2021.overall.set_aside.precision"].ShouldBeGreaterThanOrEqualTo(0.995);
        facts.Figures["2016-2021.overall.set_aside.recall"].ShouldBeGreaterThanOrEqualTo(0.995);
    }

    [SharedDataFact]
    public async Task The_evaluation_report_has_identification_and_fact_sections()
    {
        var run = await Run.Value;
        var report = new CorpusEvaluator(ReportExtractor.CreateDefault(), CorpusEvaluator.DefaultSections()).Evaluate(run);
        report.Documents.ShouldBe(run.Documents.Count);
        var facts = report.Sections.Single(s => s.Name == "facts");
        facts.Figures["2016-2021.overall.recall"].ShouldBeGreaterThanOrEqualTo(0.98);
        facts.Tables.ShouldContain(t => t.Title.StartsWith("Facets missed most", StringComparison.Ordinal));
        report.Sections.Single(s => s.Name == "identification").Figures["documents"].ShouldBe(run.Documents.Count);
    }
}
