using System.Text.Json;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Testing.Notifications;

namespace ReportPipeline.Notifications.Tests;

/// <summary>Webhooks against a real HTTP listener on loopback; the receiver verifies every signature.</summary>
public sealed class WebhookTests : IDisposable
{
    private readonly LoopbackWebhookReceiver _receiver = new();
    private readonly NotificationHarness _h = new(null);

    public void Dispose() => _receiver.Dispose();

    private async Task<(Subscription Subscription, string Secret)> ConfirmedWebhookAsync(SubscriptionRequest request)
    {
        var created = await _h.Subscriptions.SubscribeAsync(request);
        created.ConfirmationSent.ShouldBeTrue(string.Join("; ", created.Errors));
        var secret = created.WebhookSecret.ShouldNotBeNull();
        _receiver.Received.TryDequeue(out var confirmation).ShouldBeTrue();
        confirmation!.Event.ShouldBe("subscription.confirmation");
        WebhookSignature.Verify(secret, confirmation.Body, confirmation.Signature).ShouldBeTrue();
        var token = JsonDocument.Parse(confirmation.Body).RootElement.GetProperty("confirmToken").GetString()!;
        var confirmed = await _h.Subscriptions.ConfirmAsync(token);
        confirmed.Outcome.ShouldBe(SubscriptionOutcome.Confirmed);
        return (confirmed.Subscription!, secret);
    }

    [Fact]
    public async Task Alerts_arrive_as_signed_json_once()
    {
        var (_, secret) = await ConfirmedWebhookAsync(new SubscriptionRequest { Webhook = _receiver.Url.AbsoluteUri, Countries = ["XR"] });
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        _h.Feed.Add(AlertSamples.Create("xr-1", _h.Time.GetUtcNow()), AlertSamples.Create("xb-1", _h.Time.GetUtcNow(), iso2: "XB", country: "Borduria"));

        (await _h.Notify().NotifyAsync()).MessagesSent.ShouldBe(1);
        _h.Time.Advance(TimeSpan.FromMinutes(5));
        (await _h.Notify().NotifyAsync()).MessagesSent.ShouldBe(0);

        var request = _receiver.Received.ShouldHaveSingleItem();
        request.Event.ShouldBe("alerts");
        request.Delivery.ShouldBe("xr-1");
        request.ContentType.ShouldBe("application/json; charset=utf-8");
        request.Signature.ShouldNotBeNull().ShouldMatch("^sha256=[0-9a-f]{64}$");
        WebhookSignature.Verify(secret, request.Body, request.Signature).ShouldBeTrue();
        WebhookSignature.Verify("whsec_wrong", request.Body, request.Signature).ShouldBeFalse();
        var json = JsonDocument.Parse(request.Body).RootElement;
        json.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ShouldBe(["xr-1"]);
        json.GetProperty("unsubscribeUrl").GetString().ShouldStartWith("https://alerts.example.org/api/subscriptions/unsubscribe?token=");
    }

    [Fact]
    public async Task Server_errors_are_retried_with_backoff()
    {
        var (subscription, secret) = await ConfirmedWebhookAsync(new SubscriptionRequest { Webhook = _receiver.Url.AbsoluteUri });
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        _h.Feed.Add(AlertSamples.Create("a1", _h.Time.GetUtcNow()));
        _receiver.Responses.Enqueue(503);
        _receiver.Responses.Enqueue(500);

        var report = await _h.Notify().NotifyAsync();

        report.MessagesSent.ShouldBe(1);
        report.Subscribers.Single().Attempts.ShouldBe(3);
        var request = _receiver.Received.ShouldHaveSingleItem();
        WebhookSignature.Verify(secret, request.Body, request.Signature).ShouldBeTrue();
        var delivery = (await _h.Deliveries.GetAsync("a1", subscription.Id)).ShouldNotBeNull();
        delivery.State.ShouldBe(DeliveryState.Sent);
        delivery.Attempts.ShouldBe(3);
    }

    [Fact]
    public async Task A_client_error_is_final_without_retries()
    {
        var (subscription, _) = await ConfirmedWebhookAsync(new SubscriptionRequest { Webhook = _receiver.Url.AbsoluteUri });
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        _h.Feed.Add(AlertSamples.Create("a1", _h.Time.GetUtcNow()));
        _receiver.Responses.Enqueue(410);

        var report = await _h.Notify().NotifyAsync();

        report.MessagesFailed.ShouldBe(1);
        var delivery = (await _h.Deliveries.GetAsync("a1", subscription.Id)).ShouldNotBeNull();
        delivery.State.ShouldBe(DeliveryState.Failed);
        delivery.Attempts.ShouldBe(1);
        delivery.Error.ShouldNotBeNull().ShouldContain("410");
    }

    [Fact]
    public async Task Plain_http_to_a_remote_host_is_refused_by_the_transport()
    {
        var message = new WebhookMessage
        {
            Key = "k",
            Kind = MessageKind.Alert,
            SubscriptionId = "sub-x",
            Url = new Uri("http://hooks.example.org/x"),
            EventType = "alerts",
            JsonBody = "{}",
            Secret = "whsec_x",
        };
        var result = await _h.Sender.SendAsync(message);
        result.Succeeded.ShouldBeFalse();
        result.Attempts.ShouldBe(1);
        result.Error.ShouldNotBeNull().ShouldContain("not HTTPS");
    }
}
