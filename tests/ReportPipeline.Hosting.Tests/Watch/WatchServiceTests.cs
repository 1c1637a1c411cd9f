using System.Globalization;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Hosting.Watch;
using ReportPipeline.Storage;
using ReportPipeline.Development;
using ReportPipeline.Testing;

namespace ReportPipeline.Hosting.Tests.Watch;

/// <summary>The watch loop as a hosted service on a real Azurite, mailing a real maildev.</summary>
public sealed partial class WatchServiceTests(AzuriteFixture azurite, MaildevServer maildev)
    : IClassFixture<AzuriteFixture>, IClassFixture<MaildevServer>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private readonly string _prefix = AzuriteFixture.UniqueName("w");

    [Fact]
    public async Task Blobs_uploaded_while_it_runs_are_ingested_compared_after_the_burst_and_notified_once()
    {
        await maildev.ClearAsync();
        using var host = Build(o => o.SettleDelay = TimeSpan.FromSeconds(1));
        await SubscribeAndConfirmAsync(host, "analyst@ruritania.test");
        await host.StartAsync();
        var watch = host.Services.GetRequiredService<WatchService>();

        var reports = await ReportsAsync(host);
        foreach (var year in new[] { 2022, 2023 })
        {
            await reports.GetBlobClient($"usdol/ruritania-{year}.txt").UploadAsync(Sample($"ruritania-usdol-{year}.txt"));
        }

        var digest = (await maildev.WaitForEmailsAsync(1, Bound)).ShouldHaveSingleItem();
        var alerts = await host.Services.GetRequiredService<IAlertStore>().QueryAsync(new AlertQuery("XR"));
        alerts.ShouldNotBeEmpty();
        digest.To.ShouldBe(["analyst@ruritania.test"]);
        digest.Subject.ShouldContain("Ruritania");
        foreach (var alert in alerts)
        {
            digest.Text.ShouldContain(alert.Title);
        }

        (await host.Services.GetRequiredService<ICountryDirtyFlags>().GetDirtyAsync("XR")).ShouldBeNull();
        var documents = await host.Services.GetRequiredService<IDocumentStore>().ListAsync(new DocumentQuery()).ToListAsync();
        documents.Select(d => (d.Year, d.Status)).Order().ShouldBe([(2022, DocumentStatus.Ingested), (2023, DocumentStatus.Ingested)]);

        // The same content again under another name: seen, a duplicate, and no second message.
        // The mail leaves before the round that sent it is counted as completed.
        await WaitUntilAsync(() => Task.FromResult(watch.RoundsCompleted >= 1));
        await reports.GetBlobClient("usdol/ruritania-2023-again.txt").UploadAsync(Sample("ruritania-usdol-2023.txt"));
        await WaitUntilAsync(async () => await Polled(host, "usdol/ruritania-2023-again.txt"));
        await Task.Delay(TimeSpan.FromSeconds(2));
        (await maildev.GetEmailsAsync()).Count.ShouldBe(1);

        using var stopping = new CancellationTokenSource(Bound);
        await host.StopAsync(stopping.Token);
        watch.ExecuteTask!.IsCompletedSuccessfully.ShouldBeTrue();
    }

    [Fact]
    public async Task Once_ingests_what_is_pending_compares_notifies_and_stops_and_a_second_run_sends_nothing()
    {
        await maildev.ClearAsync();
        using (var first = Build(o => o.Once = true))
        {
            await SubscribeAndConfirmAsync(first, "desk@ruritania.test");
            var reports = await ReportsAsync(first);
            await reports.GetBlobClient("2022.txt").UploadAsync(Sample("ruritania-usdol-2022.txt"));
            await reports.GetBlobClient("2023.txt").UploadAsync(Sample("ruritania-usdol-2023.txt"));
            await reports.GetBlobClient("junk.bin").UploadAsync(BinaryData.FromBytes([0, 1, 2, 3, 0xFF, 0xFE, 0, 0, 7]));

            await RunToEndAsync(first);
            var watch = first.Services.GetRequiredService<WatchService>();
            watch.RoundsCompleted.ShouldBe(1);
            watch.LastRoundFailed.ShouldBeFalse();
            watch.LastRound!.Compared.Added.ShouldBeGreaterThan(0);
            watch.LastRound.Notified.MessagesSent.ShouldBe(1);
            var failed = await first.Services.GetRequiredService<IDocumentStore>().ListAsync(new DocumentQuery(Status: DocumentStatus.Failed)).ToListAsync();
            failed.ShouldHaveSingleItem().BlobName.ShouldBe("junk.bin");
        }

        (await maildev.WaitForEmailsAsync(1, Bound)).ShouldHaveSingleItem().To.ShouldBe(["desk@ruritania.test"]);

        using (var second = Build(o => o.Once = true))
        {
            await RunToEndAsync(second);
            var watch = second.Services.GetRequiredService<WatchService>();
            watch.LastRound!.Compared.Countries.ShouldBeEmpty();
            watch.LastRound.Notified.MessagesSent.ShouldBe(0);
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        (await maildev.GetEmailsAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_storage_outage_does_not_stop_it_and_blobs_uploaded_after_it_are_ingested()
    {
        var folder = Directory.CreateTempSubdirectory("rp-watch-outage-");
        var storage = await AzuriteHost.StartAsync(new AzuriteHostOptions { Location = folder.FullName });
        try
        {
            using var host = Build(o => o.SettleDelay = TimeSpan.FromMilliseconds(200), storage.ConnectionString);
            var reports = await ReportsAsync(host);
            await reports.GetBlobClient("before.txt").UploadAsync(Sample("ruritania-usdol-2022.txt"));
            await host.StartAsync();
            var watch = host.Services.GetRequiredService<WatchService>();
            await WaitUntilAsync(() => Task.FromResult(watch.RoundsCompleted >= 1));

            await storage.StopAsync();
            await Task.Delay(TimeSpan.FromSeconds(2));
            watch.ExecuteTask!.IsCompleted.ShouldBeFalse();
            await storage.RestartAsync();

            await reports.GetBlobClient("after.txt").UploadAsync(Sample("ruritania-usdol-2023.txt"));
            await WaitUntilAsync(async () => await host.Services.GetRequiredService<IDocumentStore>().ListAsync(new DocumentQuery(Iso2: "XR")).CountAsync() == 2);
            await WaitUntilAsync(async () => (await host.Services.GetRequiredService<IAlertStore>().QueryAsync(new AlertQuery("XR"))).Count > 0);

            using var stopping = new CancellationTokenSource(Bound);
            await host.StopAsync(stopping.Token);
            watch.ExecuteTask.IsCompletedSuccessfully.ShouldBeTrue();
        }
        finally
        {
            await storage.DisposeAsync();
            folder.Delete(recursive: true);
        }
    }

    private IHost Build(Action<WatchOptions> configure, string? connectionString = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReportPipeline:Storage"] = connectionString ?? azurite.ConnectionString,
            ["ReportPipeline:Tables:Prefix"] = _prefix,
            ["ReportPipeline:Containers:Reports"] = _prefix + "-reports",
            ["ReportPipeline:Containers:Failed"] = _prefix + "-failed",
            ["ReportPipeline:Countries"] = Path.Combine(SharedData.RepositoryRoot, "samples", "countries.tsv"),
            ["ReportPipeline:Smtp:Host"] = maildev.Host,
            ["ReportPipeline:Smtp:Port"] = maildev.SmtpPort.ToString(CultureInfo.InvariantCulture),
            ["ReportPipeline:Smtp:UseTls"] = "false",
            ["ReportPipeline:PublicBaseUrl"] = "https://reports.ruritania.test",
        });
        builder.Services.AddReportPipelineWatch(builder.Configuration, builder.Configuration.ReadWatchOptions(o =>
        {
            o.PollInterval = TimeSpan.FromMilliseconds(200);
            configure(o);
        }));
        return builder.Build();
    }

    private static async Task RunToEndAsync(IHost host)
    {
        using var timeout = new CancellationTokenSource(Bound);
        // Not RunAsync: it disposes the host, and the tests read its services afterwards.
        await host.StartAsync(timeout.Token);
        await host.WaitForShutdownAsync(timeout.Token);
        timeout.IsCancellationRequested.ShouldBeFalse("--once should stop the host by itself");
    }

    private static async Task<bool> Polled(IHost host, string blobName) =>
        await host.Services.GetRequiredService<IIngestionLedger>().GetSightingAsync(blobName) is not null;

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (!await condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline);
            await Task.Delay(100);
        }
    }

    private static async Task<BlobContainerClient> ReportsAsync(IHost host)
    {
        var storage = host.Services.GetRequiredService<StorageClients>();
        return await storage.ContainerAsync(storage.Options.ReportsContainer);
    }

    private static BinaryData Sample(string name) =>
        BinaryData.FromBytes(File.ReadAllBytes(Path.Combine(SharedData.RepositoryRoot, "samples", "reports", name)));

    private async Task SubscribeAndConfirmAsync(IHost host, string email)
    {
        var subscriptions = host.Services.GetRequiredService<SubscriptionService>();
        (await subscriptions.SubscribeAsync(new SubscriptionRequest { Email = email, Countries = ["XR"] })).Succeeded.ShouldBeTrue();
        var confirmation = (await maildev.WaitForEmailsAsync(1, Bound)).Single(e => e.To.Contains(email));
        (await subscriptions.ConfirmAsync(ConfirmToken().Match(confirmation.Text).Groups[1].Value)).Succeeded.ShouldBeTrue();
        await maildev.ClearAsync();
    }

    [GeneratedRegex(@"confirm\?token=([A-Za-z0-9_\-]+)")]
    private static partial Regex ConfirmToken();
}
