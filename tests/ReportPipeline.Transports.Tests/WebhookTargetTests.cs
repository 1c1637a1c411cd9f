using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Testing.Notifications;

namespace ReportPipeline.Transports.Tests;

/// <summary>
/// Server-side request forgery through webhooks (issue 19.1), on real sockets: a TCP listener on loopback
/// counts every connection the transport makes, while names resolve through the test resolver (no DNS,
/// nothing outside loopback is ever contacted).
/// </summary>
public sealed class WebhookTargetTests : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private int _connections;

    public WebhookTargetTests()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    private int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public void Dispose() => _listener.Dispose();

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                using var client = await _listener.AcceptTcpClientAsync();
                Interlocked.Increment(ref _connections);
            }
        }
        catch (Exception ex) when (ex is ObjectDisposedException or SocketException or InvalidOperationException)
        {
            // The listener was stopped.
        }
    }

    private static WebhookMessage Message(string url) => new()
    {
        Key = "k1",
        Kind = MessageKind.Alert,
        SubscriptionId = "sub-1",
        Url = new Uri(url),
        EventType = "alerts",
        JsonBody = "{}",
        Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
    };

    [Theory]
    [InlineData("http://127.0.0.1:{0}/hook")]
    [InlineData("http://0x7f000001:{0}/hook")]
    [InlineData("http://127.1:{0}/hook")]
    [InlineData("http://[::ffff:127.0.0.1]:{0}/hook")]
    [InlineData("http://localhost:{0}/hook")]
    public async Task Loopback_is_never_contacted_without_the_development_setting(string template)
    {
        var h = new NotificationHarness(null, allowLoopback: false);
        h.Resolver.Answer("localhost", IPAddress.Loopback);

        var result = await h.Sender.SendAsync(Message(string.Format(CultureInfo.InvariantCulture, template, Port)));

        result.Succeeded.ShouldBeFalse();
        result.Attempts.ShouldBe(1);
        result.Error.ShouldNotBeNull().ShouldContain("loopback");
        await Task.Delay(100);
        _connections.ShouldBe(0);
    }

    [Fact]
    public async Task With_the_development_setting_loopback_is_reached()
    {
        var h = new NotificationHarness(null, maxRetries: 0, allowLoopback: true);
        await h.Sender.SendAsync(Message($"http://127.0.0.1:{Port}/hook"));
        await Task.Delay(100);
        _connections.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_name_that_turns_into_an_inside_address_after_subscribing_is_refused_at_connect_time()
    {
        var h = new NotificationHarness(null, allowLoopback: false);
        // Public when the subscription is checked, loopback by the time the confirmation connects (DNS rebinding).
        h.Resolver.Answer("rebind.example.org", TestHostResolver.PublicAddress).Answer("rebind.example.org", IPAddress.Loopback);

        var result = await h.Subscriptions.SubscribeAsync(new SubscriptionRequest { Webhook = $"https://rebind.example.org:{Port}/hook" });

        result.ConfirmationSent.ShouldBeFalse();
        result.Confirmation.ShouldNotBeNull().Attempts.ShouldBe(1);
        result.Errors.ShouldHaveSingleItem().ShouldContain("resolves to 127.0.0.1, loopback");
        h.Resolver.Asked.ShouldBe(["rebind.example.org", "rebind.example.org"]);
        await Task.Delay(100);
        _connections.ShouldBe(0);
    }

    [Fact]
    public async Task A_refused_target_is_final_not_retried()
    {
        var h = new NotificationHarness(null, maxRetries: 3, allowLoopback: false);
        h.Resolver.Answer("intranet.example.org", IPAddress.Parse("10.1.2.3"));

        var result = await h.Sender.SendAsync(Message("https://intranet.example.org/hook"));

        result.Succeeded.ShouldBeFalse();
        result.Attempts.ShouldBe(1);
        result.Error.ShouldNotBeNull().ShouldContain("10.1.2.3, private");
        h.Resolver.Asked.ShouldBe(["intranet.example.org"]);
    }

    [Fact]
    public async Task An_unconfirmed_webhook_gets_exactly_one_post_even_when_it_fails()
    {
        using var receiver = new LoopbackWebhookReceiver();
        var h = new NotificationHarness(null, maxRetries: 3);
        receiver.Responses.Enqueue(503);

        var result = await h.Subscriptions.SubscribeAsync(new SubscriptionRequest { Webhook = receiver.Url.AbsoluteUri });

        result.ConfirmationSent.ShouldBeFalse();
        result.Confirmation.ShouldNotBeNull().Attempts.ShouldBe(1);
        receiver.RequestCount.ShouldBe(1);
    }
}
