using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Notifications;

public enum SubscriptionChannel
{
    Email = 0,
    Webhook = 1,
}

public enum SubscriptionState
{
    /// <summary>Waiting for the owner to confirm; receives nothing but the confirmation message.</summary>
    Pending = 0,
    Confirmed = 1,
    Unsubscribed = 2,
}

public enum DirectionFilter
{
    Any = 0,
    WorseningOnly = 1,
}

public enum DeliveryMode
{
    EachRun = 0,
    WeeklyDigest = 1,
}

/// <summary>
/// Which alerts a subscriber wants. Empty <see cref="Countries"/> or <see cref="Families"/> means all.
/// Countries are ISO-2 codes (upper case) and families are <see cref="FacetFamilies"/> keys, already validated.
/// </summary>
public sealed record SubscriptionFilters
{
    public IReadOnlyList<string> Countries { get; init; } = [];

    public IReadOnlyList<string> Families { get; init; } = [];

    public AlertSeverity MinimumSeverity { get; init; } = AlertSeverity.Info;

    public DirectionFilter Direction { get; init; } = DirectionFilter.Any;

    public DeliveryMode Delivery { get; init; } = DeliveryMode.EachRun;

    /// <summary>
    /// The subscriber asked for Info alerts explicitly (minimum severity "info" given, not defaulted): digests
    /// print them in full. Otherwise they are counted in the digest's summary and left to the dashboard.
    /// </summary>
    public bool InfoInFull { get; init; }

    public bool Matches(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (alert.Review?.State == AlertReviewState.Dismissed) return false;
        if (Countries.Count > 0 && !Countries.Contains(alert.Iso2, StringComparer.OrdinalIgnoreCase)) return false;
        if (Families.Count > 0 && !Families.Contains(alert.Family, StringComparer.Ordinal)) return false;
        if (alert.Severity < MinimumSeverity) return false;
        return Direction != DirectionFilter.WorseningOnly || alert.Direction == AlertDirection.Worsening;
    }

    /// <summary>Same filters, ignoring list order (records compare lists by reference).</summary>
    public bool SameAs(SubscriptionFilters other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Countries.Order(StringComparer.Ordinal).SequenceEqual(other.Countries.Order(StringComparer.Ordinal))
            && Families.Order(StringComparer.Ordinal).SequenceEqual(other.Families.Order(StringComparer.Ordinal))
            && MinimumSeverity == other.MinimumSeverity
            && Direction == other.Direction
            && Delivery == other.Delivery
            && InfoInFull == other.InfoInFull;
    }

    /// <summary>One line for people: "countries XR, AZ; families enforcement; severity ≥ Medium; worsening only; weekly digest".</summary>
    public string Describe()
    {
        var countries = Countries.Count == 0 ? "all countries" : "countries " + string.Join(", ", Countries);
        var families = Families.Count == 0 ? "all families" : "families " + string.Join(", ", Families);
        var direction = Direction == DirectionFilter.WorseningOnly ? "worsening only" : "any direction";
        var delivery = Delivery == DeliveryMode.WeeklyDigest ? "weekly digest" : "each run";
        return $"{countries}; {families}; severity ≥ {MinimumSeverity}; {direction}; {delivery}{(InfoInFull ? "; Info alerts in full" : string.Empty)}";
    }
}

/// <summary>
/// One subscriber: an email address or a webhook URL with its filters. There is one subscription per
/// address (<see cref="Id"/> is derived from it), so subscribing twice updates instead of duplicating.
/// </summary>
public sealed record Subscription
{
    public required string Id { get; init; }

    public required SubscriptionChannel Channel { get; init; }

    /// <summary>Normalised email address or absolute webhook URL.</summary>
    public required string Address { get; init; }

    public required SubscriptionFilters Filters { get; init; }

    /// <summary>Filters asked for by a re-subscription of a confirmed address; applied only when that is confirmed.</summary>
    public SubscriptionFilters? PendingFilters { get; init; }

    public required SubscriptionState State { get; init; }

    /// <summary>HMAC key for webhook signatures. Shown once at creation; kept because signing needs it.</summary>
    public string? WebhookSecret { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ConfirmationSentAt { get; init; }

    public DateTimeOffset? ConfirmedAt { get; init; }

    public DateTimeOffset? UnsubscribedAt { get; init; }

    /// <summary>Alerts created before this instant have been dealt with for this subscriber (a cursor, not a promise: deliveries are the record).</summary>
    public DateTimeOffset? AlertsFrom { get; init; }

    public DateTimeOffset? LastDigestAt { get; init; }

    /// <summary>Opaque concurrency token from the store (an ETag); null for a subscription never saved.</summary>
    public string? Version { get; init; }
}
