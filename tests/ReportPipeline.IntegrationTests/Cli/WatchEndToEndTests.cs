using System.Globalization;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Core;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Storage;
using ReportPipeline.Testing;

namespace ReportPipeline.IntegrationTests.Cli;

/// <summary>
/// Issue 8's end-to-end test: the built tool's `watch` as a user runs it, on a real Azurite, mailing a
/// real maildev; a confirmed subscriber gets one digest for two years of reports, and a restart sends nothing more.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class WatchEndToEndTests(AzuriteFixture azurite, MaildevServer maildev) : IClassFixture<MaildevServer>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    private readonly string _prefix = AzuriteFixture.UniqueName("e");

    private Dictionary<string, string> Environment => new()
    {
        ["ReportPipeline__Storage"] = azurite.ConnectionString,
        ["ReportPipeline__Tables__Prefix"] = _prefix,
        ["ReportPipeline__Containers__Reports"] = _prefix + "-reports",
        ["ReportPipeline__Containers__Failed"] = _prefix + "-failed",
        ["ReportPipeline__Countries"] = Path.Combine(SharedData.RepositoryRoot, "samples", "countries.tsv"),
        ["ReportPipeline__Smtp__Host"] = maildev.Host,
        ["ReportPipeline__Smtp__Port"] = maildev.SmtpPort.ToString(CultureInfo.InvariantCulture),
        ["ReportPipeline__Smtp__UseTls"] = "false",
        ["ReportPipeline__PublicBaseUrl"] = "https://reports.ruritania.test",
    };

    [Fact]
    public async Task Two_years_uploaded_while_watch_runs_reach_the_subscriber_as_one_digest_and_a_restart_sends_nothing()
    {
        await maildev.ClearAsync();
        await SubscribeAndConfirmAsync("analyst@ruritania.test");

        string[] watch = ["watch", "--poll-interval", "500ms", "--settle", "2s"];
        using (var first = CliProcess.Start(watch, Environment, interruptible: true))
        {
            await first.WaitForOutputAsync("Watching container", Bound);
            var reports = new BlobContainerClient(azurite.ConnectionString, _prefix + "-reports");
            await reports.CreateIfNotExistsAsync();
            foreach (var year in new[] { 2022, 2023 })
            {
                await reports.GetBlobClient($"usdol/ruritania-{year}.txt").UploadAsync(Path.Combine(SharedData.RepositoryRoot, "samples", "reports", $"ruritania-usdol-{year}.txt"));
            }

            var digest = (await maildev.WaitForEmailsAsync(1, Bound)).ShouldHaveSingleItem();
            await first.WaitForOutputAsync("Comparison round (after ingest) done", Bound);

            var alerts = await StoredAlertsAsync();
            alerts.Count.ShouldBeGreaterThanOrEqualTo(3);
            digest.To.ShouldBe(["analyst@ruritania.test"]);
            digest.Subject.ShouldContain("Ruritania");
            foreach (var alert in alerts)
            {
                digest.Text.ShouldContain(alert.Title);
            }

            // What the samples change from 2022 to 2023 (samples/reports, docs/extraction.md, "Sample reports").
            alerts.ShouldContain(a => a.Facet == "assessment.level" && a.OldValue == "Moderate Advancement" && a.NewValue == "Minimal Advancement");
            alerts.ShouldContain(a => a.Facet == "enforcement.labor.unannounced_inspections_permitted" && a.OldValue == "Yes" && a.NewValue == "No");

            first.Interrupt();
            (await first.WaitAsync(Bound)).ShouldBe(0, first.Stderr);
            first.Stdout.ShouldContain("Watch stopped");
        }

        // Restarted with a schedule every 2 s: a poll finds nothing new, scheduled rounds compare and notify nothing.
        using (var second = CliProcess.Start([.. watch, "--compare-schedule", "*/2 * * * * *"], Environment, interruptible: true))
        {
            await second.WaitForOutputAsync("Comparison round (schedule) done", Bound, times: 2);
            second.Stdout.ShouldNotContain("new blobs");
            second.Stdout.ShouldContain("0 messages sent");
            second.Interrupt();
            (await second.WaitAsync(Bound)).ShouldBe(0, second.Stderr);
        }

        (await maildev.GetEmailsAsync()).Count.ShouldBe(1);
    }

    private async Task SubscribeAndConfirmAsync(string email)
    {
        var subscribed = await CliProcess.RunAsync(["subscribe", email, "--country", "XR"], Environment);
        subscribed.ExitCode.ShouldBe(0, subscribed.Stderr);
        var confirmation = (await maildev.WaitForEmailsAsync(1, Bound)).Single(e => e.To.Contains(email));
        var confirmed = await CliProcess.RunAsync(["confirm", ConfirmToken().Match(confirmation.Text).Groups[1].Value], Environment);
        confirmed.ExitCode.ShouldBe(0, confirmed.Stderr);
        await maildev.ClearAsync();
    }

    private async Task<IReadOnlyList<Core.Model.Alert>> StoredAlertsAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReportPipeline:Storage"] = azurite.ConnectionString,
            ["ReportPipeline:Tables:Prefix"] = _prefix,
        }).Build();
        await using var services = new ServiceCollection().AddReportPipelineCore(configuration).AddReportPipelineStorage(configuration).BuildServiceProvider();
        return await services.GetRequiredService<IAlertStore>().QueryAsync(new AlertQuery("XR"));
    }

    [GeneratedRegex(@"confirm\?token=([A-Za-z0-9_\-]+)")]
    private static partial Regex ConfirmToken();
}
