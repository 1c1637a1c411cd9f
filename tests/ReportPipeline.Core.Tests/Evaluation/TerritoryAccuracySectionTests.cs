using ReportPipeline.Core.Evaluation;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Tests.Evaluation;

/// <summary>Per-territory scoring on an invented two-territory country (Ruritania: Mainland and Zenda Province).</summary>
public class TerritoryAccuracySectionTests
{
    private static CorpusRun Run(params Fact[] facts)
    {
        var document = new DocumentInfo("Ruritania", "XR", 2020, Sources.UsdolFindings, "r.pdf");
        return new CorpusRun("corpus", [new CorpusDocument(new ManifestEntry("pdf/r.pdf", "Ruritania", 2020), new ExtractionResult("r.pdf", document, facts, [], []), facts, null, TimeSpan.Zero)], TimeSpan.Zero);
    }

    private static TerritoryAccuracySection Section(params TerritoryTruthCell[] cells) =>
        new(new Dictionary<(string, int), TerritoryTruth> { [("Ruritania", 2020)] = new TerritoryTruth("Ruritania", 2020, cells) });

    [Fact]
    public void An_NA_for_a_territory_the_chapter_gives_nothing_for_is_listed_apart_and_only_in_the_strict_recall()
    {
        var section = Section(
            new TerritoryTruthCell("legal.minimum_age_work.meets", "mainland", "No", "Mainland"),
            new TerritoryTruthCell("legal.minimum_age_work.meets", "zenda-province", "N/A", "Zenda Province"),
            new TerritoryTruthCell("legal.prohibition_forced_labor.meets", "zenda-province", "N/A", "Zenda Province"),
            new TerritoryTruthCell("legal.prohibition_csec.meets", "mainland", "Yes", "Mainland"));

        var result = section.Evaluate(Run(
            new Fact("legal.minimum_age_work.meets@mainland", "No", "Minimum Age for Work: Mainland No"),
            new Fact("legal.prohibition_forced_labor.meets", "Yes", "Prohibition of Forced Labor: All Yes")));

        // Scored: mainland's minimum age (right), Zenda's forced labor (the whole-country row says Yes: wrong),
        // Mainland's CSEC (absent). Zenda's minimum age N/A: the chapter is silent, not scored.
        result.Figures["legal.territory.expected"].ShouldBe(3);
        result.Figures["legal.territory.extracted"].ShouldBe(2);
        result.Figures["legal.territory.correct"].ShouldBe(1);
        result.Figures["legal.territory.unstated_na"].ShouldBe(1);
        result.Figures["legal.territory.strict_recall"].ShouldBe(0.25);
        result.Figures["unstated_na"].ShouldBe(1);
        var unstated = result.Tables.Single(t => t.Title.StartsWith("N/A not stated", StringComparison.Ordinal));
        unstated.Rows.ShouldHaveSingleItem()[1].ShouldBe("legal.minimum_age_work.meets@zenda-province");
        var misses = result.Tables.Single(t => t.Title.StartsWith("Misses", StringComparison.Ordinal));
        misses.Rows.Select(r => r[1]).ShouldBe(["legal.prohibition_csec.meets@mainland", "legal.prohibition_forced_labor.meets@zenda-province"], ignoreOrder: true);
    }
}
