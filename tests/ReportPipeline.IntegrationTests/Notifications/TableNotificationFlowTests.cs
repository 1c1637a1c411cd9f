using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Notifications;
using ReportPipeline.Storage;
using ReportPipeline.Storage.Notifications;
using ReportPipeline.Testing;
using ReportPipeline.Testing.Notifications;

namespace ReportPipeline.IntegrationTests.Notifications;

/// <summary>The whole notify stage on real parts: tables on Azurite (subscriptions, deliveries, alerts) and SMTP to maildev.</summary>
[Collection(AzuriteCollection.Name)]
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
        }).Build();
        var services = new ServiceCollection();
        services.AddReportPipelineComparison(configuration);
        services.AddReportPipelineNotificationStores();
        services.AddReportPipelineNotifications(configuration);
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    private static Alert AlertFor(string seed) =>
        AlertSamples.Create("XR-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(seed)))[..24], DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_crash_between_send_and_record_sends_at_most_once_with_table_storage()
    {
        var subscribe = Get<SubscriptionService>();
        (await subscribe.SubscribeAsync(new SubscriptionRequest { Email = "ana@example.org" })).ConfirmationSent.ShouldBeTrue();
        var confirmation = (await maildev.WaitForEmailsAsync(1)).Single();
        var token = confirmation.Text[(confirmation.Text.IndexOf("confirm?token=", StringComparison.Ordinal) + "confirm?token=".Length)..][..43];
        (await subscribe.ConfirmAsync(token)).Outcome.ShouldBe(SubscriptionOutcome.Confirmed);
        await maildev.ClearAsync();
        var alert = AlertFor("crash");
        await Get<IAlertStore>().AddNewAsync("XR", [alert]);

        using var crash = new CancellationTokenSource();
        var crashing = new NotificationService(Get<ISubscriptionStore>(), Get<IDeliveryStore>(), Get<IAlertFeed>(), new CrashAfterSend(Get<IMessageSender>(), crash), Get<NotificationComposer>(), TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<NotificationService>.Instance);
        await Should.ThrowAsync<OperationCanceledException>(() => crashing.NotifyAsync(crash.Token));
        (await maildev.WaitForEmailsAsync(1)).Count.ShouldBe(1);

        var retry = await Get<NotificationService>().NotifyAsync();
        retry.MessagesSent.ShouldBe(0);
        retry.PendingUnknown.ShouldBe(1);
        var subscription = (await Get<ISubscriptionStore>().ListAsync()).Single();
        (await Get<IDeliveryStore>().GetAsync(alert.Id, subscription.Id))!.State.ShouldBe(DeliveryState.Pending);

        // A later alert still goes out, alone.
        var next = AlertFor("after-crash");
        await Get<IAlertStore>().AddNewAsync("XR", [next]);
        (await Get<NotificationService>().NotifyAsync()).MessagesSent.ShouldBe(1);
        var emails = await maildev.WaitForEmailsAsync(2);
        emails.Count.ShouldBe(2);
        (await Get<IDeliveryStore>().GetAsync(next.Id, subscription.Id))!.State.ShouldBe(DeliveryState.Sent);
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
