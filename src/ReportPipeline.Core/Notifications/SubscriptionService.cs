using System.Globalization;
using Microsoft.Extensions.Logging;
using ReportPipeline.Core.Identification;

namespace ReportPipeline.Core.Notifications;

public enum SubscriptionOutcome
{
    /// <summary>The request was rejected; see the errors.</summary>
    Invalid = 0,

    /// <summary>New subscription, waiting for confirmation.</summary>
    Created = 1,

    /// <summary>Already waiting for confirmation; filters replaced and (unless just sent) the confirmation sent again.</summary>
    AwaitingConfirmation = 2,

    /// <summary>Confirmed subscription asked for new filters: they apply once the new confirmation is confirmed.</summary>
    ChangeAwaitingConfirmation = 3,

    /// <summary>Nothing to do: confirmed with exactly these filters.</summary>
    Unchanged = 4,

    Confirmed = 5,
    AlreadyConfirmed = 6,
    Updated = 7,
    Unsubscribed = 8,
    AlreadyUnsubscribed = 9,

    /// <summary>The token is malformed, unknown, expired or of the wrong kind.</summary>
    InvalidToken = 10,

    NotFound = 11,

    /// <summary>Too many confirmation requests to this webhook host lately; nothing was saved or sent.</summary>
    RateLimited = 12,
}

/// <param name="WebhookSecret">Set only when a webhook secret was just created: show it once, it is never shown again.</param>
/// <param name="ConfirmationSent">Whether a confirmation message went out during this call.</param>
public sealed record SubscriptionResult(
    SubscriptionOutcome Outcome,
    Subscription? Subscription,
    IReadOnlyList<string> Errors,
    string? WebhookSecret = null,
    bool ConfirmationSent = false,
    SendResult? Confirmation = null)
{
    public bool Succeeded => Outcome is not (SubscriptionOutcome.Invalid or SubscriptionOutcome.InvalidToken or SubscriptionOutcome.NotFound or SubscriptionOutcome.RateLimited);

    internal static SubscriptionResult Fail(SubscriptionOutcome outcome, params string[] errors) => new(outcome, null, errors);
}

/// <summary>
/// Double opt-in subscriptions. Nothing reaches an address but the confirmation message until its
/// owner proves they received it; changing a confirmed subscription's filters by subscribing again
/// needs the same proof, so a stranger who knows an address cannot silence its alerts. A webhook URL is
/// accepted only when its host resolves to public addresses, and gets one confirmation POST per resend
/// interval, a few per host per hour at most, since anyone can type any URL.
/// </summary>
public sealed partial class SubscriptionService(
    ISubscriptionStore store,
    IMessageSender sender,
    NotificationComposer composer,
    CountryCatalog countries,
    WebhookTargetPolicy webhookTargets,
    TimeProvider time,
    ILogger<SubscriptionService> logger)
{
    private readonly SubscriptionValidator _validator = new(countries);
    private readonly SlidingWindowCounter _confirmationsPerHost = new(composer.Options.WebhookConfirmationsPerHostPerHour, TimeSpan.FromHours(1));

    private NotificationOptions Options => composer.Options;

    public async Task<SubscriptionResult> SubscribeAsync(SubscriptionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var validation = _validator.Validate(request);
        if (!validation.IsValid) return SubscriptionResult.Fail(SubscriptionOutcome.Invalid, [.. validation.Errors]);

        var (channel, address, filters) = validation.Value!;
        if (channel == SubscriptionChannel.Webhook)
        {
            var target = await webhookTargets.CheckAsync(new Uri(address).IdnHost, cancellationToken).ConfigureAwait(false);
            if (!target.Allowed) return SubscriptionResult.Fail(SubscriptionOutcome.Invalid, $"webhook: {target.Refusal}");
        }

        var now = time.GetUtcNow();
        var id = SubscriptionIds.For(channel, address);
        var existing = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        var recentlySent = existing?.ConfirmationSentAt is { } sentAt && now - sentAt < Options.ConfirmationResendInterval;
        string? newSecret = null;
        Subscription subscription;
        SubscriptionOutcome outcome;
        var filterChange = false;

        if (existing is null)
        {
            newSecret = channel == SubscriptionChannel.Webhook ? SecretTokens.NewWebhookSecret() : null;
            subscription = new Subscription
            {
                Id = id,
                Channel = channel,
                Address = address,
                Filters = filters,
                State = SubscriptionState.Pending,
                WebhookSecret = newSecret,
                CreatedAt = now,
            };
            outcome = SubscriptionOutcome.Created;
        }
        else if (existing.State == SubscriptionState.Confirmed)
        {
            if (existing.Filters.SameAs(filters) && existing.PendingFilters is null)
            {
                return new SubscriptionResult(SubscriptionOutcome.Unchanged, existing, []);
            }

            subscription = existing with { PendingFilters = filters };
            outcome = SubscriptionOutcome.ChangeAwaitingConfirmation;
            filterChange = true;
        }
        else if (channel == SubscriptionChannel.Webhook && existing.State == SubscriptionState.Unsubscribed && recentlySent)
        {
            // Starting over needs a new secret and a confirmation signed with it; neither goes out within the resend interval.
            return SubscriptionResult.Fail(SubscriptionOutcome.RateLimited, $"This webhook's subscription changed moments ago; subscribe again after {Options.ConfirmationResendInterval.TotalMinutes:0} minutes.");
        }
        else
        {
            // Pending or unsubscribed: nothing has been delivered on these filters yet, so they are simply replaced.
            // A pending webhook keeps its secret: whoever asks again (anyone can) learns nothing new, and every
            // confirmation token confirms the one secret. A cancelled webhook starts over with a new secret.
            newSecret = channel == SubscriptionChannel.Webhook && existing.State == SubscriptionState.Unsubscribed ? SecretTokens.NewWebhookSecret() : null;
            subscription = existing with
            {
                Filters = filters,
                PendingFilters = null,
                State = SubscriptionState.Pending,
                WebhookSecret = newSecret ?? existing.WebhookSecret,
            };
            outcome = existing.State == SubscriptionState.Pending ? SubscriptionOutcome.AwaitingConfirmation : SubscriptionOutcome.Created;
        }

        if (recentlySent)
        {
            subscription = await store.SaveAsync(subscription, cancellationToken).ConfigureAwait(false);
            LogConfirmationNotResent(logger, subscription.Id);
            return new SubscriptionResult(outcome, subscription, []);
        }

        if (channel == SubscriptionChannel.Webhook && !_confirmationsPerHost.TryAdd(new Uri(address).IdnHost, now))
        {
            LogConfirmationRateLimited(logger, subscription.Id);
            return SubscriptionResult.Fail(SubscriptionOutcome.RateLimited, "Too many confirmation requests to this webhook host lately; try again later.");
        }

        subscription = await store.SaveAsync(subscription with { ConfirmationSentAt = now }, cancellationToken).ConfigureAwait(false);
        var sent = await SendConfirmationAsync(subscription, filterChange, now, cancellationToken).ConfigureAwait(false);
        LogSubscribed(logger, subscription.Id, subscription.Channel, outcome, sent.Succeeded);
        return new SubscriptionResult(outcome, subscription, sent.Succeeded ? [] : [$"The confirmation message could not be sent: {sent.Error}"], newSecret, sent.Succeeded, sent);
    }

    public async Task<SubscriptionResult> ConfirmAsync(string token, CancellationToken cancellationToken = default)
    {
        var (subscription, found, error) = await ResolveTokenAsync(token, TokenPurpose.Confirm, cancellationToken).ConfigureAwait(false);
        if (subscription is null) return SubscriptionResult.Fail(SubscriptionOutcome.InvalidToken, error!);

        if (subscription.UnsubscribedAt is { } left && found!.CreatedAt <= left)
        {
            return SubscriptionResult.Fail(SubscriptionOutcome.InvalidToken, "This subscription was cancelled after that confirmation was sent; subscribe again.");
        }

        if (subscription.State == SubscriptionState.Confirmed && subscription.PendingFilters is null)
        {
            return new SubscriptionResult(SubscriptionOutcome.AlreadyConfirmed, subscription, []);
        }

        var now = time.GetUtcNow();
        var confirmed = subscription with
        {
            State = SubscriptionState.Confirmed,
            Filters = subscription.PendingFilters ?? subscription.Filters,
            PendingFilters = null,
            ConfirmedAt = subscription.ConfirmedAt ?? now,
            AlertsFrom = subscription.State == SubscriptionState.Confirmed ? subscription.AlertsFrom : now,
            UnsubscribedAt = null,
        };
        confirmed = await store.SaveAsync(confirmed, cancellationToken).ConfigureAwait(false);
        LogConfirmed(logger, confirmed.Id);
        return new SubscriptionResult(SubscriptionOutcome.Confirmed, confirmed, []);
    }

    /// <summary>Unsubscribes by a manage token (every alert message has one) or a confirmation token.</summary>
    public async Task<SubscriptionResult> UnsubscribeAsync(string token, CancellationToken cancellationToken = default)
    {
        var (subscription, _, error) = await ResolveTokenAsync(token, null, cancellationToken).ConfigureAwait(false);
        return subscription is null
            ? SubscriptionResult.Fail(SubscriptionOutcome.InvalidToken, error!)
            : await UnsubscribeAsync(subscription, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The operator's path (command line): no token, just the address.</summary>
    public async Task<SubscriptionResult> UnsubscribeAddressAsync(string address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        var channel = address.Contains("://", StringComparison.Ordinal) ? SubscriptionChannel.Webhook : SubscriptionChannel.Email;
        string? error;
        var normalised = channel == SubscriptionChannel.Email
            ? SubscriptionValidator.NormaliseEmail(address, out error)
            : SubscriptionValidator.NormaliseWebhook(address, out error);
        if (normalised is null) return SubscriptionResult.Fail(SubscriptionOutcome.Invalid, error!);

        var subscription = await store.GetAsync(SubscriptionIds.For(channel, normalised), cancellationToken).ConfigureAwait(false);
        return subscription is null
            ? SubscriptionResult.Fail(SubscriptionOutcome.NotFound, $"No subscription for {normalised}.")
            : await UnsubscribeAsync(subscription, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The subscription a manage token belongs to, for the page that shows and changes its filters; nothing changes.</summary>
    public async Task<SubscriptionResult> DescribeAsync(string token, CancellationToken cancellationToken = default)
    {
        var (subscription, _, error) = await ResolveTokenAsync(token, TokenPurpose.Manage, cancellationToken).ConfigureAwait(false);
        return subscription is null
            ? SubscriptionResult.Fail(SubscriptionOutcome.InvalidToken, error!)
            : new SubscriptionResult(SubscriptionOutcome.Unchanged, subscription, []);
    }

    /// <summary>Replaces the filters of a subscription; the manage token proves ownership, so no new confirmation is needed.</summary>
    public async Task<SubscriptionResult> UpdateFiltersAsync(string token, SubscriptionRequest filters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var (subscription, _, error) = await ResolveTokenAsync(token, TokenPurpose.Manage, cancellationToken).ConfigureAwait(false);
        if (subscription is null) return SubscriptionResult.Fail(SubscriptionOutcome.InvalidToken, error!);
        if (subscription.State == SubscriptionState.Unsubscribed)
        {
            return SubscriptionResult.Fail(SubscriptionOutcome.InvalidToken, "This subscription was cancelled; subscribe again.");
        }

        var errors = new List<string>();
        var validFilters = _validator.ValidateFilters(filters, errors);
        if (validFilters is null) return SubscriptionResult.Fail(SubscriptionOutcome.Invalid, [.. errors]);

        var updated = await store.SaveAsync(subscription with { Filters = validFilters, PendingFilters = null }, cancellationToken).ConfigureAwait(false);
        return new SubscriptionResult(SubscriptionOutcome.Updated, updated, []);
    }

    private async Task<SubscriptionResult> UnsubscribeAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        if (subscription.State == SubscriptionState.Unsubscribed)
        {
            return new SubscriptionResult(SubscriptionOutcome.AlreadyUnsubscribed, subscription, []);
        }

        var updated = await store.SaveAsync(
            subscription with { State = SubscriptionState.Unsubscribed, UnsubscribedAt = time.GetUtcNow(), PendingFilters = null },
            cancellationToken).ConfigureAwait(false);
        LogUnsubscribed(logger, updated.Id);
        return new SubscriptionResult(SubscriptionOutcome.Unsubscribed, updated, []);
    }

    private async Task<(Subscription? Subscription, SubscriptionToken? Token, string? Error)> ResolveTokenAsync(string? token, TokenPurpose? purpose, CancellationToken cancellationToken)
    {
        const string unknown = "The link is not valid: it may be mistyped, expired or already replaced.";
        if (!SecretTokens.LooksValid(token)) return (null, null, unknown);

        var found = await store.FindTokenAsync(SecretTokens.Hash(token!), cancellationToken).ConfigureAwait(false);
        if (found is null || (purpose is { } wanted && found.Purpose != wanted)) return (null, null, unknown);
        if (found.IsExpired(time.GetUtcNow(), Options.ManageTokenLifetime))
        {
            return (null, null, found.Purpose == TokenPurpose.Manage
                ? string.Create(CultureInfo.InvariantCulture, $"This link has expired: the links in a message work for {Options.ManageTokenLifetime.TotalDays:0} days. Use the link in a more recent message: every message carries a fresh one.")
                : "The link has expired; subscribe again to get a new one.");
        }

        var subscription = await store.GetAsync(found.SubscriptionId, cancellationToken).ConfigureAwait(false);
        return subscription is null ? (null, null, unknown) : (subscription, found, null);
    }

    private async Task<SendResult> SendConfirmationAsync(Subscription subscription, bool filterChange, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var confirmToken = SecretTokens.NewToken();
        var manageToken = SecretTokens.NewToken();
        await store.AddTokenAsync(new SubscriptionToken(SecretTokens.Hash(confirmToken), subscription.Id, TokenPurpose.Confirm, now, now + Options.ConfirmationTokenLifetime), cancellationToken).ConfigureAwait(false);
        await store.AddTokenAsync(new SubscriptionToken(SecretTokens.Hash(manageToken), subscription.Id, TokenPurpose.Manage, now, now + Options.ManageTokenLifetime), cancellationToken).ConfigureAwait(false);
        var message = composer.ComposeConfirmation(subscription, confirmToken, manageToken, filterChange);
        return await NotificationService.SendSafelyAsync(sender, message, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscription {SubscriptionId} ({Channel}): {Outcome}, confirmation sent: {ConfirmationSent}")]
    private static partial void LogSubscribed(ILogger logger, string subscriptionId, SubscriptionChannel channel, SubscriptionOutcome outcome, bool confirmationSent);

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscription {SubscriptionId}: confirmation sent moments ago, not sent again")]
    private static partial void LogConfirmationNotResent(ILogger logger, string subscriptionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscription {SubscriptionId}: too many confirmations to its webhook host this hour, none sent")]
    private static partial void LogConfirmationRateLimited(ILogger logger, string subscriptionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscription {SubscriptionId} confirmed")]
    private static partial void LogConfirmed(ILogger logger, string subscriptionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscription {SubscriptionId} unsubscribed")]
    private static partial void LogUnsubscribed(ILogger logger, string subscriptionId);
}
