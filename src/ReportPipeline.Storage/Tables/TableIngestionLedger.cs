using Azure;
using Azure.Data.Tables;
using ReportPipeline.Core.Ingestion;

namespace ReportPipeline.Storage.Tables;

/// <summary>
/// Contents table (PartitionKey content key, RowKey <c>content</c>): claims and outcomes per blob
/// content. BlobNames table (PartitionKey container, RowKey escaped blob name): which content each
/// name held when last seen, so that a container scan skips what was already processed without
/// downloading it. Claims are conditional writes: exactly one ingester wins a content.
/// </summary>
public sealed class TableIngestionLedger(StorageClients clients, TimeProvider? timeProvider = null) : IIngestionLedger
{
    public const string ContentRow = "content";

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    private string Container => clients.Options.ReportsContainer;

    public async Task<BlobSighting?> GetSightingAsync(string blobName, CancellationToken cancellationToken = default)
    {
        var entity = await GetSightingEntityAsync(blobName, cancellationToken).ConfigureAwait(false);
        return entity is null ? null : SightingFromEntity(entity);
    }

    private async Task<TableEntity?> GetSightingEntityAsync(string blobName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        var table = await clients.TableAsync(TableNames.BlobNames, cancellationToken).ConfigureAwait(false);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(Container, TableText.Key(blobName), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    private static BlobSighting SightingFromEntity(TableEntity e) => new(
        e.GetString("BlobName"),
        e.GetString("ContentKey"),
        e.GetString("BlobETag"),
        e.GetInt64("Length") ?? 0,
        e.GetDateTimeOffset("SeenAt") ?? default,
        e.GetString("Replaces") is { Length: > 0 } replaces ? replaces.Split(' ') : null);

    public async Task<BlobSighting> RecordSightingAsync(BlobSighting sighting, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sighting);
        var table = await clients.TableAsync(TableNames.BlobNames, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var existingEntity = await GetSightingEntityAsync(sighting.BlobName, cancellationToken).ConfigureAwait(false);
            var existing = existingEntity is null ? null : SightingFromEntity(existingEntity);
            if (existing is not null && existing.ContentKey == sighting.ContentKey && existing.ETag == sighting.ETag && existing.Length == sighting.Length)
            {
                return existing;
            }

            // What this name held before stays listed until its documents are retired (ClearReplacedAsync).
            var replaces = (existing?.Replaces ?? [])
                .Append(existing?.ContentKey)
                .OfType<string>()
                .Where(k => k != sighting.ContentKey)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var stored = sighting with { Replaces = replaces.Count == 0 ? null : replaces };
            var entity = new TableEntity(Container, TableText.Key(sighting.BlobName))
            {
                ["BlobName"] = stored.BlobName,
                ["ContentKey"] = stored.ContentKey,
                ["BlobETag"] = stored.ETag,
                ["Length"] = stored.Length,
                ["SeenAt"] = stored.SeenAt,
                ["Replaces"] = stored.Replaces is null ? null : string.Join(' ', stored.Replaces),
            };
            try
            {
                // Conditional, so that two ingesters of one name never drop each other's Replaces.
                if (existingEntity is null)
                {
                    await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await table.UpdateEntityAsync(entity, existingEntity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }

                return stored;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Written by another ingester in between: read again.
            }
        }
    }

    public async IAsyncEnumerable<BlobSighting> ListSightingsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await clients.TableAsync(TableNames.BlobNames, cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Container}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return SightingFromEntity(entity);
        }
    }

    public async Task<IReadOnlyList<BlobSighting>> SightingsOfContentAsync(string contentKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentKey);
        var table = await clients.TableAsync(TableNames.BlobNames, cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Container} and ContentKey eq {contentKey}");
        var found = new List<BlobSighting>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            found.Add(SightingFromEntity(entity));
        }

        return found;
    }

    public async Task ClearReplacedAsync(string blobName, IReadOnlyCollection<string> retired, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(retired);
        var table = await clients.TableAsync(TableNames.BlobNames, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var entity = await GetSightingEntityAsync(blobName, cancellationToken).ConfigureAwait(false);
            if (entity is null || entity.GetString("Replaces") is not { Length: > 0 } replaces)
            {
                return;
            }

            var left = replaces.Split(' ').Where(k => !retired.Contains(k)).ToList();
            entity["Replaces"] = left.Count == 0 ? null : string.Join(' ', left);
            try
            {
                await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 412 or 404)
            {
            }
        }
    }

    public async Task DeleteSightingAsync(string blobName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        var table = await clients.TableAsync(TableNames.BlobNames, cancellationToken).ConfigureAwait(false);
        await table.DeleteEntityAsync(Container, TableText.Key(blobName), ETag.All, cancellationToken).ConfigureAwait(false);
    }

    public async Task ForgetContentAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var existing = await GetEntityAsync(key, cancellationToken).ConfigureAwait(false);
        if (existing is null || existing.GetString("Status") == DocumentStatus.Processing)
        {
            // Being ingested again right now (the same bytes came back): that ingest decides.
            return;
        }

        var table = await clients.TableAsync(TableNames.Contents, cancellationToken).ConfigureAwait(false);
        try
        {
            await table.DeleteEntityAsync(existing, existing.ETag, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
        }
    }

    public async Task<ContentRecord?> GetContentAsync(string key, CancellationToken cancellationToken = default)
    {
        var entity = await GetEntityAsync(key, cancellationToken).ConfigureAwait(false);
        return entity is null ? null : FromEntity(entity);
    }

    public async Task<ContentClaim> TryClaimAsync(string key, string blobName, long length, string owner, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        var table = await clients.TableAsync(TableNames.Contents, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var existing = await GetEntityAsync(key, cancellationToken).ConfigureAwait(false);
            var claim = new TableEntity(key, ContentRow)
            {
                ["Status"] = DocumentStatus.Processing,
                ["BlobName"] = blobName,
                ["Length"] = length,
                ["Owner"] = owner,
                ["LeaseUntil"] = leaseUntil,
            };
            try
            {
                if (existing is null)
                {
                    await table.AddEntityAsync(claim, cancellationToken).ConfigureAwait(false);
                    return new ContentClaim(ClaimResult.Claimed, null);
                }

                var record = FromEntity(existing);
                if (record.Status != DocumentStatus.Processing)
                {
                    return new ContentClaim(ClaimResult.AlreadyDone, record);
                }

                if (record.Owner != owner && record.LeaseUntil > _time.GetUtcNow())
                {
                    return new ContentClaim(ClaimResult.HeldByOther, record);
                }

                // The previous owner's lease lapsed (it crashed): take the content over.
                await table.UpdateEntityAsync(claim, existing.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return new ContentClaim(ClaimResult.Claimed, record);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 or 404)
            {
                // Another ingester claimed, completed or released it in between: look again.
            }
        }
    }

    public async Task<bool> RenewAsync(string key, string owner, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        var existing = await GetEntityAsync(key, cancellationToken).ConfigureAwait(false);
        if (existing is null || existing.GetString("Status") != DocumentStatus.Processing || existing.GetString("Owner") != owner)
        {
            return false;
        }

        existing["LeaseUntil"] = leaseUntil;
        var table = await clients.TableAsync(TableNames.Contents, cancellationToken).ConfigureAwait(false);
        try
        {
            await table.UpdateEntityAsync(existing, existing.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return false;
        }
    }

    public async Task CompleteAsync(ContentRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var table = await clients.TableAsync(TableNames.Contents, cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(record.Key, ContentRow)
        {
            ["Status"] = record.Status,
            ["BlobName"] = record.BlobName,
            ["Length"] = record.Length,
            ["Source"] = record.Source,
            ["DocumentCount"] = record.DocumentCount,
            ["FactCount"] = record.FactCount,
            ["StatementCount"] = record.StatementCount,
            ["CompletedAt"] = record.CompletedAt,
        };
        TableText.Write(entity, "Reason", record.Reason, maxParts: 2);
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task ReleaseAsync(string key, string owner, CancellationToken cancellationToken = default)
    {
        var existing = await GetEntityAsync(key, cancellationToken).ConfigureAwait(false);
        if (existing is null || existing.GetString("Status") != DocumentStatus.Processing || existing.GetString("Owner") != owner)
        {
            return;
        }

        var table = await clients.TableAsync(TableNames.Contents, cancellationToken).ConfigureAwait(false);
        try
        {
            await table.DeleteEntityAsync(existing, existing.ETag, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            // Taken over or completed meanwhile: nothing of ours to release.
        }
    }

    private async Task<TableEntity?> GetEntityAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var table = await clients.TableAsync(TableNames.Contents, cancellationToken).ConfigureAwait(false);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(key, ContentRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    private static ContentRecord FromEntity(TableEntity e) => new()
    {
        Key = e.PartitionKey,
        Status = e.GetString("Status"),
        BlobName = e.GetString("BlobName"),
        Length = e.GetInt64("Length") ?? 0,
        Source = e.GetString("Source"),
        DocumentCount = e.GetInt32("DocumentCount") ?? 0,
        FactCount = e.GetInt32("FactCount") ?? 0,
        StatementCount = e.GetInt32("StatementCount") ?? 0,
        Reason = TableText.Read(e, "Reason"),
        Owner = e.GetString("Owner"),
        LeaseUntil = e.GetDateTimeOffset("LeaseUntil"),
        CompletedAt = e.GetDateTimeOffset("CompletedAt"),
    };
}
