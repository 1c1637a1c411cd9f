using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Core;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Model;
using ReportPipeline.Storage;
using ReportPipeline.Testing;
using ReportPipeline.Testing.Notifications;

namespace ReportPipeline.IntegrationTests.Notifications;

/// <summary>
/// The <c>reportpipeline</c> tool as a user runs it: its own process, a real Azurite, real SMTP (maildev),
/// alerts in the Alerts table written by the comparison's store.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class NotificationCliTests(AzuriteFixture azurite, MaildevServer maildev) : IClassFixture<MaildevServer>, IAsyncLifetime
{
    private readonly string _prefix = AzuriteFixture.UniqueName();

    public Task InitializeAsync() => maildev.ClearAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [GeneratedRegex("confirm\\?token=([A-Za-z0-9_-]{43})")]
    private static partial Regex ConfirmLink();

    private sealed record CliRun(int ExitCode, string Out, string Error);

    private async Task<CliRun> RunAsync(IDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "reportpipeline.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["ReportPipeline__Storage"] = azurite.ConnectionString;
        info.Environment["ReportPipeline__Tables__Prefix"] = _prefix;
        info.Environment["ReportPipeline__Countries"] = Path.Combine(SharedData.RepositoryRoot, "samples", "countries.tsv");
        info.Environment["ReportPipeline__Notifications__BaseUrl"] = "https://alerts.example.org";
        info.Environment["ReportPipeline__Notifications__Retry__BaseDelay"] = "00:00:00.050";
        foreach (var (key, value) in environment ?? Smtp) info.Environment[key] = value;

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, await output, await error);
    }

    private Dictionary<string, string> Smtp => new()
    {
        ["ReportPipeline__Smtp__Host"] = maildev.Host,
        ["ReportPipeline__Smtp__Port"] = maildev.SmtpPort.ToString(CultureInfo.InvariantCulture),
        ["ReportPipeline__Smtp__UseTls"] = "false",
    };

    private Task<CliRun> RunAsync(params string[] args) => RunAsync(null, args);

    private async Task AddAlertsAsync(params Alert[] alerts)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReportPipeline:Storage"] = azurite.ConnectionString,
            ["ReportPipeline:Tables:Prefix"] = _prefix,
        }).Build();
        var services = new ServiceCollection();
        services.AddReportPipelineCore(configuration).AddReportPipelineStorage(configuration);
        await using var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<IAlertStore>();
        foreach (var country in alerts.GroupBy(a => a.Iso2))
        {
            (await store.AddNewAsync(country.Key, [.. country])).Added.Count.ShouldBe(country.Count());
        }
    }

    private static string AlertId(string iso2, string seed) => $"{iso2}-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(seed)))[..24]}";

    [Fact]
    public async Task Subscribe_confirm_notify_and_unsubscribe_from_the_command_line()
    {
        var subscribed = await RunAsync("subscribe", "Ana@Example.org", "--country", "Ruritania", "--min-severity", "medium");
        subscribed.ExitCode.ShouldBe(0, subscribed.Error);
        subscribed.Out.ShouldContain("ana@example.org");
        subscribed.Out.ShouldContain("waiting for confirmation");
        subscribed.Out.ShouldContain($"SMTP 127.0.0.1:{maildev.SmtpPort}");
        (await RunAsync("subscribe", "bob@example.org", "--country", "AZ")).ExitCode.ShouldBe(0);

        var confirmations = await maildev.WaitForEmailsAsync(2);
        var token = ConfirmLink().Match(confirmations.Single(e => e.To.Contains("ana@example.org")).Text).Groups[1].Value;
        var confirmed = await RunAsync("confirm", token);
        confirmed.ExitCode.ShouldBe(0, confirmed.Error);
        confirmed.Out.ShouldContain("confirmed");
        (await RunAsync("confirm", "not-a-token")).ExitCode.ShouldBe(1);
        await maildev.ClearAsync();

        var now = DateTimeOffset.UtcNow;
        await AddAlertsAsync(
            AlertSamples.Create(AlertId("XR", "a"), now),
            AlertSamples.Create(AlertId("XR", "b"), now, facet: "ratification.ilo_p29", oldValue: "Not ratified", newValue: "Ratified", severity: AlertSeverity.Medium, direction: AlertDirection.Improving),
            AlertSamples.Create(AlertId("XR", "c"), now, facet: "legal.minimum_age_work.meets", severity: AlertSeverity.Low),
            AlertSamples.Create(AlertId("AZ", "d"), now, iso2: "AZ", country: "Azerbaijan"));

        var notify = await RunAsync("notify", "--json");
        notify.ExitCode.ShouldBe(0, notify.Error);
        using (var report = JsonDocument.Parse(notify.Out))
        {
            report.RootElement.GetProperty("messagesSent").GetInt32().ShouldBe(1);
            report.RootElement.GetProperty("alertsDelivered").GetInt32().ShouldBe(2);
        }

        var digest = (await maildev.WaitForEmailsAsync(1)).ShouldHaveSingleItem();
        digest.To.ShouldBe(["ana@example.org"]);
        digest.Subject.ShouldBe("[ReportPipeline] 2 alerts: Ruritania");
        digest.Text.ShouldContain("https://alerts.example.org/#/country/XR");

        var again = await RunAsync("notify");
        again.ExitCode.ShouldBe(0, again.Error);
        again.Out.ShouldContain("0 message(s) sent");

        var listed = await RunAsync("subscribers", "--json");
        using (var list = JsonDocument.Parse(listed.Out))
        {
            var ana = list.RootElement.EnumerateArray().Single(s => s.GetProperty("subscription").GetProperty("address").GetString() == "ana@example.org");
            ana.GetProperty("subscription").GetProperty("state").GetString().ShouldBe("confirmed");
            ana.GetProperty("sent").GetInt32().ShouldBe(2);
            list.RootElement.EnumerateArray().Single(s => s.GetProperty("subscription").GetProperty("address").GetString() == "bob@example.org")
                .GetProperty("subscription").GetProperty("state").GetString().ShouldBe("pending");
        }

        (await RunAsync("unsubscribe", "ana@example.org")).Out.ShouldContain("unsubscribed");
        await AddAlertsAsync(AlertSamples.Create(AlertId("XR", "e"), DateTimeOffset.UtcNow));
        (await RunAsync("notify")).Out.ShouldContain("0 message(s) sent");
        await Task.Delay(300);
        (await maildev.GetEmailsAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Invalid_input_is_refused_with_every_problem_named()
    {
        var run = await RunAsync("subscribe", "ana@@example.org", "--country", "Atlantis", "--family", "gossip");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("email: 'ana@@example.org' is not an address");
        run.Error.ShouldContain("country: unknown country 'Atlantis'");
        run.Error.ShouldContain("family: unknown family 'gossip'");
        (await RunAsync("subscribers")).Out.ShouldContain("No subscriptions.");
    }

    [Fact]
    public async Task Without_a_public_address_the_mail_commands_say_their_links_lead_to_this_machine()
    {
        var unset = new Dictionary<string, string>(Smtp) { ["ReportPipeline__Notifications__BaseUrl"] = "", ["ReportPipeline__PublicBaseUrl"] = "" };

        var subscribed = await RunAsync(unset, "subscribe", "ines@example.org");
        var notified = await RunAsync(unset, "notify");
        var configured = await RunAsync("notify");

        subscribed.ExitCode.ShouldBe(0, subscribed.Error);
        subscribed.Error.ShouldContain("ReportPipeline__PublicBaseUrl is not set: links in messages start at http://127.0.0.1:5080");
        (await maildev.WaitForEmailsAsync(1)).ShouldHaveSingleItem().Text.ShouldContain("http://127.0.0.1:5080/api/subscriptions/confirm?token=");
        notified.ExitCode.ShouldBe(0, notified.Error);
        notified.Error.ShouldContain("ReportPipeline__PublicBaseUrl is not set");
        configured.ExitCode.ShouldBe(0, configured.Error);
        configured.Error.ShouldNotContain("PublicBaseUrl");
    }

    [Fact]
    public async Task Without_smtp_the_command_says_where_the_eml_files_are()
    {
        var folder = Directory.CreateTempSubdirectory("rp-cli-pickup-");
        try
        {
            var run = await RunAsync(new Dictionary<string, string> { ["ReportPipeline__Smtp__PickupDirectory"] = folder.FullName }, "subscribe", "ana@example.org");
            run.ExitCode.ShouldBe(0, run.Error);
            var file = folder.GetFiles("*.eml").ShouldHaveSingleItem();
            run.Out.ShouldContain($"Confirmation message: written to {file.FullName}");

            var webhook = await RunAsync("subscribe", "--webhook", "http://hooks.example.org/x");
            webhook.ExitCode.ShouldBe(2);
            webhook.Error.ShouldContain("must use https");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_webhook_confirmation_is_said_to_be_posted_and_a_held_back_confirmation_says_why()
    {
        using var receiver = new System.Net.HttpListener();
        var port = FreePort();
        receiver.Prefixes.Add($"http://127.0.0.1:{port}/");
        receiver.Start();
        var received = 0;
        var serving = Task.Run(async () =>
        {
            while (receiver.IsListening)
            {
                System.Net.HttpListenerContext context;
                try { context = await receiver.GetContextAsync(); }
                catch (System.Net.HttpListenerException) { return; }
                catch (ObjectDisposedException) { return; }
                Interlocked.Increment(ref received);
                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        });

        var loopback = new Dictionary<string, string>(Smtp) { ["ReportPipeline__Webhooks__AllowLoopback"] = "true" };
        var webhook = await RunAsync(loopback, "subscribe", "--webhook", $"http://127.0.0.1:{port}/hook");
        webhook.ExitCode.ShouldBe(0, webhook.Error);
        webhook.Out.ShouldContain($"Confirmation message: POSTed to http://127.0.0.1:{port}/hook");
        webhook.Out.ShouldNotContain("SMTP");
        Volatile.Read(ref received).ShouldBe(1);
        receiver.Stop();
        await serving;

        var first = await RunAsync("subscribe", "ana@example.org");
        first.ExitCode.ShouldBe(0, first.Error);
        (await RunAsync("unsubscribe", "ana@example.org")).ExitCode.ShouldBe(0);
        var again = await RunAsync("subscribe", "ana@example.org");
        again.ExitCode.ShouldBe(0, again.Error);
        again.Out.ShouldContain("No new confirmation message: one was sent at ");
        again.Out.ShouldContain("Use the link in it, or subscribe again after ");
        await maildev.WaitForEmailsAsync(1);
        (await maildev.GetEmailsAsync()).Count.ShouldBe(1);
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
