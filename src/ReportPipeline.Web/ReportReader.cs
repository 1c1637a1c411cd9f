using System.Text.Json.Serialization;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Web;

/// <summary>A country as listed on the dashboard.</summary>
public sealed record CountrySummary(string Iso2, string Country, int? LatestYear, string? Level, int OpenAlerts, int Alerts, bool Dirty);

/// <summary>The assessment level of one year, for the chart (0 = no advancement … 3 = significant).</summary>
public sealed record LevelPoint(int Year, string Level, int Rank);

/// <summary>A country's timeline with its alerts and the level per year.</summary>
public sealed record CountryTimelineView(CountryTimeline Timeline, IReadOnlyList<LevelPoint> Levels, IReadOnlyList<Alert> Alerts);

/// <param name="Continuation">Opaque token for the page after this one (<c>?continuation=</c>); null on the last page.</param>
public sealed record AlertPage(IReadOnlyList<Alert> Items, int Total, int Page, int PageSize)
{
    // Written as null on the last page too: clients loop until it is null, not until it is missing.
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Continuation { get; init; }
}

/// <summary>
/// The read side's one service: what the API, the feeds and the dashboard show. Hosts (the
/// local <c>serve</c> and the Functions HTTP triggers) call it through the same endpoints.
/// Statuses are built with the configured <see cref="ComparisonOptions"/>, the ones the alerts were raised with.
/// </summary>
public sealed class ReportReader(
    ICountryStateStore countries,
    ICountryHistoryReader history,
    IFactStore facts,
    IAlertStore alerts,
    IDocumentStore documents,
    ComparisonOptions comparison)
{
    private static readonly string[] LevelOrder = ["No Advancement", "Minimal Advancement", "Moderate Advancement", "Significant Advancement"];

    public async Task<IReadOnlyList<CountrySummary>> ListCountriesAsync(CancellationToken cancellationToken = default)
    {
        var states = await countries.ListAsync(dirtyOnly: false, cancellationToken).ConfigureAwait(false);
        var all = await alerts.QueryAsync(new AlertQuery(), cancellationToken).ConfigureAwait(false);
        var byCountry = all.ToLookup(a => a.Iso2, StringComparer.OrdinalIgnoreCase);
        var ordered = states.OrderBy(s => s.Country ?? s.Iso2, StringComparer.OrdinalIgnoreCase).ToList();
        // One facts query per country (its partition, latest year): run them side by side so a
        // back-filled account of ~150 countries answers in a few round trips' time, not 150.
        var levels = new string?[ordered.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, ordered.Count),
            new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                if (ordered[i].LatestYear is { } year)
                {
                    var latest = await facts.ListAsync(ordered[i].Iso2, year, ct).ConfigureAwait(false);
                    levels[i] = latest.FirstOrDefault(f => f.Fact.Facet == "assessment.level")?.Fact.Value;
                }
            }).ConfigureAwait(false);

        var result = new List<CountrySummary>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var state = ordered[i];
            var countryAlerts = byCountry[state.Iso2].ToList();
            result.Add(new CountrySummary(
                state.Iso2,
                state.Country ?? state.Iso2,
                state.LatestYear,
                levels[i],
                countryAlerts.Count(a => a.Review is null),
                countryAlerts.Count,
                state.Dirty));
        }

        return result;
    }

    /// <summary>The country's status in <paramref name="year"/>, or its latest year; null when nothing is stored.</summary>
    public async Task<CountryYearStatus?> GetStatusAsync(string iso2, int? year, CancellationToken cancellationToken = default)
    {
        var statuses = await StatusesAsync(iso2, cancellationToken).ConfigureAwait(false);
        return year is { } y ? statuses.FirstOrDefault(s => s.Year == y) : statuses.LastOrDefault();
    }

    public async Task<CountryTimelineView?> GetTimelineAsync(string iso2, CancellationToken cancellationToken = default)
    {
        var statuses = await StatusesAsync(iso2, cancellationToken).ConfigureAwait(false);
        if (statuses.Count == 0)
        {
            return null;
        }

        var countryAlerts = await alerts.QueryAsync(new AlertQuery(Iso2: iso2), cancellationToken).ConfigureAwait(false);
        var timeline = CountryTimeline.Build(iso2, statuses, countryAlerts);
        var levels = statuses
            .Select(s => (s.Year, Level: s.Value("assessment.level")?.Value))
            .Where(p => p.Level is not null && Array.IndexOf(LevelOrder, p.Level) >= 0)
            .Select(p => new LevelPoint(p.Year, p.Level!, Array.IndexOf(LevelOrder, p.Level)))
            .ToList();
        return new CountryTimelineView(timeline, levels, countryAlerts);
    }

    public async Task<AlertPage> ListAlertsAsync(AlertQuery query, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var found = await alerts.QueryAsync(query, cancellationToken).ConfigureAwait(false);
        // Newest raised first: an alert raised today about an older year is news today.
        var ordered = found.OrderByDescending(a => a.CreatedAt).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        return Slice(ordered, (page - 1) * pageSize, page, pageSize);
    }

    /// <summary>
    /// The page after the one a continuation token ends: the token names the last alert shown (when it was raised
    /// and its id), so alerts raised in between do not shift what the next page holds. Null when the token is malformed.
    /// </summary>
    public async Task<AlertPage?> ContinueAlertsAsync(AlertQuery query, string continuation, int pageSize, CancellationToken cancellationToken = default)
    {
        if (!TryReadToken(continuation, out var at, out var id)) return null;
        var found = await alerts.QueryAsync(query, cancellationToken).ConfigureAwait(false);
        var ordered = found.OrderByDescending(a => a.CreatedAt).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        var start = ordered.FindIndex(a => a.CreatedAt < at || (a.CreatedAt == at && string.CompareOrdinal(a.Id, id) > 0));
        if (start < 0) start = ordered.Count;
        return Slice(ordered, start, (start / pageSize) + 1, pageSize);
    }

    private static AlertPage Slice(List<Alert> ordered, int start, int page, int pageSize)
    {
        var items = ordered.Skip(start).Take(pageSize).ToList();
        var more = start + items.Count < ordered.Count && items.Count > 0;
        return new AlertPage(items, ordered.Count, page, pageSize) { Continuation = more ? Token(items[^1]) : null };
    }

    private static string Token(Alert last) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{last.CreatedAt.UtcTicks}|{last.Id}")))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryReadToken(string token, out DateTimeOffset at, out string id)
    {
        at = default;
        id = string.Empty;
        try
        {
            var text = token.Replace('-', '+').Replace('_', '/');
            text = text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
            var parts = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(text)).Split('|', 2);
            if (parts.Length != 2 || !long.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ticks)) return false;
            if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks) return false;
            at = new DateTimeOffset(ticks, TimeSpan.Zero);
            id = parts[1];
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>True when anything is stored for the country (documents compared or alerts raised).</summary>
    public async Task<bool> KnowsCountryAsync(string iso2, CancellationToken cancellationToken = default) =>
        await countries.GetAsync(iso2.ToUpperInvariant(), cancellationToken).ConfigureAwait(false) is not null;

    public Task<Alert?> GetAlertAsync(string id, CancellationToken cancellationToken = default) => alerts.GetAsync(id, cancellationToken);

    public Task<Alert?> ReviewAsync(string id, AlertReview review, CancellationToken cancellationToken = default) =>
        alerts.ReviewAsync(id, review, cancellationToken);

    public async Task<IReadOnlyList<StoredDocument>> ListDocumentsAsync(string? status, CancellationToken cancellationToken = default)
    {
        var result = new List<StoredDocument>();
        await foreach (var document in documents.ListAsync(new DocumentQuery(Status: status), cancellationToken).ConfigureAwait(false))
        {
            result.Add(document);
        }

        return result;
    }

    private async Task<IReadOnlyList<CountryYearStatus>> StatusesAsync(string iso2, CancellationToken cancellationToken)
    {
        var stored = await history.ReadAsync(iso2.ToUpperInvariant(), cancellationToken).ConfigureAwait(false);
        return stored is null ? [] : [.. StatusBuilder.Build(stored, comparison).OrderBy(s => s.Year)];
    }
}
