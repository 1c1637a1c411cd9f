using System.Globalization;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Evaluation;

/// <summary>
/// <c>evaluate --statements</c>: the classifier's statements of the five event categories scored
/// against the hand labels of eval/statement-labels (<see cref="StatementMatcher"/>). Precision
/// counts a statement right when it matches a label, also when another statement already took
/// that label (the same event told again is a duplicate, not an error); recall counts labels
/// matched once. Every miss and every false statement is listed with its chapter and page.
/// </summary>
public sealed class StatementLabelSection(IReadOnlyList<HandLabel> labels, string name = StatementLabelSection.DefaultName, string? classifier = null) : IEvaluationSection
{
    public const string DefaultName = "statement_labels";

    /// <summary>Longest sentence excerpt in the list of false statements.</summary>
    private const int ExcerptLength = 110;

    private readonly IReadOnlyList<HandLabel> _labels = labels ?? throw new ArgumentNullException(nameof(labels));

    public string Name => name;

    /// <summary>The chapters the labels cover, as corpus file names.</summary>
    public IReadOnlySet<string> Files => _labels.Select(l => l.File).ToHashSet(StringComparer.Ordinal);

    public EvaluationSectionResult Evaluate(CorpusRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var documents = run.Documents
            .GroupBy(d => Path.GetFileName(d.Entry.File), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var chapters = new List<ChapterStatementScore>();
        var absent = new List<string>();
        foreach (var group in _labels.GroupBy(l => l.File, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var statements = documents.TryGetValue(group.Key, out var document) ? document.Result.Statements : null;
            if (statements is null)
            {
                absent.Add(group.Key);
            }

            chapters.Add(StatementMatcher.Score(group.Key, [.. group], statements ?? []));
        }

        return Build(chapters, absent);
    }

    /// <summary>The section from chapters already scored (also what the tests build on).</summary>
    public EvaluationSectionResult Build(IReadOnlyList<ChapterStatementScore> chapters, IReadOnlyList<string> absent)
    {
        ArgumentNullException.ThrowIfNull(chapters);
        ArgumentNullException.ThrowIfNull(absent);
        var figures = new Dictionary<string, double>(StringComparer.Ordinal) { ["chapters"] = chapters.Count };
        var rows = new List<IReadOnlyList<string>>();
        foreach (var category in HandLabels.Categories.Append(null))
        {
            bool In(string c) => category is null || string.Equals(c, category, StringComparison.Ordinal);
            var labelCount = chapters.Sum(c => c.Matched.Count(m => In(m.Label.Category)) + c.Missed.Count(l => In(l.Category)));
            var matchedLabels = chapters.Sum(c => c.Matched.Count(m => In(m.Label.Category)));
            var duplicates = chapters.Sum(c => c.Duplicates.Count(m => In(m.Statement.Category)));
            var falseCount = chapters.Sum(c => c.False.Count(s => In(s.Category)));
            var statements = matchedLabels + duplicates + falseCount;
            var suffix = category is null ? string.Empty : "." + category;
            figures["labels" + suffix] = labelCount;
            figures["statements" + suffix] = statements;
            figures["matched_labels" + suffix] = matchedLabels;
            figures["matched_statements" + suffix] = matchedLabels + duplicates;
            figures["duplicates" + suffix] = duplicates;
            figures["missed_labels" + suffix] = labelCount - matchedLabels;
            figures["false_statements" + suffix] = falseCount;
            double? precision = statements > 0 ? (double)(matchedLabels + duplicates) / statements : null;
            double? recall = labelCount > 0 ? (double)matchedLabels / labelCount : null;
            if (precision is { } p)
            {
                figures["precision" + suffix] = Math.Round(p, 3);
            }

            if (recall is { } r)
            {
                figures["recall" + suffix] = Math.Round(r, 3);
            }

            rows.Add([category ?? "overall", Count(labelCount), Count(statements), Count(matchedLabels), Count(duplicates), Count(falseCount), Ratio(precision), Ratio(recall)]);
        }

        var misses = chapters
            .SelectMany(c => c.Missed.Select(l => (IReadOnlyList<string>)[c.File, Count(l.Page), l.Category, Expected(l), Describe(l), l.Quote]))
            .ToList();
        var falseRows = chapters
            .SelectMany(c => c.False.Select(s => (IReadOnlyList<string>)[c.File, s.Page is { } p ? Count(p) : "?", s.Category, s.Action ?? "-", Fields(s), Excerpt(s.Text)]))
            .ToList();

        var notes = new List<string>
        {
            "Matching (statement-labels.md): same category; an action the label allows (continued/extended for a running moratorium, adopted/active for a plan in force, enacted/signed for a law); and the statement's sentence holds one of the label's anchors (on that page or the next) or it names the same plan, law, instrument or end date. Each label is matched at most once.",
            "Precision = (matched + duplicate) statements / statements of the five categories in the labelled chapters; a duplicate tells an already matched event again and is not an error. Recall = matched labels / labels.",
        };
        if (classifier is not null)
        {
            notes.Insert(0, "Classifier: " + classifier + ".");
        }

        if (absent.Count > 0)
        {
            notes.Add($"Labelled chapters missing from the run (all their labels count as missed): {string.Join(", ", absent)}.");
        }

        var title = "Statements against hand labels" + (classifier is null ? string.Empty : " (" + classifier + ")");
        var tables = new List<EvaluationTable>
        {
            new("Precision and recall per category", ["category", "labels", "statements", "matched labels", "duplicates", "false", "precision", "recall"], rows),
            new($"Misses: labels no statement matched ({misses.Count})", ["chapter", "page", "category", "expected action", "label", "anchor"], misses),
            new($"False statements: statements matching no label ({falseRows.Count})", ["chapter", "page", "category", "action", "fields", "sentence"], falseRows),
        };
        return new EvaluationSectionResult(Name, title, figures, tables, notes);
    }

    /// <summary>The rules' score and the model path's side by side, per category, with what the model changed.</summary>
    public static EvaluationSectionResult Compare(EvaluationSectionResult rules, EvaluationSectionResult model)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(model);
        string Figure(EvaluationSectionResult section, string key) =>
            section.Figures.TryGetValue(key, out var value) ? value.ToString("0.###", CultureInfo.InvariantCulture) : "-";

        var figures = new Dictionary<string, double>(StringComparer.Ordinal);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var category in HandLabels.Categories.Append(null))
        {
            var suffix = category is null ? string.Empty : "." + category;
            foreach (var key in new[] { "precision", "recall", "statements", "matched_labels" })
            {
                if (rules.Figures.TryGetValue(key + suffix, out var before) && model.Figures.TryGetValue(key + suffix, out var after))
                {
                    figures[key + "_change" + suffix] = Math.Round(after - before, 3);
                }
            }

            rows.Add([category ?? "overall", Figure(rules, "statements" + suffix), Figure(model, "statements" + suffix), Figure(rules, "precision" + suffix), Figure(model, "precision" + suffix), Figure(rules, "recall" + suffix), Figure(model, "recall" + suffix)]);
        }

        return new EvaluationSectionResult(
            "statement_labels_comparison",
            "Statements against hand labels: rules alone vs with the model",
            figures,
            [new EvaluationTable("Per category", ["category", "statements (rules)", "statements (model)", "precision (rules)", "precision (model)", "recall (rules)", "recall (model)"], rows)],
            ["The model answers only for sentences the rules are unsure of; a change here is what it changed."]);
    }

    private static string Expected(HandLabel label) =>
        label.Accept.Count == 0 ? label.Action : label.Action + " (or " + string.Join(", ", label.Accept) + ")";

    private static string Describe(HandLabel label)
    {
        var parts = new[]
        {
            label.Name ?? label.Instrument ?? label.Scope,
            label.Period is null ? null : "period " + label.Period,
            label.Until is null ? null : "until " + label.Until,
            label.Date is null ? null : "date " + label.Date,
        };
        return string.Join("; ", parts.Where(p => p is not null));
    }

    private static string Fields(Statement statement) =>
        statement.Fields.Count == 0 ? "-" : string.Join("; ", statement.Fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + "=" + f.Value));

    private static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= ExcerptLength ? flat : flat[..ExcerptLength] + "…";
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Ratio(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";
}
