namespace ReportPipeline.Core.Notifications;

/// <summary>
/// At most <c>limit</c> events per key in any <c>window</c>, in memory (per process). Keys whose events
/// have all aged out are dropped as new keys arrive, so a stream of distinct keys cannot grow it without end.
/// </summary>
internal sealed class SlidingWindowCounter(int limit, TimeSpan window)
{
    private const int PruneAbove = 1024;
    private readonly Dictionary<string, Queue<DateTimeOffset>> _events = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    /// <summary>Counts an event at <paramref name="now"/> and returns true, or returns false (counting nothing) when the key is at its limit.</summary>
    public bool TryAdd(string key, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (!_events.TryGetValue(key, out var times))
            {
                if (_events.Count >= PruneAbove) Prune(now);
                times = new Queue<DateTimeOffset>();
                _events[key] = times;
            }

            while (times.Count > 0 && now - times.Peek() >= window) times.Dequeue();
            if (times.Count >= limit) return false;
            times.Enqueue(now);
            return true;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, times) in _events.ToList())
        {
            if (times.Count == 0 || now - times.Last() >= window) _events.Remove(key);
        }
    }
}
