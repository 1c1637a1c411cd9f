using Azure;
using Azure.Data.Tables;
using ReportPipeline.Core.Notifications;

namespace ReportPipeline.Storage.Subscriptions;

/// <summary>
/// Digests in the <c>Digests</c> table: PartitionKey the subscription id, RowKey the digest key, the alert ids
/// as comma-separated text over numbered columns. Each partition also holds a head row whose ETag changes with
/// every digest opened: a new digest is inserted in one transaction with a conditional write of the head, so
/// two runs that read the same ledger cannot both open a digest, and one that lost reads again.
/// </summary>
public sealed class TableDigestStore(StorageClients storage) : IDigestStore
{
    public const string DigestsTable = "Digests";

    /// <summary>Sorts after every digest key (those start with a letter), and '~' is allowed in a RowKey.</summary>
    private const string HeadRow = "~head";

    /// <summary>Alert ids are ~28 characters: 16 parts of 30,000 characters keep an entity under the 1 MiB limit.</summary>
    private const int MaxIdParts = 16;

    public static int MaxAlertsPerDigest => MaxIdParts * TableText.PartChars / 40;

    public async Task<DigestLedger> ReadAsync(string subscriptionId, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscriptionId);
        var table = await storage.TableAsync(DigestsTable, cancellationToken).ConfigureAwait(false);
        var partition = TableText.Key(subscriptionId);
        var open = nameof(DigestState.Open);
        var sent = nameof(DigestState.Sent);
        var failed = nameof(DigestState.Failed);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and (RowKey eq {HeadRow} or CreatedAt ge {since} or State eq {open} or State eq {sent} or State eq {failed})");
        string? head = null;
        var list = new List<Digest>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (entity.RowKey == HeadRow)
            {
                head = entity.ETag.ToString();
            }
            else
            {
                list.Add(FromEntity(entity));
            }
        }

        return new DigestLedger(subscriptionId, head, list);
    }

    public async Task<Digest?> TryOpenAsync(DigestLedger ledger, Digest digest, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(digest);
        if (digest.AlertIds.Count > MaxAlertsPerDigest) throw new ArgumentException($"A digest holds at most {MaxAlertsPerDigest} alerts.", nameof(digest));
        var table = await storage.TableAsync(DigestsTable, cancellationToken).ConfigureAwait(false);
        var partition = TableText.Key(digest.SubscriptionId);
        var head = new TableEntity(partition, HeadRow) { ["LastDigest"] = digest.Key, ["UpdatedAt"] = digest.UpdatedAt };
        var entity = ToEntity(digest);
        List<TableTransactionAction> actions =
        [
            ledger.HeadVersion is null
                ? new TableTransactionAction(TableTransactionActionType.Add, head)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, head, new ETag(ledger.HeadVersion)),
            new TableTransactionAction(TableTransactionActionType.Add, entity),
        ];
        try
        {
            var response = await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return digest with { Version = response.Value[1].Headers.ETag?.ToString() };
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
        {
            return null;
        }
    }

    public async Task<Digest?> TryUpdateAsync(Digest digest, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(digest);
        if (digest.Version is null) throw new ArgumentException("Only a digest read from the store can be updated.", nameof(digest));
        var table = await storage.TableAsync(DigestsTable, cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await table.UpdateEntityAsync(ToEntity(digest), new ETag(digest.Version), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return digest with { Version = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<Digest>> ListAsync(CancellationToken cancellationToken = default)
    {
        var table = await storage.TableAsync(DigestsTable, cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"RowKey ne {HeadRow}");
        var list = new List<Digest>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(FromEntity(entity));
        }

        return list;
    }

    private static TableEntity ToEntity(Digest d)
    {
        var entity = new TableEntity(TableText.Key(d.SubscriptionId), TableText.Key(d.Key))
        {
            ["Key"] = d.Key,
            ["SubscriptionId"] = d.SubscriptionId,
            ["AlertCount"] = d.AlertIds.Count,
            ["AlertsFrom"] = d.AlertsFrom,
            ["State"] = d.State.ToString(),
            ["LeaseUntil"] = d.LeaseUntil,
            ["Attempts"] = d.Attempts,
            ["TransportId"] = d.TransportId,
            ["CreatedAt"] = d.CreatedAt,
            ["UpdatedAt"] = d.UpdatedAt,
        };
        TableText.Write(entity, "AlertIds", string.Join(',', d.AlertIds), MaxIdParts);
        TableText.Write(entity, "Error", d.Error, 1);
        return entity;
    }

    private static Digest FromEntity(TableEntity e)
    {
        var ids = TableText.Read(e, "AlertIds") ?? string.Empty;
        return new Digest
        {
            Key = e.GetString("Key") ?? e.RowKey,
            SubscriptionId = e.GetString("SubscriptionId") ?? e.PartitionKey,
            AlertIds = ids.Split(',', StringSplitOptions.RemoveEmptyEntries),
            AlertsFrom = e.GetDateTimeOffset("AlertsFrom") ?? DateTimeOffset.MinValue,
            State = Enum.Parse<DigestState>(e.GetString("State")),
            LeaseUntil = e.GetDateTimeOffset("LeaseUntil"),
            Attempts = e.GetInt32("Attempts") ?? 0,
            TransportId = e.GetString("TransportId"),
            Error = e.GetString("Error"),
            CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
            UpdatedAt = e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
            Version = e.ETag.ToString(),
        };
    }
}
