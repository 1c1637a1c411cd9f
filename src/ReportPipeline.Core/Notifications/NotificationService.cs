using Microsoft.Extensions.Logging;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Notifications;

/// <summary>
/// The notify stage: for every confirmed subscription, the new alerts its filters match, in one
/// message per subscriber per run.
/// </summary>
/// <remarks>
/// <para>Each message is a <see cref="Digest"/>, recorded as one unit (one table row with its alert ids)
/// <i>before</i> it is sent, then marked sent, then settled (a delivery row per alert for reports). A run
/// first finishes what earlier runs left: an open digest whose lease ran out is sent again, a sent one is
/// settled. So a crash at any instant, then a re-run, delivers every matching alert and leaves nothing
/// pending.</para>
/// <para>Exactly once holds everywhere but in one window: after the SMTP server (or webhook receiver) has
/// accepted the message and before the digest is marked sent. A crash there makes the next run send the
/// same digest again, with the same Message-ID (email) and the same delivery id (webhook), so a mail
/// client or receiver that drops repeats of an id sees it once. No protocol lets us close that window:
/// one of "send" and "record" has to come second.</para>
/// <para>Two runs at once cannot put one alert into two digests: a digest is opened conditionally on
/// the subscriber's digest head (see <see cref="IDigestStore.TryOpenAsync"/>), and an open digest is
/// resumed only by taking its lease (<see cref="NotificationOptions.DigestLease"/>) with a conditional write.</para>
/// <para>A send that fails after its retries leaves the digest <see cref="DigestState.Failed"/>; later runs
/// send the same digest until <see cref="NotificationOptions.MaxAttemptsPerAlert"/> tries, then give it up.
/// Every subscriber is handled on its own: one failing address or row never stops the others.</para>
/// </remarks>
public sealed partial class NotificationService(
    ISubscriptionStore subscriptions,
    IDeliveryStore deliveries,
    IDigestStore digests,
    IAlertFeed feed,
    IMessageSender sender,
    NotificationComposer composer,
    TimeProvider time,
    ILogger<NotificationService> logger)
{
    private const int MaxOpenAttempts = 5;

    private NotificationOptions Options => composer.Options;

    public async Task<NotifyReport> NotifyAsync(CancellationToken cancellationToken = default)
    {
        var runAt = time.GetUtcNow();
        var tokensDeleted = await DeleteExpiredTokensAsync(runAt, cancellationToken).ConfigureAwait(false);
        var confirmed = (await subscriptions.ListAsync(cancellationToken).ConfigureAwait(false))
            .Where(s => s.State == SubscriptionState.Confirmed)
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        if (confirmed.Count == 0)
        {
            LogNoSubscribers(logger);
            return new NotifyReport(runAt, 0, []) { TokensDeleted = tokensDeleted };
        }

        var from = confirmed.Min(WindowStart);
        var alerts = (await feed.GetSinceAsync(from, cancellationToken).ConfigureAwait(false))
            .Where(a => a.Review?.State != AlertReviewState.Dismissed)
            .ToList();
        LogRunStarted(logger, confirmed.Count, alerts.Count, from);

        var outcomes = new List<SubscriberOutcome>();
        foreach (var subscription in confirmed)
        {
            try
            {
                outcomes.Add(await NotifySubscriberAsync(subscription, alerts, runAt, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogSubscriberError(logger, ex, subscription.Id);
                outcomes.Add(new SubscriberOutcome(subscription.Id, subscription.Channel, subscription.Address, SubscriberStatus.Error, null, [], 0, ex.Message));
            }
        }

        var report = new NotifyReport(runAt, alerts.Count, outcomes) { TokensDeleted = tokensDeleted };
        LogRunFinished(logger, report.MessagesSent, report.MessagesFailed, report.AlertsDelivered);
        return report;
    }

    /// <summary>Sends through <paramref name="sender"/>, turning an escaped transport exception into a failed result. Cancellation still throws.</summary>
    public static async Task<SendResult> SendSafelyAsync(IMessageSender sender, OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        try
        {
            return await sender.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return SendResult.Failed(1, ex.Message);
        }
    }

    /// <summary>
    /// Every message mints a manage token, so without this the table only grows. Bounded per run (the rest go next
    /// time) and idempotent; a failure here is logged and never stops the run's messages.
    /// </summary>
    private async Task<int> DeleteExpiredTokensAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (Options.MaxTokenDeletionsPerRun <= 0) return 0;
        try
        {
            var deleted = await subscriptions.DeleteExpiredTokensAsync(now, now - Options.ManageTokenLifetime, Options.MaxTokenDeletionsPerRun, cancellationToken).ConfigureAwait(false);
            if (deleted > 0) LogTokensDeleted(logger, deleted);
            return deleted;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogTokenCleanupFailed(logger, ex);
            return 0;
        }
    }

    private static DateTimeOffset WindowStart(Subscription s) => s.AlertsFrom ?? s.ConfirmedAt ?? s.CreatedAt;

    private async Task<SubscriberOutcome> NotifySubscriberAsync(Subscription subscription, List<Alert> alerts, DateTimeOffset runAt, CancellationToken cancellationToken)
    {
        var windowStart = WindowStart(subscription);

        // A digest holds alerts created before it, so every digest that can hold an alert of the window is this recent.
        var ledger = await digests.ReadAsync(subscription.Id, windowStart - Options.AlertOverlap, cancellationToken).ConfigureAwait(false);
        var resumed = new Resumption();
        foreach (var digest in ledger.Digests.Where(d => !d.Finished).OrderBy(d => d.CreatedAt))
        {
            await ResumeAsync(subscription, digest, alerts, resumed, cancellationToken).ConfigureAwait(false);
        }

        SubscriberOutcome Outcome(SubscriberStatus status, string? key = null, IReadOnlyList<string>? ids = null, int attempts = 0, string? error = null, string? location = null) =>
            new SubscriberOutcome(subscription.Id, subscription.Channel, subscription.Address, status, key, ids ?? [], attempts, error, location)
            {
                ResumedMessages = resumed.Messages,
                ResumedAlerts = resumed.Alerts,
                HeldByOtherRun = resumed.Held,
            };

        var weekly = subscription.Filters.Delivery == DeliveryMode.WeeklyDigest;
        if (weekly && runAt < (subscription.LastDigestAt ?? subscription.ConfirmedAt ?? subscription.CreatedAt) + Options.DigestInterval)
        {
            return Outcome(SubscriberStatus.NotDue);
        }

        Digest? opened = null;
        List<Alert> fresh = [];
        DateTimeOffset? keepFrom = null;
        for (var attempt = 0; opened is null; attempt++)
        {
            var covered = ledger.Digests.SelectMany(d => d.AlertIds).ToHashSet(StringComparer.Ordinal);
            fresh = alerts.Where(a => a.CreatedAt >= windowStart && subscription.Filters.Matches(a) && !covered.Contains(a.Id)).OrderBy(a => a.CreatedAt).ToList();
            if (fresh.Count > Options.MaxAlertsPerMessage)
            {
                // The rest go in the next run's message: the cursor stays at the oldest of them.
                keepFrom = fresh[Options.MaxAlertsPerMessage].CreatedAt;
                fresh = fresh[..Options.MaxAlertsPerMessage];
            }

            if (fresh.Count == 0)
            {
                await AdvanceAsync(subscription, runAt, weekly && resumed.Messages > 0, null, cancellationToken).ConfigureAwait(false);
                return Outcome(SubscriberStatus.NothingNew);
            }

            if (attempt == MaxOpenAttempts)
            {
                // Other runs keep opening digests for this subscriber; they will send these alerts.
                LogOpenContended(logger, subscription.Id);
                return Outcome(SubscriberStatus.NothingNew);
            }

            var now = time.GetUtcNow();
            var digest = new Digest
            {
                Key = NotificationComposer.MessageKeyFor(subscription.Id, fresh),
                SubscriptionId = subscription.Id,
                AlertIds = [.. fresh.Select(a => a.Id).Order(StringComparer.Ordinal)],
                AlertsFrom = fresh.Min(a => a.CreatedAt),
                State = DigestState.Open,
                LeaseUntil = now + Options.DigestLease,
                CreatedAt = now,
                UpdatedAt = now,
            };
            opened = await digests.TryOpenAsync(ledger, digest, cancellationToken).ConfigureAwait(false);
            if (opened is null)
            {
                LogOpenLost(logger, subscription.Id);
                ledger = await digests.ReadAsync(subscription.Id, windowStart - Options.AlertOverlap, cancellationToken).ConfigureAwait(false);
            }
        }

        var (final, message, result) = await SendDigestAsync(subscription, opened, fresh, cancellationToken).ConfigureAwait(false);
        await AdvanceAsync(subscription, runAt, weekly && result.Succeeded, keepFrom, cancellationToken).ConfigureAwait(false);
        var status = result.Succeeded ? SubscriberStatus.Sent : SubscriberStatus.Failed;
        return Outcome(status, message.Key, message.AlertIds, result.Attempts, result.Error, result.Location) with { Abandoned = final?.State == DigestState.Abandoned };
    }

    private sealed class Resumption
    {
        public int Messages { get; set; }

        public int Alerts { get; set; }

        public int Held { get; set; }
    }

    /// <summary>Finishes a digest an earlier (or concurrent) run left: sends it again when open or failed, settles it when sent.</summary>
    private async Task ResumeAsync(Subscription subscription, Digest digest, List<Alert> known, Resumption resumed, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (digest.State == DigestState.Sent)
        {
            await SettleAsync(digest, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (digest.State == DigestState.Open && digest.LeaseUntil > now)
        {
            // Another run opened it moments ago and may be sending it right now.
            LogHeld(logger, digest.Key, subscription.Id, digest.LeaseUntil.Value);
            resumed.Held++;
            return;
        }

        var leased = await digests.TryUpdateAsync(digest with { State = DigestState.Open, LeaseUntil = now + Options.DigestLease, UpdatedAt = now }, cancellationToken).ConfigureAwait(false);
        if (leased is null)
        {
            resumed.Held++;
            return;
        }

        var ids = digest.AlertIds.ToHashSet(StringComparer.Ordinal);
        var carried = known.Where(a => ids.Contains(a.Id)).ToList();
        if (carried.Count < ids.Count)
        {
            carried = (await feed.GetSinceAsync(digest.AlertsFrom, cancellationToken).ConfigureAwait(false)).Where(a => ids.Contains(a.Id)).ToList();
        }

        if (carried.Count == 0)
        {
            // Its alerts are gone from the store: nothing left to tell.
            await digests.TryUpdateAsync(leased with { State = DigestState.Abandoned, LeaseUntil = null, Error = "its alerts no longer exist", UpdatedAt = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
            return;
        }

        LogResuming(logger, digest.Key, subscription.Id, digest.State, carried.Count);
        var (_, message, result) = await SendDigestAsync(subscription, leased, carried, cancellationToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            resumed.Messages++;
            resumed.Alerts += message.AlertIds.Count;
        }
    }

    /// <summary>Sends an open digest (which this run holds) and records the outcome: sent then settled, failed, or abandoned.</summary>
    private sealed record DigestMessage(string Key, IReadOnlyList<string> AlertIds);

    private async Task<(Digest? Final, DigestMessage Message, SendResult Result)> SendDigestAsync(Subscription subscription, Digest digest, List<Alert> carried, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var manageToken = SecretTokens.NewToken();
        await subscriptions.AddTokenAsync(new SubscriptionToken(SecretTokens.Hash(manageToken), subscription.Id, TokenPurpose.Manage, now, now + Options.ManageTokenLifetime), cancellationToken).ConfigureAwait(false);
        // A webhook digest may go out as several pages; the digest is sent when every page is. A resend sends them all
        // again, each under its own stable id, so a receiver drops the pages it already has.
        var messages = composer.ComposeAlertMessages(subscription, carried, manageToken, now, digest.Key);
        var result = SendResult.Failed(0, "nothing sent");
        var tries = 0;
        foreach (var page in messages)
        {
            result = await SendSafelyAsync(sender, page, cancellationToken).ConfigureAwait(false);
            tries += result.Attempts;
            if (!result.Succeeded) break;
        }

        result = result with { Attempts = tries };
        var message = new DigestMessage(digest.Key, [.. messages.SelectMany(m => m.AlertIds)]);

        var attempts = digest.Attempts + Math.Max(result.Attempts, 1);
        var state = result.Succeeded ? DigestState.Sent
            : attempts >= Options.MaxAttemptsPerAlert ? DigestState.Abandoned
            : DigestState.Failed;
        var recorded = await digests.TryUpdateAsync(
            digest with { State = state, Attempts = attempts, LeaseUntil = null, TransportId = result.TransportId ?? digest.TransportId, Error = result.Error, UpdatedAt = time.GetUtcNow() },
            cancellationToken).ConfigureAwait(false);
        if (recorded is null)
        {
            // Our lease ran out and another run took the digest over: it records (and may have repeated) the send.
            LogRecordLost(logger, digest.Key, subscription.Id);
        }

        if (result.Succeeded)
        {
            LogSent(logger, digest.Key, subscription.Id, message.AlertIds.Count, result.Attempts);
        }
        else
        {
            LogSendFailed(logger, digest.Key, subscription.Id, result.Attempts, result.Error);
        }

        if (recorded is not null && recorded.State is DigestState.Sent or DigestState.Abandoned)
        {
            recorded = await SettleAsync(recorded, cancellationToken).ConfigureAwait(false);
        }

        return (recorded, message, result);
    }

    /// <summary>
    /// Writes each alert's delivery row (sent, or failed for an abandoned digest) and marks a sent digest settled.
    /// Idempotent: a run that dies half-way leaves the digest sent, and the next run writes the rest.
    /// </summary>
    private async Task<Digest?> SettleAsync(Digest digest, CancellationToken cancellationToken)
    {
        var state = digest.State == DigestState.Abandoned ? DeliveryState.Failed : DeliveryState.Sent;
        await Parallel.ForEachAsync(
            digest.AlertIds,
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (alertId, token) =>
            {
                var row = new Delivery
                {
                    AlertId = alertId,
                    SubscriptionId = digest.SubscriptionId,
                    MessageKey = digest.Key,
                    State = state,
                    Attempts = digest.Attempts,
                    TransportId = digest.TransportId,
                    Error = digest.Error,
                    CreatedAt = digest.CreatedAt,
                    UpdatedAt = digest.UpdatedAt,
                };
                // Insert first: the row is new unless an interrupted settle wrote it already.
                if (await deliveries.TryRecordAsync(row, token).ConfigureAwait(false) is not null) return;
                for (var attempt = 0; attempt < 3; attempt++)
                {
                    var existing = await deliveries.GetAsync(alertId, digest.SubscriptionId, token).ConfigureAwait(false);
                    if (existing is not null && existing.State == state && existing.MessageKey == digest.Key) return;
                    if (await deliveries.TryRecordAsync(row with { Version = existing?.Version }, token).ConfigureAwait(false) is not null) return;
                }
            }).ConfigureAwait(false);

        if (digest.State != DigestState.Sent) return digest;
        return await digests.TryUpdateAsync(digest with { State = DigestState.Settled, UpdatedAt = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Moves the subscriber's cursor to just before this run (the overlap catches alerts written while it read).
    /// Best effort: the cursor only narrows the next read; the digests are what prevent repeats, and unfinished
    /// ones are found whatever the cursor says.
    /// </summary>
    private async Task AdvanceAsync(Subscription subscription, DateTimeOffset runAt, bool digestDone, DateTimeOffset? keepFrom, CancellationToken cancellationToken)
    {
        var target = runAt - Options.AlertOverlap;
        if (keepFrom < target) target = keepFrom.Value;
        var current = WindowStart(subscription);
        var next = target > current ? target : current;
        if (next == current && !digestDone) return;

        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                await subscriptions.SaveAsync(subscription with { AlertsFrom = next, LastDigestAt = digestDone ? runAt : subscription.LastDigestAt }, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (ConcurrencyConflictException)
            {
                var fresh = await subscriptions.GetAsync(subscription.Id, cancellationToken).ConfigureAwait(false);
                if (fresh is null || fresh.State != SubscriptionState.Confirmed) return;
                subscription = fresh;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notify: {Deleted} expired subscription tokens deleted")]
    private static partial void LogTokensDeleted(ILogger logger, int deleted);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notify: expired subscription tokens could not be deleted; the next run tries again")]
    private static partial void LogTokenCleanupFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Notify: no confirmed subscriptions")]
    private static partial void LogNoSubscribers(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Notify: {Subscribers} confirmed subscriptions, {Alerts} alerts since {Since}")]
    private static partial void LogRunStarted(ILogger logger, int subscribers, int alerts, DateTimeOffset since);

    [LoggerMessage(Level = LogLevel.Information, Message = "Notify finished: {Sent} messages sent, {Failed} failed, {Alerts} alert deliveries")]
    private static partial void LogRunFinished(ILogger logger, int sent, int failed, int alerts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Notify: subscription {SubscriptionId} could not be processed")]
    private static partial void LogSubscriberError(ILogger logger, Exception exception, string subscriptionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent {MessageKey} to {SubscriptionId}: {Alerts} alerts after {Attempts} attempts")]
    private static partial void LogSent(ILogger logger, string messageKey, string subscriptionId, int alerts, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending {MessageKey} to {SubscriptionId} failed after {Attempts} attempts: {Error}")]
    private static partial void LogSendFailed(ILogger logger, string messageKey, string subscriptionId, int attempts, string? error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Another run opened a digest for {SubscriptionId} at the same time; reading again")]
    private static partial void LogOpenLost(ILogger logger, string subscriptionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Other runs kept opening digests for {SubscriptionId}; leaving its new alerts to them")]
    private static partial void LogOpenContended(ILogger logger, string subscriptionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest {MessageKey} for {SubscriptionId} is held by another run until {LeaseUntil}")]
    private static partial void LogHeld(ILogger logger, string messageKey, string subscriptionId, DateTimeOffset leaseUntil);

    [LoggerMessage(Level = LogLevel.Information, Message = "Resuming digest {MessageKey} for {SubscriptionId} left {State} by an earlier run: {Alerts} alerts")]
    private static partial void LogResuming(ILogger logger, string messageKey, string subscriptionId, DigestState state, int alerts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest {MessageKey} for {SubscriptionId} was taken over by another run while being sent")]
    private static partial void LogRecordLost(ILogger logger, string messageKey, string subscriptionId);
}

public enum SubscriberStatus
{
    Sent = 0,
    Failed = 1,
    NothingNew = 2,

    /// <summary>A weekly digest whose week is not over yet.</summary>
    NotDue = 3,

    /// <summary>Reading or writing this subscriber's records failed; the others went on.</summary>
    Error = 4,
}

public sealed record SubscriberOutcome(
    string SubscriptionId,
    SubscriptionChannel Channel,
    string Address,
    SubscriberStatus Status,
    string? MessageKey,
    IReadOnlyList<string> AlertIds,
    int Attempts,
    string? Error,
    string? Location = null)
{
    /// <summary>Messages an earlier, interrupted run had recorded but not sent (or not recorded as sent), sent by this run.</summary>
    public int ResumedMessages { get; init; }

    public int ResumedAlerts { get; init; }

    /// <summary>Digests another run opened and may be sending now; a later run finishes them if that one died.</summary>
    public int HeldByOtherRun { get; init; }

    /// <summary>The message failed for the last allowed time and is given up.</summary>
    public bool Abandoned { get; init; }
}

public sealed record NotifyReport(DateTimeOffset RunAt, int AlertsConsidered, IReadOnlyList<SubscriberOutcome> Subscribers)
{
    /// <summary>Expired confirmation and manage tokens this run deleted.</summary>
    public int TokensDeleted { get; init; }

    public int MessagesSent => Subscribers.Count(s => s.Status == SubscriberStatus.Sent) + Subscribers.Sum(s => s.ResumedMessages);

    public int MessagesFailed => Subscribers.Count(s => s.Status is SubscriberStatus.Failed or SubscriberStatus.Error);

    public int AlertsDelivered => Subscribers.Where(s => s.Status == SubscriberStatus.Sent).Sum(s => s.AlertIds.Count) + Subscribers.Sum(s => s.ResumedAlerts);

    public int HeldByOtherRun => Subscribers.Sum(s => s.HeldByOtherRun);
}
