using ReportPipeline.Core.Evaluation;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using ReportPipeline.Testing;

namespace ReportPipeline.Core.Tests.Evaluation;

public class StatementLabelSectionTests
{
    private static CorpusDocument Chapter(string file, params Statement[] statements)
    {
        var document = new DocumentInfo("Ruritania", "XR", 2024, Sources.UsdolFindings, file);
        return new CorpusDocument(new ManifestEntry("pdf/" + file, "Ruritania", 2024), new ExtractionResult(file, document, [], statements, []), [], null, TimeSpan.Zero);
    }

    private static Statement Said(string category, string action, string text, int page) =>
        new(category, action, text, 0.9, "rules", new Dictionary<string, string>(), page);

    [Fact]
    public void Scores_precision_and_recall_per_category_and_lists_misses_and_false_statements()
    {
        HandLabel[] labels =
        [
            new("Ruritania_2023.pdf", 4, StatementCategories.InspectionMoratorium, StatementActions.Imposed, "placed a moratorium on"),
            new("Ruritania_2023.pdf", 6, StatementCategories.ActionPlan, StatementActions.Adopted, "approved the Turnip Plan") { Name = "Turnip Plan" },
            new("Ruritania_2024.pdf", 2, StatementCategories.Ratification, StatementActions.Ratified, "ratified the Forced Labour Protocol") { Instrument = Instruments.IloP29 },
            new("Ruritania_2024.pdf", 5, StatementCategories.Law, StatementActions.Enacted, "passed the Turnip Act"),
            new("Ruritania_2025.pdf", 1, StatementCategories.Law, StatementActions.Drafted, "drafted a Beet Bill"),
        ];
        var run = new CorpusRun("corpus",
        [
            Chapter("Ruritania_2023.pdf",
                Said(StatementCategories.InspectionMoratorium, StatementActions.Imposed, "In March, the Cabinet placed a moratorium on inspections.", 4),
                Said(StatementCategories.ActionPlan, StatementActions.Adopted, "In 2023, the Cabinet approved the Turnip Plan.", 6),
                Said(StatementCategories.ActionPlan, StatementActions.Active, "In 2023, the Cabinet approved the Turnip Plan.", 6),
                Said(StatementCategories.InspectionRestriction, StatementActions.Imposed, "Inspectors lack vehicles.", 4),
                Said(StatementCategories.Assessment, StatementActions.Assessed, "Ruritania made moderate advancement.", 1)),
            Chapter("Ruritania_2024.pdf",
                Said(StatementCategories.Ratification, StatementActions.Ratified, "In 2024, Ruritania ratified the Forced Labour Protocol.", 2)),
            Chapter("Ruritania_1999.pdf",
                Said(StatementCategories.Law, StatementActions.Enacted, "An unlabelled chapter's law.", 1)),
        ], TimeSpan.Zero);

        var result = new StatementLabelSection(labels, classifier: "rules").Evaluate(run);

        result.Name.ShouldBe(StatementLabelSection.DefaultName);
        result.Figures["chapters"].ShouldBe(3);
        result.Figures["labels"].ShouldBe(5);
        result.Figures["statements"].ShouldBe(5);
        result.Figures["matched_labels"].ShouldBe(3);
        result.Figures["duplicates"].ShouldBe(1);
        result.Figures["false_statements"].ShouldBe(1);
        result.Figures["precision"].ShouldBe(0.8);
        result.Figures["recall"].ShouldBe(0.6);
        result.Figures["precision.action_plan"].ShouldBe(1.0);
        result.Figures["labels.law"].ShouldBe(2);
        result.Figures["recall.law"].ShouldBe(0.0);
        result.Figures.ShouldNotContainKey("precision.law");
        result.Figures["precision.inspection_restriction"].ShouldBe(0.0);

        var perCategory = result.Tables[0].Rows;
        perCategory.Select(r => r[0]).ShouldBe([.. HandLabels.Categories, "overall"]);
        perCategory[^1].ShouldBe(["overall", "5", "5", "3", "1", "1", "0.800", "0.600"]);
        var misses = result.Tables[1].Rows;
        misses.Select(r => (r[0], r[1], r[2], r[3])).ShouldBe([("Ruritania_2024.pdf", "5", "law", "enacted"), ("Ruritania_2025.pdf", "1", "law", "drafted")]);
        var falseStatements = result.Tables[2].Rows.ShouldHaveSingleItem();
        falseStatements.Take(4).ShouldBe(["Ruritania_2023.pdf", "4", "inspection_restriction", "imposed"]);
        falseStatements[5].ShouldBe("Inspectors lack vehicles.");
        result.Notes.ShouldContain(n => n.Contains("Ruritania_2025.pdf", StringComparison.Ordinal));
        result.Title.ShouldContain("rules");
    }

    [Fact]
    public void Compare_puts_the_rules_and_the_model_side_by_side()
    {
        HandLabel[] labels = [new("Ruritania_2024.pdf", 5, StatementCategories.Law, StatementActions.Enacted, "passed the Turnip Act")];
        var rules = new StatementLabelSection(labels, classifier: "rules").Evaluate(new CorpusRun("corpus", [Chapter("Ruritania_2024.pdf")], TimeSpan.Zero));
        var model = new StatementLabelSection(labels, StatementLabelSection.DefaultName + "_model", "rules + model m").Evaluate(new CorpusRun("corpus",
            [Chapter("Ruritania_2024.pdf", Said(StatementCategories.Law, StatementActions.Enacted, "In May, parliament passed the Turnip Act.", 5))], TimeSpan.Zero));

        var comparison = StatementLabelSection.Compare(rules, model);

        comparison.Figures["recall_change"].ShouldBe(1.0);
        comparison.Figures["recall_change.law"].ShouldBe(1.0);
        comparison.Tables[0].Rows[^1].ShouldBe(["overall", "0", "1", "-", "1", "0", "1"]);
    }
}

/// <summary>The scorer over the real labelled chapters of ../shared: a well-formed report whose counts are the label files' counts.</summary>
public class StatementLabelCorpusTests
{
    [SharedDataFact]
    public async Task Scores_the_real_labelled_chapters_with_counts_that_add_up()
    {
        var labels = await HandLabels.ReadFolderAsync(Path.Combine(SharedData.RepositoryRoot, HandLabels.DefaultFolder));
        var section = new StatementLabelSection(labels, classifier: "rules");
        var files = section.Files;
        var evaluator = new CorpusEvaluator(ReportExtractor.CreateDefault(), [section]);

        var run = await CorpusChapters.RunAsync(e => files.Contains(Path.GetFileName(e.File)));

        CountsAddUp(labels, files, evaluator, run);
    }

    /// <summary>The blind set (eval/statement-labels-blind) is read from the multi-territory corpus, through that corpus's own manifest.</summary>
    [SharedDataFact]
    public async Task Scores_the_blind_chapters_from_the_multi_territory_corpus_with_counts_that_add_up()
    {
        var labels = await HandLabels.ReadFolderAsync(Path.Combine(SharedData.RepositoryRoot, "eval", "statement-labels-blind"));
        var section = new StatementLabelSection(labels, classifier: "rules");
        var files = section.Files;
        var evaluator = new CorpusEvaluator(ReportExtractor.CreateDefault(), [section]);

        var run = await evaluator.RunAsync(Path.Combine(SharedData.Directory, "corpus", "usdol-multi-territory"), e => files.Contains(Path.GetFileName(e.File)));

        CountsAddUp(labels, files, evaluator, run);
    }

    private static void CountsAddUp(IReadOnlyList<HandLabel> labels, IReadOnlySet<string> files, CorpusEvaluator evaluator, CorpusRun run)
    {
        var result = evaluator.Evaluate(run).Sections.ShouldHaveSingleItem();

        run.Documents.Count.ShouldBe(files.Count, "every labelled chapter is in the corpus");
        result.Figures["chapters"].ShouldBe(files.Count);
        result.Figures["labels"].ShouldBe(labels.Count);
        foreach (var category in HandLabels.Categories)
        {
            result.Figures["labels." + category].ShouldBe(labels.Count(l => l.Category == category), category);
        }

        var scored = run.Documents.Sum(d => d.Result.Statements.Count(s => HandLabels.Categories.Contains(s.Category)));
        result.Figures["statements"].ShouldBe(scored);
        var matched = result.Figures["matched_labels"];
        result.Tables[1].Rows.Count.ShouldBe((int)(labels.Count - matched), "one row per missed label");
        result.Tables[2].Rows.Count.ShouldBe((int)(scored - matched - result.Figures["duplicates"]), "one row per false statement");
        result.Figures["precision"].ShouldBe(Math.Round((matched + result.Figures["duplicates"]) / scored, 3));
        result.Figures["recall"].ShouldBe(Math.Round(matched / labels.Count, 3));
        result.Notes.ShouldNotContain(n => n.StartsWith("Labelled chapters missing", StringComparison.Ordinal));
    }
}
