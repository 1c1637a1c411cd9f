using Microsoft.Extensions.Logging;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Notifications;

/// <summary>
/// The notify stage: for every confirmed subscription, the new alerts its filters match, in one
/// message per subscriber per run.
/// </summary>
/// <remarks>
/// <para>Delivery is <b>at most once</b>. Exactly once is not possible between an SMTP server (or a
/// webhook) and a table: whichever of "send" and "record" happens second can be lost to a crash.
/// Recording second (send, then write "sent") gives at-least-once: a crash after the send repeats
/// the email on the next run. Recording first gives at-most-once: every alert × subscriber row is
/// written as <see cref="DeliveryState.Pending"/> before the send, and a pending row is never sent
/// again, so a crash between send and record costs at worst one lost alert, never a duplicate. For
/// people who asked to be told once, a repeat is the worse failure, so this service records first.
/// Rows left pending are counted in every <see cref="NotifyReport"/> so an operator can look.</para>
/// <para>A send that fails after its retries is recorded <see cref="DeliveryState.Failed"/> and tried
/// again by later runs (the subscriber's cursor stays put) until <see cref="NotificationOptions.MaxAttemptsPerAlert"/>.
/// Every subscriber is handled on its own: one failing address or row never stops the others.</para>
/// </remarks>
public sealed partial class NotificationService(
    ISubscriptionStore subscriptions,
    IDeliveryStore deliveries,
    IAlertFeed feed,
    IMessageSender sender,
    NotificationComposer composer,
    TimeProvider time,
    ILogger<NotificationService> logger)
{
    private NotificationOptions Options => composer.Options;

    public async Task<NotifyReport> NotifyAsync(CancellationToken cancellationToken = default)
    {
        var runAt = time.GetUtcNow();
        var confirmed = (await subscriptions.ListAsync(cancellationToken).ConfigureAwait(false))
            .Where(s => s.State == SubscriptionState.Confirmed)
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        if (confirmed.Count == 0)
        {
            LogNoSubscribers(logger);
            return new NotifyReport(runAt, 0, []);
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

        var report = new NotifyReport(runAt, alerts.Count, outcomes);
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

    private static DateTimeOffset WindowStart(Subscription s) => s.AlertsFrom ?? s.ConfirmedAt ?? s.CreatedAt;

    private async Task<SubscriberOutcome> NotifySubscriberAsync(Subscription subscription, List<Alert> alerts, DateTimeOffset runAt, CancellationToken cancellationToken)
    {
        SubscriberOutcome Outcome(SubscriberStatus status, string? key = null, IReadOnlyList<string>? ids = null, int attempts = 0, string? error = null, string? location = null) =>
            new(subscription.Id, subscription.Channel, subscription.Address, status, key, ids ?? [], attempts, error, location);

        var weekly = subscription.Filters.Delivery == DeliveryMode.WeeklyDigest;
        if (weekly && runAt < (subscription.LastDigestAt ?? subscription.ConfirmedAt ?? subscription.CreatedAt) + Options.DigestInterval)
        {
            return Outcome(SubscriberStatus.NotDue);
        }

        var windowStart = WindowStart(subscription);
        var claimable = new List<(Alert Alert, Delivery? Previous)>();
        var unsettled = new List<Alert>();
        var pendingUnknown = 0;
        foreach (var alert in alerts.Where(a => a.CreatedAt >= windowStart && subscription.Filters.Matches(a)))
        {
            var previous = await deliveries.GetAsync(alert.Id, subscription.Id, cancellationToken).ConfigureAwait(false);
            switch (previous?.State)
            {
                case null:
                    claimable.Add((alert, null));
                    break;
                case DeliveryState.Failed when previous.Attempts < Options.MaxAttemptsPerAlert:
                    claimable.Add((alert, previous));
                    break;
                case DeliveryState.Pending:
                    pendingUnknown++;
                    break;
            }
        }

        if (claimable.Count == 0)
        {
            await AdvanceAsync(subscription, runAt, unsettled, weekly, cancellationToken).ConfigureAwait(false);
            return Outcome(SubscriberStatus.NothingNew) with { PendingUnknown = pendingUnknown };
        }

        // Record before sending (see remarks): from here on these alerts count as possibly sent.
        var manageToken = SecretTokens.NewToken();
        await subscriptions.AddTokenAsync(new SubscriptionToken(SecretTokens.Hash(manageToken), subscription.Id, TokenPurpose.Manage, runAt, null), cancellationToken).ConfigureAwait(false);
        var key = NotificationComposer.MessageKeyFor(subscription.Id, claimable.Select(c => c.Alert).ToList());
        var claimed = new List<(Alert Alert, Delivery Row)>();
        foreach (var (alert, previous) in claimable)
        {
            var pending = new Delivery
            {
                AlertId = alert.Id,
                SubscriptionId = subscription.Id,
                MessageKey = key,
                State = DeliveryState.Pending,
                Attempts = previous?.Attempts ?? 0,
                CreatedAt = previous?.CreatedAt ?? runAt,
                UpdatedAt = runAt,
                Version = previous?.Version,
            };
            var row = await deliveries.TryRecordAsync(pending, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                // Another run claimed it between our read and our write; it is that run's to send.
                LogClaimLost(logger, alert.Id, subscription.Id);
                unsettled.Add(alert);
            }
            else
            {
                claimed.Add((alert, row));
            }
        }

        if (claimed.Count == 0)
        {
            await AdvanceAsync(subscription, runAt, unsettled, weekly, cancellationToken).ConfigureAwait(false);
            return Outcome(SubscriberStatus.NothingNew) with { PendingUnknown = pendingUnknown };
        }

        var message = composer.ComposeAlerts(subscription, claimed.Select(c => c.Alert).ToList(), manageToken, runAt);
        var ids = message.AlertIds;
        var result = await SendSafelyAsync(sender, message, cancellationToken).ConfigureAwait(false);

        var now = time.GetUtcNow();
        foreach (var (alert, row) in claimed)
        {
            var attempts = row.Attempts + Math.Max(result.Attempts, 1);
            var final = row with
            {
                MessageKey = message.Key,
                State = result.Succeeded ? DeliveryState.Sent : DeliveryState.Failed,
                Attempts = attempts,
                TransportId = result.TransportId,
                Error = result.Error,
                UpdatedAt = now,
            };
            if (await deliveries.TryRecordAsync(final, cancellationToken).ConfigureAwait(false) is null)
            {
                LogRecordLost(logger, alert.Id, subscription.Id);
            }

            if (!result.Succeeded && attempts < Options.MaxAttemptsPerAlert) unsettled.Add(alert);
        }

        if (result.Succeeded)
        {
            LogSent(logger, message.Key, subscription.Id, ids.Count, result.Attempts);
        }
        else
        {
            LogSendFailed(logger, message.Key, subscription.Id, result.Attempts, result.Error);
        }

        await AdvanceAsync(subscription, runAt, unsettled, weekly && result.Succeeded, cancellationToken).ConfigureAwait(false);
        return Outcome(result.Succeeded ? SubscriberStatus.Sent : SubscriberStatus.Failed, message.Key, ids, result.Attempts, result.Error, result.Location) with { PendingUnknown = pendingUnknown };
    }

    /// <summary>
    /// Moves the subscriber's cursor past what this run settled, keeping it at the oldest alert still to be
    /// retried. Best effort: the cursor only narrows the next read, the delivery rows are what prevent repeats.
    /// </summary>
    private async Task AdvanceAsync(Subscription subscription, DateTimeOffset runAt, List<Alert> unsettled, bool digestDone, CancellationToken cancellationToken)
    {
        var target = unsettled.Count > 0 ? unsettled.Min(a => a.CreatedAt) : runAt - Options.AlertOverlap;
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Alert {AlertId} for {SubscriptionId} was claimed by another run")]
    private static partial void LogClaimLost(ILogger logger, string alertId, string subscriptionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery of {AlertId} to {SubscriptionId} changed under us while recording its outcome")]
    private static partial void LogRecordLost(ILogger logger, string alertId, string subscriptionId);
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

/// <param name="PendingUnknown">Matching alerts left pending by an earlier crashed run: maybe sent, never resent.</param>
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
    public int PendingUnknown { get; init; }
}

public sealed record NotifyReport(DateTimeOffset RunAt, int AlertsConsidered, IReadOnlyList<SubscriberOutcome> Subscribers)
{
    public int MessagesSent => Subscribers.Count(s => s.Status == SubscriberStatus.Sent);

    public int MessagesFailed => Subscribers.Count(s => s.Status is SubscriberStatus.Failed or SubscriberStatus.Error);

    public int AlertsDelivered => Subscribers.Where(s => s.Status == SubscriberStatus.Sent).Sum(s => s.AlertIds.Count);

    public int PendingUnknown => Subscribers.Sum(s => s.PendingUnknown);
}
