using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Core;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Datasets;
using ReportPipeline.Core.Identification;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Transports;
using ReportPipeline.Storage;
using ReportPipeline.Storage.Subscriptions;
using ReportPipeline.Testing;
using Xunit.Abstractions;

namespace ReportPipeline.IntegrationTests.Notifications;

/// <summary>
/// The digest a subscriber to everything gets after the full XML back-fill (the seven yearly exports of
/// ../shared): alerts raised by the real comparison, stored on Azurite, sent by SMTP to maildev.
/// </summary>
[Collection(InProcessAzuriteCollection.Name)]
public sealed partial class BackfillDigestTests(AzuriteFixture azurite, MaildevServer maildev, ITestOutputHelper output) : IClassFixture<MaildevServer>
{
    [GeneratedRegex("^Content-Type: text/html", RegexOptions.Multiline)]
    private static partial Regex HtmlPart();

    [SharedDataFact]
    public async Task The_digest_of_the_full_xml_backfill_stays_under_100_kb_of_html_with_a_summary_and_the_unsubscribe_link()
    {
        await maildev.ClearAsync();
        var alerts = await BackfillAlertsAsync();
        alerts.Count.ShouldBeGreaterThan(500, "the back-fill should raise hundreds of alerts");

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReportPipeline:Storage"] = azurite.ConnectionString,
            ["ReportPipeline:Tables:Prefix"] = AzuriteFixture.UniqueName(),
            ["ReportPipeline:Smtp:Host"] = maildev.Host,
            ["ReportPipeline:Smtp:Port"] = maildev.SmtpPort.ToString(CultureInfo.InvariantCulture),
            ["ReportPipeline:Smtp:UseTls"] = "false",
            ["ReportPipeline:Notifications:BaseUrl"] = "https://alerts.example.org",
        }).Build();
        var services = new ServiceCollection();
        services.AddReportPipelineCore(configuration);
        services.AddReportPipelineStorage(configuration);
        services.AddReportPipelineTransports(configuration);
        await using var provider = services.BuildServiceProvider();
        var subscribe = provider.GetRequiredService<SubscriptionService>();
        (await subscribe.SubscribeAsync(new SubscriptionRequest { Email = "analyst@example.org" })).ConfirmationSent.ShouldBeTrue();
        var confirmation = (await maildev.WaitForEmailsAsync(1)).Single().Text;
        var token = confirmation[(confirmation.IndexOf("confirm?token=", StringComparison.Ordinal) + "confirm?token=".Length)..][..43];
        (await subscribe.ConfirmAsync(token)).Outcome.ShouldBe(SubscriptionOutcome.Confirmed);
        await maildev.ClearAsync();

        var now = DateTimeOffset.UtcNow;
        var store = provider.GetRequiredService<IAlertStore>();
        foreach (var country in alerts.GroupBy(a => a.Iso2))
        {
            await store.AddNewAsync(country.Key, [.. country.Select(a => a with { CreatedAt = now })]);
        }

        var report = await provider.GetRequiredService<NotificationService>().NotifyAsync();
        report.MessagesSent.ShouldBe(1);
        report.AlertsDelivered.ShouldBe(alerts.Count);

        var email = (await maildev.WaitForEmailsAsync(1)).ShouldHaveSingleItem();
        var htmlBytes = Encoding.UTF8.GetByteCount(email.Html);
        var source = await maildev.GetSourceAsync(email.Id);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{alerts.Count} alerts from {alerts.Select(a => a.Iso2).Distinct().Count()} countries; HTML {htmlBytes:N0} bytes; whole message {source.Length:N0} bytes; subject: {email.Subject}"));
        htmlBytes.ShouldBeLessThan(100_000);
        HtmlPart().IsMatch(source).ShouldBeTrue();
        email.Html.ShouldContain($"{alerts.Count} new alerts");
        email.Html.ShouldContain("All " + alerts.Count.ToString(CultureInfo.InvariantCulture) + " alerts on the dashboard");
        email.Html.ShouldContain("api/subscriptions/unsubscribe?token=");
        foreach (var country in alerts.Select(a => a.Country).Distinct())
        {
            email.Html.ShouldContain(System.Net.WebUtility.HtmlEncode(country) + "</a></td>");
        }

        // No storage ids: every document id is a 64-hex sha256 or a key built from one.
        Regex.IsMatch(email.Html, "[0-9a-f]{64}").ShouldBeFalse();
    }

    /// <summary>The comparison of every country over the seven exports, as `compare` raises it after ingesting them.</summary>
    private static async Task<List<Alert>> BackfillAlertsAsync()
    {
        var reader = new UsdolDatasetReader(CountryCatalog.Default);
        var documents = new List<(string Iso2, string Country, CountryDocument Document)>();
        foreach (var file in Directory.GetFiles(Path.Combine(SharedData.Corpus, "xml"), "countries_*.xml").Order(StringComparer.Ordinal))
        {
            await using var stream = File.OpenRead(file);
            foreach (var entry in await reader.ReadAsync(stream, Path.GetFileName(file)))
            {
                if (entry.Result.Document is not { Iso2: { } iso2, Year: { } year } info) continue;
                documents.Add((iso2, info.Country ?? iso2, new CountryDocument(info.Sha256, info.Source, year, entry.Result.Facts, entry.Result.Statements, Path.GetFileName(file))));
            }
        }

        var detector = new ChangeDetector();
        var at = DateTimeOffset.UtcNow;
        return [.. documents.GroupBy(d => d.Iso2).SelectMany(g => detector.Detect(StatusBuilder.Build(new CountryHistory(g.Key, g.First().Country, [.. g.Select(d => d.Document)])), at))];
    }
}
