using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
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
using Xunit.Abstractions;

namespace ReportPipeline.IntegrationTests.Notifications;

/// <summary>
/// The built <c>reportpipeline notify</c> killed with SIGKILL at random instants, round after round, against a
/// real Azurite and a real SMTP server (maildev); then one run to the end. Every alert a subscriber's filters
/// match must have reached that subscriber in exactly one message (a message counted once per Message-ID: a
/// kill between the server's acceptance and our record makes the next run send the same message again, the
/// one window SMTP leaves, and the test counts and bounds those repeats), and no digest or delivery may be
/// left pending.
/// </summary>
[Collection(InProcessAzuriteCollection.Name)]
public sealed partial class NotifyKillTests(AzuriteFixture azurite, MaildevServer maildev, ITestOutputHelper output) : IClassFixture<MaildevServer>, IAsyncLifetime
{
    private const int Rounds = 10;
    private readonly string _prefix = AzuriteFixture.UniqueName();
    private ServiceProvider _services = null!;

    [GeneratedRegex("#/alert/([A-Za-z0-9-]+)")]
    private static partial Regex AlertLink();

    [GeneratedRegex("^Message-ID:\\s*(\\S+)", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex MessageIdHeader();

    public async Task InitializeAsync()
    {
        await maildev.ClearAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReportPipeline:Storage"] = azurite.ConnectionString,
            ["ReportPipeline:Tables:Prefix"] = _prefix,
            ["ReportPipeline:Smtp:Host"] = maildev.Host,
            ["ReportPipeline:Smtp:Port"] = maildev.SmtpPort.ToString(CultureInfo.InvariantCulture),
            ["ReportPipeline:Smtp:UseTls"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton(ReportPipeline.Core.Identification.CountryCatalog.Load(Path.Combine(SharedData.RepositoryRoot, "samples", "countries.tsv")));
        services.AddReportPipelineCore(configuration);
        services.AddReportPipelineStorage(configuration);
        services.AddReportPipelineTransports(configuration);
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    private ProcessStartInfo NotifyProcess()
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "reportpipeline.dll"));
        info.ArgumentList.Add("notify");
        info.Environment["ReportPipeline__Storage"] = azurite.ConnectionString;
        info.Environment["ReportPipeline__Tables__Prefix"] = _prefix;
        info.Environment["ReportPipeline__Countries"] = Path.Combine(SharedData.RepositoryRoot, "samples", "countries.tsv");
        info.Environment["ReportPipeline__Notifications__BaseUrl"] = "https://alerts.example.org";
        info.Environment["ReportPipeline__Notifications__DigestLease"] = "00:00:00.500";

        // Every alert printed in full (with its link), so the test can count each one in the mail itself.
        info.Environment["ReportPipeline__Notifications__MaxAlertsInFull"] = "1000";
        info.Environment["ReportPipeline__Smtp__Host"] = maildev.Host;
        info.Environment["ReportPipeline__Smtp__Port"] = maildev.SmtpPort.ToString(CultureInfo.InvariantCulture);
        info.Environment["ReportPipeline__Smtp__UseTls"] = "false";
        return info;
    }

    /// <returns>True when the process ran to its end before the kill.</returns>
    private async Task<bool> RunNotifyAsync(TimeSpan? killAfter)
    {
        using var process = Process.Start(NotifyProcess())!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (killAfter is { } delay)
        {
            using var early = new CancellationTokenSource(delay);
            try
            {
                await process.WaitForExitAsync(early.Token);
            }
            catch (OperationCanceledException)
            {
                // SIGKILL on Linux: no handler, no finally block, no flush runs in the tool.
                process.Kill();
                await process.WaitForExitAsync();
                return false;
            }
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        process.ExitCode.ShouldBe(0, await stdout + await stderr);
        return true;
    }

    private async Task<Subscription> ConfirmedAsync(SubscriptionRequest request)
    {
        var subscribe = Get<SubscriptionService>();
        await maildev.ClearAsync();
        var result = await subscribe.SubscribeAsync(request);
        result.ConfirmationSent.ShouldBeTrue(string.Join("; ", result.Errors));
        var text = (await maildev.WaitForEmailsAsync(1)).Single().Text;
        var token = text[(text.IndexOf("confirm?token=", StringComparison.Ordinal) + "confirm?token=".Length)..][..43];
        var confirmed = await subscribe.ConfirmAsync(token);
        confirmed.Outcome.ShouldBe(SubscriptionOutcome.Confirmed);
        return confirmed.Subscription!;
    }

    private static string AlertId(string iso2, string seed) =>
        $"{iso2}-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(seed)))[..24]}";

    private static Alert[] RoundOfAlerts(int round, DateTimeOffset at) =>
    [
        .. Enumerable.Range(0, 6).Select(i => AlertSamples.Create(AlertId("XR", $"{round}-r{i}"), at, severity: i % 2 == 0 ? AlertSeverity.High : AlertSeverity.Low)),
        .. Enumerable.Range(0, 4).Select(i => AlertSamples.Create(AlertId("AZ", $"{round}-a{i}"), at, iso2: "AZ", country: "Azerbaijan", severity: AlertSeverity.Medium)),
    ];

    [Fact]
    public async Task Notify_killed_at_random_instants_then_rerun_delivers_every_matching_alert_exactly_once_and_leaves_nothing_pending()
    {
        var everything = await ConfirmedAsync(new SubscriptionRequest { Email = "all@example.org" });
        var ruritania = await ConfirmedAsync(new SubscriptionRequest { Email = "xr@example.org", Countries = ["XR"], MinimumSeverity = "high" });
        var azerbaijan = await ConfirmedAsync(new SubscriptionRequest { Email = "az@example.org", Countries = ["AZ"] });
        await maildev.ClearAsync();
        var store = Get<IAlertStore>();
        var added = new List<Alert>();

        // Round 0 runs to the end, to learn how long a run lasts here; later rounds are killed anywhere within the
        // shortest run seen so far (startup, reading, recording, sending, settling all take their share).
        var random = new Random(Environment.TickCount);
        var clock = Stopwatch.StartNew();
        await AddAsync(0);
        await RunNotifyAsync(null);
        var shortest = clock.Elapsed;
        var kills = new List<double>();
        for (var round = 1; round <= Rounds; round++)
        {
            await AddAsync(round);
            var at = TimeSpan.FromMilliseconds(random.NextDouble() * shortest.TotalMilliseconds);
            clock.Restart();
            if (!await RunNotifyAsync(at))
            {
                kills.Add(at.TotalSeconds);
            }
            else if (clock.Elapsed < shortest)
            {
                shortest = clock.Elapsed;
            }
        }

        // Every lease has run out; one run to the end finishes whatever the killed ones left.
        await Task.Delay(TimeSpan.FromSeconds(0.6));
        await RunNotifyAsync(null);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"The shortest full run took {shortest.TotalSeconds:0.0} s; {kills.Count} of {Rounds} runs killed, at {string.Join(", ", kills.Select(k => k.ToString("0.00", CultureInfo.InvariantCulture)))} s."));

        var expected = new Dictionary<string, HashSet<string>>
        {
            ["all@example.org"] = [.. added.Where(everything.Filters.Matches).Select(a => a.Id)],
            ["xr@example.org"] = [.. added.Where(ruritania.Filters.Matches).Select(a => a.Id)],
            ["az@example.org"] = [.. added.Where(azerbaijan.Filters.Matches).Select(a => a.Id)],
        };
        expected["xr@example.org"].Count.ShouldBe((Rounds + 1) * 3);

        var emails = await maildev.GetEmailsAsync();
        var received = new Dictionary<string, List<(string MessageId, IReadOnlyList<string> Alerts)>>();
        foreach (var email in emails)
        {
            var messageId = MessageIdHeader().Match(await maildev.GetSourceAsync(email.Id)).Groups[1].Value;
            messageId.ShouldNotBeNullOrEmpty();
            var alerts = AlertLink().Matches(email.Text).Select(m => m.Groups[1].Value).ToList();
            received.TryAdd(email.To.Single(), []);
            received[email.To.Single()].Add((messageId, alerts));
        }

        var repeats = 0;
        foreach (var (address, want) in expected)
        {
            var messages = received.GetValueOrDefault(address) ?? [];
            var distinct = messages.GroupBy(m => m.MessageId, StringComparer.Ordinal).ToList();
            foreach (var same in distinct)
            {
                // A repeat is the same message again, never a different one around the same alerts.
                same.Select(m => string.Join(",", m.Alerts.Order(StringComparer.Ordinal))).Distinct().ShouldHaveSingleItem();
            }

            repeats += messages.Count - distinct.Count;
            var delivered = distinct.SelectMany(g => g.First().Alerts).ToList();
            delivered.Count.ShouldBe(delivered.Distinct().Count(), $"an alert reached {address} in two different messages");
            delivered.ShouldBe(want, ignoreOrder: true, $"{address} did not get exactly its matching alerts");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{emails.Count} messages received, {repeats} of them a repeat of a message (same Message-ID)."));
        repeats.ShouldBeLessThanOrEqualTo(kills.Count);

        (await Get<IDigestStore>().ListAsync()).Where(d => d.State != DigestState.Settled).ShouldBeEmpty();
        var rows = await Get<IDeliveryStore>().ListAsync();
        rows.Where(d => d.State != DeliveryState.Sent).ShouldBeEmpty();
        rows.Count.ShouldBe(expected.Values.Sum(v => v.Count));
        kills.Count.ShouldBeGreaterThanOrEqualTo(Rounds / 2, "most runs should have been killed for the test to mean anything");

        async Task AddAsync(int round)
        {
            var alerts = RoundOfAlerts(round, DateTimeOffset.UtcNow);
            foreach (var country in alerts.GroupBy(a => a.Iso2))
            {
                await store.AddNewAsync(country.Key, [.. country]);
            }

            added.AddRange(alerts);
        }
    }
}
