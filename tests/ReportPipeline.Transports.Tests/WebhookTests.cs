using System.Text.Json;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Testing.Notifications;

namespace ReportPipeline.Transports.Tests;

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
        new StandardWebhooksVerifier(secret).Verify(confirmation, _h.Time.GetUtcNow()).ShouldBe("ok");
        var token = JsonDocument.Parse(confirmation.Body).RootElement.GetProperty("confirmToken").GetString()!;
        var confirmed = await _h.Subscriptions.ConfirmAsync(token);
        confirmed.Outcome.ShouldBe(SubscriptionOutcome.Confirmed);
        _receiver.Ids.Clear();
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
        request.Signature.ShouldNotBeNull().ShouldMatch("^v1,[A-Za-z0-9+/]{43}=$");
        request.Id.ShouldNotBeNull().ShouldMatch("^msg_[0-9a-f]{32}$");
        var sentAt = _h.Time.GetUtcNow().AddMinutes(-5);
        request.Timestamp.ShouldBe(sentAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        var verifier = new StandardWebhooksVerifier(secret);
        verifier.Verify(request, sentAt.AddSeconds(2)).ShouldBe("ok");
        verifier.Verify(request, sentAt.AddSeconds(3)).ShouldBe("replayed id");
        new StandardWebhooksVerifier(SecretTokens.NewWebhookSecret()).Verify(request, sentAt).ShouldBe("bad signature");
        new StandardWebhooksVerifier(secret).Verify(request with { Body = [.. request.Body, (byte)' '] }, sentAt).ShouldBe("bad signature");
        new StandardWebhooksVerifier(secret).Verify(request, sentAt.AddMinutes(6)).ShouldBe("timestamp too old or too new");
        WebhookSignature.Verify(secret, request.Id, request.Timestamp, request.Body, request.Signature, sentAt).ShouldBeTrue();
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
        new StandardWebhooksVerifier(secret).Verify(request, _h.Time.GetUtcNow()).ShouldBe("ok");
        // Every try of one message carries the same webhook-id, so a receiver that got a try we thought failed drops the repeat.
        _receiver.Ids.Distinct().ShouldHaveSingleItem().ShouldBe(request.Id);
        _receiver.Ids.Count.ShouldBe(3);
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
        var delivery = (await _h.Digests.ListAsync()).Single(d => d.SubscriptionId == subscription.Id);
        delivery.State.ShouldBe(DigestState.Failed);
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
