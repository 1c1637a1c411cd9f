using Azure.Data.Tables;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Storage.Tables;

/// <summary>
/// The comparison's view of one country: its ingested documents (Documents partition iso2), their
/// facts (Facts partition iso2) and statements (Statements partitions iso2-YYYY), grouped by document.
/// Documents that need review or failed are not part of a country's history.
/// </summary>
public sealed class TableCountryHistoryReader(StorageClients clients, IFactStore facts, IStatementStore statements) : ICountryHistoryReader
{
    public async Task<CountryHistory?> ReadAsync(string iso2, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(iso2);
        var table = await clients.TableAsync(TableNames.Documents, cancellationToken).ConfigureAwait(false);
        var documents = new List<StoredDocument>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {iso2} and Status eq {DocumentStatus.Ingested}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            documents.Add(TableDocumentStore.FromEntity(entity));
        }

        if (documents.Count == 0)
        {
            return null;
        }

        var factsByDocument = (await facts.ListAsync(iso2, cancellationToken: cancellationToken).ConfigureAwait(false))
            .ToLookup(f => f.DocumentId, StringComparer.Ordinal);
        var statementsByDocument = new Dictionary<string, List<Statement>>(StringComparer.Ordinal);
        foreach (var year in documents.Select(d => d.Year!.Value).Distinct())
        {
            foreach (var stored in await statements.ListAsync(iso2, year, cancellationToken).ConfigureAwait(false))
            {
                if (!statementsByDocument.TryGetValue(stored.DocumentId, out var list))
                {
                    statementsByDocument[stored.DocumentId] = list = [];
                }

                list.Add(stored.Statement);
            }
        }

        var history = documents
            .OrderBy(d => d.Year)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => new CountryDocument(
                d.Id,
                d.Source,
                d.Year,
                [.. factsByDocument[d.Id].Select(f => f.Fact)],
                statementsByDocument.GetValueOrDefault(d.Id) ?? [],
                d.BlobName))
            .ToList();
        var name = documents.Select(d => d.Country).FirstOrDefault(c => c is not null) ?? iso2;
        return new CountryHistory(iso2, name, history);
    }
}
