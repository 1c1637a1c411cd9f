namespace ReportPipeline.Web;

/// <summary>Settings under <c>ReportPipeline:Web</c>.</summary>
public sealed class WebOptions
{
    public const string Section = "ReportPipeline:Web";

    /// <summary>When set, reading (API, feeds, dashboard data) needs this key in <c>X-Api-Key</c> or <c>?key=</c>; unset means public.</summary>
    public string? ReadKey { get; set; }

    /// <summary>Reviewing alerts and listing subscribers need this key. Unset means those endpoints are closed (403), never open.</summary>
    public string? AdminKey { get; set; }

    /// <summary>Subscribe requests allowed per client address per minute (default 10).</summary>
    public int SubscribePerClientPerMinute { get; set; } = 10;

    /// <summary>Subscribe requests allowed per e-mail address per hour (default 5).</summary>
    public int SubscribePerAddressPerHour { get; set; } = 5;

    /// <summary>Entries per page of an Atom feed (default 50); older ones are on the pages its <c>next</c> links name (RFC 5005).</summary>
    public int FeedPageSize { get; set; } = 50;

    /// <summary>
    /// Addresses of the reverse proxies in front of this host (e.g. 127.0.0.1 when a local proxy or the
    /// Functions host forwards requests). X-Forwarded-For is read only from these; empty means it is never trusted.
    /// </summary>
    public IList<string> TrustedProxies { get; } = [];

    /// <summary>Largest page of alerts (default 200).</summary>
    public int MaxPageSize { get; set; } = 200;
}
