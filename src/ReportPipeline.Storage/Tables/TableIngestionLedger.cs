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
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        var table = await clients.TableAsync(TableNames.BlobNames, cancellationToken).ConfigureAwait(false);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(Container, TableText.Key(blobName), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue)
        {
            return null;
        }

        var e = response.Value!;
        return new BlobSighting(e.GetString("BlobName"), e.GetString("ContentKey"), e.GetString("BlobETag"), e.GetInt64("Length") ?? 0, e.GetDateTimeOffset("SeenAt") ?? default);
    }

    public async Task RecordSightingAsync(BlobSighting sighting, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sighting);
        var existing = await GetSightingAsync(sighting.BlobName, cancellationToken).ConfigureAwait(false);
        if (existing is not null && existing.ContentKey == sighting.ContentKey && existing.ETag == sighting.ETag && existing.Length == sighting.Length)
        {
            return;
        }

        var table = await clients.TableAsync(TableNames.BlobNames, cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(Container, TableText.Key(sighting.BlobName))
        {
            ["BlobName"] = sighting.BlobName,
            ["ContentKey"] = sighting.ContentKey,
            ["BlobETag"] = sighting.ETag,
            ["Length"] = sighting.Length,
            ["SeenAt"] = sighting.SeenAt,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
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
