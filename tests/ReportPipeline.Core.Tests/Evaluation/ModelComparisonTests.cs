using ReportPipeline.Core.Evaluation;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;

namespace ReportPipeline.Core.Tests.Evaluation;

public sealed class ModelComparisonTests
{
    private static Statement Said(string category, string classifier) =>
        new(category, null, $"An invented sentence about {category}.", 0.8, classifier, new Dictionary<string, string>());

    private static CorpusRun Run(params Statement[] statements)
    {
        var result = new ExtractionResult("xr-2024.pdf", new DocumentInfo("Ruritania", "XR", 2024, Sources.UsdolFindings, new string('c', 64)), [], statements, []);
        return new CorpusRun("corpus", [new CorpusDocument(new ManifestEntry("xr-2024.pdf", "Ruritania", 2024), result, [], null, TimeSpan.Zero)], TimeSpan.Zero);
    }

    private static EvaluationReport Report(double moratoria) => new("corpus", 1, 10, TimeSpan.Zero,
    [
        new EvaluationSectionResult("statements", "Statements", new Dictionary<string, double> { ["moratoria"] = moratoria, ["documents"] = 1 }, [], []),
    ]);

    [Fact]
    public void Figures_and_statements_per_category_are_shown_without_and_with_the_model()
    {
        var rules = Run(Said("law", "rules"), Said("other", "rules"));
        var withModel = Run(Said("law", "rules"), Said("inspection_moratorium", "m-1"), Said("program", "m-1"));
        var usage = new ModelUsageSnapshot(Documents: 1, Candidates: 5, CacheHits: 1, SentencesSent: 4, Requests: 1, FailedRequests: 0, OverBudget: 0, AnswersDropped: 1, StatementsAdded: 2);

        var section = ModelComparison.Compare(Report(0), Report(1), rules, withModel, "m-1", usage);

        section.Name.ShouldBe("model");
        section.Tables[0].Title.ShouldContain("1 others unchanged");
        section.Tables[0].Rows.ShouldBe([["statements.moratoria", "0", "1", "1"]]);
        section.Tables[1].Rows.ShouldBe(
        [
            ["inspection_moratorium", "0", "1", "1"],
            ["law", "1", "1", "0"],
            ["other", "1", "0", "0"],
            ["program", "0", "1", "1"],
        ]);
        section.Figures["statements_by_model"].ShouldBe(2);
        section.Figures["sentences_sent"].ShouldBe(4);
        section.Notes.ShouldHaveSingleItem().ShouldContain("5 unsure sentences in 1 documents");
    }
}
