using Microsoft.Extensions.Logging;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Comparison;

/// <summary>The outcome of comparing one country.</summary>
/// <param name="Years">Reporting years with at least one document.</param>
/// <param name="Raised">Alerts the comparison produced (new and already stored).</param>
/// <param name="Added">Alerts stored for the first time.</param>
/// <param name="DirtyCleared">True when the country's dirty mark was cleared; false when it was not dirty, was marked again meanwhile, or the comparison failed.</param>
/// <param name="Error">Why the country could not be compared; it stays dirty.</param>
public sealed record CountryComparison(
    string Iso2,
    int Years,
    int Raised,
    IReadOnlyList<Alert> Added,
    int AlreadyStored,
    int Dismissed,
    bool DirtyCleared,
    string? Error = null);

public sealed record CompareReport(IReadOnlyList<CountryComparison> Countries)
{
    public int Added => Countries.Sum(c => c.Added.Count);

    public int Raised => Countries.Sum(c => c.Raised);

    public int Failed => Countries.Count(c => c.Error is not null);
}

/// <summary>
/// Compares countries: reads each one's history, builds its year statuses, detects changes
/// and conflicts, stores the alerts not stored yet, and only then clears its dirty mark. Work
/// is per country, so a run costs what the dirty countries cost, not the whole history. One
/// country failing is recorded and never stops the others.
/// </summary>
public sealed class CompareService(
    ICountryHistoryReader histories,
    IAlertStore alerts,
    ICountryDirtyFlags flags,
    ChangeDetector detector,
    TimeProvider time,
    ILogger<CompareService> logger,
    int maxParallelCountries = 4)
{
    public async Task<CompareReport> CompareDirtyAsync(CancellationToken cancellationToken = default)
    {
        var dirty = await flags.ListDirtyAsync(cancellationToken).ConfigureAwait(false);
        return await CompareAsync([.. dirty.Select(d => d.Iso2)], cancellationToken).ConfigureAwait(false);
    }

    public async Task<CompareReport> CompareAllAsync(CancellationToken cancellationToken = default)
    {
        var all = await flags.ListCountriesAsync(cancellationToken).ConfigureAwait(false);
        return await CompareAsync(all, cancellationToken).ConfigureAwait(false);
    }

    public async Task<CompareReport> CompareAsync(IReadOnlyCollection<string> iso2s, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(iso2s);
        var countries = iso2s.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var results = new CountryComparison[countries.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, countries.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxParallelCountries), CancellationToken = cancellationToken },
            async (i, ct) => results[i] = await CompareCountryAsync(countries[i], ct).ConfigureAwait(false)).ConfigureAwait(false);
        var report = new CompareReport([.. results.OrderBy(r => r.Iso2, StringComparer.Ordinal)]);
        logger.LogInformation("Compared {Countries} countries: {Raised} alerts raised, {Added} new, {Failed} failed", report.Countries.Count, report.Raised, report.Added, report.Failed);
        return report;
    }

    /// <summary>The status of every reporting year of a country, for the read side; empty when nothing is stored.</summary>
    public async Task<IReadOnlyList<CountryYearStatus>> StatusAsync(string iso2, CancellationToken cancellationToken = default)
    {
        var history = await histories.ReadAsync(iso2.ToUpperInvariant(), cancellationToken).ConfigureAwait(false);
        return history is null ? [] : StatusBuilder.Build(history, detector.Options);
    }

    private async Task<CountryComparison> CompareCountryAsync(string iso2, CancellationToken cancellationToken)
    {
        try
        {
            // Read the mark before the history: a document ingested after this point sets a new
            // mark, which the conditional clear below then leaves in place.
            var mark = await flags.GetDirtyAsync(iso2, cancellationToken).ConfigureAwait(false);
            var history = await histories.ReadAsync(iso2, cancellationToken).ConfigureAwait(false);
            if (history is null)
            {
                logger.LogWarning("Nothing stored for {Iso2}; nothing to compare", iso2);
                var cleared = mark is not null && await flags.ClearDirtyAsync(mark, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                return new CountryComparison(iso2, 0, 0, [], 0, 0, cleared);
            }

            var statuses = StatusBuilder.Build(history, detector.Options);
            var raised = detector.Detect(statuses, time.GetUtcNow());
            var saved = await alerts.AddNewAsync(iso2, raised, cancellationToken).ConfigureAwait(false);
            var clearedAfterStore = mark is not null && await flags.ClearDirtyAsync(mark, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            logger.LogInformation(
                "Compared {Iso2} over {Years} years: {Raised} alerts, {Added} new, {Dismissed} dismissed earlier",
                iso2, statuses.Count, raised.Count, saved.Added.Count, saved.Dismissed);
            return new CountryComparison(iso2, statuses.Count, raised.Count, saved.Added, saved.AlreadyStored, saved.Dismissed, clearedAfterStore);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Comparing {Iso2} failed; it stays marked for comparison", iso2);
            return new CountryComparison(iso2, 0, 0, [], 0, 0, false, ex.Message);
        }
    }
}
