using System.Diagnostics;

namespace ReportPipeline.Core.Text;

/// <summary>
/// What one document may still spend, checked from inside the readers' loops (a page, a few hundred
/// elements): the time since it started against <see cref="ExtractionLimits.MaxTimePerDocument"/>, and the growth
/// of the managed heap against <see cref="ExtractionLimits.MaxMemoryPerDocument"/>. A cancellation timer alone does
/// not hold a limit: it needs a free pool thread to fire, and a parser deep in one call never looks at it.
/// </summary>
public sealed class ExtractionBudget
{
    private readonly long _started;
    private readonly long _heapAtStart;
    private readonly CancellationToken _cancellationToken;
    private long _grownAfterCollection;

    public ExtractionBudget(ExtractionLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(limits);
        Limits = limits;
        _cancellationToken = cancellationToken;
        // Garbage in the heap at the start would be counted as room this document never had: once it is
        // collected, the document could keep that much more than its limit. Below a twentieth of the limit
        // the error stays small; above it, collect first. One blocking collection that does not compact is
        // enough for a baseline: GetTotalMemory(true) compacts, and repeats until the heap is steady, which
        // cost a third of the extraction time over the corpus (two full collections per chapter).
        _heapAtStart = GC.GetTotalMemory(forceFullCollection: false);
        if (limits.MaxMemoryPerDocument != long.MaxValue && _heapAtStart > limits.MaxMemoryPerDocument / 20)
        {
            _heapAtStart = CollectedHeap();
        }

        // After the collection: the document's time starts when its own work does.
        _started = Stopwatch.GetTimestamp();
    }

    public ExtractionLimits Limits { get; }

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_started);

    /// <summary>A budget that only honours cancellation, for callers that check limits elsewhere.</summary>
    public static ExtractionBudget Unlimited(CancellationToken cancellationToken = default) =>
        new(ExtractionLimits.Default with { MaxTimePerDocument = TimeSpan.MaxValue, MaxMemoryPerDocument = long.MaxValue }, cancellationToken);

    /// <summary>Throws <see cref="ReportTooLargeException"/> (the type of every limit breach) when a limit is broken, or when the caller cancelled.</summary>
    public void Check()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (Limits.MaxTimePerDocument != TimeSpan.MaxValue && Stopwatch.GetElapsedTime(_started) > Limits.MaxTimePerDocument)
        {
            throw new ReportTooLargeException(Limits.TookTooLong("Extraction"));
        }

        if (Limits.MaxMemoryPerDocument == long.MaxValue)
        {
            return;
        }

        var grown = GC.GetTotalMemory(forceFullCollection: false) - _heapAtStart;
        if (grown <= Limits.MaxMemoryPerDocument)
        {
            return;
        }

        // The heap holds garbage until the next collection: only what survives one counts. Collect again only
        // once the heap grew by a twentieth of the limit since the last collection, so a document near its bound
        // does not spend its time collecting, and what it keeps passes the limit by at most that twentieth (with
        // the twentieth allowed at the start, within the 10 % the limits promise).
        if (grown < _grownAfterCollection + (Limits.MaxMemoryPerDocument / 20))
        {
            return;
        }

        grown = CollectedHeap() - _heapAtStart;
        _grownAfterCollection = grown;
        if (grown > Limits.MaxMemoryPerDocument)
        {
            throw new ReportTooLargeException(Limits.UsedTooMuchMemory(grown));
        }
    }

    private static long CollectedHeap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
        return GC.GetTotalMemory(forceFullCollection: false);
    }
}
