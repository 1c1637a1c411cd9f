using Microsoft.Extensions.Logging.Abstractions;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Testing;
using ReportPipeline.Testing.Notifications;

namespace ReportPipeline.Core.Tests.Notifications;

/// <summary>Manage (unsubscribe) tokens expire after ManageTokenLifetime and notify deletes expired tokens, bounded per run (a hand-moved clock).</summary>
public class ManageTokenExpiryTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);
    private readonly InMemorySubscriptionStore _subscriptions = new();
    private readonly InMemoryAlertFeed _feed = new();
    private readonly CapturingMessageSender _sender = new();
    private readonly ManualTimeProvider _time = new(Start);
    private readonly NotificationService _notify;
    private readonly SubscriptionService _subscribe;

    public ManageTokenExpiryTests()
    {
        var composer = new NotificationComposer(new NotificationOptions { BaseUrl = "https://alerts.example.org", ManageTokenLifetime = Lifetime, MaxTokenDeletionsPerRun = 2 });
        _notify = new NotificationService(_subscriptions, new InMemoryDeliveryStore(), new InMemoryDigestStore(), _feed, _sender, composer, _time, NullLogger<NotificationService>.Instance);
        _subscribe = new SubscriptionService(_subscriptions, _sender, composer, SubscriptionValidatorTests.CatalogWithRuritania(), new WebhookTargetPolicy(TestHostResolver.WithPublicHosts("hooks.example.org"), allowLoopback: false), _time, NullLogger<SubscriptionService>.Instance);
    }

    private async Task<string> AlertMailManageTokenAsync()
    {
        (await _subscribe.SubscribeAsync(new SubscriptionRequest { Email = "ana@example.org" })).ConfirmationSent.ShouldBeTrue();
        var confirm = SubscriptionServiceTests.TokenFrom(_sender.Emails.Single().TextBody, "/subscriptions/confirm");
        (await _subscribe.ConfirmAsync(confirm)).Outcome.ShouldBe(SubscriptionOutcome.Confirmed);
        _time.Advance(TimeSpan.FromMinutes(1));
        _feed.Add(AlertSamples.Create("xr-1", _time.GetUtcNow()));
        (await _notify.NotifyAsync()).MessagesSent.ShouldBe(1);
        var mail = _sender.Emails.Last();
        mail.Kind.ShouldNotBe(MessageKind.Confirmation);
        return SubscriptionServiceTests.TokenFrom(mail.TextBody, "/subscriptions/unsubscribe");
    }

    [Fact]
    public async Task A_manage_token_carries_its_expiry_and_works_until_then()
    {
        var token = await AlertMailManageTokenAsync();
        var stored = _subscriptions.Tokens.Single(t => t.Hash == SecretTokens.Hash(token));
        stored.Purpose.ShouldBe(TokenPurpose.Manage);
        stored.ExpiresAt.ShouldBe(stored.CreatedAt + Lifetime);

        _time.Advance(Lifetime - TimeSpan.FromMinutes(2));
        (await _subscribe.DescribeAsync(token)).Outcome.ShouldBe(SubscriptionOutcome.Unchanged);
        (await _subscribe.UnsubscribeAsync(token)).Outcome.ShouldBe(SubscriptionOutcome.Unsubscribed);
    }

    [Fact]
    public async Task An_expired_manage_token_is_refused_with_a_message_that_says_so_and_changes_nothing()
    {
        var token = await AlertMailManageTokenAsync();
        _time.Advance(Lifetime + TimeSpan.FromMinutes(1));

        var result = await _subscribe.UnsubscribeAsync(token);

        result.Outcome.ShouldBe(SubscriptionOutcome.InvalidToken);
        result.Errors.ShouldHaveSingleItem().ShouldBe("This link has expired: the links in a message work for 30 days. Use the link in a more recent message: every message carries a fresh one.");
        (await _subscribe.DescribeAsync(token)).Outcome.ShouldBe(SubscriptionOutcome.InvalidToken);
        (await _subscriptions.ListAsync()).Single().State.ShouldBe(SubscriptionState.Confirmed);
    }

    [Fact]
    public async Task A_token_minted_without_an_expiry_counts_from_its_creation()
    {
        await AlertMailManageTokenAsync();
        var id = (await _subscriptions.ListAsync()).Single().Id;
        var legacy = SecretTokens.NewToken();
        await _subscriptions.AddTokenAsync(new SubscriptionToken(SecretTokens.Hash(legacy), id, TokenPurpose.Manage, _time.GetUtcNow(), null));

        (await _subscribe.DescribeAsync(legacy)).Outcome.ShouldBe(SubscriptionOutcome.Unchanged);
        _time.Advance(Lifetime + TimeSpan.FromSeconds(1));
        (await _subscribe.DescribeAsync(legacy)).Errors.ShouldHaveSingleItem().ShouldStartWith("This link has expired");
    }

    [Fact]
    public async Task Notify_deletes_expired_tokens_at_most_its_bound_per_run_and_keeps_live_ones()
    {
        await AlertMailManageTokenAsync();
        // Confirm (7 days), the confirmation's manage token and the alert mail's manage token (30 days each).
        _subscriptions.Tokens.Count.ShouldBe(3);
        _time.Advance(TimeSpan.FromDays(8));
        (await _notify.NotifyAsync()).TokensDeleted.ShouldBe(1);
        _subscriptions.Tokens.ShouldAllBe(t => t.Purpose == TokenPurpose.Manage);

        // Three more messages: three more manage tokens, younger than the two left.
        for (var i = 0; i < 3; i++)
        {
            _time.Advance(TimeSpan.FromHours(1));
            _feed.Add(AlertSamples.Create($"xr-more-{i}", _time.GetUtcNow()));
            (await _notify.NotifyAsync()).MessagesSent.ShouldBe(1);
        }

        _subscriptions.Tokens.Count.ShouldBe(5);
        _time.Advance(Lifetime - TimeSpan.FromDays(8) + TimeSpan.FromMinutes(10));
        // The first two have expired and the newer three have not; the bound is two a run.
        (await _notify.NotifyAsync()).TokensDeleted.ShouldBe(2);
        _subscriptions.Tokens.Count.ShouldBe(3);
        (await _notify.NotifyAsync()).TokensDeleted.ShouldBe(0);
        _time.Advance(TimeSpan.FromDays(8));
        (await _notify.NotifyAsync()).TokensDeleted.ShouldBe(2);
        (await _notify.NotifyAsync()).TokensDeleted.ShouldBe(1);
        _subscriptions.Tokens.ShouldBeEmpty();
    }
}
