using Azure;
using Azure.Data.Tables;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Notifications;

namespace ReportPipeline.Storage.Subscriptions;

/// <summary>
/// Subscriptions in the <c>Subscriptions</c> table (PartitionKey: the address hash, RowKey: the subscription id)
/// and token hashes in <c>SubscriptionTokens</c> (PartitionKey: the token's SHA-256, RowKey: <c>token</c>).
/// Writes are conditional on the ETag, so a confirm and a notify run cannot overwrite each other.
/// </summary>
public sealed class TableSubscriptionStore(StorageClients storage) : ISubscriptionStore
{
    public const string SubscriptionsTable = "Subscriptions";
    public const string TokensTable = "SubscriptionTokens";
    private const string TokenRow = "token";
    private const string IdPrefix = "sub-";

    public async Task<Subscription?> GetAsync(string subscriptionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscriptionId);
        if (!subscriptionId.StartsWith(IdPrefix, StringComparison.Ordinal) || subscriptionId.Length != IdPrefix.Length + 32 || !subscriptionId[IdPrefix.Length..].All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var table = await storage.TableAsync(SubscriptionsTable, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(PartitionOf(subscriptionId), subscriptionId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? FromEntity(found.Value!) : null;
    }

    public async Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(SubscriptionsTable, cancellationToken).ConfigureAwait(false);
        var list = new List<Subscription>();
        await foreach (var entity in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(FromEntity(entity));
        }

        return list;
    }

    public async Task<Subscription> SaveAsync(Subscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var table = await storage.TableAsync(SubscriptionsTable, cancellationToken).ConfigureAwait(false);
        var entity = ToEntity(subscription);
        try
        {
            var response = subscription.Version is null
                ? await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false)
                : await table.UpdateEntityAsync(entity, new ETag(subscription.Version), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return subscription with { Version = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            throw new ConcurrencyConflictException($"Subscription {subscription.Id} was changed by someone else; read it again.", ex);
        }
    }

    public async Task AddTokenAsync(SubscriptionToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        var table = await storage.TableAsync(TokensTable, cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(token.Hash, TokenRow)
        {
            ["SubscriptionId"] = token.SubscriptionId,
            ["Purpose"] = token.Purpose.ToString(),
            ["CreatedAt"] = token.CreatedAt,
            ["ExpiresAt"] = token.ExpiresAt,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<SubscriptionToken?> FindTokenAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokenHash);
        if (tokenHash.Length != 64 || !tokenHash.All(char.IsAsciiHexDigitLower)) return null;
        var table = await storage.TableAsync(TokensTable, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(tokenHash, TokenRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!found.HasValue) return null;
        var e = found.Value!;
        return new SubscriptionToken(
            tokenHash,
            e.GetString("SubscriptionId"),
            Enum.Parse<TokenPurpose>(e.GetString("Purpose")),
            e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
            e.GetDateTimeOffset("ExpiresAt"));
    }

    public async Task<int> DeleteExpiredTokensAsync(DateTimeOffset now, DateTimeOffset unstampedCreatedBefore, int max, CancellationToken cancellationToken = default)
    {
        if (max <= 0) return 0;
        var table = await storage.TableAsync(TokensTable, cancellationToken).ConfigureAwait(false);
        // The filter narrows the scan on the server; a row without ExpiresAt matches only its CreatedAt clause, and the
        // check below keeps a row whose stamped expiry is still ahead although it is old.
        var filter = TableClient.CreateQueryFilter($"ExpiresAt lt {now.UtcDateTime} or CreatedAt lt {unstampedCreatedBefore.UtcDateTime}");
        var deleted = 0;
        await foreach (var e in table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(max, 1000), select: ["PartitionKey", "RowKey", "CreatedAt", "ExpiresAt"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var expired = e.GetDateTimeOffset("ExpiresAt") is { } expires ? expires < now : (e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue) < unstampedCreatedBefore;
            if (!expired) continue;
            try
            {
                var response = await table.DeleteEntityAsync(e.PartitionKey, e.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
                // 404: another run deleted it first (the client reports it as a response, not an exception).
                if (response.Status != 404) deleted++;
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // Gone already: the same outcome.
            }

            if (deleted >= max) break;
        }

        return deleted;
    }

    /// <summary>The partition is the address hash (its first 128 bits, which the id carries, so a lookup by id needs no scan).</summary>
    internal static string PartitionOf(string subscriptionId) => subscriptionId[IdPrefix.Length..];

    internal static TableEntity ToEntity(Subscription s)
    {
        var entity = new TableEntity(PartitionOf(s.Id), s.Id)
        {
            ["Channel"] = s.Channel.ToString(),
            ["Address"] = s.Address,
            ["State"] = s.State.ToString(),
            ["WebhookSecret"] = s.WebhookSecret,
            ["CreatedAt"] = s.CreatedAt,
            ["ConfirmationSentAt"] = s.ConfirmationSentAt,
            ["ConfirmedAt"] = s.ConfirmedAt,
            ["UnsubscribedAt"] = s.UnsubscribedAt,
            ["AlertsFrom"] = s.AlertsFrom,
            ["LastDigestAt"] = s.LastDigestAt,
        };
        WriteFilters(entity, string.Empty, s.Filters);
        if (s.PendingFilters is { } pending) WriteFilters(entity, "Pending", pending);
        return entity;
    }

    internal static Subscription FromEntity(TableEntity e) => new()
    {
        Id = e.RowKey,
        Channel = Enum.Parse<SubscriptionChannel>(e.GetString("Channel")),
        Address = e.GetString("Address"),
        State = Enum.Parse<SubscriptionState>(e.GetString("State")),
        Filters = ReadFilters(e, string.Empty) ?? new SubscriptionFilters(),
        PendingFilters = ReadFilters(e, "Pending"),
        WebhookSecret = e.GetString("WebhookSecret"),
        CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        ConfirmationSentAt = e.GetDateTimeOffset("ConfirmationSentAt"),
        ConfirmedAt = e.GetDateTimeOffset("ConfirmedAt"),
        UnsubscribedAt = e.GetDateTimeOffset("UnsubscribedAt"),
        AlertsFrom = e.GetDateTimeOffset("AlertsFrom"),
        LastDigestAt = e.GetDateTimeOffset("LastDigestAt"),
        Version = e.ETag.ToString(),
    };

    // Plain columns rather than a JSON blob, so the table reads well in Storage Explorer.
    private static void WriteFilters(TableEntity entity, string prefix, SubscriptionFilters filters)
    {
        entity[prefix + "Countries"] = string.Join(',', filters.Countries);
        entity[prefix + "Families"] = string.Join(',', filters.Families);
        entity[prefix + "MinimumSeverity"] = filters.MinimumSeverity.ToString();
        entity[prefix + "Direction"] = filters.Direction.ToString();
        entity[prefix + "Delivery"] = filters.Delivery.ToString();
        entity[prefix + "InfoInFull"] = filters.InfoInFull;
    }

    private static SubscriptionFilters? ReadFilters(TableEntity e, string prefix)
    {
        if (e.GetString(prefix + "MinimumSeverity") is not { } severity) return null;
        return new SubscriptionFilters
        {
            Countries = Split(e.GetString(prefix + "Countries")),
            Families = Split(e.GetString(prefix + "Families")),
            MinimumSeverity = Enum.Parse<AlertSeverity>(severity),
            Direction = Enum.Parse<DirectionFilter>(e.GetString(prefix + "Direction") ?? nameof(DirectionFilter.Any)),
            Delivery = Enum.Parse<DeliveryMode>(e.GetString(prefix + "Delivery") ?? nameof(DeliveryMode.EachRun)),
            InfoInFull = e.GetBoolean(prefix + "InfoInFull") ?? false,
        };
    }

    private static string[] Split(string? value) =>
        string.IsNullOrEmpty(value) ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// Deliveries in the <c>Deliveries</c> table: PartitionKey the alert id, RowKey the subscription id; the digest
/// the alert went out in is the <c>MessageKey</c> column. Keyed by alert (not by digest) so that no later digest,
/// however composed, can carry an alert to the same subscriber twice. Insert-if-absent and replace-if-unchanged
/// (ETag) make two notify runs at once claim each alert × subscriber exactly once.
/// </summary>
public sealed class TableDeliveryStore(StorageClients storage) : IDeliveryStore
{
    public const string DeliveriesTable = "Deliveries";
    private const int MaxErrorLength = 2000;

    public async Task<Delivery?> GetAsync(string alertId, string subscriptionId, CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(DeliveriesTable, cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(TableText.Key(alertId), TableText.Key(subscriptionId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? FromEntity(found.Value!) : null;
    }

    public async Task<Delivery?> TryRecordAsync(Delivery delivery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var table = await storage.TableAsync(DeliveriesTable, cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(TableText.Key(delivery.AlertId), TableText.Key(delivery.SubscriptionId))
        {
            ["AlertId"] = delivery.AlertId,
            ["SubscriptionId"] = delivery.SubscriptionId,
            ["MessageKey"] = delivery.MessageKey,
            ["State"] = delivery.State.ToString(),
            ["Attempts"] = delivery.Attempts,
            ["TransportId"] = delivery.TransportId,
            ["Error"] = delivery.Error is { Length: > MaxErrorLength } e ? e[..MaxErrorLength] : delivery.Error,
            ["CreatedAt"] = delivery.CreatedAt,
            ["UpdatedAt"] = delivery.UpdatedAt,
        };
        try
        {
            var response = delivery.Version is null
                ? await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false)
                : await table.UpdateEntityAsync(entity, new ETag(delivery.Version), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return delivery with { Version = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<Delivery>> ListAsync(CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(DeliveriesTable, cancellationToken).ConfigureAwait(false);
        var list = new List<Delivery>();
        await foreach (var entity in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(FromEntity(entity));
        }

        return list;
    }

    private static Delivery FromEntity(TableEntity e) => new()
    {
        AlertId = e.GetString("AlertId") ?? e.PartitionKey,
        SubscriptionId = e.GetString("SubscriptionId") ?? e.RowKey,
        MessageKey = e.GetString("MessageKey") ?? e.PartitionKey,
        State = Enum.Parse<DeliveryState>(e.GetString("State")),
        Attempts = e.GetInt32("Attempts") ?? 0,
        TransportId = e.GetString("TransportId"),
        Error = e.GetString("Error"),
        CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        UpdatedAt = e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
        Version = e.ETag.ToString(),
    };
}
