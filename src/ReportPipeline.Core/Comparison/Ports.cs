using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Comparison;

/// <summary>Reads what is stored about one country: every document with its facts and statements.</summary>
public interface ICountryHistoryReader
{
    /// <summary>The country's documents across all years; null when nothing is stored for it.</summary>
    Task<CountryHistory?> ReadAsync(string iso2, CancellationToken cancellationToken = default);
}

/// <summary>A country marked for comparison, with the version of the mark (an ETag) so that a mark set again meanwhile is not cleared.</summary>
public sealed record DirtyMark(string Iso2, string Version);

/// <summary>Which countries have new documents since they were last compared. Ingest sets the mark; comparison clears it.</summary>
public interface ICountryDirtyFlags
{
    /// <summary>Every country with stored documents.</summary>
    Task<IReadOnlyList<string>> ListCountriesAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DirtyMark>> ListDirtyAsync(CancellationToken cancellationToken = default);

    /// <summary>The country's mark, or null when it is not dirty.</summary>
    Task<DirtyMark?> GetDirtyAsync(string iso2, CancellationToken cancellationToken = default);

    /// <summary>Clears the mark unless it was set again after <paramref name="mark"/> was read; false in that case (the country stays dirty).</summary>
    Task<bool> ClearDirtyAsync(DirtyMark mark, DateTimeOffset comparedAt, CancellationToken cancellationToken = default);
}

/// <summary>What storing a batch of alerts did.</summary>
/// <param name="Added">Alerts that were not stored before: the new ones, for notification.</param>
/// <param name="AlreadyStored">Alerts found stored already (left untouched, triage included).</param>
/// <param name="Dismissed">Of those, how many an analyst had dismissed: they stay dismissed.</param>
public sealed record AlertSaveResult(IReadOnlyList<Alert> Added, int AlreadyStored, int Dismissed);

/// <summary>A filter on stored alerts; null members do not filter.</summary>
/// <param name="Since">Alerts created at or after this time.</param>
/// <param name="MinSeverity">Alerts at least this severe.</param>
/// <param name="IncludeDismissed">False hides alerts an analyst dismissed.</param>
public sealed record AlertQuery(
    string? Iso2 = null,
    DateTimeOffset? Since = null,
    AlertSeverity? MinSeverity = null,
    string? Family = null,
    bool IncludeDismissed = true);

/// <summary>Stored alerts. An alert is written once: re-raising an id already stored changes nothing, so triage survives every re-run.</summary>
public interface IAlertStore
{
    /// <summary>Stores the alerts of one country that are not stored yet.</summary>
    Task<AlertSaveResult> AddNewAsync(string iso2, IReadOnlyCollection<Alert> alerts, CancellationToken cancellationToken = default);

    Task<Alert?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Matching alerts, newest report year first.</summary>
    Task<IReadOnlyList<Alert>> QueryAsync(AlertQuery query, CancellationToken cancellationToken = default);

    /// <summary>Records an analyst's triage; returns the updated alert, or null when no alert has this id.</summary>
    Task<Alert?> ReviewAsync(string id, AlertReview review, CancellationToken cancellationToken = default);
}
