using System.Text;
using System.Text.Json;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Testing.Notifications;

namespace ReportPipeline.Core.Tests.Notifications;

/// <summary>What a reader of a big digest sees first, what is printed in full, and that it stays small.</summary>
public class DigestLayoutTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static Subscription Subscriber(SubscriptionChannel channel = SubscriptionChannel.Email, bool infoInFull = false) => new()
    {
        Id = SubscriptionIds.For(channel, channel == SubscriptionChannel.Webhook ? "https://hooks.example.org/rp" : "ana@example.org"),
        Channel = channel,
        Address = channel == SubscriptionChannel.Webhook ? "https://hooks.example.org/rp" : "ana@example.org",
        Filters = new SubscriptionFilters { InfoInFull = infoInFull },
        State = SubscriptionState.Confirmed,
        CreatedAt = At,
        WebhookSecret = channel == SubscriptionChannel.Webhook ? "whsec_dGVzdHNlY3JldHRlc3RzZWNyZXQ=" : null,
    };

    private static List<Alert> Mixed()
    {
        var alerts = new List<Alert>();
        for (var i = 0; i < 3; i++) alerts.Add(AlertSamples.Create($"xr-high-{i}", At, title: $"Ruritania high {i}"));
        for (var i = 0; i < 10; i++) alerts.Add(AlertSamples.Create($"xb-low-{i}", At, iso2: "XB", country: "Borduria", severity: AlertSeverity.Low, title: $"Borduria low {i}"));
        for (var i = 0; i < 4; i++) alerts.Add(AlertSamples.Create($"xr-info-{i}", At, oldValue: "Unknown", severity: AlertSeverity.Info, direction: AlertDirection.Neutral, title: $"Ruritania info {i}"));
        return alerts;
    }

    [Fact]
    public void A_digest_opens_with_counts_per_country_and_severity_then_the_most_severe_in_full_and_a_link_to_the_rest()
    {
        var composer = new NotificationComposer(new NotificationOptions { BaseUrl = "https://alerts.example.org", MaxAlertsInFull = 5 });
        var email = (EmailMessage)composer.ComposeAlerts(Subscriber(), Mixed(), SecretTokens.NewToken(), At);

        email.AlertIds.Count.ShouldBe(17);
        email.TextBody.ShouldStartWith("17 new alerts from ReportPipeline: 3 High, 10 Low, 4 Info.");
        email.TextBody.ShouldContain("  Borduria (XB): 0 / 0 / 10 / 0");
        email.TextBody.ShouldContain("  Ruritania (XR): 3 / 0 / 0 / 4");
        email.TextBody.ShouldContain("The 5 most severe in full below; all 17 on the dashboard: https://alerts.example.org/#/?since=2026-03-01T08");
        email.HtmlBody.ShouldContain("<td><a href=\"https://alerts.example.org/#/country/XB\">Borduria</a></td><td style=\"text-align:right;padding:0 .6em\">0</td>");
        foreach (var i in new[] { 0, 1, 2 }) email.HtmlBody.ShouldContain($"Ruritania high {i}");
        email.HtmlBody.ShouldContain("Borduria low 0");
        email.HtmlBody.ShouldContain("Borduria low 1");
        email.HtmlBody.ShouldNotContain("Borduria low 2");
        email.HtmlBody.ShouldNotContain("Ruritania info");
        email.TextBody.IndexOf("Ruritania high 0", StringComparison.Ordinal).ShouldBeLessThan(email.TextBody.IndexOf("Borduria low 0", StringComparison.Ordinal));
    }

    [Fact]
    public void Info_alerts_are_printed_in_full_only_for_a_subscriber_who_asked_for_them()
    {
        var composer = new NotificationComposer(new NotificationOptions { BaseUrl = "https://alerts.example.org" });
        var summarised = (EmailMessage)composer.ComposeAlerts(Subscriber(), Mixed(), SecretTokens.NewToken(), At);
        summarised.TextBody.ShouldNotContain("Ruritania info 0");
        summarised.TextBody.ShouldContain("The 13 most severe in full below; all 17 on the dashboard");

        var asked = (EmailMessage)composer.ComposeAlerts(Subscriber(infoInFull: true), Mixed(), SecretTokens.NewToken(), At);
        asked.TextBody.ShouldContain("Ruritania info 0");
        asked.TextBody.ShouldNotContain("most severe in full below");
    }

    [Fact]
    public void Evidence_names_the_publication_year_and_page_never_a_storage_id()
    {
        var email = (EmailMessage)new NotificationComposer(new NotificationOptions()).ComposeAlerts(Subscriber(), [AlertSamples.Create("a", At)], SecretTokens.NewToken(), At);
        email.TextBody.ShouldContain("Before: USDOL Findings on the Worst Forms of Child Labor 2023, page 6");
        email.TextBody.ShouldContain("After: USDOL Findings on the Worst Forms of Child Labor 2024, page 7");
        email.TextBody.ShouldNotContain("doc-xr-2023");
        email.HtmlBody.ShouldNotContain("doc-xr-2024");
    }

    [Fact]
    public void Thousands_of_alerts_with_long_evidence_stay_under_the_html_limit_with_the_unsubscribe_link()
    {
        var long1 = string.Join(' ', Enumerable.Repeat("Ruritanian inspectors visited the glassworks of the northern valley.", 40));
        var alerts = Enumerable.Range(0, 3000).Select(i => AlertSamples.Create(
            $"a{i}", At, iso2: i % 2 == 0 ? "XR" : "XB", country: i % 2 == 0 ? "Ruritania" : "Borduria", severity: (AlertSeverity)(i % 4), newEvidenceText: long1)).ToList();
        var token = SecretTokens.NewToken();
        var email = (EmailMessage)new NotificationComposer(new NotificationOptions { MaxAlertsInFull = 500 }).ComposeAlerts(Subscriber(), alerts, token, At);

        Encoding.UTF8.GetByteCount(email.HtmlBody).ShouldBeLessThan(100_000);
        email.HtmlBody.ShouldContain($"unsubscribe?token={token}");
        email.HtmlBody.ShouldContain("more in the <a href=");
        email.AlertIds.Count.ShouldBe(3000);
    }

    [Fact]
    public void A_big_webhook_digest_goes_out_in_pages_of_bounded_size_each_with_its_own_id()
    {
        var text = string.Join(' ', Enumerable.Repeat("Borduria reported its factory inspections again.", 30));
        var alerts = Enumerable.Range(0, 400).Select(i => AlertSamples.Create($"w{i:000}", At, newEvidenceText: text)).ToList();
        var composer = new NotificationComposer(new NotificationOptions());

        var pages = composer.ComposeAlertMessages(Subscriber(SubscriptionChannel.Webhook), alerts, SecretTokens.NewToken(), At).Cast<WebhookMessage>().ToList();

        pages.Count.ShouldBeGreaterThan(1);
        pages.ShouldAllBe(p => Encoding.UTF8.GetByteCount(p.JsonBody) <= 64 * 1024);
        pages.Select(p => p.Key).Distinct().Count().ShouldBe(pages.Count);
        pages.SelectMany(p => p.AlertIds).ShouldBe(alerts.Select(a => a.Id), ignoreOrder: true);
        for (var i = 0; i < pages.Count; i++)
        {
            using var json = JsonDocument.Parse(pages[i].JsonBody);
            json.RootElement.GetProperty("page").GetInt32().ShouldBe(i + 1);
            json.RootElement.GetProperty("pages").GetInt32().ShouldBe(pages.Count);
            json.RootElement.GetProperty("deliveryId").GetString().ShouldBe(pages[i].Key);
            json.RootElement.GetProperty("alertCount").GetInt32().ShouldBe(400);
            json.RootElement.GetProperty("alerts").GetArrayLength().ShouldBe(pages[i].AlertIds.Count);
        }

        composer.ComposeAlertMessages(Subscriber(SubscriptionChannel.Webhook), alerts.Take(3).ToList(), SecretTokens.NewToken(), At).ShouldHaveSingleItem();
    }
}
