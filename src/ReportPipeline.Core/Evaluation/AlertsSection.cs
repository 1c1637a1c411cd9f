using System.Globalization;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Evaluation;

/// <summary>
/// Alerts raised from the corpus PDFs alone (grouped by the country and year identification
/// gave them, as ingestion would store them) against the true changes between consecutive
/// years of the publisher's data, per facet family. Only changes between two years that both
/// have a PDF are scored.
/// </summary>
public sealed class AlertsSection(IReadOnlyCollection<GroundTruthRow> truth, ChangeDetector? detector = null) : IEvaluationSection
{
    private readonly ChangeDetector _detector = detector ?? new ChangeDetector();

    public string Name => "alerts";

    /// <summary>How many missed and spurious alerts to list.</summary>
    public int Listed { get; init; } = 25;

    public EvaluationSectionResult Evaluate(CorpusRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var report = AlertEvaluator.Evaluate(truth, Histories(run), _detector);
        var figures = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["countries"] = report.Countries,
            ["years"] = report.ScoredYears,
        };
        void Add(string key, AlertScore score)
        {
            figures[$"{key}.precision"] = Math.Round(score.Precision, 4);
            figures[$"{key}.recall"] = Math.Round(score.Recall, 4);
            figures[$"{key}.true_changes"] = score.TruePositives + score.FalseNegatives;
            figures[$"{key}.raised"] = score.TruePositives + score.FalsePositives;
        }

        Add("all", report.Overall);
        Add("without_info", report.OverallWithoutInfo);
        foreach (var family in report.Families)
        {
            Add(family.Family, family);
        }

        foreach (var family in report.FamiliesWithoutInfo)
        {
            Add(family.Family + ".without_info", family);
        }

        var rows = report.Families.Append(report.OverallWithoutInfo).Append(report.Overall)
            .Select((s, i) => (IReadOnlyList<string>)[
                s.Family, Count(s.TruePositives + s.FalseNegatives), Count(s.TruePositives + s.FalsePositives), Count(s.TruePositives), Percent(s.Precision), Percent(s.Recall),
                i < report.Families.Count ? Percent(report.FamiliesWithoutInfo[i].Precision) : string.Empty,
                i < report.Families.Count ? Percent(report.FamiliesWithoutInfo[i].Recall) : string.Empty])
            .ToList();
        figures["unjudged"] = report.Unjudged.Count;
        return new EvaluationSectionResult(
            Name,
            "Alerts from the PDFs alone vs true year-over-year changes",
            figures,
            [
                new EvaluationTable("Per facet family", ["family", "true changes", "raised", "matched", "precision", "recall", "precision w/o info", "recall w/o info"], rows),
                new EvaluationTable($"Missed changes (first {Listed})", ["country", "facet", "years", "change"], [.. report.Missed.Take(Listed).Select(Row)]),
                new EvaluationTable($"Alerts with no true change (first {Listed})", ["country", "facet", "years", "change"], [.. report.Spurious.Take(Listed).Select(Row)]),
                new EvaluationTable(
                    $"Alerts the publisher's data cannot judge, between scored years ({report.Unjudged.Count}; first {Listed})",
                    ["country", "family", "years", "title"],
                    [.. report.Unjudged.Take(Listed).Select(a => (IReadOnlyList<string>)[a.Iso2, a.Family, $"{a.FromYear}-{a.ToYear}", a.Title])]),
            ],
            [
                $"{report.Countries} countries, {report.ScoredYears} reporting years with a PDF and ground truth. A change is scored when both years have a PDF and the publisher's data reports the facet in both with nothing in between; matched means same country, facet, years, old and new value.",
                "Targets: precision >= 0.95, recall >= 0.90. \"w/o info\" leaves out the Info alerts (to or from Unknown, N/A). Facets the publisher's data lacks (moratoriums, plans, criminal prosecutions…) and conflicts cannot be judged: they are listed, not scored.",
            ]);
    }

    /// <summary>The corpus PDFs as stored histories: identified documents only, grouped by country.</summary>
    public static IReadOnlyList<CountryHistory> Histories(CorpusRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return [.. run.Documents
            .Where(d => d.Result.Document is { Iso2: not null, Year: not null })
            .GroupBy(d => d.Result.Document!.Iso2!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CountryHistory(
                g.Key,
                g.First().Result.Document!.Country ?? g.Key,
                [.. g.Select(d => new CountryDocument(d.Result.Document!.Sha256, d.Result.Document.Source, d.Result.Document.Year, d.Result.Facts, d.Result.Statements, d.Entry.File))]))];
    }

    private static IReadOnlyList<string> Row(Alert alert) =>
        [alert.Iso2, alert.Facet, $"{alert.FromYear}-{alert.ToYear}", $"{alert.OldValue ?? "-"} -> {alert.NewValue ?? "-"}"];

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
