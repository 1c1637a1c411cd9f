using Microsoft.Extensions.Logging.Abstractions;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Testing;
using ReportPipeline.Testing.Notifications;

namespace ReportPipeline.Core.Tests.Notifications;

public class SubscriptionServiceTests
{
    private readonly InMemorySubscriptionStore _store = new();
    private readonly CapturingMessageSender _sender = new();
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly TestHostResolver _resolver = TestHostResolver.WithPublicHosts("hooks.example.org");
    private readonly SubscriptionService _service;

    public SubscriptionServiceTests()
    {
        _service = new SubscriptionService(_store, _sender, new NotificationComposer(new NotificationOptions { BaseUrl = "https://alerts.example.org" }), SubscriptionValidatorTests.CatalogWithRuritania(), new WebhookTargetPolicy(_resolver, allowLoopback: false), _time, NullLogger<SubscriptionService>.Instance);
    }

    internal static string TokenFrom(string text, string path)
    {
        var marker = path + "?token=";
        var start = text.IndexOf(marker, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"no {marker} link in: {text}");
        return text.Substring(start + marker.Length, 43);
    }

    [Fact]
    public async Task Subscribing_creates_a_pending_subscription_and_sends_one_confirmation()
    {
        var result = await _service.SubscribeAsync(new SubscriptionRequest { Email = "Ana@Example.org", Countries = ["Ruritania"] });

        result.Outcome.ShouldBe(SubscriptionOutcome.Created);
        result.ConfirmationSent.ShouldBeTrue();
        result.Subscription!.State.ShouldBe(SubscriptionState.Pending);
        result.Subscription.Address.ShouldBe("ana@example.org");
        result.Subscription.Filters.Countries.ShouldBe(["XR"]);
        var email = _sender.Emails.ShouldHaveSingleItem();
        email.To.ShouldBe("ana@example.org");
        email.Kind.ShouldBe(MessageKind.Confirmation);
    }

    [Fact]
    public async Task Tokens_are_stored_only_as_hashes()
    {
        await _service.SubscribeAsync(new SubscriptionRequest { Email = "ana@example.org" });
        var text = _sender.Emails.Single().TextBody;
        var confirm = TokenFrom(text, "/subscriptions/confirm");
        var manage = TokenFrom(text, "/subscriptions/unsubscribe");

        _store.Tokens.Count.ShouldBe(2);
        _store.Tokens.ShouldAllBe(t => t.Hash != confirm && t.Hash != manage);
        _store.Tokens.Select(t => t.Hash).ShouldBe([SecretTokens.Hash(confirm), SecretTokens.Hash(manage)], ignoreOrder: true);
        var stored = (await _store.ListAsync()).Single().ToString();
        stored.ShouldNotContain(confirm);
        stored.ShouldNotContain(manage);
    }

    [Fact]
    public async Task Confirming_with_the_emailed_token_confirms()
    {
        await _service.SubscribeAsync(new SubscriptionRequest { Email = "ana@example.org" });
        var token = TokenFrom(_sender.Emails.Single().TextBody, "/subscriptions/confirm");

        var confirmed = await _service.ConfirmAsync(token);
        confirmed.Outcome.ShouldBe(SubscriptionOutcome.Confirmed);
        confirmed.Subscription!.State.ShouldBe(SubscriptionState.Confirmed);
        confirmed.Subscription.ConfirmedAt.ShouldBe(_time.GetUtcNow());
        confirmed.Subscription.AlertsFrom.ShouldBe(_time.GetUtcNow());
        (await _service.ConfirmAsync(token)).Outcome.ShouldBe(SubscriptionOutcome.AlreadyConfirmed);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Wrong_tokens_are_refused(string token)
    {
        await _service.SubscribeAsync(new SubscriptionRequest { Email = "ana@example.org" });
        var result = await _service.ConfirmAsync(token);
        result.Outcome.ShouldBe(SubscriptionOutcome.InvalidToken);
        result.Errors.ShouldHaveSingleItem().ShouldContain("not valid");
        (await _store.ListAsync()).Single().State.ShouldBe(SubscriptionState.Pending);
    }

    [Fact]
    public async Task A_manage_token_cannot_confirm()
    {
        await _service.SubscribeAsync(new SubscriptionRequest { Email = "ana@example.org" });
        var manage = TokenFrom(_sender.Emails.Single().TextBody, "/subscriptions/unsubscribe");
        (await _service.ConfirmAsync(manage)).Outcome.ShouldBe(SubscriptionOutcome.InvalidToken);
    }

    [Fact]
    public async Task Confirmation_tokens_expire()
    {
        await _service.SubscribeAsync(new SubscriptionRequest { Email = "ana@example.org" });
        var token = TokenFrom(_sender.Emails.Single().TextBody, "/subscriptions/confirm");
        _time.Advance(TimeSpan.FromDays(8));
        var result = await _service.ConfirmAsync(token);
        result.Outcome.ShouldBe(SubscriptionOutcome.InvalidToken);
        result.Errors.ShouldHaveSingleItem().ShouldContain("expired");
    }

    [Fact]
    public async Task Subscribing_twice_updates_instead_of_duplicating()
    {
        await _service.SubscribeAsync(new SubscriptionRequest { Email = "ana@example.org", Countries = ["XR"] });
        _time.Advance(TimeSpan.FromHours(1));
        var second = await _service.SubscribeAsync(new SubscriptionRequest { Email = " ANA@example.org ", Countries = ["XB"] });

        second.Outcome.ShouldBe(SubscriptionOutcome.AwaitingConfirmation);
        var all = await _store.ListAsync();
        all.ShouldHaveSingleItem().Filters.Countries.ShouldBe(["XB"]);
        _sender.Emails.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_quick_repeat_does_not_send_another_confirmation()
    {
        await _service.SubscribeAsync(new SubscriptionRequest { Email = "ana@example.org" });
        _time.Advance(TimeSpan.FromMinutes(2));
        var again = await _service.SubscribeAsync(new SubscriptionRequest { Email = "ana@example.org" });
        again.ConfirmationSent.ShouldBeFalse();
        _sender.Emails.Count.ShouldBe(1);
    }

    [Fact]
    public async Task New_filters_for_a_confirmed_address_apply_only_after_confirmation()
    {
        await _service.SubscribeAsync(new SubscriptionRequest { Email = "ana@example.org", Countries = ["XR"] });
        await _service.ConfirmAsync(TokenFrom(_sender.Emails.Single().TextBody, "/subscriptions/confirm"));
        _time.Advance(TimeSpan.FromHours(1));

        var change = await _service.SubscribeAsync(new SubscriptionRequest { Email = "ana@example.org", Countries = ["XB"] });
        change.Outcome.ShouldBe(SubscriptionOutcome.ChangeAwaitingConfirmation);
        var stored = (await _store.ListAsync()).Single();
        stored.State.ShouldBe(SubscriptionState.Confirmed);
        stored.Filters.Countries.ShouldBe(["XR"]);
        stored.PendingFilters!.Countries.ShouldBe(["XB"]);
        _sender.Emails[1].TextBody.ShouldContain("change your alert filters");

        (await _service.ConfirmAsync(TokenFrom(_sender.Emails[1].TextBody, "/subscriptions/confirm"))).Outcome.ShouldBe(SubscriptionOutcome.Confirmed);
        var applied = (await _store.ListAsync()).Single();
        applied.Filters.Countries.ShouldBe(["XB"]);
        applied.PendingFilters.ShouldBeNull();
    }

    [Fact]
    public async Task Same_filters_for_a_confirmed_address_change_nothing()
    {
        await _service.SubscribeAsync(new SubscriptionRequest { Email = "ana@example.org", Countries = ["XR"] });
        await _service.ConfirmAsync(TokenFrom(_sender.Emails.Single().TextBody, "/subscriptions/confirm"));
        (await _service.SubscribeAsync(new SubscriptionRequest { Email = "ana@example.org", Countries = ["Ruritania"] })).Outcome.ShouldBe(SubscriptionOutcome.Unchanged);
        _sender.Emails.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Unsubscribe_by_token_then_old_confirmation_no_longer_works()
    {
        await _service.SubscribeAsync(new SubscriptionRequest { Email = "ana@example.org" });
        var text = _sender.Emails.Single().TextBody;
        await _service.ConfirmAsync(TokenFrom(text, "/subscriptions/confirm"));
        _time.Advance(TimeSpan.FromMinutes(1));

        (await _service.UnsubscribeAsync(TokenFrom(text, "/subscriptions/unsubscribe"))).Outcome.ShouldBe(SubscriptionOutcome.Unsubscribed);
        (await _store.ListAsync()).Single().State.ShouldBe(SubscriptionState.Unsubscribed);
        (await _service.UnsubscribeAsync(TokenFrom(text, "/subscriptions/unsubscribe"))).Outcome.ShouldBe(SubscriptionOutcome.AlreadyUnsubscribed);
        (await _service.ConfirmAsync(TokenFrom(text, "/subscriptions/confirm"))).Outcome.ShouldBe(SubscriptionOutcome.InvalidToken);
    }

    [Fact]
    public async Task Unsubscribe_by_address_is_the_operators_path()
    {
        await _service.SubscribeAsync(new SubscriptionRequest { Email = "ana@example.org" });
        (await _service.UnsubscribeAddressAsync("ANA@example.org")).Outcome.ShouldBe(SubscriptionOutcome.Unsubscribed);
        (await _service.UnsubscribeAddressAsync("nobody@example.org")).Outcome.ShouldBe(SubscriptionOutcome.NotFound);
        (await _service.UnsubscribeAddressAsync("not an address")).Outcome.ShouldBe(SubscriptionOutcome.Invalid);
    }

    [Fact]
    public async Task Filters_can_be_updated_with_a_manage_token()
    {
        await _service.SubscribeAsync(new SubscriptionRequest { Email = "ana@example.org" });
        var text = _sender.Emails.Single().TextBody;
        await _service.ConfirmAsync(TokenFrom(text, "/subscriptions/confirm"));

        var updated = await _service.UpdateFiltersAsync(TokenFrom(text, "/subscriptions/unsubscribe"), new SubscriptionRequest { Countries = ["XB"], MinimumSeverity = "high" });
        updated.Outcome.ShouldBe(SubscriptionOutcome.Updated);
        updated.Subscription!.Filters.Countries.ShouldBe(["XB"]);
        (await _service.UpdateFiltersAsync(TokenFrom(text, "/subscriptions/unsubscribe"), new SubscriptionRequest { Countries = ["Atlantis"] })).Outcome.ShouldBe(SubscriptionOutcome.Invalid);
    }

    [Fact]
    public async Task Invalid_requests_store_and_send_nothing()
    {
        var result = await _service.SubscribeAsync(new SubscriptionRequest { Email = "ana@example.org\r\nBcc: x@example.org" });
        result.Outcome.ShouldBe(SubscriptionOutcome.Invalid);
        result.Errors.ShouldNotBeEmpty();
        (await _store.ListAsync()).ShouldBeEmpty();
        _sender.Sent.ShouldBeEmpty();
    }

    [Fact]
    public async Task Webhook_subscription_gets_a_secret_once_and_a_signed_confirmation_event()
    {
        var result = await _service.SubscribeAsync(new SubscriptionRequest { Webhook = "https://hooks.example.org/rp" });
        result.WebhookSecret.ShouldNotBeNull().ShouldStartWith("whsec_");
        var message = _sender.Sent.OfType<WebhookMessage>().ShouldHaveSingleItem();
        message.EventType.ShouldBe("subscription.confirmation");
        message.Secret.ShouldBe(result.WebhookSecret);

        _time.Advance(TimeSpan.FromMinutes(1));
        var confirmToken = System.Text.Json.JsonDocument.Parse(message.JsonBody).RootElement.GetProperty("confirmToken").GetString()!;
        (await _service.ConfirmAsync(confirmToken)).Outcome.ShouldBe(SubscriptionOutcome.Confirmed);
        (await _service.SubscribeAsync(new SubscriptionRequest { Webhook = "https://hooks.example.org/rp", Countries = ["XR"] })).WebhookSecret.ShouldBeNull();
    }
}
