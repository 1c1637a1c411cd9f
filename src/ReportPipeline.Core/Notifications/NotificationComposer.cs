using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Notifications;

/// <summary>
/// Turns alerts into messages: one per subscriber per run, a single alert or a digest grouped by
/// country, as plain text and HTML (email) or signed JSON (webhook). Report text is untrusted:
/// it is HTML-escaped in HTML and stripped of control characters wherever it reaches a header.
/// </summary>
public sealed class NotificationComposer(NotificationOptions options)
{
    public const string AlertsEvent = "alerts";
    public const string ConfirmationEvent = "subscription.confirmation";

    private const int MaxSubjectLength = 160;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    public NotificationOptions Options => options;

    /// <summary>The digest id of a set of alerts for one subscriber: the same set always gives the same id.</summary>
    public static string DigestKey(string subscriptionId, IEnumerable<string> alertIds)
    {
        var text = subscriptionId + "\n" + string.Join("\n", alertIds.Order(StringComparer.Ordinal));
        return "digest-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    public static string MessageKeyFor(string subscriptionId, IReadOnlyList<Alert> alerts) =>
        alerts.Count == 1 ? alerts[0].Id : DigestKey(subscriptionId, alerts.Select(a => a.Id));

    public OutboundMessage ComposeConfirmation(Subscription subscription, string confirmToken, string manageToken, bool filterChange)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var confirmUrl = options.ConfirmUrl(confirmToken);
        var unsubscribeUrl = options.UnsubscribeUrl(manageToken);
        var filters = subscription.PendingFilters ?? subscription.Filters;
        var key = "confirm-" + SecretTokens.Hash(confirmToken)[..16];
        if (subscription.Channel == SubscriptionChannel.Webhook)
        {
            var json = WriteJson(w =>
            {
                w.WriteString("event", ConfirmationEvent);
                w.WriteString("subscriptionId", subscription.Id);
                w.WriteString("confirmToken", confirmToken);
                w.WriteString("confirmUrl", confirmUrl.AbsoluteUri);
                w.WriteString("unsubscribeUrl", unsubscribeUrl.AbsoluteUri);
                w.WriteString("filters", filters.Describe());
            });
            return Webhook(subscription, key, MessageKind.Confirmation, ConfirmationEvent, json, []);
        }

        var what = filterChange ? "change your alert filters" : "receive alerts";
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Someone (we hope you) asked to {what} from {options.ProductName} at this address.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Filters: {filters.Describe()}")
            .AppendLine()
            .AppendLine("To confirm, open:")
            .AppendLine(confirmUrl.AbsoluteUri)
            .AppendLine()
            .AppendLine("If this was not you, ignore this message: nothing more will be sent. To block further requests, open:")
            .AppendLine(unsubscribeUrl.AbsoluteUri)
            .ToString();
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">")
            .Append(CultureInfo.InvariantCulture, $"<p>Someone (we hope you) asked to {E(what)} from {E(options.ProductName)} at this address.</p>")
            .Append(CultureInfo.InvariantCulture, $"<p>Filters: {E(filters.Describe())}</p>")
            .Append(CultureInfo.InvariantCulture, $"<p><a href=\"{E(confirmUrl.AbsoluteUri)}\">Confirm the subscription</a></p>")
            .Append(CultureInfo.InvariantCulture, $"<p style=\"color:#555\">If this was not you, ignore this message: nothing more will be sent. <a href=\"{E(unsubscribeUrl.AbsoluteUri)}\">Block further requests</a>.</p>")
            .Append("</body></html>")
            .ToString();
        return new EmailMessage
        {
            Key = key,
            Kind = MessageKind.Confirmation,
            SubscriptionId = subscription.Id,
            To = subscription.Address,
            Subject = HeaderText($"[{options.ProductName}] Please confirm your subscription"),
            TextBody = text,
            HtmlBody = html,
            Headers = new Dictionary<string, string> { ["Auto-Submitted"] = "auto-generated" },
        };
    }

    /// <param name="key">The recorded digest key when a message is sent again (some of its alerts may be gone); by default the key of <paramref name="alerts"/>.</param>
    public OutboundMessage ComposeAlerts(Subscription subscription, IReadOnlyList<Alert> alerts, string manageToken, DateTimeOffset now, string? key = null)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(alerts);
        if (alerts.Count == 0) throw new ArgumentException("A message needs at least one alert.", nameof(alerts));

        key ??= MessageKeyFor(subscription.Id, alerts);
        var kind = alerts.Count == 1 ? MessageKind.Alert : MessageKind.Digest;
        var ordered = Order(alerts);
        var unsubscribeUrl = options.UnsubscribeUrl(manageToken);
        var alertIds = ordered.Select(a => a.Id).ToList();

        if (subscription.Channel == SubscriptionChannel.Webhook)
        {
            return WebhookPages(subscription, key, kind, ordered, unsubscribeUrl, now)[0];
        }

        var headers = new Dictionary<string, string>
        {
            ["List-Unsubscribe"] = ListUnsubscribe(manageToken, unsubscribeUrl),
            ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
            ["Auto-Submitted"] = "auto-generated",
            ["X-ReportPipeline-Delivery"] = key,
        };
        return new EmailMessage
        {
            Key = key,
            Kind = kind,
            SubscriptionId = subscription.Id,
            AlertIds = alertIds,
            MessageIdLocalPart = StableMessageId(key, subscription.Id),
            To = subscription.Address,
            Subject = Subject(ordered),
            TextBody = Text(subscription, ordered, unsubscribeUrl),
            HtmlBody = Html(subscription, ordered, unsubscribeUrl),
            Headers = headers,
        };
    }

    /// <summary>
    /// Every message one digest goes out as: one email, or for a webhook as many POSTs as keep each body under
    /// <see cref="NotificationOptions.MaxWebhookBytes"/> (each its own id, <c>key</c> or <c>key-pN</c>, each signed).
    /// </summary>
    public IReadOnlyList<OutboundMessage> ComposeAlertMessages(Subscription subscription, IReadOnlyList<Alert> alerts, string manageToken, DateTimeOffset now, string? key = null)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(alerts);
        if (subscription.Channel != SubscriptionChannel.Webhook) return [ComposeAlerts(subscription, alerts, manageToken, now, key)];
        if (alerts.Count == 0) throw new ArgumentException("A message needs at least one alert.", nameof(alerts));
        key ??= MessageKeyFor(subscription.Id, alerts);
        return WebhookPages(subscription, key, alerts.Count == 1 ? MessageKind.Alert : MessageKind.Digest, Order(alerts), options.UnsubscribeUrl(manageToken), now);
    }

    private List<WebhookMessage> WebhookPages(Subscription subscription, string key, MessageKind kind, List<Alert> ordered, Uri unsubscribeUrl, DateTimeOffset now)
    {
        // Each alert is written once, then packed into pages by size, so no page outgrows the limit (one huge alert still travels alone).
        var written = ordered.Select(a => (Alert: a, Json: WriteJsonValue(w => WriteAlert(w, a)))).ToList();
        var summary = WriteJsonValue(w =>
        {
            w.WriteStartArray();
            foreach (var row in Summary(ordered))
            {
                w.WriteStartObject();
                w.WriteString("iso2", row.Iso2);
                w.WriteString("country", row.Country);
                foreach (var severity in Severities) w.WriteNumber(severity.ToString().ToLowerInvariant(), row.Count(severity));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });

        // The JSON is ASCII (non-ASCII is escaped), so characters are bytes; the envelope takes well under 2 KB.
        var budget = Math.Max(options.MaxWebhookBytes - 2048 - summary.Length, 1024);
        var pages = new List<List<(Alert Alert, string Json)>> { new() };
        var size = 0;
        foreach (var item in written)
        {
            if (pages[^1].Count > 0 && size + item.Json.Length + 1 > budget)
            {
                pages.Add([]);
                size = 0;
            }

            pages[^1].Add(item);
            size += item.Json.Length + 1;
        }

        return [.. pages.Select((page, index) =>
        {
            var pageKey = pages.Count == 1 ? key : string.Create(CultureInfo.InvariantCulture, $"{key}-p{index + 1}");
            var json = WriteJson(w =>
            {
                w.WriteString("event", AlertsEvent);
                w.WriteString("deliveryId", pageKey);
                w.WriteString("digestId", key);
                w.WriteNumber("page", index + 1);
                w.WriteNumber("pages", pages.Count);
                w.WriteString("subscriptionId", subscription.Id);
                w.WriteString("sentAt", now);
                w.WriteNumber("alertCount", ordered.Count);
                w.WritePropertyName("summary");
                w.WriteRawValue(summary, skipInputValidation: true);
                w.WriteStartArray("alerts");
                foreach (var item in page) w.WriteRawValue(item.Json, skipInputValidation: true);
                w.WriteEndArray();
                w.WriteString("unsubscribeUrl", unsubscribeUrl.AbsoluteUri);
            });
            return Webhook(subscription, pageKey, kind, AlertsEvent, json, [.. page.Select(p => p.Alert.Id)]);
        })];
    }

    /// <summary>
    /// The left part of the Message-ID: the same digest sent again to the same subscriber (after a crash between the
    /// server's acceptance and our record) carries the same Message-ID, so mail clients can drop the repeat.
    /// </summary>
    public static string StableMessageId(string key, string subscriptionId) => $"{key}.{subscriptionId}";

    /// <summary>Removes control characters (so report text cannot add header lines) and caps the length.</summary>
    public static string HeaderText(string value, int maxLength = MaxSubjectLength)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        var clean = string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return clean.Length <= maxLength ? clean : clean[..(maxLength - 1)] + "…";
    }

    private static List<Alert> Order(IEnumerable<Alert> alerts) =>
        alerts.OrderBy(a => a.Country, StringComparer.Ordinal)
            .ThenByDescending(a => a.Severity)
            .ThenBy(a => a.Facet, StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();

    private string Subject(List<Alert> alerts)
    {
        if (alerts.Count == 1) return HeaderText($"[{options.ProductName}] {alerts[0].Title}");
        var countries = alerts.Select(a => a.Country).Distinct(StringComparer.Ordinal).ToList();
        var named = string.Join(", ", countries.Take(3)) + (countries.Count > 3 ? $" and {countries.Count - 3} more" : string.Empty);
        return HeaderText($"[{options.ProductName}] {alerts.Count} alerts: {named}");
    }

    private string ListUnsubscribe(string manageToken, Uri unsubscribeUrl)
    {
        var https = $"<{unsubscribeUrl.AbsoluteUri}>";
        if (string.IsNullOrWhiteSpace(options.UnsubscribeMailbox)) return https;
        var mailbox = HeaderText(options.UnsubscribeMailbox).Replace(">", string.Empty, StringComparison.Ordinal);
        return $"{https}, <mailto:{mailbox}?subject=unsubscribe%20{Uri.EscapeDataString(manageToken)}>";
    }

    private static readonly AlertSeverity[] Severities = [AlertSeverity.High, AlertSeverity.Medium, AlertSeverity.Low, AlertSeverity.Info];

    private sealed record CountryCounts(string Iso2, string Country, Dictionary<AlertSeverity, int> Counts)
    {
        public int Count(AlertSeverity severity) => Counts.GetValueOrDefault(severity);
    }

    private static List<CountryCounts> Summary(IEnumerable<Alert> alerts) =>
        [.. alerts.GroupBy(a => (a.Iso2, a.Country))
            .OrderBy(g => g.Key.Country, StringComparer.Ordinal)
            .Select(g => new CountryCounts(g.Key.Iso2, g.Key.Country, g.GroupBy(a => a.Severity).ToDictionary(s => s.Key, s => s.Count())))];

    private static string Counts(IEnumerable<Alert> alerts)
    {
        var list = alerts.ToList();
        return string.Join(", ", Severities.Select(s => (s, n: list.Count(a => a.Severity == s))).Where(x => x.n > 0).Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.n} {x.s}")));
    }

    /// <summary>
    /// Which alerts a digest prints in full: the most severe first, never Info unless the subscriber asked for
    /// Info in full, at most <see cref="NotificationOptions.MaxAlertsInFull"/>; the rest are counted and linked.
    /// </summary>
    private List<Alert> InFull(Subscription subscription, List<Alert> alerts)
    {
        if (alerts.Count == 1) return alerts;
        return [.. alerts
            .Where(a => a.Severity > AlertSeverity.Info || subscription.Filters.InfoInFull)
            .OrderByDescending(a => a.Severity)
            .ThenBy(a => a.Country, StringComparer.Ordinal)
            .ThenBy(a => a.Facet, StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Take(options.MaxAlertsInFull)];
    }

    private Uri RestUrl(List<Alert> alerts) =>
        new(options.BaseUri, $"#/?since={Uri.EscapeDataString(alerts.Min(a => a.CreatedAt).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))}");

    private string Text(Subscription subscription, List<Alert> alerts, Uri unsubscribeUrl)
    {
        var text = new StringBuilder();
        var full = InFull(subscription, alerts);
        if (alerts.Count > 1)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{alerts.Count} new alerts from {options.ProductName}: {Counts(alerts)}.").AppendLine();
            text.AppendLine("Per country (high / medium / low / info):");
            foreach (var row in Summary(alerts))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {row.Country} ({row.Iso2}): {row.Count(AlertSeverity.High)} / {row.Count(AlertSeverity.Medium)} / {row.Count(AlertSeverity.Low)} / {row.Count(AlertSeverity.Info)}");
            }

            text.AppendLine();
            if (full.Count < alerts.Count)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"The {full.Count} most severe in full below; all {alerts.Count} on the dashboard: {RestUrl(alerts).AbsoluteUri}").AppendLine();
            }
        }

        foreach (var alert in full)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"* {alert.Title}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  {FacetLabels.Of(alert.Facet)}: {Value(alert.OldValue)} → {Value(alert.NewValue)} ({alert.FromYear} → {alert.ToYear})");
            text.AppendLine(CultureInfo.InvariantCulture, $"  Severity: {alert.Severity}, {DirectionWord(alert.Direction)}");
            if (alert.EffectiveDate is { } effective) text.AppendLine(CultureInfo.InvariantCulture, $"  Takes effect: {effective}");
            AppendTextEvidence(text, "Before", alert.OldEvidence);
            AppendTextEvidence(text, "After", alert.NewEvidence);
            text.AppendLine(CultureInfo.InvariantCulture, $"  Alert: {options.AlertUrl(alert.Id).AbsoluteUri}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  Timeline: {options.TimelineUrl(alert.Iso2).AbsoluteUri}").AppendLine();
        }

        text.AppendLine("--")
            .AppendLine(CultureInfo.InvariantCulture, $"You receive this because {subscription.Address} subscribed with: {subscription.Filters.Describe()}.")
            .AppendLine("To change filters, subscribe again with the new ones; you will be asked to confirm the change.")
            .AppendLine(CultureInfo.InvariantCulture, $"Unsubscribe: {unsubscribeUrl.AbsoluteUri}");
        return text.ToString();
    }

    private void AppendTextEvidence(StringBuilder text, string label, AlertEvidence? evidence)
    {
        if (evidence is null) return;
        text.AppendLine(CultureInfo.InvariantCulture, $"  {label}: {Source(evidence)}");
        foreach (var line in Cut(evidence.Text).Split('\n'))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    > {line.TrimEnd('\r')}");
        }
    }

    private string Html(Subscription subscription, List<Alert> alerts, Uri unsubscribeUrl)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif;max-width:44em\">");
        var full = InFull(subscription, alerts);
        if (alerts.Count > 1)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><b>{alerts.Count} new alerts</b> from {E(options.ProductName)}: {E(Counts(alerts))}.</p>");
            html.Append("<table style=\"border-collapse:collapse;font-size:smaller\"><tr><th style=\"text-align:left\">Country</th><th>High</th><th>Medium</th><th>Low</th><th>Info</th></tr>");
            foreach (var row in Summary(alerts))
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"{E(options.TimelineUrl(row.Iso2).AbsoluteUri)}\">{E(row.Country)}</a></td>");
                foreach (var severity in Severities) html.Append(CultureInfo.InvariantCulture, $"<td style=\"text-align:right;padding:0 .6em\">{row.Count(severity)}</td>");
                html.Append("</tr>");
            }

            html.Append("</table>");
            if (full.Count < alerts.Count)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p>The {full.Count} most severe in full below. <a href=\"{E(RestUrl(alerts).AbsoluteUri)}\">All {alerts.Count} alerts on the dashboard</a>.</p>");
            }
        }

        // The byte budget keeps the message under what mail clients show unclipped (Gmail clips at about 102 KB), footer included.
        var budget = options.MaxHtmlBytes - 2048;
        var shown = 0;
        foreach (var alert in full)
        {
            var block = new StringBuilder()
                .Append("<div style=\"margin-bottom:1.5em\">")
                .Append(CultureInfo.InvariantCulture, $"<h3 style=\"margin-bottom:0.2em\">{E(alert.Title)}</h3>")
                .Append(CultureInfo.InvariantCulture, $"<p style=\"margin-top:0\">{E(FacetLabels.Of(alert.Facet))}: <b>{E(Value(alert.OldValue))}</b> → <b>{E(Value(alert.NewValue))}</b> ({alert.FromYear} → {alert.ToYear})<br>")
                .Append(CultureInfo.InvariantCulture, $"Severity: {E(alert.Severity.ToString())}, {E(DirectionWord(alert.Direction))}");
            if (alert.EffectiveDate is { } effective) block.Append(CultureInfo.InvariantCulture, $"<br>Takes effect: {E(effective)}");
            block.Append("</p>");
            AppendHtmlEvidence(block, "Before", alert.OldEvidence);
            AppendHtmlEvidence(block, "After", alert.NewEvidence);
            block.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{E(options.AlertUrl(alert.Id).AbsoluteUri)}\">This alert</a> · <a href=\"{E(options.TimelineUrl(alert.Iso2).AbsoluteUri)}\">{E(alert.Country)} timeline</a></p></div>");
            if (shown > 0 && Encoding.UTF8.GetByteCount(html.ToString()) + Encoding.UTF8.GetByteCount(block.ToString()) > budget)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p>{full.Count - shown} more in the <a href=\"{E(RestUrl(alerts).AbsoluteUri)}\">dashboard</a>.</p>");
                break;
            }

            html.Append(block);
            shown++;
        }

        html.Append("<hr><p style=\"color:#555;font-size:smaller\">")
            .Append(CultureInfo.InvariantCulture, $"You receive this because {E(subscription.Address)} subscribed with: {E(subscription.Filters.Describe())}.<br>")
            .Append("To change filters, subscribe again with the new ones; you will be asked to confirm the change.<br>")
            .Append(CultureInfo.InvariantCulture, $"<a href=\"{E(unsubscribeUrl.AbsoluteUri)}\">Unsubscribe</a></p>")
            .Append("</body></html>");
        return html.ToString();
    }

    private void AppendHtmlEvidence(StringBuilder html, string label, AlertEvidence? evidence)
    {
        if (evidence is null) return;
        html.Append(CultureInfo.InvariantCulture, $"<p style=\"margin-bottom:0.2em\">{E(label)}: {E(Source(evidence))}</p>")
            .Append(CultureInfo.InvariantCulture, $"<blockquote style=\"margin-top:0;border-left:3px solid #ccc;padding-left:0.8em;white-space:pre-wrap\">{E(Cut(evidence.Text))}</blockquote>");
    }

    /// <summary>What a reader needs to find the passage: which publication, which year, which page (no storage ids).</summary>
    private static string Source(AlertEvidence evidence)
    {
        var source = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{SourceName(evidence.Source)} {evidence.Year}");
        if (evidence.Page is { } page) source.Append(CultureInfo.InvariantCulture, $", page {page}");
        return source.ToString();
    }

    public static string SourceName(string source) => source switch
    {
        Sources.UsdolFindings => "USDOL Findings on the Worst Forms of Child Labor",
        Sources.UsdolDataset => "USDOL Findings data set",
        Sources.IloAnnualReview => "ILO annual review",
        Sources.WebPage => "web page",
        _ => source,
    };

    private string Cut(string text) =>
        text.Length <= options.MaxEvidenceLength ? text : text[..options.MaxEvidenceLength] + " […]";

    private static string Value(string? value) => string.IsNullOrEmpty(value) ? "(none)" : value;

    private static string DirectionWord(AlertDirection direction) => direction switch
    {
        AlertDirection.Worsening => "worsening",
        AlertDirection.Improving => "improving",
        _ => "neutral",
    };

    private static string E(string value) => WebUtility.HtmlEncode(value);

    private void WriteAlert(Utf8JsonWriter w, Alert alert)
    {
        w.WriteStartObject();
        w.WriteString("id", alert.Id);
        w.WriteString("iso2", alert.Iso2);
        w.WriteString("country", alert.Country);
        w.WriteString("facet", alert.Facet);
        w.WriteString("family", alert.Family);
        w.WriteString("kind", alert.Kind);
        w.WriteNumber("fromYear", alert.FromYear);
        w.WriteNumber("toYear", alert.ToYear);
        w.WriteString("oldValue", alert.OldValue);
        w.WriteString("newValue", alert.NewValue);
        w.WriteString("direction", alert.Direction.ToString().ToLowerInvariant());
        w.WriteString("severity", alert.Severity.ToString().ToLowerInvariant());
        w.WriteString("title", alert.Title);
        w.WriteString("effectiveDate", alert.EffectiveDate);
        WriteEvidence(w, "oldEvidence", alert.OldEvidence);
        WriteEvidence(w, "newEvidence", alert.NewEvidence);
        w.WriteString("createdAt", alert.CreatedAt);
        w.WriteString("alertUrl", options.AlertUrl(alert.Id).AbsoluteUri);
        w.WriteString("timelineUrl", options.TimelineUrl(alert.Iso2).AbsoluteUri);
        w.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter w, string name, AlertEvidence? evidence)
    {
        if (evidence is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("documentId", evidence.DocumentId);
        w.WriteString("source", evidence.Source);
        w.WriteNumber("year", evidence.Year);
        w.WriteString("text", evidence.Text);
        if (evidence.Page is { } page) w.WriteNumber("page", page); else w.WriteNull("page");
        w.WriteString("blobName", evidence.BlobName);
        w.WriteEndObject();
    }

    private static string WriteJsonValue(Action<Utf8JsonWriter> value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            value(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string WriteJson(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static WebhookMessage Webhook(Subscription subscription, string key, MessageKind kind, string eventType, string json, IReadOnlyList<string> alertIds) => new()
    {
        Key = key,
        Kind = kind,
        SubscriptionId = subscription.Id,
        AlertIds = alertIds,
        Url = new Uri(subscription.Address),
        EventType = eventType,
        JsonBody = json,
        Secret = subscription.WebhookSecret ?? throw new InvalidOperationException($"Webhook subscription {subscription.Id} has no secret."),
    };
}
