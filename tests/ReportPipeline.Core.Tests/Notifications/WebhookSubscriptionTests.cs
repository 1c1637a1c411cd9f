using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Testing;
using ReportPipeline.Testing.Notifications;

namespace ReportPipeline.Core.Tests.Notifications;

/// <summary>Anyone can type any URL: what a webhook subscription lets an anonymous caller do (issue 19.1, 19.2).</summary>
public class WebhookSubscriptionTests
{
    private readonly InMemorySubscriptionStore _store = new();
    private readonly CapturingMessageSender _sender = new();
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly TestHostResolver _resolver = TestHostResolver.WithPublicHosts("hooks.example.org", "other.example.org")
        .Answer("internal.example.org", IPAddress.Parse("10.20.30.40"));
    private readonly SubscriptionService _service;

    public WebhookSubscriptionTests()
    {
        var options = new NotificationOptions { BaseUrl = "https://alerts.example.org", WebhookConfirmationsPerHostPerHour = 3 };
        _service = new SubscriptionService(_store, _sender, new NotificationComposer(options), SubscriptionValidatorTests.CatalogWithRuritania(), new WebhookTargetPolicy(_resolver, allowLoopback: false), _time, NullLogger<SubscriptionService>.Instance);
    }

    [Theory]
    [InlineData("https://10.0.0.1/")]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("https://0251.0376.0251.0376/")]
    [InlineData("https://[fd00::1]/")]
    [InlineData("https://metadata.google.internal/")]
    [InlineData("https://internal.example.org/hook")]
    [InlineData("http://127.0.0.1:10000/")]
    [InlineData("http://0x7f000001/")]
    [InlineData("http://127.1/")]
    public async Task A_webhook_to_an_inside_address_is_refused_before_anything_is_saved_or_sent(string url)
    {
        var result = await _service.SubscribeAsync(new SubscriptionRequest { Webhook = url });

        result.Outcome.ShouldBe(SubscriptionOutcome.Invalid);
        result.Errors.ShouldHaveSingleItem().ShouldStartWith("webhook: Webhook host");
        result.WebhookSecret.ShouldBeNull();
        (await _store.ListAsync()).ShouldBeEmpty();
        _sender.Sent.ShouldBeEmpty();
    }

    [Fact]
    public async Task Subscribing_the_same_webhook_five_times_sends_one_confirmation_and_reveals_one_secret()
    {
        var results = new List<SubscriptionResult>();
        for (var i = 0; i < 5; i++)
        {
            results.Add(await _service.SubscribeAsync(new SubscriptionRequest { Webhook = "https://hooks.example.org/rp" }));
            _time.Advance(TimeSpan.FromMilliseconds(200));
        }

        results.ShouldAllBe(r => r.Succeeded);
        var secret = results[0].WebhookSecret.ShouldNotBeNull();
        results.Skip(1).ShouldAllBe(r => r.WebhookSecret == null && !r.ConfirmationSent);
        var confirmation = _sender.Sent.OfType<WebhookMessage>().ShouldHaveSingleItem();
        confirmation.Secret.ShouldBe(secret);
        (await _store.ListAsync()).ShouldHaveSingleItem().WebhookSecret.ShouldBe(secret);
    }

    [Fact]
    public async Task After_the_resend_interval_the_confirmation_goes_again_with_the_same_secret_and_any_token_confirms_that_secret()
    {
        var first = await _service.SubscribeAsync(new SubscriptionRequest { Webhook = "https://hooks.example.org/rp" });
        _time.Advance(TimeSpan.FromMinutes(11));
        var again = await _service.SubscribeAsync(new SubscriptionRequest { Webhook = "https://hooks.example.org/rp" });

        again.ConfirmationSent.ShouldBeTrue();
        again.WebhookSecret.ShouldBeNull();
        var messages = _sender.Sent.OfType<WebhookMessage>().ToList();
        messages.Count.ShouldBe(2);
        messages.ShouldAllBe(m => m.Secret == first.WebhookSecret);

        var firstToken = JsonDocument.Parse(messages[0].JsonBody).RootElement.GetProperty("confirmToken").GetString()!;
        var confirmed = await _service.ConfirmAsync(firstToken);
        confirmed.Outcome.ShouldBe(SubscriptionOutcome.Confirmed);
        confirmed.Subscription!.WebhookSecret.ShouldBe(first.WebhookSecret);
    }

    [Fact]
    public async Task Confirmation_posts_to_one_host_are_limited_per_hour_whatever_the_path()
    {
        for (var i = 0; i < 3; i++)
        {
            (await _service.SubscribeAsync(new SubscriptionRequest { Webhook = $"https://hooks.example.org/p{i}" })).ConfirmationSent.ShouldBeTrue();
        }

        var fourth = await _service.SubscribeAsync(new SubscriptionRequest { Webhook = "https://hooks.example.org/p3" });
        fourth.Outcome.ShouldBe(SubscriptionOutcome.RateLimited);
        fourth.Succeeded.ShouldBeFalse();
        fourth.WebhookSecret.ShouldBeNull();
        (await _service.SubscribeAsync(new SubscriptionRequest { Webhook = "https://HOOKS.example.org:8443/p4" })).Outcome.ShouldBe(SubscriptionOutcome.RateLimited);
        (await _service.SubscribeAsync(new SubscriptionRequest { Webhook = "https://other.example.org/p" })).ConfirmationSent.ShouldBeTrue();
        _sender.Sent.Count.ShouldBe(4);
        (await _store.ListAsync()).Count.ShouldBe(4);

        _time.Advance(TimeSpan.FromMinutes(61));
        (await _service.SubscribeAsync(new SubscriptionRequest { Webhook = "https://hooks.example.org/p3" })).ConfirmationSent.ShouldBeTrue();
    }

    [Fact]
    public async Task A_cancelled_webhook_starts_over_with_a_new_secret_but_not_within_the_resend_interval()
    {
        var first = await _service.SubscribeAsync(new SubscriptionRequest { Webhook = "https://hooks.example.org/rp" });
        (await _service.UnsubscribeAddressAsync("https://hooks.example.org/rp")).Outcome.ShouldBe(SubscriptionOutcome.Unsubscribed);

        var soon = await _service.SubscribeAsync(new SubscriptionRequest { Webhook = "https://hooks.example.org/rp" });
        soon.Outcome.ShouldBe(SubscriptionOutcome.RateLimited);
        soon.Errors.ShouldHaveSingleItem().ShouldContain("10 minutes");
        (await _store.ListAsync()).ShouldHaveSingleItem().State.ShouldBe(SubscriptionState.Unsubscribed);

        _time.Advance(TimeSpan.FromMinutes(11));
        var later = await _service.SubscribeAsync(new SubscriptionRequest { Webhook = "https://hooks.example.org/rp" });
        later.ConfirmationSent.ShouldBeTrue();
        later.WebhookSecret.ShouldNotBeNull().ShouldNotBe(first.WebhookSecret);
        _sender.Sent.OfType<WebhookMessage>().Last().Secret.ShouldBe(later.WebhookSecret);
    }
}
