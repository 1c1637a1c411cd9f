namespace ReportPipeline.Core.Statements;

/// <summary>
/// The time a rule's pattern may take on one sentence. A match takes microseconds; the limit exists because the
/// regex source generator of .NET 10 can loop forever on a pattern with a bounded lazy group loop
/// (<c>(?:\w+\s+){0,2}?</c>) when it gives up at its last iteration (dotnet/runtime#129628, fixed after .NET 10).
/// Every such pattern carries this limit, so that a sentence that trips the fault costs two tries of two seconds and a
/// warning (<see cref="UnreadSentences"/>) instead of the document.
/// </summary>
internal static class PatternLimits
{
    public const int MatchTimeoutMilliseconds = 2000;
}
