using System.Reflection;
using System.Text.RegularExpressions;
using Azure.Storage.Queues;
using Microsoft.Azure.Functions.Worker;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Hosting;
using ReportPipeline.Storage;
using ReportPipeline.Testing;

namespace ReportPipeline.Functions.Tests;

public sealed partial class CompareFunctionsTests(AzuriteFixture azurite, MaildevServer maildev)
    : IClassFixture<AzuriteFixture>, IClassFixture<MaildevServer>
{
    [Fact]
    public async Task Two_years_of_reports_then_the_timer_send_each_subscriber_one_digest_and_a_second_run_sends_nothing()
    {
        await maildev.ClearAsync();
        await using var harness = new FunctionsHarness(azurite, new Dictionary<string, string?>
        {
            ["ReportPipeline:Smtp:Host"] = maildev.Host,
            ["ReportPipeline:Smtp:Port"] = maildev.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ReportPipeline:Smtp:UseTls"] = "false",
            ["ReportPipeline:Smtp:From"] = "ReportPipeline <alerts@ruritania.test>",
            ["ReportPipeline:PublicBaseUrl"] = "https://reports.ruritania.test",
        });
        await DrainAsync(PipelineNames.CompareQueue);
        await DrainAsync(PipelineNames.NotifyQueue);
        await SubscribeAndConfirmAsync(harness, "analyst@ruritania.test");
        await SubscribeAndConfirmAsync(harness, "desk@ruritania.test");
        await maildev.ClearAsync();

        foreach (var sample in new[] { "ruritania-usdol-2022.txt", "ruritania-usdol-2023.txt" })
        {
            (await harness.Function<IngestReport>().Run(await harness.UploadSampleAsync(sample), CancellationToken.None))!.Kind
                .ShouldBe(Core.Ingestion.IngestOutcomeKind.Ingested);
        }

        var started = await harness.Function<CompareCountries>().Run(new TimerInfo(), CancellationToken.None);
        started.Countries.ShouldBe(["XR"]);

        // The runtime delivers each compare message to CompareCountry; the last one queues the notification.
        var compares = await DrainAsync(PipelineNames.CompareQueue);
        compares.Count.ShouldBe(1);
        var compared = await harness.Function<CompareCountry>().Run(CompareRuns.Decode<CompareCountryMessage>(compares[0]), CancellationToken.None);
        compared.Added.ShouldNotBeEmpty();
        (await harness.Get<ICountryDirtyFlags>().GetDirtyAsync("XR")).ShouldBeNull();

        var notifications = await DrainAsync(PipelineNames.NotifyQueue);
        notifications.Count.ShouldBe(1);
        var notified = await harness.Function<NotifySubscribers>().Run(CompareRuns.Decode<NotifyMessage>(notifications[0]), CancellationToken.None);
        notified.MessagesSent.ShouldBe(2);

        var emails = await maildev.WaitForEmailsAsync(2, TimeSpan.FromSeconds(30));
        emails.Count.ShouldBe(2);
        emails.SelectMany(e => e.To).Order().ShouldBe(["analyst@ruritania.test", "desk@ruritania.test"]);
        foreach (var email in emails)
        {
            email.Subject.ShouldContain("Ruritania");
            foreach (var alert in compared.Added)
            {
                email.Text.ShouldContain(alert.Title);
            }
        }

        // Nothing new: the next scheduled run compares nothing and its notification sends nothing.
        var second = await harness.Function<CompareCountries>().Run(new TimerInfo(), CancellationToken.None);
        second.Countries.ShouldBeEmpty();
        second.NotifyQueued.ShouldBeTrue();
        var secondNotify = await DrainAsync(PipelineNames.NotifyQueue);
        (await harness.Function<NotifySubscribers>().Run(CompareRuns.Decode<NotifyMessage>(secondNotify.Single()), CancellationToken.None)).MessagesSent.ShouldBe(0);
        await Task.Delay(TimeSpan.FromSeconds(1));
        (await maildev.GetEmailsAsync()).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_country_that_fails_every_retry_still_lets_its_run_notify()
    {
        await using var harness = new FunctionsHarness(azurite);
        await DrainAsync(PipelineNames.CompareQueue);
        await DrainAsync(PipelineNames.NotifyQueue);
        var runs = harness.Get<CompareRuns>();
        var started = await runs.StartAsync(["XR", "ZZ"]);
        var messages = (await DrainAsync(PipelineNames.CompareQueue)).Select(CompareRuns.Decode<CompareCountryMessage>).ToList();

        await harness.Function<CompareCountry>().Run(messages.Single(m => m.Iso2 == "XR"), CancellationToken.None);
        (await DrainAsync(PipelineNames.NotifyQueue)).ShouldBeEmpty();
        // The runtime moved ZZ's message to the poison queue after its last retry.
        await harness.Function<CompareCountryGaveUp>().Run(messages.Single(m => m.Iso2 == "ZZ"), CancellationToken.None);

        (await DrainAsync(PipelineNames.NotifyQueue)).Select(CompareRuns.Decode<NotifyMessage>).ShouldBe([new NotifyMessage(started.RunId)]);
        (await runs.StatesAsync(started.RunId))["ZZ"].ShouldBe("failed");
    }

    private async Task SubscribeAndConfirmAsync(FunctionsHarness harness, string email)
    {
        var subscriptions = harness.Get<SubscriptionService>();
        (await subscriptions.SubscribeAsync(new SubscriptionRequest { Email = email, Countries = ["XR"] })).Succeeded.ShouldBeTrue();
        var confirmation = (await maildev.WaitForEmailsAsync(1, TimeSpan.FromSeconds(30))).Single(e => e.To.Contains(email));
        var token = ConfirmToken().Match(confirmation.Text).Groups[1].Value;
        (await subscriptions.ConfirmAsync(token)).Succeeded.ShouldBeTrue();
        await maildev.ClearAsync();
    }

    private async Task<List<string>> DrainAsync(string queue)
    {
        var client = new QueueClient(azurite.ConnectionString, queue);
        await client.CreateIfNotExistsAsync();
        var texts = new List<string>();
        while ((await client.ReceiveMessagesAsync(32)).Value is { Length: > 0 } batch)
        {
            foreach (var message in batch)
            {
                texts.Add(message.MessageText);
                await client.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }

        return texts;
    }

    [GeneratedRegex(@"confirm\?token=([A-Za-z0-9_\-]+)")]
    private static partial Regex ConfirmToken();
}
