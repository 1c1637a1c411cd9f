using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Notifications;

/// <summary>Subscriptions and the hashes of their tokens.</summary>
public interface ISubscriptionStore
{
    Task<Subscription?> GetAsync(string subscriptionId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Inserts a subscription whose <see cref="Subscription.Version"/> is null, or replaces one only if it
    /// is unchanged since it was read; returns it with its new version. Throws
    /// <see cref="ConcurrencyConflictException"/> when someone else changed (or created) it first.
    /// </summary>
    Task<Subscription> SaveAsync(Subscription subscription, CancellationToken cancellationToken = default);

    Task AddTokenAsync(SubscriptionToken token, CancellationToken cancellationToken = default);

    Task<SubscriptionToken?> FindTokenAsync(string tokenHash, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes at most <paramref name="max"/> tokens that expired before <paramref name="now"/>: those whose
    /// <see cref="SubscriptionToken.ExpiresAt"/> has passed, and those without one created before
    /// <paramref name="unstampedCreatedBefore"/>. Returns how many it deleted; a token another run deleted first is
    /// not counted and is no error, so running it twice at once is safe.
    /// </summary>
    Task<int> DeleteExpiredTokensAsync(DateTimeOffset now, DateTimeOffset unstampedCreatedBefore, int max, CancellationToken cancellationToken = default);
}

/// <summary>The record of what was sent to whom: one <see cref="Delivery"/> per alert × subscription.</summary>
public interface IDeliveryStore
{
    Task<Delivery?> GetAsync(string alertId, string subscriptionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a delivery: inserts it when its <see cref="Delivery.Version"/> is null, otherwise replaces
    /// the row only if it is unchanged since it was read. Returns the stored delivery with its new
    /// version, or null when another run got there first (the caller must then leave that alert alone).
    /// </summary>
    Task<Delivery?> TryRecordAsync(Delivery delivery, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Delivery>> ListAsync(CancellationToken cancellationToken = default);
}

/// <summary>Where notify finds alerts: those raised since a point in time.</summary>
public interface IAlertFeed
{
    /// <summary>Alerts whose <see cref="Alert.CreatedAt"/> is at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<Alert>> GetSinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default);
}

/// <summary>
/// Sends one message (email or webhook). Returns a result rather than throwing for transport
/// failures, after whatever retries the implementation makes; cancellation still throws.
/// </summary>
public interface IMessageSender
{
    Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken = default);
}

/// <param name="Attempts">How many times the transport was tried for this message.</param>
/// <param name="TransportId">The Message-ID of an email, or the webhook delivery id.</param>
/// <param name="Location">Where the message went when that is not obvious (a pickup file).</param>
public sealed record SendResult(bool Succeeded, int Attempts, string? TransportId, string? Error, string? Location = null)
{
    public static SendResult Sent(int attempts, string? transportId, string? location = null) => new(true, attempts, transportId, null, location);

    public static SendResult Failed(int attempts, string error) => new(false, attempts, null, error);
}

/// <summary>Another writer changed a record between our read and our write.</summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException()
    {
    }

    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
