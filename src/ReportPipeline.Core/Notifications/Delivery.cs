namespace ReportPipeline.Core.Notifications;

public enum DeliveryState
{
    /// <summary>Recorded before sending. Left pending by a crash, it means "may have been sent": never resent.</summary>
    Pending = 0,
    Sent = 1,

    /// <summary>Every try failed; retried by later runs until the attempts run out.</summary>
    Failed = 2,
}

/// <summary>
/// One alert's delivery to one subscription (storage key: alert id × subscription id). Several
/// alerts sent in one digest share <see cref="MessageKey"/>, the digest id. Keying by alert rather
/// than by digest is what stops an alert from going out twice when a later run composes a
/// different digest around it.
/// </summary>
public sealed record Delivery
{
    public required string AlertId { get; init; }

    public required string SubscriptionId { get; init; }

    /// <summary>The alert id for a single-alert message, or the digest id (<c>digest-…</c>).</summary>
    public required string MessageKey { get; init; }

    public required DeliveryState State { get; init; }

    /// <summary>Transport tries over all runs.</summary>
    public int Attempts { get; init; }

    public string? TransportId { get; init; }

    public string? Error { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public string? Version { get; init; }
}
