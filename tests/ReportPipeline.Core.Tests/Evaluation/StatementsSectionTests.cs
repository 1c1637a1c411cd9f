using ReportPipeline.Core.Evaluation;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;

namespace ReportPipeline.Core.Tests.Evaluation;

public class StatementsSectionTests
{
    private static CorpusDocument Chapter(string file, string? permitted, params Statement[] statements)
    {
        var document = new DocumentInfo("Ruritania", "XR", 2020, Sources.UsdolFindings, file);
        var truth = permitted is null ? null : new GroundTruthRow("Ruritania", "XR", 2020, new Dictionary<string, string> { ["enforcement.labor.unannounced_inspections_permitted"] = permitted });
        return new CorpusDocument(new ManifestEntry(file, "Ruritania", 2020), new ExtractionResult(file, document, [], statements, []), [], truth, TimeSpan.Zero);
    }

    private static Statement Made(string category, string? action, string? until = null) =>
        new(category, action, $"{category} {action}", 0.9, "rules", until is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["until"] = until });

    [Fact]
    public void Counts_moratorium_statements_against_the_publishers_data()
    {
        var run = new CorpusRun("corpus",
        [
            Chapter("a.pdf", "No", Made(StatementCategories.InspectionMoratorium, StatementActions.Extended, "2022-01-01"), Made(StatementCategories.Assessment, StatementActions.Assessed)),
            Chapter("b.pdf", "No", Made(StatementCategories.InspectionRestriction, StatementActions.Imposed)),
            Chapter("c.pdf", "No"),
            Chapter("d.pdf", "Yes", Made(StatementCategories.InspectionMoratorium, StatementActions.Continued)),
            Chapter("e.pdf", null, Made(StatementCategories.InspectionMoratorium, StatementActions.Imposed)),
        ], TimeSpan.Zero);

        var result = new StatementsSection().Evaluate(run);

        result.Figures["chapters_unannounced_not_permitted"].ShouldBe(3);
        result.Figures["chapters_unannounced_not_permitted_with_moratorium"].ShouldBe(1);
        result.Figures["chapters_unannounced_not_permitted_with_moratorium_or_restriction"].ShouldBe(2);
        result.Figures["chapters_with_moratorium"].ShouldBe(3);
        result.Figures["chapters_with_moratorium_where_permitted"].ShouldBe(1);
        result.Figures["chapters_with_moratorium_without_ground_truth"].ShouldBe(1);
        result.Figures["statements"].ShouldBe(5);
        result.Figures["statements.inspection_moratorium"].ShouldBe(3);
        result.Figures["statements.other"].ShouldBe(0);
        var chapters = result.Tables[1].Rows;
        chapters.Select(r => r[0]).ShouldBe(["a.pdf", "b.pdf", "c.pdf", "d.pdf", "e.pdf"]);
        chapters[0][2].ShouldBe("extended until 2022-01-01");
        chapters[1][3].ShouldBe("imposed");
        result.Notes[0].ShouldStartWith("1 of 3 chapters");
    }
}
