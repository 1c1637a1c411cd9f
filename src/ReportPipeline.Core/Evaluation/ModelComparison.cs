using System.Globalization;
using ReportPipeline.Core.Statements;

namespace ReportPipeline.Core.Evaluation;

/// <summary>
/// What a language model changes: every figure of every section with the rules alone and with
/// the model behind them, the statements per category both ways, and what the model was asked.
/// Built from two runs over the same corpus, one of each kind.
/// </summary>
public static class ModelComparison
{
    public const string Name = "model";

    public static EvaluationSectionResult Compare(
        EvaluationReport rulesAlone,
        EvaluationReport withModel,
        CorpusRun rulesRun,
        CorpusRun modelRun,
        string modelId,
        ModelUsageSnapshot usage)
    {
        ArgumentNullException.ThrowIfNull(rulesAlone);
        ArgumentNullException.ThrowIfNull(withModel);
        ArgumentNullException.ThrowIfNull(rulesRun);
        ArgumentNullException.ThrowIfNull(modelRun);
        ArgumentException.ThrowIfNullOrEmpty(modelId);

        var figureRows = new List<IReadOnlyList<string>>();
        var unchanged = 0;
        foreach (var section in rulesAlone.Sections)
        {
            var other = withModel.Sections.FirstOrDefault(s => s.Name == section.Name);
            foreach (var (figure, without) in section.Figures.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                if (other?.Figures.TryGetValue(figure, out var with) != true)
                {
                    continue;
                }

                // Most figures (identification, facts from tables) cannot move; list only those that did.
                if (with == without)
                {
                    unchanged++;
                }
                else
                {
                    figureRows.Add([$"{section.Name}.{figure}", Format(without), Format(with), Format(with - without)]);
                }
            }
        }

        var rulesCounts = CountByCategory(rulesRun, _ => true);
        var modelCounts = CountByCategory(modelRun, _ => true);
        var addedCounts = CountByCategory(modelRun, classifier => classifier == modelId);
        var categoryRows = rulesCounts.Keys.Union(modelCounts.Keys).Order(StringComparer.Ordinal)
            .Select(c => (IReadOnlyList<string>)[c, Format(rulesCounts.GetValueOrDefault(c)), Format(modelCounts.GetValueOrDefault(c)), Format(addedCounts.GetValueOrDefault(c))])
            .ToList();

        var figures = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["statements_rules_alone"] = rulesCounts.Values.Sum(),
            ["statements_with_model"] = modelCounts.Values.Sum(),
            ["statements_by_model"] = addedCounts.Values.Sum(),
            ["figures_changed"] = figureRows.Count,
            ["unsure_sentences"] = usage.Candidates,
            ["answered_from_cache"] = usage.CacheHits,
            ["sentences_sent"] = usage.SentencesSent,
            ["requests"] = usage.Requests,
            ["failed_requests"] = usage.FailedRequests,
            ["left_out_by_budget"] = usage.OverBudget,
            ["answers_dropped"] = usage.AnswersDropped,
        };
        var tables = new List<EvaluationTable>
        {
            new($"Figures the model changed ({unchanged} others unchanged)", ["figure", "rules alone", "with model", "change"], figureRows),
            new("Statements per category", ["category", "rules alone", "with model", "by the model"], categoryRows),
        };
        var notes = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"{usage.Candidates} unsure sentences in {usage.Documents} documents: {usage.CacheHits} answered from cache, {usage.SentencesSent} sent in {usage.Requests} requests ({usage.FailedRequests} failed), {usage.OverBudget} left out by the budget, {usage.AnswersDropped} answers dropped as unreadable or outside the vocabulary."),
        };
        return new EvaluationSectionResult(Name, $"Language model {modelId}: the same corpus without and with it", figures, tables, notes);
    }

    private static Dictionary<string, double> CountByCategory(CorpusRun run, Func<string, bool> classifier) =>
        run.Documents.SelectMany(d => d.Result.Statements)
            .Where(s => classifier(s.Classifier))
            .GroupBy(s => s.Category, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (double)g.Count(), StringComparer.Ordinal);

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
