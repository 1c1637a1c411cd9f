using Azure.Data.Tables;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Storage.Tables;

/// <summary>Facts table: PartitionKey iso2, RowKey <c>YYYY|facet|docprefix</c>; evidence split over parts when long.</summary>
public sealed class TableFactStore(StorageClients clients) : IFactStore
{
    public async Task WriteAsync(StoredDocument document, IReadOnlyList<Fact> facts, CancellationToken cancellationToken = default)
    {
        DocumentKeys.RequireIngested(document);
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Count == 0)
        {
            return;
        }

        var table = await clients.TableAsync(TableNames.Facts, cancellationToken).ConfigureAwait(false);
        await TableBatch.UpsertAsync(table, facts.Select(f => ToEntity(document, f)), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StoredFact>> ListAsync(string iso2, int? year = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(iso2);
        var table = await clients.TableAsync(TableNames.Facts, cancellationToken).ConfigureAwait(false);
        var filter = year is { } y
            ? TableClient.CreateQueryFilter($"PartitionKey eq {iso2} and Year eq {y}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {iso2}");
        var facts = new List<StoredFact>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var fact = new Fact(e.GetString("Facet"), e.GetString("Value"), TableText.Read(e, "Evidence") ?? string.Empty, e.GetInt32("Page"), e.GetInt32("Offset"), e.GetString("Period"));
            facts.Add(new StoredFact(e.PartitionKey, e.GetInt32("Year") ?? 0, fact, e.GetString("DocumentId"), e.GetString("Source"), e.GetString("BlobName")));
        }

        return facts;
    }

    private static TableEntity ToEntity(StoredDocument d, Fact f)
    {
        var entity = new TableEntity(d.Iso2!, DocumentKeys.FactRow(d.Year!.Value, f.Facet, d.Id))
        {
            ["Year"] = d.Year,
            ["Facet"] = f.Facet,
            ["Family"] = FacetFamilies.Of(f.Facet),
            ["Value"] = f.Value,
            ["Page"] = f.Page,
            ["Offset"] = f.Offset,
            ["Period"] = f.Period,
            ["DocumentId"] = d.Id,
            ["Source"] = d.Source,
            ["BlobName"] = d.BlobName,
        };
        TableText.Write(entity, "Evidence", f.Evidence);
        return entity;
    }
}
