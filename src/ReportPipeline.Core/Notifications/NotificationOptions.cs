namespace ReportPipeline.Core.Notifications;

/// <summary>Settings under <c>ReportPipeline:Notifications</c>.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "ReportPipeline:Notifications";

    /// <summary>Public address of the read side (<c>serve</c> or the Functions app); links in messages start here.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary><c>serve</c>'s default address: links work only on the machine that sent them.</summary>
    public const string DefaultBaseUrl = "http://127.0.0.1:5080";

    /// <summary>Optional mailbox for <c>mailto:</c> unsubscribe requests, listed in List-Unsubscribe beside the https link.</summary>
    public string? UnsubscribeMailbox { get; set; }

    /// <summary>Shown in subjects and signatures.</summary>
    public string ProductName { get; set; } = "ReportPipeline";

    public TimeSpan DigestInterval { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan ConfirmationTokenLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How long the unsubscribe and manage link of one message works (default 365 days). Long, because people
    /// unsubscribe from old mail; every newer message carries a fresh link, so only links older than this fail.
    /// Stamped on each token when it is minted; a token minted without one (before expiry existed) counts from its creation.
    /// </summary>
    public TimeSpan ManageTokenLifetime { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Expired tokens one notify run deletes at most (default 1,000); the rest go in later runs.</summary>
    public int MaxTokenDeletionsPerRun { get; set; } = 1000;

    /// <summary>A repeated subscribe within this interval does not send another confirmation (no mail-bombing through the form).</summary>
    public TimeSpan ConfirmationResendInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Confirmation POSTs to one webhook host per hour, whatever the path (default 5): an unconfirmed URL is a stranger's claim.</summary>
    public int WebhookConfirmationsPerHostPerHour { get; set; } = 5;

    /// <summary>How far back each run looks again, for alerts written while the previous run was reading; deliveries stop duplicates.</summary>
    public TimeSpan AlertOverlap { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How long a run that opened (or resumed) a digest may take to send it before another run may send it
    /// again: longer than the slowest send with its retries (SMTP timeout 30 s, up to 4 tries with backoff).
    /// A run killed while sending leaves its digest to the first run after this.
    /// </summary>
    public TimeSpan DigestLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A digest prints at most this many alerts in full (the most severe); the rest are counted and linked to the dashboard.</summary>
    public int MaxAlertsInFull { get; set; } = 25;

    /// <summary>An email's HTML stays under this many bytes (Gmail clips a message at about 102 KB, hiding the unsubscribe link).</summary>
    public int MaxHtmlBytes { get; set; } = 100_000;

    /// <summary>A webhook POST's body stays under this many bytes; a bigger digest goes out as several pages.</summary>
    public int MaxWebhookBytes { get; set; } = 64 * 1024;

    /// <summary>Alerts one message (and its digest record) carries at most; more wait for the next run.</summary>
    public int MaxAlertsPerMessage { get; set; } = 10_000;

    /// <summary>Transport tries per alert and subscriber over all runs before it is given up.</summary>
    public int MaxAttemptsPerAlert { get; set; } = 9;

    /// <summary>Evidence longer than this is cut (with a mark) so one huge table row cannot swamp a message.</summary>
    public int MaxEvidenceLength { get; set; } = 1500;

    public Uri BaseUri
    {
        get
        {
            var text = BaseUrl.EndsWith('/') ? BaseUrl : BaseUrl + "/";
            return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                ? uri
                : throw new InvalidOperationException($"{SectionName}:BaseUrl '{BaseUrl}' is not an absolute http(s) URL.");
        }
    }

    // The routes of src/ReportPipeline.Web (serve and the HTTP functions): the dashboard's country view and the subscription API.
    public Uri TimelineUrl(string iso2) => new(BaseUri, $"#/country/{Uri.EscapeDataString(iso2)}");

    /// <summary>The dashboard's page of one alert (both years' evidence).</summary>
    public Uri AlertUrl(string alertId) => new(BaseUri, $"#/alert/{Uri.EscapeDataString(alertId)}");

    public Uri ConfirmUrl(string token) => new(BaseUri, $"api/subscriptions/confirm?token={Uri.EscapeDataString(token)}");

    /// <summary>GET confirms in a page; POST with <c>List-Unsubscribe=One-Click</c> unsubscribes at once (RFC 8058).</summary>
    public Uri UnsubscribeUrl(string token) => new(BaseUri, $"api/subscriptions/unsubscribe?token={Uri.EscapeDataString(token)}");
}
