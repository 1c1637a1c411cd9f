using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using ReportPipeline.Core.Ingestion;

namespace ReportPipeline.Storage.Tables;

/// <summary>Documents table: PartitionKey iso2 (<c>__</c> when unknown), RowKey <c>YYYY-idprefix</c>.</summary>
public sealed class TableDocumentStore(StorageClients clients) : IDocumentStore
{
    public async Task UpsertAsync(StoredDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var table = await clients.TableAsync(TableNames.Documents, cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(ToEntity(document), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<StoredDocument?> GetAsync(string? iso2, int? year, string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var table = await clients.TableAsync(TableNames.Documents, cancellationToken).ConfigureAwait(false);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(DocumentKeys.Partition(iso2), DocumentKeys.Row(year, id), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? FromEntity(response.Value!) : null;
    }

    public async IAsyncEnumerable<StoredDocument> ListAsync(DocumentQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var table = await clients.TableAsync(TableNames.Documents, cancellationToken).ConfigureAwait(false);
        var filters = new List<string>();
        // Failed documents never have a country: their partition is known.
        var partition = query.Iso2 ?? (query.Status == DocumentStatus.Failed ? DocumentKeys.UnknownCountry : null);
        if (partition is not null)
        {
            filters.Add(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"));
        }

        if (query.Status is not null)
        {
            filters.Add(TableClient.CreateQueryFilter($"Status eq {query.Status}"));
        }

        if (query.Year is { } year)
        {
            filters.Add(TableClient.CreateQueryFilter($"Year eq {year}"));
        }

        if (query.ContentKey is not null)
        {
            filters.Add(TableClient.CreateQueryFilter($"ContentKey eq {query.ContentKey}"));
        }

        if (query.BlobName is not null)
        {
            filters.Add(TableClient.CreateQueryFilter($"BlobName eq {query.BlobName}"));
        }

        if (query.Source is not null)
        {
            filters.Add(TableClient.CreateQueryFilter($"Source eq {query.Source}"));
        }

        if (query.IdPrefix is { Length: > 0 } prefix)
        {
            // Ids are lower-case hex: every id with the prefix sorts between it and the prefix followed by '~'.
            var lowered = prefix.ToLowerInvariant();
            filters.Add(TableClient.CreateQueryFilter($"DocumentId ge {lowered} and DocumentId lt {lowered + "~"}"));
        }

        var filter = filters.Count == 0 ? null : string.Join(" and ", filters);
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return FromEntity(entity);
        }
    }

    internal static TableEntity ToEntity(StoredDocument d)
    {
        var entity = new TableEntity(DocumentKeys.Partition(d.Iso2), DocumentKeys.Row(d.Year, d.Id))
        {
            ["DocumentId"] = d.Id,
            ["Iso2"] = d.Iso2,
            ["Country"] = d.Country,
            ["Year"] = d.Year,
            ["Source"] = d.Source,
            ["Status"] = d.Status,
            ["ContentKey"] = d.ContentKey,
            ["BlobName"] = d.BlobName,
            ["FactCount"] = d.FactCount,
            ["StatementCount"] = d.StatementCount,
            ["PageCount"] = d.PageCount,
            ["PreservedAt"] = d.PreservedAt,
            ["IngestedAt"] = d.IngestedAt,
            ["SupersededBy"] = d.SupersededBy,
            ["RetiredAt"] = d.RetiredAt,
        };
        TableText.Write(entity, "Reason", d.Reason, maxParts: 2);
        TableText.Write(entity, "Warnings", d.Warnings.Count == 0 ? null : string.Join('\n', d.Warnings), maxParts: 2);
        return entity;
    }

    internal static StoredDocument FromEntity(TableEntity e) => new()
    {
        Id = e.GetString("DocumentId"),
        Iso2 = e.GetString("Iso2"),
        Country = e.GetString("Country"),
        Year = e.GetInt32("Year"),
        Source = e.GetString("Source"),
        Status = e.GetString("Status"),
        ContentKey = e.GetString("ContentKey"),
        BlobName = e.GetString("BlobName"),
        Reason = TableText.Read(e, "Reason"),
        Warnings = TableText.Read(e, "Warnings")?.Split('\n') ?? [],
        FactCount = e.GetInt32("FactCount") ?? 0,
        StatementCount = e.GetInt32("StatementCount") ?? 0,
        PageCount = e.GetInt32("PageCount") ?? 0,
        PreservedAt = e.GetString("PreservedAt"),
        IngestedAt = e.GetDateTimeOffset("IngestedAt") ?? default,
        SupersededBy = e.GetString("SupersededBy"),
        RetiredAt = e.GetDateTimeOffset("RetiredAt"),
    };
}
