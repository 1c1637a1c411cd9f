using MimeKit;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Testing.Notifications;

namespace ReportPipeline.Transports.Tests;

public sealed class PickupFolderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rp-pickup-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Without_smtp_messages_are_written_as_eml_files_with_their_headers()
    {
        var transport = new PickupFolderEmailTransport(_folder.FullName);
        var h = new NotificationHarness(null, transport);
        var subscribed = await h.Subscriptions.SubscribeAsync(new SubscriptionRequest { Email = "ana@example.org" });
        subscribed.Confirmation!.Location.ShouldNotBeNull().ShouldStartWith(_folder.FullName);
        var confirmation = await MimeMessage.LoadAsync(subscribed.Confirmation.Location!);
        await h.Subscriptions.ConfirmAsync(NotificationHarness.TokenFrom(confirmation.TextBody ?? string.Empty, "/subscriptions/confirm"));

        h.Time.Advance(TimeSpan.FromMinutes(1));
        h.Feed.Add(AlertSamples.Create("a1", h.Time.GetUtcNow()));
        var report = await h.Notify().NotifyAsync();

        var location = report.Subscribers.Single().Location.ShouldNotBeNull();
        Path.GetDirectoryName(location).ShouldBe(_folder.FullName);
        _folder.GetFiles("*.eml").Length.ShouldBe(2);
        _folder.GetFiles("*.tmp").ShouldBeEmpty();
        var alert = await MimeMessage.LoadAsync(location);
        alert.To.Mailboxes.Single().Address.ShouldBe("ana@example.org");
        alert.Headers["List-Unsubscribe-Post"].ShouldBe("List-Unsubscribe=One-Click");
        transport.Description.ShouldBe($"pickup folder {_folder.FullName}");
    }
}
