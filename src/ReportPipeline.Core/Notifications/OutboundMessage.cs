namespace ReportPipeline.Core.Notifications;

public enum MessageKind
{
    Confirmation = 0,
    Alert = 1,
    Digest = 2,
}

/// <summary>A composed message, ready for a transport. <see cref="Key"/> is the alert or digest id.</summary>
public abstract record OutboundMessage
{
    public required string Key { get; init; }

    public required MessageKind Kind { get; init; }

    public required string SubscriptionId { get; init; }

    public IReadOnlyList<string> AlertIds { get; init; } = [];
}

public sealed record EmailMessage : OutboundMessage
{
    public required string To { get; init; }

    /// <summary>When set, the Message-ID is this at the sender's domain (stable across resends); otherwise a fresh one.</summary>
    public string? MessageIdLocalPart { get; init; }

    /// <summary>Already free of control characters (report text reaches it).</summary>
    public required string Subject { get; init; }

    public required string TextBody { get; init; }

    public required string HtmlBody { get; init; }

    /// <summary>Extra headers such as List-Unsubscribe; values free of control characters.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}

public sealed record WebhookMessage : OutboundMessage
{
    public required Uri Url { get; init; }

    /// <summary><c>alerts</c> or <c>subscription.confirmation</c>.</summary>
    public required string EventType { get; init; }

    public required string JsonBody { get; init; }

    /// <summary>The HMAC-SHA256 key; the signature covers <see cref="JsonBody"/> exactly as sent.</summary>
    public required string Secret { get; init; }
}
