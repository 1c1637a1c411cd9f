namespace ReportPipeline.Core.Statements;

/// <summary>
/// How much a model may be asked per document. The defaults keep one chapter's model work
/// well inside <see cref="Text.ExtractionLimits.MaxTimePerDocument"/> (2 minutes).
/// </summary>
public sealed record LayeredClassifierOptions
{
    /// <summary>A rules statement at or above this confidence settles its sentence (default 0.6).</summary>
    public double ConfidenceThreshold { get; init; } = 0.6;

    /// <summary>Sentences per model request (default 20).</summary>
    public int BatchSize { get; init; } = 20;

    /// <summary>Most sentences sent to the model for one document (default 150).</summary>
    public int MaxSentencesPerDocument { get; init; } = 150;

    /// <summary>Most estimated input tokens (about 4 characters each) sent for one document (default 20,000).</summary>
    public int MaxTokensPerDocument { get; init; } = 20_000;

    /// <summary>Longest time spent waiting for the model on one document; what is answered by then is kept (default 90 s).</summary>
    public TimeSpan DocumentTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>Shorter text is a heading or a table cell, not a statement (default 30 characters).</summary>
    public int MinSentenceLength { get; init; } = 30;

    /// <summary>Longer text is a table dump or a failed split, not one statement (default 1,500 characters).</summary>
    public int MaxSentenceLength { get; init; } = 1500;

    public static LayeredClassifierOptions Default { get; } = new();

    /// <summary>Throws when a value is out of range, naming the setting.</summary>
    public void Validate()
    {
        if (ConfidenceThreshold is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(ConfidenceThreshold), ConfidenceThreshold, "must be between 0 and 1");
        if (BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "must be at least 1");
        if (MaxSentencesPerDocument < 0) throw new ArgumentOutOfRangeException(nameof(MaxSentencesPerDocument), MaxSentencesPerDocument, "must not be negative");
        if (MaxTokensPerDocument < 0) throw new ArgumentOutOfRangeException(nameof(MaxTokensPerDocument), MaxTokensPerDocument, "must not be negative");
        if (DocumentTimeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(DocumentTimeout), DocumentTimeout, "must be positive");
        if (MinSentenceLength < 0 || MaxSentenceLength < MinSentenceLength) throw new ArgumentOutOfRangeException(nameof(MaxSentenceLength), MaxSentenceLength, "must be at least MinSentenceLength");
    }
}
