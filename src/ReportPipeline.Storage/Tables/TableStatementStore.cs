using System.Text.Json;
using Azure.Data.Tables;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Storage.Tables;

/// <summary>Statements table: PartitionKey <c>iso2-YYYY</c>, RowKey <c>docprefix-statementhash</c>.</summary>
public sealed class TableStatementStore(StorageClients clients) : IStatementStore
{
    public async Task WriteAsync(StoredDocument document, IReadOnlyList<Statement> statements, CancellationToken cancellationToken = default)
    {
        DocumentKeys.RequireIngested(document);
        ArgumentNullException.ThrowIfNull(statements);
        if (statements.Count == 0)
        {
            return;
        }

        var table = await clients.TableAsync(TableNames.Statements, cancellationToken).ConfigureAwait(false);
        await TableBatch.UpsertAsync(table, statements.Select(s => ToEntity(document, s)), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StoredStatement>> ListAsync(string iso2, int year, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(iso2);
        var table = await clients.TableAsync(TableNames.Statements, cancellationToken).ConfigureAwait(false);
        var partition = DocumentKeys.StatementPartition(iso2, year);
        var statements = new List<StoredStatement>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var fields = JsonSerializer.Deserialize<Dictionary<string, string>>(e.GetString("Fields") ?? "{}") ?? [];
            var statement = new Statement(
                e.GetString("Category"),
                e.GetString("Action"),
                TableText.Read(e, "Text") ?? string.Empty,
                e.GetDouble("Confidence") ?? 0,
                e.GetString("Classifier"),
                fields,
                e.GetInt32("Page"),
                e.GetInt32("Offset"));
            statements.Add(new StoredStatement(iso2, year, e.RowKey, statement, e.GetString("DocumentId"), e.GetString("Source"), e.GetString("BlobName")));
        }

        return statements;
    }

    private static TableEntity ToEntity(StoredDocument d, Statement s)
    {
        var entity = new TableEntity(DocumentKeys.StatementPartition(d.Iso2!, d.Year!.Value), DocumentKeys.StatementRow(d.Id, IngestionKeys.StatementHash(s)))
        {
            ["Iso2"] = d.Iso2,
            ["Year"] = d.Year,
            ["Category"] = s.Category,
            ["Action"] = s.Action,
            ["Fields"] = JsonSerializer.Serialize(s.Fields.OrderBy(f => f.Key, StringComparer.Ordinal).ToDictionary(f => f.Key, f => f.Value)),
            ["Confidence"] = s.Confidence,
            ["Classifier"] = s.Classifier,
            ["Page"] = s.Page,
            ["Offset"] = s.Offset,
            ["DocumentId"] = d.Id,
            ["Source"] = d.Source,
            ["BlobName"] = d.BlobName,
        };
        TableText.Write(entity, "Text", s.Text);
        return entity;
    }
}
