using Microsoft.Extensions.Logging.Abstractions;
using ReportPipeline.Core.Identification;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Testing;
using ReportPipeline.Testing.Notifications;

namespace ReportPipeline.Transports.Tests;

/// <summary>
/// The real sender (MailKit SMTP to maildev, webhooks over HTTP, Polly retries with short delays) wired to
/// in-process stores, so these tests exercise transports and delivery bookkeeping end to end.
/// </summary>
internal sealed class NotificationHarness
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    /// <param name="allowLoopback">The development setting the tests need to reach their receiver on 127.0.0.1.</param>
    public NotificationHarness(MaildevServer? maildev, IEmailTransport? email = null, int maxRetries = 2, bool allowLoopback = true)
    {
        var smtp = new SmtpOptions { Host = maildev?.Host, Port = maildev?.SmtpPort ?? 25, UseTls = false, From = "ReportPipeline <alerts@reportpipeline.example>" };
        var webhookOptions = new WebhookOptions { AllowLoopback = allowLoopback };
        Targets = new WebhookTargetPolicy(Resolver, webhookOptions.AllowLoopback);
        Webhooks = new WebhookTransport(WebhookTransport.CreateHttpClient(webhookOptions, Targets), webhookOptions, Time);
        Sender = new ResilientMessageSender(
            email ?? new SmtpEmailTransport(smtp),
            Webhooks,
            smtp,
            new DeliveryRetryOptions { MaxRetries = maxRetries, BaseDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(200) },
            NullLogger<ResilientMessageSender>.Instance);
        Composer = new NotificationComposer(new NotificationOptions { BaseUrl = "https://alerts.example.org" });
        var countries = CountryCatalog.Load();
        countries.Add(new Country("XR", "Ruritania", []));
        countries.Add(new Country("XB", "Borduria", []));
        Subscriptions = new SubscriptionService(SubscriptionStore, Sender, Composer, countries, Targets, Time, NullLogger<SubscriptionService>.Instance);
    }

    /// <summary>Answers webhook host names in place of DNS; tests add names to it.</summary>
    public TestHostResolver Resolver { get; } = new();

    public WebhookTargetPolicy Targets { get; }

    public ManualTimeProvider Time { get; } = new(Start);

    public InMemorySubscriptionStore SubscriptionStore { get; } = new();

    public InMemoryDeliveryStore Deliveries { get; } = new();

    public InMemoryDigestStore Digests { get; } = new();

    public InMemoryAlertFeed Feed { get; } = new();

    public WebhookTransport Webhooks { get; }

    public ResilientMessageSender Sender { get; }

    public NotificationComposer Composer { get; }

    public SubscriptionService Subscriptions { get; }

    public NotificationService Notify(IMessageSender? sender = null) =>
        new(SubscriptionStore, Deliveries, Digests, Feed, sender ?? Sender, Composer, Time, NullLogger<NotificationService>.Instance);

    public static string TokenFrom(string text, string path)
    {
        var marker = path + "?token=";
        var start = text.IndexOf(marker, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"no {marker} link in: {text}");
        return text.Substring(start + marker.Length, 43);
    }
}
