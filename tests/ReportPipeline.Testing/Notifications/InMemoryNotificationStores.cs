using System.Globalization;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Notifications;

namespace ReportPipeline.Testing.Notifications;

/// <summary>
/// In-process stores with the same contract as the table adapters (insert-if-absent, replace-if-unchanged),
/// for tests of the notification logic. Tests that claim to test storage use Azurite instead.
/// </summary>
public sealed class InMemorySubscriptionStore : ISubscriptionStore
{
    private readonly Dictionary<string, Subscription> _subscriptions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SubscriptionToken> _tokens = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _version;

    public IReadOnlyList<SubscriptionToken> Tokens
    {
        get
        {
            lock (_lock) return [.. _tokens.Values];
        }
    }

    public Task<Subscription?> GetAsync(string subscriptionId, CancellationToken cancellationToken = default)
    {
        lock (_lock) return Task.FromResult(_subscriptions.GetValueOrDefault(subscriptionId));
    }

    public Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock) return Task.FromResult<IReadOnlyList<Subscription>>([.. _subscriptions.Values]);
    }

    public Task<Subscription> SaveAsync(Subscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        lock (_lock)
        {
            var existing = _subscriptions.GetValueOrDefault(subscription.Id);
            if (existing?.Version != subscription.Version)
            {
                throw new ConcurrencyConflictException($"Subscription {subscription.Id} changed since it was read.");
            }

            var saved = subscription with { Version = (++_version).ToString(CultureInfo.InvariantCulture) };
            _subscriptions[subscription.Id] = saved;
            return Task.FromResult(saved);
        }
    }

    public Task AddTokenAsync(SubscriptionToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        lock (_lock) _tokens[token.Hash] = token;
        return Task.CompletedTask;
    }

    public Task<SubscriptionToken?> FindTokenAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        lock (_lock) return Task.FromResult(_tokens.GetValueOrDefault(tokenHash));
    }

    public Task<int> DeleteExpiredTokensAsync(DateTimeOffset now, DateTimeOffset unstampedCreatedBefore, int max, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var expired = _tokens.Values
                .Where(t => t.ExpiresAt is { } expires ? expires < now : t.CreatedAt < unstampedCreatedBefore)
                .Take(max)
                .ToList();
            foreach (var token in expired) _tokens.Remove(token.Hash);
            return Task.FromResult(expired.Count);
        }
    }
}

public sealed class InMemoryDeliveryStore : IDeliveryStore
{
    private readonly Dictionary<(string, string), Delivery> _rows = [];
    private readonly Lock _lock = new();
    private long _version;

    public Task<Delivery?> GetAsync(string alertId, string subscriptionId, CancellationToken cancellationToken = default)
    {
        lock (_lock) return Task.FromResult(_rows.GetValueOrDefault((alertId, subscriptionId)));
    }

    public Task<Delivery?> TryRecordAsync(Delivery delivery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        lock (_lock)
        {
            var key = (delivery.AlertId, delivery.SubscriptionId);
            var existing = _rows.GetValueOrDefault(key);
            if (existing?.Version != delivery.Version) return Task.FromResult<Delivery?>(null);
            var saved = delivery with { Version = (++_version).ToString(CultureInfo.InvariantCulture) };
            _rows[key] = saved;
            return Task.FromResult<Delivery?>(saved);
        }
    }

    public Task<IReadOnlyList<Delivery>> ListAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock) return Task.FromResult<IReadOnlyList<Delivery>>([.. _rows.Values]);
    }
}

public sealed class InMemoryAlertFeed : IAlertFeed
{
    private readonly List<Alert> _alerts = [];
    private readonly Lock _lock = new();

    public void Add(params Alert[] alerts)
    {
        lock (_lock) _alerts.AddRange(alerts);
    }

    public Task<IReadOnlyList<Alert>> GetSinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        lock (_lock) return Task.FromResult<IReadOnlyList<Alert>>([.. _alerts.Where(a => a.CreatedAt >= since).OrderBy(a => a.CreatedAt)]);
    }
}

public sealed class InMemoryDigestStore : IDigestStore
{
    private readonly Dictionary<(string, string), Digest> _digests = [];
    private readonly Dictionary<string, string> _heads = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _version;

    public Task<DigestLedger> ReadAsync(string subscriptionId, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var digests = _digests.Values.Where(d => d.SubscriptionId == subscriptionId && (d.CreatedAt >= since || !d.Finished)).ToList();
            return Task.FromResult(new DigestLedger(subscriptionId, _heads.GetValueOrDefault(subscriptionId), digests));
        }
    }

    public Task<Digest?> TryOpenAsync(DigestLedger ledger, Digest digest, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(digest);
        lock (_lock)
        {
            if (_heads.GetValueOrDefault(digest.SubscriptionId) != ledger.HeadVersion || _digests.ContainsKey((digest.SubscriptionId, digest.Key)))
            {
                return Task.FromResult<Digest?>(null);
            }

            _heads[digest.SubscriptionId] = (++_version).ToString(CultureInfo.InvariantCulture);
            var saved = digest with { Version = (++_version).ToString(CultureInfo.InvariantCulture) };
            _digests[(digest.SubscriptionId, digest.Key)] = saved;
            return Task.FromResult<Digest?>(saved);
        }
    }

    public Task<Digest?> TryUpdateAsync(Digest digest, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(digest);
        lock (_lock)
        {
            var key = (digest.SubscriptionId, digest.Key);
            if (!_digests.TryGetValue(key, out var existing) || existing.Version != digest.Version) return Task.FromResult<Digest?>(null);
            var saved = digest with { Version = (++_version).ToString(CultureInfo.InvariantCulture) };
            _digests[key] = saved;
            return Task.FromResult<Digest?>(saved);
        }
    }

    public Task<IReadOnlyList<Digest>> ListAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock) return Task.FromResult<IReadOnlyList<Digest>>([.. _digests.Values]);
    }
}
