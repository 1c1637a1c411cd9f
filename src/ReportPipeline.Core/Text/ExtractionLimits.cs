namespace ReportPipeline.Core.Text;

/// <summary>Bounds on what one document may cost; exceeding one is a recorded error, not a hang.</summary>
public sealed record ExtractionLimits
{
    /// <summary>Largest file accepted, in bytes (default 50 MB).</summary>
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Most pages read from one PDF (default 2,000; chapters run 5–60).</summary>
    public int MaxPages { get; init; } = 2000;

    /// <summary>Longest time spent extracting one document (default 2 minutes).</summary>
    public TimeSpan MaxTimePerDocument { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Most the managed heap may grow while one document is read (default 512 MB): a real chapter needs a
    /// tenth of it. Documents read in parallel share the heap, so each is held to the growth of all.
    /// </summary>
    public long MaxMemoryPerDocument { get; init; } = 512L * 1024 * 1024;

    /// <summary>Deepest element nesting read from HTML (default 256; real pages nest a few dozen levels).</summary>
    public int MaxMarkupDepth { get; init; } = 256;

    /// <summary>Most characters one PDF page may hold (default 100,000; a dense chapter page holds about 6,000).</summary>
    public int MaxPageChars { get; init; } = 100_000;

    public static ExtractionLimits Default { get; } = new();

    /// <summary>
    /// True when the work begun at <paramref name="startedTimestamp"/> (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>)
    /// has run past <see cref="MaxTimePerDocument"/>. CancelAfter's timer needs a free pool thread, which a
    /// busy machine may not have in time; the elapsed time holds the limit all the same.
    /// </summary>
    public bool RanOver(long startedTimestamp) => System.Diagnostics.Stopwatch.GetElapsedTime(startedTimestamp) > MaxTimePerDocument;

    /// <summary>The recorded reason when the heap grew past <see cref="MaxMemoryPerDocument"/>.</summary>
    public string UsedTooMuchMemory(long bytes) =>
        $"Extraction used {bytes / (1024 * 1024):N0} MB of memory; the limit is {MaxMemoryPerDocument / (1024 * 1024):N0} MB (ReportPipeline:Limits:MaxMemoryPerDocument).";

    /// <summary>The recorded reason when <paramref name="what"/> ran past <see cref="MaxTimePerDocument"/>.</summary>
    public string TookTooLong(string what) =>
        $"{what} took longer than the limit of {MaxTimePerDocument.TotalSeconds:0.###} s (ReportPipeline:Limits:MaxTimePerDocument).";
}

/// <summary>The input exceeds a configured limit.</summary>
public sealed class ReportTooLargeException(string message) : Exception(message);

/// <summary>The input cannot be read as any supported format.</summary>
public sealed class UnreadableReportException(string message, Exception? inner = null) : Exception(message, inner);
