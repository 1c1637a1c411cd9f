using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Storage.Tables;

/// <summary>
/// Alerts table: PartitionKey iso2, RowKey the deterministic alert id. An alert is added once and
/// never replaced, so triage written later survives every re-run; only <see cref="ReviewAsync"/>
/// changes a stored alert, conditionally on its ETag.
/// </summary>
public sealed class TableAlertStore(StorageClients clients) : IAlertStore
{
    private const int MaxAttempts = 20;

    // Evidence is a sentence or a table row; a runaway extraction must not break the 64 KiB property limit.
    private const int MaxEvidenceChars = 8_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<AlertSaveResult> AddNewAsync(string iso2, IReadOnlyCollection<Alert> alerts, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(iso2);
        ArgumentNullException.ThrowIfNull(alerts);
        var table = await clients.TableAsync(TableNames.Alerts, cancellationToken).ConfigureAwait(false);
        var stored = await StoredStatesAsync(table, iso2, cancellationToken).ConfigureAwait(false);
        var fresh = alerts
            .Where(a => !stored.ContainsKey(a.Id))
            .GroupBy(a => a.Id, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        var alreadyStored = alerts.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count(stored.ContainsKey);
        var dismissed = alerts.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count(id => stored.GetValueOrDefault(id) == nameof(AlertReviewState.Dismissed));
        var added = new List<Alert>(fresh.Count);
        foreach (var chunk in fresh.Chunk(TableBatch.MaxOperations))
        {
            try
            {
                await table.SubmitTransactionAsync([.. chunk.Select(a => new TableTransactionAction(TableTransactionActionType.Add, ToEntity(a)))], cancellationToken).ConfigureAwait(false);
                added.AddRange(chunk);
            }
            catch (TableTransactionFailedException)
            {
                // Another comparer stored some of these meanwhile: add one by one, keeping whatever is there.
                foreach (var alert in chunk)
                {
                    try
                    {
                        await table.AddEntityAsync(ToEntity(alert), cancellationToken).ConfigureAwait(false);
                        added.Add(alert);
                    }
                    catch (RequestFailedException ex) when (ex.Status == 409)
                    {
                        alreadyStored++;
                    }
                }
            }
        }

        return new AlertSaveResult(added, alreadyStored, dismissed);
    }

    public async Task<Alert?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        if (AlertIds.CountryOf(id) is not { } iso2)
        {
            return null;
        }

        var table = await clients.TableAsync(TableNames.Alerts, cancellationToken).ConfigureAwait(false);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(iso2, id, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? FromEntity(response.Value!) : null;
    }

    public async Task<IReadOnlyList<Alert>> QueryAsync(AlertQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var table = await clients.TableAsync(TableNames.Alerts, cancellationToken).ConfigureAwait(false);
        var filters = new List<string>();
        if (query.Iso2 is { } iso2)
        {
            filters.Add(TableClient.CreateQueryFilter($"PartitionKey eq {iso2.ToUpperInvariant()}"));
        }

        if (query.Since is { } since)
        {
            filters.Add(TableClient.CreateQueryFilter($"CreatedAt ge {since}"));
        }

        if (query.MinSeverity is { } severity)
        {
            filters.Add(TableClient.CreateQueryFilter($"SeverityRank ge {(int)severity}"));
        }

        if (query.Family is { } family)
        {
            filters.Add(TableClient.CreateQueryFilter($"Family eq {family}"));
        }

        if (!query.IncludeDismissed)
        {
            filters.Add(TableClient.CreateQueryFilter($"ReviewState ne {nameof(AlertReviewState.Dismissed)}"));
        }

        var alerts = new List<Alert>();
        var filter = filters.Count == 0 ? null : string.Join(" and ", filters.Select(f => $"({f})"));
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            alerts.Add(FromEntity(entity));
        }

        return [.. alerts
            .OrderByDescending(a => a.ToYear)
            .ThenByDescending(a => a.Severity)
            .ThenBy(a => a.Iso2, StringComparer.Ordinal)
            .ThenBy(a => a.Facet, StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal)];
    }

    public async Task<Alert?> ReviewAsync(string id, AlertReview review, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(review);
        if (AlertIds.CountryOf(id) is not { } iso2)
        {
            return null;
        }

        var table = await clients.TableAsync(TableNames.Alerts, cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            var response = await table.GetEntityIfExistsAsync<TableEntity>(iso2, id, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!response.HasValue)
            {
                return null;
            }

            var entity = response.Value!;
            WriteReview(entity, review);
            try
            {
                await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return FromEntity(entity);
            }
            catch (RequestFailedException ex) when (ex.Status == 412 && attempt < MaxAttempts)
            {
                // Two analysts at once: re-read and apply this review on top.
            }
        }
    }

    public static TableEntity ToEntity(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var entity = new TableEntity(alert.Iso2.ToUpperInvariant(), alert.Id)
        {
            ["Country"] = alert.Country,
            ["Facet"] = alert.Facet,
            ["Family"] = alert.Family,
            ["Kind"] = alert.Kind,
            ["FromYear"] = alert.FromYear,
            ["ToYear"] = alert.ToYear,
            ["OldValue"] = alert.OldValue,
            ["NewValue"] = alert.NewValue,
            ["Direction"] = alert.Direction.ToString(),
            ["Severity"] = alert.Severity.ToString(),
            ["SeverityRank"] = (int)alert.Severity,
            ["Title"] = alert.Title,
            ["OldEvidence"] = Evidence(alert.OldEvidence),
            ["NewEvidence"] = Evidence(alert.NewEvidence),
            ["EffectiveDate"] = alert.EffectiveDate,
            ["CreatedAt"] = alert.CreatedAt,
        };
        WriteReview(entity, alert.Review);
        return entity;
    }

    // The table service stores no nulls (and some emulator versions reject them): leave them out.
    private static void DropNulls(TableEntity entity)
    {
        foreach (var key in entity.Keys.Where(k => entity[k] is null).ToList())
        {
            entity.Remove(key);
        }
    }

    public static Alert FromEntity(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var state = entity.GetString("ReviewState");
        return new Alert
        {
            Id = entity.RowKey,
            Iso2 = entity.PartitionKey,
            Country = entity.GetString("Country") ?? entity.PartitionKey,
            Facet = entity.GetString("Facet") ?? string.Empty,
            Family = entity.GetString("Family") ?? string.Empty,
            Kind = entity.GetString("Kind") ?? ChangeDetector.KindChange,
            FromYear = entity.GetInt32("FromYear") ?? 0,
            ToYear = entity.GetInt32("ToYear") ?? 0,
            OldValue = entity.GetString("OldValue"),
            NewValue = entity.GetString("NewValue"),
            Direction = Enum.TryParse<AlertDirection>(entity.GetString("Direction"), out var direction) ? direction : AlertDirection.Neutral,
            Severity = Enum.TryParse<AlertSeverity>(entity.GetString("Severity"), out var severity) ? severity : AlertSeverity.Info,
            Title = entity.GetString("Title") ?? string.Empty,
            OldEvidence = Evidence(entity.GetString("OldEvidence")),
            NewEvidence = Evidence(entity.GetString("NewEvidence")),
            EffectiveDate = entity.GetString("EffectiveDate"),
            CreatedAt = entity.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
            Review = Enum.TryParse<AlertReviewState>(state, out var reviewState)
                ? new AlertReview(reviewState, entity.GetString("ReviewedBy") ?? string.Empty, entity.GetString("ReviewNote"), entity.GetDateTimeOffset("ReviewedAt") ?? DateTimeOffset.MinValue)
                : null,
        };
    }

    // ReviewState is always written ("None" when untriaged): a table filter on a missing property never matches.
    private static void WriteReview(TableEntity entity, AlertReview? review)
    {
        entity["ReviewState"] = review?.State.ToString() ?? "None";
        entity["ReviewedBy"] = review?.By;
        entity["ReviewNote"] = review?.Note;
        entity["ReviewedAt"] = review?.At;
        DropNulls(entity);
    }

    private static async Task<Dictionary<string, string>> StoredStatesAsync(TableClient table, string iso2, CancellationToken cancellationToken)
    {
        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {iso2.ToUpperInvariant()}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: ["RowKey", "ReviewState"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            states[entity.RowKey] = entity.GetString("ReviewState") ?? "None";
        }

        return states;
    }

    private static string? Evidence(AlertEvidence? evidence) =>
        evidence is null ? null : JsonSerializer.Serialize(evidence.Text.Length > MaxEvidenceChars ? evidence with { Text = evidence.Text[..MaxEvidenceChars] + "…" } : evidence, Json);

    private static AlertEvidence? Evidence(string? json) => json is null ? null : JsonSerializer.Deserialize<AlertEvidence>(json, Json);
}
