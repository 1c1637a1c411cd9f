using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Evaluation;

/// <summary>Precision and recall of raised alerts against true changes, for one facet family (or all).</summary>
public sealed record AlertScore(string Family, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
}

public sealed record AlertEvaluationReport(
    IReadOnlyList<AlertScore> Families,
    AlertScore Overall,
    AlertScore OverallWithoutInfo,
    int Countries,
    int ScoredYears,
    IReadOnlyList<Alert> Missed,
    IReadOnlyList<Alert> Spurious,
    IReadOnlyList<Alert> Unjudged,
    IReadOnlyList<AlertScore> FamiliesWithoutInfo);

/// <summary>
/// Measures alerts raised from extracted documents against the true changes in the ground truth.
/// Only changes between two years that both have an extracted document and are consecutive
/// reports of the facet in the ground truth are scored; facets the ground truth does not cover
/// (moratoriums, plans, criminal prosecutions…) and conflicts cannot be judged and are left out
/// of the scores; those raised between two scored years are listed as unjudged, for reading by eye.
/// </summary>
public static class AlertEvaluator
{
    public static AlertEvaluationReport Evaluate(IReadOnlyCollection<GroundTruthRow> truth, IReadOnlyList<CountryHistory> extracted, ChangeDetector detector)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(extracted);
        ArgumentNullException.ThrowIfNull(detector);
        var at = DateTimeOffset.UnixEpoch;
        var truthByCountry = truth.GroupBy(r => r.Iso2, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var expected = new List<Alert>();
        var raised = new List<Alert>();
        var unjudged = new List<Alert>();
        var scoredYears = 0;
        var countries = 0;
        foreach (var history in extracted)
        {
            if (!truthByCountry.TryGetValue(history.Iso2, out var rows))
            {
                continue;
            }

            var truthYears = rows.Select(r => r.Year).ToHashSet();
            var scored = history.Documents.Where(d => d.Year is not null && truthYears.Contains(d.Year.Value)).Select(d => d.Year!.Value).ToHashSet();
            if (scored.Count < 2)
            {
                continue;
            }

            countries++;
            scoredYears += scored.Count;
            var truthHistory = TruthHistory(rows);
            bool InScope(Alert a) => a.Kind != ChangeDetector.KindConflict && IsConsecutiveTruthPair(rows, a, scored);
            expected.AddRange(detector.Detect(StatusBuilder.Build(truthHistory, detector.Options), at).Where(InScope));
            var fromDocuments = detector.Detect(StatusBuilder.Build(history, detector.Options), at);
            raised.AddRange(fromDocuments.Where(InScope));
            unjudged.AddRange(fromDocuments.Where(a => !InScope(a) && scored.Contains(a.FromYear) && scored.Contains(a.ToYear)));
        }

        var expectedKeys = expected.Select(Key).ToHashSet();
        var raisedKeys = raised.Select(Key).ToHashSet();
        var missed = expected.Where(a => !raisedKeys.Contains(Key(a))).ToList();
        var spurious = raised.Where(a => !expectedKeys.Contains(Key(a))).ToList();
        var families = expected.Concat(raised).Select(a => a.Family).Distinct(StringComparer.Ordinal)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => Score(f, expected.Where(a => a.Family == f), raised.Where(a => a.Family == f)))
            .ToList();
        var familiesWithoutInfo = families
            .Select(f => Score(f.Family, expected.Where(a => a.Family == f.Family && a.Severity > AlertSeverity.Info), raised.Where(a => a.Family == f.Family && a.Severity > AlertSeverity.Info)))
            .ToList();
        return new AlertEvaluationReport(
            families,
            Score("all", expected, raised),
            Score("all but info", expected.Where(a => a.Severity > AlertSeverity.Info), raised.Where(a => a.Severity > AlertSeverity.Info)),
            countries,
            scoredYears,
            missed,
            spurious,
            unjudged,
            familiesWithoutInfo);
    }

    /// <summary>Ground-truth rows of one country as dataset documents, so the truth goes through the same status and change rules as the extraction.</summary>
    public static CountryHistory TruthHistory(IReadOnlyList<GroundTruthRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new CountryHistory(rows[0].Iso2, rows[0].Country, [.. rows.Select(r => new CountryDocument(
            $"ground-truth-{r.Iso2}-{r.Year}",
            Sources.UsdolDataset,
            r.Year,
            [.. r.Facts.Select(f => new Fact(f.Key, f.Value, $"ground truth {r.Iso2} {r.Year}: {f.Key} = {f.Value}"))],
            []))]);
    }

    private static AlertScore Score(string family, IEnumerable<Alert> expected, IEnumerable<Alert> raised)
    {
        var expectedKeys = expected.Select(Key).ToHashSet();
        var raisedKeys = raised.Select(Key).ToHashSet();
        var truePositives = raisedKeys.Count(expectedKeys.Contains);
        return new AlertScore(family, truePositives, raisedKeys.Count - truePositives, expectedKeys.Count - truePositives);
    }

    // Both ends extracted, both ends reported in the truth, nothing reported by the truth in between.
    private static bool IsConsecutiveTruthPair(List<GroundTruthRow> rows, Alert alert, HashSet<int> scored)
    {
        if (!scored.Contains(alert.FromYear) || !scored.Contains(alert.ToYear))
        {
            return false;
        }

        var reported = rows.Where(r => r.Facts.ContainsKey(alert.Facet)).Select(r => r.Year).ToHashSet();
        return reported.Contains(alert.FromYear)
            && reported.Contains(alert.ToYear)
            && !reported.Any(y => y > alert.FromYear && y < alert.ToYear);
    }

    private static (string, string, int, int, string?, string?) Key(Alert a) => (a.Iso2, a.Facet, a.FromYear, a.ToYear, a.OldValue, a.NewValue);
}
