using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Core;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Transports;
using ReportPipeline.Storage;
using ReportPipeline.Storage.Subscriptions;
using ReportPipeline.Testing;
using ReportPipeline.Testing.Notifications;

namespace ReportPipeline.IntegrationTests.Notifications;

/// <summary>The whole notify stage on real parts: tables on Azurite (subscriptions, deliveries, alerts) and SMTP to maildev.</summary>
[Collection(InProcessAzuriteCollection.Name)]
public sealed class TableNotificationFlowTests(AzuriteFixture azurite, MaildevServer maildev) : IClassFixture<MaildevServer>, IAsyncLifetime
{
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        await maildev.ClearAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReportPipeline:Storage"] = azurite.ConnectionString,
            ["ReportPipeline:Tables:Prefix"] = AzuriteFixture.UniqueName(),
            ["ReportPipeline:Smtp:Host"] = maildev.Host,
            ["ReportPipeline:Smtp:Port"] = maildev.SmtpPort.ToString(CultureInfo.InvariantCulture),
            ["ReportPipeline:Smtp:UseTls"] = "false",
            ["ReportPipeline:Notifications:Retry:BaseDelay"] = "00:00:00.020",
            // Long enough that no run on a loaded machine outlives it while sending (four runs at once read the real
            // clock; a 1 s lease ran out mid-send under CI's parallel test runs, and a second run repeated the digest);
            // the crash test moves its own clock past it.
            ["ReportPipeline:Notifications:DigestLease"] = "00:01:00",
        }).Build();
        var services = new ServiceCollection();
        services.AddReportPipelineCore(configuration);
        services.AddReportPipelineStorage(configuration);
        services.AddReportPipelineTransports(configuration);
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    private static Alert AlertFor(string seed) =>
        AlertSamples.Create("XR-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(seed)))[..24], DateTimeOffset.UtcNow);

    private async Task<Subscription> ConfirmedAsync(string email)
    {
        var subscribe = Get<SubscriptionService>();
        await maildev.ClearAsync();
        (await subscribe.SubscribeAsync(new SubscriptionRequest { Email = email })).ConfirmationSent.ShouldBeTrue();
        var confirmation = (await maildev.WaitForEmailsAsync(1)).Single();
        var token = confirmation.Text[(confirmation.Text.IndexOf("confirm?token=", StringComparison.Ordinal) + "confirm?token=".Length)..][..43];
        var confirmed = await subscribe.ConfirmAsync(token);
        confirmed.Outcome.ShouldBe(SubscriptionOutcome.Confirmed);
        await maildev.ClearAsync();
        return confirmed.Subscription!;
    }

    private async Task<string> MessageIdAsync(MaildevEmail email)
    {
        var source = await maildev.GetSourceAsync(email.Id);
        return source.Split('\n').First(l => l.StartsWith("Message-ID:", StringComparison.OrdinalIgnoreCase)).Trim();
    }

    [Fact]
    public async Task A_crash_between_send_and_record_repeats_the_digest_once_as_the_same_message_and_leaves_nothing_pending()
    {
        var subscription = await ConfirmedAsync("ana@example.org");
        var alert = AlertFor("crash");
        await Get<IAlertStore>().AddNewAsync("XR", [alert]);

        // The lease is read on a clock the test moves, so "within the lease" and "after it" do not depend on
        // how fast a loaded machine gets through the steps between.
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        NotificationService Notifier(IMessageSender sender) => new(Get<ISubscriptionStore>(), Get<IDeliveryStore>(), Get<IDigestStore>(), Get<IAlertFeed>(), sender, Get<NotificationComposer>(), clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<NotificationService>.Instance);
        using var crash = new CancellationTokenSource();
        await Should.ThrowAsync<OperationCanceledException>(() => Notifier(new CrashAfterSend(Get<IMessageSender>(), crash)).NotifyAsync(crash.Token));
        (await maildev.WaitForEmailsAsync(1)).Count.ShouldBe(1);
        (await Get<IDigestStore>().ListAsync()).Single().State.ShouldBe(DigestState.Open);

        // Within the lease the crashed run could still be alive: the digest is left alone.
        clock.Advance(TimeSpan.FromSeconds(30));
        (await Notifier(Get<IMessageSender>()).NotifyAsync()).HeldByOtherRun.ShouldBe(1);
        clock.Advance(TimeSpan.FromSeconds(31));
        var retry = await Notifier(Get<IMessageSender>()).NotifyAsync();
        retry.MessagesSent.ShouldBe(1);
        retry.Subscribers.Single().ResumedMessages.ShouldBe(1);
        var emails = await maildev.WaitForEmailsAsync(2);
        emails.Count.ShouldBe(2);
        (await MessageIdAsync(emails[0])).ShouldBe(await MessageIdAsync(emails[1]));
        (await Get<IDigestStore>().ListAsync()).Single().State.ShouldBe(DigestState.Settled);
        var row = (await Get<IDeliveryStore>().GetAsync(alert.Id, subscription.Id)).ShouldNotBeNull();
        row.State.ShouldBe(DeliveryState.Sent);

        // A later alert goes out alone.
        var next = AlertFor("after-crash");
        await Get<IAlertStore>().AddNewAsync("XR", [next]);
        (await Get<NotificationService>().NotifyAsync()).MessagesSent.ShouldBe(1);
        (await maildev.WaitForEmailsAsync(3)).Count.ShouldBe(3);
        (await Get<IDeliveryStore>().ListAsync()).ShouldAllBe(d => d.State == DeliveryState.Sent);
    }

    [Fact]
    public async Task Four_runs_at_once_send_each_alert_once()
    {
        await ConfirmedAsync("ana@example.org");
        await ConfirmedAsync("bob@example.org");
        var alerts = Enumerable.Range(0, 30).Select(i => AlertFor("together-" + i.ToString(CultureInfo.InvariantCulture))).ToArray();
        await Get<IAlertStore>().AddNewAsync("XR", alerts);

        var reports = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Get<NotificationService>().NotifyAsync())));

        reports.Sum(r => r.AlertsDelivered).ShouldBe(60);
        var emails = await maildev.WaitForEmailsAsync(2);
        await Task.Delay(300);
        emails = await maildev.GetEmailsAsync();
        emails.Select(e => e.To.Single()).ShouldBe(["ana@example.org", "bob@example.org"], ignoreOrder: true);
        (await Get<IDigestStore>().ListAsync()).ShouldAllBe(d => d.State == DigestState.Settled);
    }

    private sealed class CrashAfterSend(IMessageSender inner, CancellationTokenSource crash) : IMessageSender
    {
        public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken = default)
        {
            var result = await inner.SendAsync(message, cancellationToken);
            result.Succeeded.ShouldBeTrue(result.Error);
            await crash.CancelAsync();
            crash.Token.ThrowIfCancellationRequested();
            return result;
        }
    }
}
