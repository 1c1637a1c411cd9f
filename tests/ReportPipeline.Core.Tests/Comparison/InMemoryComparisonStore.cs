using System.Collections.Concurrent;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Tests.Comparison;

/// <summary>
/// The comparison ports over dictionaries, to test the service's orchestration (ordering,
/// triage, dirty marks). Storage itself is tested against Azurite in the integration tests.
/// </summary>
internal sealed class InMemoryComparisonStore : ICountryHistoryReader, IAlertStore, ICountryDirtyFlags
{
    private readonly ConcurrentDictionary<string, CountryHistory> _histories = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Alert> _alerts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _dirty = new(StringComparer.Ordinal);

    /// <summary>Set to make storing alerts of this country fail.</summary>
    public string? FailAlertsFor { get; set; }

    /// <summary>Runs while a country is being compared, after its mark was read (to simulate a concurrent ingest).</summary>
    public Action<string>? DuringRead { get; set; }

    public IReadOnlyCollection<Alert> Alerts => [.. _alerts.Values];

    public void Ingest(CountryHistory history)
    {
        _histories[history.Iso2] = history;
        _dirty.AddOrUpdate(history.Iso2, 1, (_, v) => v + 1);
    }

    public bool IsDirty(string iso2) => _dirty.ContainsKey(iso2);

    public Task<CountryHistory?> ReadAsync(string iso2, CancellationToken cancellationToken = default)
    {
        DuringRead?.Invoke(iso2);
        return Task.FromResult(_histories.GetValueOrDefault(iso2));
    }

    public Task<IReadOnlyList<string>> ListCountriesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>([.. _histories.Keys.Order(StringComparer.Ordinal)]);

    public Task<IReadOnlyList<DirtyMark>> ListDirtyAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DirtyMark>>([.. _dirty.Select(d => new DirtyMark(d.Key, d.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);

    public Task<DirtyMark?> GetDirtyAsync(string iso2, CancellationToken cancellationToken = default) =>
        Task.FromResult(_dirty.TryGetValue(iso2, out var v) ? new DirtyMark(iso2, v.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null);

    public Task<bool> ClearDirtyAsync(DirtyMark mark, DateTimeOffset comparedAt, CancellationToken cancellationToken = default)
    {
        var version = int.Parse(mark.Version, System.Globalization.CultureInfo.InvariantCulture);
        return Task.FromResult(((ICollection<KeyValuePair<string, int>>)_dirty).Remove(new(mark.Iso2, version)));
    }

    public Task<AlertSaveResult> AddNewAsync(string iso2, IReadOnlyCollection<Alert> alerts, CancellationToken cancellationToken = default)
    {
        if (FailAlertsFor == iso2)
        {
            throw new IOException($"alert table unavailable for {iso2}");
        }

        var added = new List<Alert>();
        var existing = 0;
        var dismissed = 0;
        foreach (var alert in alerts)
        {
            if (_alerts.TryAdd(alert.Id, alert))
            {
                added.Add(alert);
            }
            else
            {
                existing++;
                dismissed += _alerts[alert.Id].Review?.State == AlertReviewState.Dismissed ? 1 : 0;
            }
        }

        return Task.FromResult(new AlertSaveResult(added, existing, dismissed));
    }

    public Task<Alert?> GetAsync(string id, CancellationToken cancellationToken = default) => Task.FromResult(_alerts.GetValueOrDefault(id));

    public Task<IReadOnlyList<Alert>> QueryAsync(AlertQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Alert>>([.. _alerts.Values.Where(a => query.Iso2 is null || a.Iso2 == query.Iso2)]);

    public Task<Alert?> ReviewAsync(string id, AlertReview review, CancellationToken cancellationToken = default)
    {
        if (!_alerts.TryGetValue(id, out var alert))
        {
            return Task.FromResult<Alert?>(null);
        }

        var reviewed = alert with { Review = review };
        _alerts[id] = reviewed;
        return Task.FromResult<Alert?>(reviewed);
    }
}
