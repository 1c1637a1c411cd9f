using System.Text.Json;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Testing.Notifications;

namespace ReportPipeline.Core.Tests.Notifications;

public class NotificationComposerTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly NotificationOptions Options = new() { BaseUrl = "https://alerts.example.org/rp", UnsubscribeMailbox = "unsubscribe@example.org" };
    private readonly NotificationComposer _composer = new(Options);

    private static Subscription Subscriber(SubscriptionChannel channel = SubscriptionChannel.Email, string address = "ana@example.org") => new()
    {
        Id = SubscriptionIds.For(channel, address),
        Channel = channel,
        Address = address,
        Filters = new SubscriptionFilters { Countries = ["XR"] },
        State = SubscriptionState.Confirmed,
        CreatedAt = At,
        WebhookSecret = channel == SubscriptionChannel.Webhook ? "whsec_test" : null,
    };

    [Fact]
    public void Single_alert_has_title_values_severity_quoted_evidence_and_timeline()
    {
        var alert = AlertSamples.Create("alert-1", At);
        var email = (EmailMessage)_composer.ComposeAlerts(Subscriber(), [alert], SecretTokens.NewToken(), At);

        email.Kind.ShouldBe(MessageKind.Alert);
        email.Key.ShouldBe("alert-1");
        email.Subject.ShouldBe("[ReportPipeline] " + alert.Title);
        email.TextBody.ShouldContain("unannounced labor inspections permitted: Yes → No (2023 → 2024)");
        email.TextBody.ShouldContain("Severity: High, worsening");
        email.TextBody.ShouldContain("Before: USDOL Findings on the Worst Forms of Child Labor 2023, page 6");
        email.TextBody.ShouldContain("    > Unannounced Inspections Permitted Yes");
        email.TextBody.ShouldContain("After: USDOL Findings on the Worst Forms of Child Labor 2024, page 7");
        email.TextBody.ShouldContain("Timeline: https://alerts.example.org/rp/#/country/XR");
        email.HtmlBody.ShouldContain("href=\"https://alerts.example.org/rp/#/country/XR\"");
        email.HtmlBody.ShouldContain("<blockquote");
    }

    [Fact]
    public void Alert_mail_carries_one_click_unsubscribe_headers()
    {
        var token = SecretTokens.NewToken();
        var email = (EmailMessage)_composer.ComposeAlerts(Subscriber(), [AlertSamples.Create("a", At)], token, At);
        email.Headers["List-Unsubscribe"].ShouldBe($"<https://alerts.example.org/rp/api/subscriptions/unsubscribe?token={token}>, <mailto:unsubscribe@example.org?subject=unsubscribe%20{token}>");
        email.Headers["List-Unsubscribe-Post"].ShouldBe("List-Unsubscribe=One-Click");
        email.TextBody.ShouldContain($"Unsubscribe: https://alerts.example.org/rp/api/subscriptions/unsubscribe?token={token}");
    }

    [Fact]
    public void Report_text_is_escaped_in_html()
    {
        var alert = AlertSamples.Create(
            "alert-x",
            At,
            title: "Ruritania: <script>alert('x')</script> & \"friends\"",
            newEvidenceText: "Inspections <b>suspended</b> until 2026 & beyond <img src=x onerror=alert(1)>");
        var email = (EmailMessage)_composer.ComposeAlerts(Subscriber(), [alert], SecretTokens.NewToken(), At);

        email.HtmlBody.ShouldNotContain("<script>");
        email.HtmlBody.ShouldNotContain("<img");
        email.HtmlBody.ShouldNotContain("<b>suspended");
        email.HtmlBody.ShouldContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot;");
        email.HtmlBody.ShouldContain("Inspections &lt;b&gt;suspended&lt;/b&gt; until 2026 &amp; beyond &lt;img src=x onerror=alert(1)&gt;");
        // Plain text keeps the words verbatim.
        email.TextBody.ShouldContain("> Inspections <b>suspended</b> until 2026 & beyond");
    }

    [Fact]
    public void Report_text_cannot_inject_headers_through_the_subject()
    {
        var alert = AlertSamples.Create("alert-y", At, title: "Ruritania: change\r\nBcc: victim@example.org\r\n\r\nbody");
        var email = (EmailMessage)_composer.ComposeAlerts(Subscriber(), [alert], SecretTokens.NewToken(), At);
        email.Subject.ShouldNotContain("\r");
        email.Subject.ShouldNotContain("\n");
        email.Subject.ShouldBe("[ReportPipeline] Ruritania: change Bcc: victim@example.org body");
    }

    [Fact]
    public void Digest_summarises_by_country_and_prints_the_most_severe_first_in_one_message()
    {
        var alerts = new[]
        {
            AlertSamples.Create("xr-1", At, facet: "legal.minimum_age_work.meets", severity: AlertSeverity.Medium),
            AlertSamples.Create("xb-1", At, iso2: "XB", country: "Borduria"),
            AlertSamples.Create("xr-2", At, facet: "ratification.ilo_p29", oldValue: "Not ratified", newValue: "Ratified", direction: AlertDirection.Improving),
        };
        var email = (EmailMessage)_composer.ComposeAlerts(Subscriber(), alerts, SecretTokens.NewToken(), At);

        email.Kind.ShouldBe(MessageKind.Digest);
        email.Key.ShouldStartWith("digest-");
        email.Subject.ShouldBe("[ReportPipeline] 3 alerts: Borduria, Ruritania");
        email.AlertIds.ShouldBe(["xb-1", "xr-2", "xr-1"]);
        var text = email.TextBody;
        text.IndexOf("  Borduria (XB): 1 / 0 / 0 / 0", StringComparison.Ordinal).ShouldBeLessThan(text.IndexOf("  Ruritania (XR): 1 / 1 / 0 / 0", StringComparison.Ordinal));
        text.IndexOf("* " + alerts[1].Title, StringComparison.Ordinal).ShouldBeLessThan(text.IndexOf("* " + alerts[0].Title, StringComparison.Ordinal));
        email.HtmlBody.ShouldContain(">Borduria</a></td>");
        email.HtmlBody.ShouldContain(">Ruritania</a></td>");
    }

    [Fact]
    public void Digest_key_depends_on_the_set_not_the_order()
    {
        NotificationComposer.DigestKey("sub-1", ["b", "a"]).ShouldBe(NotificationComposer.DigestKey("sub-1", ["a", "b"]));
        NotificationComposer.DigestKey("sub-1", ["a", "b"]).ShouldNotBe(NotificationComposer.DigestKey("sub-2", ["a", "b"]));
        NotificationComposer.DigestKey("sub-1", ["a", "b"]).ShouldNotBe(NotificationComposer.DigestKey("sub-1", ["a", "b", "c"]));
    }

    [Fact]
    public void Long_evidence_is_cut_with_a_mark()
    {
        var composer = new NotificationComposer(new NotificationOptions { MaxEvidenceLength = 20 });
        var alert = AlertSamples.Create("a", At, newEvidenceText: new string('z', 100));
        var email = (EmailMessage)composer.ComposeAlerts(Subscriber(), [alert], SecretTokens.NewToken(), At);
        email.TextBody.ShouldContain("> " + new string('z', 20) + " […]");
        email.TextBody.ShouldNotContain(new string('z', 21));
    }

    [Fact]
    public void Webhook_payload_is_json_with_every_alert()
    {
        var subscriber = Subscriber(SubscriptionChannel.Webhook, "https://hooks.example.org/rp");
        var alerts = new[] { AlertSamples.Create("a1", At), AlertSamples.Create("a2", At, iso2: "XB", country: "Borduria", title: "Borduria: </script>\"quoted\"") };
        var message = (WebhookMessage)_composer.ComposeAlerts(subscriber, alerts, SecretTokens.NewToken(), At);

        message.Url.ShouldBe(new Uri("https://hooks.example.org/rp"));
        message.EventType.ShouldBe("alerts");
        message.Secret.ShouldBe("whsec_test");
        using var json = JsonDocument.Parse(message.JsonBody);
        json.RootElement.GetProperty("event").GetString().ShouldBe("alerts");
        json.RootElement.GetProperty("deliveryId").GetString().ShouldBe(message.Key);
        var items = json.RootElement.GetProperty("alerts").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("id").GetString()).ShouldBe(["a2", "a1"]);
        items[0].GetProperty("title").GetString().ShouldBe("Borduria: </script>\"quoted\"");
        items[1].GetProperty("newEvidence").GetProperty("text").GetString().ShouldBe("Unannounced Inspections Permitted No");
        items[1].GetProperty("severity").GetString().ShouldBe("high");
        items[1].GetProperty("timelineUrl").GetString().ShouldBe("https://alerts.example.org/rp/#/country/XR");
    }

    [Fact]
    public void Confirmation_mail_has_the_confirm_link_and_no_unsubscribe_list_headers()
    {
        var confirm = SecretTokens.NewToken();
        var email = (EmailMessage)_composer.ComposeConfirmation(Subscriber() with { State = SubscriptionState.Pending }, confirm, SecretTokens.NewToken(), filterChange: false);
        email.Kind.ShouldBe(MessageKind.Confirmation);
        email.TextBody.ShouldContain($"https://alerts.example.org/rp/api/subscriptions/confirm?token={confirm}");
        email.TextBody.ShouldContain("Filters: countries XR; all families; severity ≥ Info; any direction; each run");
        email.Headers.ShouldNotContainKey("List-Unsubscribe");
    }
}
