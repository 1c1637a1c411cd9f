using System.Globalization;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;

namespace ReportPipeline.Core.Evaluation;

/// <summary>
/// What the statement classifier found across the corpus: statements per category, and how
/// often a chapter whose publisher data says unannounced inspections are not permitted also
/// yields a moratorium (or restriction) statement that explains why.
/// </summary>
public sealed class StatementsSection : IEvaluationSection
{
    private const string UnannouncedFacet = "enforcement.labor.unannounced_inspections_permitted";

    public string Name => "statements";

    public EvaluationSectionResult Evaluate(CorpusRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var read = run.Documents.Where(d => d.Result.Document is not null).ToList();
        var figures = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["chapters"] = read.Count,
            ["statements"] = read.Sum(d => d.Result.Statements.Count),
        };

        var perCategory = new List<IReadOnlyList<string>>();
        foreach (var category in StatementCategories.All)
        {
            var statements = read.SelectMany(d => d.Result.Statements.Where(s => s.Category == category).Select(s => (d, s))).ToList();
            figures["statements." + category] = statements.Count;
            var actions = statements.GroupBy(x => x.s.Action ?? "-").OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
            perCategory.Add([category, Count(statements.Count), Count(statements.Select(x => x.d).Distinct().Count()), string.Join(", ", actions)]);
        }

        bool HasMoratorium(CorpusDocument d) => d.Result.Statements.Any(s => s.Category == StatementCategories.InspectionMoratorium);
        bool HasRestriction(CorpusDocument d) => d.Result.Statements.Any(s => s.Category == StatementCategories.InspectionRestriction);
        string? Permitted(CorpusDocument d) => d.Truth?.Facts.GetValueOrDefault(UnannouncedFacet);

        var notPermitted = read.Where(d => Permitted(d) == "No").ToList();
        var withMoratorium = read.Where(HasMoratorium).ToList();
        figures["chapters_unannounced_not_permitted"] = notPermitted.Count;
        figures["chapters_unannounced_not_permitted_with_moratorium"] = notPermitted.Count(HasMoratorium);
        figures["chapters_unannounced_not_permitted_with_moratorium_or_restriction"] = notPermitted.Count(d => HasMoratorium(d) || HasRestriction(d));
        figures["chapters_with_moratorium"] = withMoratorium.Count;
        figures["chapters_with_moratorium_where_permitted"] = withMoratorium.Count(d => Permitted(d) == "Yes");
        figures["chapters_with_moratorium_without_ground_truth"] = withMoratorium.Count(d => Permitted(d) is null);

        var chapters = read
            .Where(d => Permitted(d) == "No" || HasMoratorium(d))
            .OrderBy(d => d.Entry.File, StringComparer.Ordinal)
            .Select(d => (IReadOnlyList<string>)[d.Entry.File, Permitted(d) ?? "(no data)", Describe(d, StatementCategories.InspectionMoratorium), Describe(d, StatementCategories.InspectionRestriction)])
            .ToList();

        var tables = new List<EvaluationTable>
        {
            new("Statements per category", ["category", "statements", "chapters", "actions"], perCategory),
            new("Moratorium statements against the publisher's \"unannounced inspections permitted\"", ["chapter", "permitted (publisher)", "moratorium statements", "restriction statements"], chapters),
        };
        var notes = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{notPermitted.Count(HasMoratorium)} of {notPermitted.Count} chapters whose data says unannounced inspections are not permitted yield a moratorium statement; {notPermitted.Count(d => HasMoratorium(d) || HasRestriction(d))} yield a moratorium or restriction statement."),
            "The publisher's \"No\" also covers restrictions short of a moratorium (advance notice, approval of visits) and inspectorates that lack the power, so not every such chapter should yield a moratorium.",
            "Chapters without ground truth (the 2013-2015 reports, 2022 has no PDFs) count in the totals but not against the publisher's data.",
        };
        return new EvaluationSectionResult(Name, "Statements (rules classifier)", figures, tables, notes);
    }

    private static string Describe(CorpusDocument document, string category)
    {
        var found = document.Result.Statements.Where(s => s.Category == category)
            .Select(s => s.Action + (s.Field(StatementFields.Until) is { } until ? " until " + until : string.Empty))
            .Distinct()
            .ToList();
        return found.Count == 0 ? "-" : string.Join(", ", found);
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
