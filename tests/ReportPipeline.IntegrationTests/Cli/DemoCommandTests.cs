using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using ReportPipeline.Core;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Identification;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Notifications;
using ReportPipeline.IntegrationTests.Ingestion;
using ReportPipeline.Storage;
using ReportPipeline.Storage.Subscriptions;
using ReportPipeline.Testing;

namespace ReportPipeline.IntegrationTests.Cli;

/// <summary>
/// <c>reportpipeline demo</c> as a user runs it, from a copy of the built tool in a folder of its
/// own (no repository, no ../shared beside it), against real Azurite; mail to a pickup folder or
/// to real SMTP (maildev).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DemoCommandTests(AzuriteFixture azurite, MaildevServer maildev) : IClassFixture<MaildevServer>, IDisposable
{
    private const string Subscriber = "demo@example.org";

    private static readonly string Samples = Path.Combine(SharedData.RepositoryRoot, "samples");

    private readonly string _folder = Directory.CreateTempSubdirectory("rp-demo-").FullName;

    private static readonly string[] ChangingFacets =
    [
        "assessment.level",
        "enforcement.labor.unannounced_inspections_permitted",
        "ratification.ilo_c138",
        "legal.minimum_age_hazardous_work.age",
    ];

    [Fact]
    public async Task Demo_ingests_the_samples_mails_their_alerts_once_and_a_second_run_adds_and_sends_nothing()
    {
        var tool = CopyTool();
        var pickup = Path.Combine(_folder, "pickup");
        await using var harness = new IngestionHarness(azurite.ConnectionString);
        var environment = Environment(harness, new() { ["ReportPipeline__Smtp__Host"] = "", ["ReportPipeline__Smtp__PickupDirectory"] = pickup });

        var first = await CliProcess.RunAsync(["demo", "--storage", azurite.ConnectionString], environment, _folder, tool);

        first.ExitCode.ShouldBe(0, first.Stdout + first.Stderr);
        var files = SampleFiles();
        first.Stdout.ShouldContain($"{files.Count} ingested.");
        foreach (var file in files)
        {
            first.Stdout.ShouldContain($"ingested     demo/{file}");
        }

        first.Stdout.ShouldContain($"Subscriber: {Subscriber}, all countries");
        first.Stdout.ShouldContain("confirmed directly because this is a demo");
        var expected = await ExpectedChangesAsync();
        expected.Count.ShouldBeGreaterThanOrEqualTo(4);
        foreach (var change in expected)
        {
            AlertRow(change).IsMatch(first.Stdout).ShouldBeTrue($"no row for {change} in:\n{first.Stdout}");
        }

        var alerts = await StoredAlertsAsync(harness);
        alerts.Count.ShouldBeGreaterThanOrEqualTo(expected.Count);
        first.Stdout.ShouldContain($"{alerts.Count} alerts ({alerts.Count} new in this run)");
        var mail = Directory.GetFiles(pickup, "*.eml").ShouldHaveSingleItem();
        first.Stdout.ShouldContain($"Email: 1 message with {alerts.Count} alerts sent to {Subscriber} → {mail}");
        first.Stdout.ShouldContain($"The emails are .eml files in {pickup}");
        var message = await MimeMessage.LoadAsync(mail);
        message.To.Mailboxes.Select(m => m.Address).ShouldBe([Subscriber]);
        foreach (var change in expected)
        {
            (message.TextBody ?? string.Empty).ShouldContain(change.New);
        }

        var ingested = await harness.DumpAsync();
        var deliveries = await DeliveriesAsync(harness);
        deliveries.Count.ShouldBe(alerts.Count);
        deliveries.ShouldAllBe(d => d.State == DeliveryState.Sent);

        var second = await CliProcess.RunAsync(["demo", "--storage", azurite.ConnectionString], environment, _folder, tool);

        second.ExitCode.ShouldBe(0, second.Stdout + second.Stderr);
        second.Stdout.ShouldContain($"{files.Count} duplicate.");
        second.Stdout.ShouldContain("confirmed by an earlier demo run");
        second.Stdout.ShouldContain($"{alerts.Count} alerts (0 new in this run)");
        second.Stdout.ShouldContain($"Email: nothing new to send; {Subscriber} already received these alerts ({alerts.Count} alerts in 1 message(s)");
        foreach (var change in expected)
        {
            AlertRow(change).IsMatch(second.Stdout).ShouldBeTrue($"no row for {change} in:\n{second.Stdout}");
        }

        Directory.GetFiles(pickup, "*.eml").ShouldBe([mail]);
        IngestionHarness.Differences(ingested, await harness.DumpAsync()).ShouldBeEmpty();
        (await StoredAlertsAsync(harness)).Select(a => a.Id).Order().ShouldBe(alerts.Select(a => a.Id).Order());
        (await DeliveriesAsync(harness)).Count.ShouldBe(deliveries.Count);
        (await SubscriptionsAsync(harness)).ShouldHaveSingleItem().Address.ShouldBe(Subscriber);
    }

    [Fact]
    public async Task With_smtp_configured_the_demo_mails_through_it_and_names_maildevs_web_page()
    {
        var tool = CopyTool();
        await using var harness = new IngestionHarness(azurite.ConnectionString);
        await maildev.ClearAsync();
        var environment = Environment(harness, new()
        {
            ["ReportPipeline__Smtp__Host"] = maildev.Host,
            ["ReportPipeline__Smtp__Port"] = maildev.SmtpPort.ToString(CultureInfo.InvariantCulture),
            ["ReportPipeline__Smtp__UseTls"] = "false",
        });
        var web = string.Create(CultureInfo.InvariantCulture, $"http://{maildev.Host}:{maildev.WebPort}");

        var run = await CliProcess.RunAsync(["demo", "--storage", azurite.ConnectionString, "--mail-web", web], environment, _folder, tool);

        run.ExitCode.ShouldBe(0, run.Stdout + run.Stderr);
        run.Stdout.ShouldContain(string.Create(CultureInfo.InvariantCulture, $"The emails went through SMTP {maildev.Host}:{maildev.SmtpPort}"));
        run.Stdout.ShouldContain($"maildev is running: read them at {web}");
        var email = (await maildev.WaitForEmailsAsync(1)).ShouldHaveSingleItem();
        email.To.ShouldBe([Subscriber]);
        email.Text.ShouldContain((await ExpectedChangesAsync())[0].New);
        Directory.Exists(Path.Combine(_folder, "mail-pickup")).ShouldBeFalse();
    }

    /// <summary>One year-over-year change the samples' own text makes, read with the extractor.</summary>
    private sealed record Change(string Facet, string Old, string New, int FromYear, int ToYear);

    /// <summary>What the bundled USDOL chapters change from one year to the next, read from their text.</summary>
    private static async Task<List<Change>> ExpectedChangesAsync()
    {
        var extractor = ReportExtractor.CreateDefault(CountryCatalog.Load(Path.Combine(Samples, "countries.tsv")));
        var years = new SortedDictionary<int, Dictionary<string, string>>();
        foreach (var file in Directory.GetFiles(Path.Combine(Samples, "reports"), "ruritania-usdol-*.txt"))
        {
            await using var stream = File.OpenRead(file);
            var result = await extractor.ExtractAsync(stream, Path.GetFileName(file));
            years[result.Document!.Year!.Value] = result.Facts.GroupBy(f => f.Facet).ToDictionary(g => g.Key, g => g.First().Value);
        }

        var changes = new List<Change>();
        foreach (var (from, to) in years.Zip(years.Skip(1)))
        {
            foreach (var facet in ChangingFacets)
            {
                if (from.Value.TryGetValue(facet, out var old) && to.Value.TryGetValue(facet, out var now) && old != now)
                {
                    changes.Add(new Change(facet, old, now, from.Key, to.Key));
                }
            }
        }

        return changes;
    }

    /// <summary>The row of the alerts table for <paramref name="change"/>: country, facet, old → new, severity, direction, years.</summary>
    private static Regex AlertRow(Change change) => new(
        $@"XR\s*│\s*{Regex.Escape(change.Facet)}\s*│\s*{Regex.Escape($"{change.Old} → {change.New}")}\s*│\s*(info|low|medium|high)\s*│\s*(improving|worsening|neutral)\s*│\s*{change.FromYear} → {change.ToYear}\s*│");

    private static List<string> SampleFiles() =>
        [.. new[] { "reports", "export" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(Samples, folder), "*", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(Samples, f).Replace('\\', '/'))];

    private static Dictionary<string, string> Environment(IngestionHarness harness, Dictionary<string, string> mail)
    {
        var environment = new Dictionary<string, string>
        {
            ["ReportPipeline__Containers__Reports"] = harness.Clients.Options.ReportsContainer,
            ["ReportPipeline__Containers__Failed"] = harness.Clients.Options.FailedContainer,
            ["ReportPipeline__Tables__Prefix"] = harness.Clients.Options.TablePrefix,
            // Nothing may lead the tool to the real reports: it must not need them.
            ["REPORTPIPELINE_SHARED"] = "",
            ["ReportPipeline__Countries"] = "",
        };
        foreach (var (key, value) in mail)
        {
            environment[key] = value;
        }

        return environment;
    }

    /// <summary>The built tool copied into a folder of its own, with no repository or ../shared around it.</summary>
    private string CopyTool()
    {
        var source = Path.GetDirectoryName(CliProcess.ToolPath)!;
        var target = Path.Combine(_folder, "tool");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        Directory.Exists(Path.Combine(_folder, "..", "shared")).ShouldBeFalse();
        return Path.Combine(target, "reportpipeline.dll");
    }

    private static ServiceProvider Stores(IngestionHarness harness)
    {
        var services = new ServiceCollection();
        services.AddReportPipelineCore(harness.Configuration);
        services.AddReportPipelineStorage(harness.Configuration);
        return services.BuildServiceProvider();
    }

    private static async Task<IReadOnlyList<Alert>> StoredAlertsAsync(IngestionHarness harness)
    {
        await using var stores = Stores(harness);
        return await stores.GetRequiredService<IAlertStore>().QueryAsync(new AlertQuery(Iso2: "XR"));
    }

    private static async Task<IReadOnlyList<Delivery>> DeliveriesAsync(IngestionHarness harness)
    {
        await using var stores = Stores(harness);
        return await stores.GetRequiredService<IDeliveryStore>().ListAsync();
    }

    private static async Task<IReadOnlyList<Subscription>> SubscriptionsAsync(IngestionHarness harness)
    {
        await using var stores = Stores(harness);
        return await stores.GetRequiredService<ISubscriptionStore>().ListAsync();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
