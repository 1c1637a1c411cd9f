using System.Globalization;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Evaluation;

/// <summary>
/// Fact precision and recall against the publisher's data, per facet family and overall, for
/// the target years (2016–2021) and split into 2016–2017 (the layouts with awkward fonts) and
/// 2018–2021; then the facets missed most and the individual misses. Beside the raw figures, the
/// same with the listed chapter-versus-data disagreements (<see cref="Disagreements"/>) set aside.
/// </summary>
public sealed class FactAccuracySection : IEvaluationSection
{
    /// <summary>How many individual misses the report lists.</summary>
    public int MissesListed { get; init; } = 25;

    /// <summary>Checked cells where the chapter and the data disagree (eval/fact-disagreements.jsonl).</summary>
    public IReadOnlyList<FactDisagreement> Disagreements { get; init; } = [];

    public string Name => "facts";

    public static IReadOnlyList<(string Name, int From, int To)> Subsets { get; } =
    [
        ("2016-2021", 2016, 2021),
        ("2016-2017", 2016, 2017),
        ("2018-2021", 2018, 2021),
    ];

    public EvaluationSectionResult Evaluate(CorpusRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var figures = new Dictionary<string, double>(StringComparer.Ordinal);
        var tables = new List<EvaluationTable>();
        FactAccuracyResult? main = null;
        DisagreementMarking? marking = null;
        foreach (var (name, from, to) in Subsets)
        {
            var documents = run.Documents.Where(d => d.Entry.ReportYear >= from && d.Entry.ReportYear <= to).ToList();
            var result = FactAccuracy.Compute(documents);
            var marks = FactDisagreements.Mark(result.Misses, Disagreements, documents.Where(d => d.Truth is not null).Select(d => d.Entry.File));
            main ??= result;
            marking ??= marks;
            var rows = new List<IReadOnlyList<string>>();
            foreach (var (family, score) in result.Families.Append(new("overall", result.Overall)))
            {
                bool InFamily(FactMiss m) => family == "overall" || FacetFamilies.Of(m.Facet) == family;
                var aside = marks.SetAside(score, result.Misses, InFamily);
                var listed = result.Misses.Count(m => InFamily(m) && marks.For(m) is not null);
                rows.Add([family, Percent(score.Precision), Percent(score.Recall), $"{score.Correct}/{score.Extracted}", $"{score.Correct}/{score.Expected}",
                    listed.ToString(CultureInfo.InvariantCulture), Percent(aside.Precision), Percent(aside.Recall)]);
                Add(figures, $"{name}.{family}", score);
                figures[$"{name}.{family}.listed"] = listed;
                Add(figures, $"{name}.{family}.set_aside", aside);
            }

            figures[$"{name}.documents"] = result.Documents;
            tables.Add(new EvaluationTable($"Reports {name} ({result.Documents} with ground truth)", ["family", "precision", "recall", "right/extracted", "right/expected", "listed disagreements", "precision (listed set aside)", "recall (listed set aside)"], rows));
        }

        if (main is not null)
        {
            var byFacet = main.Misses
                .GroupBy(m => m.Facet)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Take(15)
                .Select(g => (IReadOnlyList<string>)[g.Key, g.Count().ToString(CultureInfo.InvariantCulture), g.Count(m => m.Got is null).ToString(CultureInfo.InvariantCulture), Describe(g.First())])
                .ToList();
            tables.Add(new EvaluationTable("Facets missed most (2016-2021)", ["facet", "misses", "absent", "e.g."], byFacet));
            var listed = main.Misses
                .OrderBy(m => m.File, StringComparer.Ordinal)
                .ThenBy(m => m.Facet, StringComparer.Ordinal)
                .Take(MissesListed)
                .Select(m => (IReadOnlyList<string>)[m.File, m.Facet, m.Expected, m.Got ?? "(absent)", m.Evidence is null ? string.Empty : Shorten(m.Evidence), marking!.For(m)?.Kind ?? string.Empty])
                .ToList();
            tables.Add(new EvaluationTable($"Misses ({Math.Min(MissesListed, main.Misses.Count)} of {main.Misses.Count})", ["file", "facet", "expected", "got", "evidence", "listed disagreement"], listed));
        }

        var notes = new List<string>();
        if (main is not null && marking is not null)
        {
            figures["listed_misses"] = marking.ListedCount;
            figures["stale_disagreements"] = marking.Stale.Count;
            notes.Add(DisagreementNote(main.Misses.Count, marking, "2016-2021"));
            if (marking.Stale.Count > 0)
            {
                tables.Add(StaleTable(marking.Stale));
            }
        }

        return new EvaluationSectionResult(Name, "Fact accuracy against ground-truth.jsonl", figures, tables, notes);
    }

    /// <summary>The line that says how many misses the list explains and how many of its entries no longer occur.</summary>
    internal static string DisagreementNote(int misses, DisagreementMarking marking, string scope) =>
        $"Listed disagreements, {scope}: {marking.ListedCount} of {misses} misses are listed chapter-versus-data disagreements, set aside in the 'listed set aside' columns; {misses - marking.ListedCount} unlisted misses; stale entries (listed cells that no longer occur as listed): {marking.Stale.Count}.";

    public static EvaluationTable StaleTable(IReadOnlyList<StaleDisagreement> stale) =>
        new($"Stale disagreement entries ({stale.Count})", ["entry", "file", "facet", "data", "chapter", "now"],
            [.. stale.Select(s => (IReadOnlyList<string>)[s.Entry.Origin ?? string.Empty, s.Entry.File, s.Entry.Facet, s.Entry.Data, s.Entry.Chapter ?? "(nothing)", s.Now])]);

    private static void Add(Dictionary<string, double> figures, string prefix, AccuracyScore score)
    {
        if (score.Precision is { } precision) figures[prefix + ".precision"] = Math.Round(precision, 4);
        if (score.Recall is { } recall) figures[prefix + ".recall"] = Math.Round(recall, 4);
        figures[prefix + ".extracted"] = score.Extracted;
        figures[prefix + ".correct"] = score.Correct;
        figures[prefix + ".expected"] = score.Expected;
    }

    private static string Describe(FactMiss miss) =>
        $"{Path.GetFileNameWithoutExtension(miss.File)}: expected {miss.Expected}, got {miss.Got ?? "nothing"}";

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    internal static string Percent(double? value) =>
        value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";
}
