using Azure.Data.Tables;

namespace ReportPipeline.Storage;

/// <summary>Upserts in entity-group transactions: one partition each, at most 100 operations and ~3.5 MiB.</summary>
public static class TableBatch
{
    public const int MaxOperations = 100;

    private const int MaxBytes = 3_500_000;

    /// <summary>Upserts (replace) every entity; a later entity with the same keys wins. Returns the number written.</summary>
    public static async Task<int> UpsertAsync(TableClient table, IEnumerable<TableEntity> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(entities);
        var written = 0;
        foreach (var partition in entities.GroupBy(e => e.PartitionKey, StringComparer.Ordinal))
        {
            // A transaction may not touch one row twice.
            var rows = partition.GroupBy(e => e.RowKey, StringComparer.Ordinal).Select(g => g.Last()).ToList();
            var batch = new List<TableTransactionAction>(MaxOperations);
            var bytes = 0;
            foreach (var row in rows)
            {
                var size = TableText.EstimateBytes(row);
                if (batch.Count == MaxOperations || (batch.Count > 0 && bytes + size > MaxBytes))
                {
                    await table.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
                    written += batch.Count;
                    batch = new List<TableTransactionAction>(MaxOperations);
                    bytes = 0;
                }

                batch.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, row));
                bytes += size;
            }

            if (batch.Count > 0)
            {
                await table.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
                written += batch.Count;
            }
        }

        return written;
    }
}
