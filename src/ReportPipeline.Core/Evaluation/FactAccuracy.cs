using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Evaluation;

/// <summary>
/// How many values were right. Precision counts only extracted facts whose facet the ground
/// truth has for that country-year (facets it lacks cannot be judged); recall counts every
/// ground-truth fact.
/// </summary>
public sealed record AccuracyScore(int Extracted, int Correct, int Expected)
{
    public static AccuracyScore Zero { get; } = new(0, 0, 0);

    /// <summary>Null when nothing was extracted.</summary>
    public double? Precision => Extracted == 0 ? null : (double)Correct / Extracted;

    /// <summary>Null when the ground truth holds nothing.</summary>
    public double? Recall => Expected == 0 ? null : (double)Correct / Expected;

    public static AccuracyScore operator +(AccuracyScore a, AccuracyScore b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Extracted + b.Extracted, a.Correct + b.Correct, a.Expected + b.Expected);
    }
}

/// <summary>A ground-truth fact the extractor missed or got wrong (<see cref="Got"/> null when missed).</summary>
public sealed record FactMiss(string File, string Facet, string Expected, string? Got, string? Evidence, int? Page);

/// <summary>Scores per facet family and overall, with every miss.</summary>
public sealed record FactAccuracyResult(
    int Documents,
    IReadOnlyDictionary<string, AccuracyScore> Families,
    AccuracyScore Overall,
    IReadOnlyList<FactMiss> Misses);

public static class FactAccuracy
{
    /// <summary>The families the ground truth covers and the targets apply to.</summary>
    public static IReadOnlyList<string> ScoredFamilies { get; } =
        [FacetFamilies.Assessment, FacetFamilies.Enforcement, FacetFamilies.Legal, FacetFamilies.Ratification];

    /// <summary>Compares the documents that have ground truth; the others are skipped.</summary>
    public static FactAccuracyResult Compute(IEnumerable<CorpusDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var families = ScoredFamilies.ToDictionary(f => f, _ => AccuracyScore.Zero, StringComparer.Ordinal);
        var misses = new List<FactMiss>();
        var count = 0;
        foreach (var document in documents)
        {
            if (document.Truth is not { } truth)
            {
                continue;
            }

            count++;
            var extracted = new Dictionary<string, Fact>(StringComparer.Ordinal);
            foreach (var fact in document.Facts)
            {
                extracted.TryAdd(fact.Facet, fact);
            }

            foreach (var (facet, expected) in truth.Facts)
            {
                var family = FacetFamilies.Of(facet);
                if (!families.TryGetValue(family, out var score))
                {
                    continue;
                }

                var got = extracted.GetValueOrDefault(facet);
                var correct = got is not null && string.Equals(got.Value.Trim(), expected.Trim(), StringComparison.Ordinal);
                families[family] = score + new AccuracyScore(got is null ? 0 : 1, correct ? 1 : 0, 1);
                if (!correct)
                {
                    misses.Add(new FactMiss(document.Entry.File, facet, expected, got?.Value, got?.Evidence, got?.Page));
                }
            }
        }

        var overall = families.Values.Aggregate(AccuracyScore.Zero, (a, b) => a + b);
        return new FactAccuracyResult(count, families, overall, misses);
    }
}
