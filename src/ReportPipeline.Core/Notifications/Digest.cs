namespace ReportPipeline.Core.Notifications;

public enum DigestState
{
    /// <summary>Recorded before the send: its alerts belong to this message. Resumed by a later run once its lease has run out.</summary>
    Open = 0,

    /// <summary>The transport accepted the message; the per-alert delivery rows may still be missing.</summary>
    Sent = 1,

    /// <summary>Sent and every alert's delivery row written: nothing left to do.</summary>
    Settled = 2,

    /// <summary>Every try of the last run failed; later runs send the same message again.</summary>
    Failed = 3,

    /// <summary>Failed <see cref="NotificationOptions.MaxAttemptsPerAlert"/> times; its alerts are recorded failed.</summary>
    Abandoned = 4,
}

/// <summary>
/// One message to one subscriber, recorded as one unit before it is sent: the alerts it carries, and how far
/// it got. A crash at any point leaves a digest that the next run finishes (sends it, or writes what was not
/// written), so no alert is lost and none is left half-recorded.
/// </summary>
public sealed record Digest
{
    /// <summary>The message key (<see cref="NotificationComposer.MessageKeyFor"/>): the same alerts always give the same key, and the same Message-ID.</summary>
    public required string Key { get; init; }

    public required string SubscriptionId { get; init; }

    public required IReadOnlyList<string> AlertIds { get; init; }

    /// <summary>The oldest <see cref="Model.Alert.CreatedAt"/> among its alerts: where a resuming run reads them from.</summary>
    public required DateTimeOffset AlertsFrom { get; init; }

    public required DigestState State { get; init; }

    /// <summary>Until when the run that opened (or resumed) it may still be sending it; no other run touches an open digest before.</summary>
    public DateTimeOffset? LeaseUntil { get; init; }

    /// <summary>Transport tries over all runs.</summary>
    public int Attempts { get; init; }

    public string? TransportId { get; init; }

    public string? Error { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public string? Version { get; init; }

    public bool Finished => State is DigestState.Settled or DigestState.Abandoned;
}

/// <summary>
/// A subscriber's digests as one run saw them: every unfinished one, and every one created since a point in
/// time. <see cref="HeadVersion"/> changes whenever a digest is opened, so opening one conditionally on it
/// means no two runs can put the same alert into two digests.
/// </summary>
public sealed record DigestLedger(string SubscriptionId, string? HeadVersion, IReadOnlyList<Digest> Digests);

/// <summary>The record of digests per subscriber (see <see cref="Digest"/>).</summary>
public interface IDigestStore
{
    /// <summary>The subscriber's unfinished digests and those created at or after <paramref name="since"/>.</summary>
    Task<DigestLedger> ReadAsync(string subscriptionId, DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a new digest in one atomic write, only if no digest was opened for the subscriber since
    /// <paramref name="ledger"/> was read. Returns it with its version, or null when another run got there first.
    /// </summary>
    Task<Digest?> TryOpenAsync(DigestLedger ledger, Digest digest, CancellationToken cancellationToken = default);

    /// <summary>Replaces a digest only if it is unchanged since it was read; null when someone else changed it.</summary>
    Task<Digest?> TryUpdateAsync(Digest digest, CancellationToken cancellationToken = default);

    /// <summary>Every digest of every subscriber (for reports such as <c>subscribers</c>).</summary>
    Task<IReadOnlyList<Digest>> ListAsync(CancellationToken cancellationToken = default);
}
