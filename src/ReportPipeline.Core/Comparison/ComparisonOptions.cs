namespace ReportPipeline.Core.Comparison;

/// <summary>Thresholds of the comparison. Defaults are the documented rules in docs/comparison.md.</summary>
public sealed record ComparisonOptions
{
    /// <summary>Statements below this confidence do not move a status.</summary>
    public double MinStatementConfidence { get; init; } = 0.5;

    /// <summary>An enforcement figure that falls by at least this fraction is a change (a third: 900 inspectors -> 600).</summary>
    public decimal FigureDropFraction { get; init; } = 1m / 3m;

    /// <summary>An enforcement figure that rises by at least this fraction is a change.</summary>
    public decimal FigureRiseFraction { get; init; } = 0.5m;

    /// <summary>Below this absolute difference a figure's move is noise (3 inspectors -> 1 is not news).</summary>
    public decimal FigureMinimumDifference { get; init; } = 10m;

    /// <summary>A survey percentage moving less than this many points is noise.</summary>
    public decimal StatisticsMinimumPoints { get; init; } = 5m;

    /// <summary>Countries compared at once by <see cref="CompareService"/>.</summary>
    public int MaxParallelCountries { get; init; } = 4;

    public static ComparisonOptions Default { get; } = new();

    public void Validate()
    {
        if (MinStatementConfidence is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(MinStatementConfidence), "Must be between 0 and 1.");
        if (FigureDropFraction is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(FigureDropFraction), "Must be between 0 and 1, exclusive.");
        if (FigureRiseFraction <= 0) throw new ArgumentOutOfRangeException(nameof(FigureRiseFraction), "Must be positive.");
        if (FigureMinimumDifference < 0) throw new ArgumentOutOfRangeException(nameof(FigureMinimumDifference), "Must not be negative.");
        if (StatisticsMinimumPoints < 0) throw new ArgumentOutOfRangeException(nameof(StatisticsMinimumPoints), "Must not be negative.");
        if (MaxParallelCountries < 1) throw new ArgumentOutOfRangeException(nameof(MaxParallelCountries), "Must be at least 1.");
    }
}
