using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ReportPipeline.Core.Statements;

namespace ReportPipeline.Storage.Tables;

/// <summary>
/// A language model's validated answers per sentence, kept across runs so that a re-ingest asks
/// the model nothing. Table <c>ModelAnswers</c>: PartitionKey the model and prompt revision,
/// RowKey the sentence hash; <c>Labels</c> holds the labels as JSON (an empty list means
/// "nothing to report", which is an answer too).
/// </summary>
public sealed class TableClassificationCache(StorageClients clients) : IClassificationCache
{
    /// <summary>Point reads in flight at once: enough to hide latency, few enough to be polite to the account.</summary>
    private const int Parallelism = 8;

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<StatementLabel>>> GetManyAsync(string scope, IReadOnlyCollection<string> sentenceHashes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(scope);
        ArgumentNullException.ThrowIfNull(sentenceHashes);
        var found = new Dictionary<string, IReadOnlyList<StatementLabel>>(StringComparer.Ordinal);
        if (sentenceHashes.Count == 0)
        {
            return found;
        }

        var table = await clients.TableAsync(TableNames.ModelAnswers, cancellationToken).ConfigureAwait(false);
        var partition = TableText.Key(scope);
        await Parallel.ForEachAsync(sentenceHashes.Distinct(StringComparer.Ordinal), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (hash, ct) =>
        {
            var response = await table.GetEntityIfExistsAsync<TableEntity>(partition, TableText.Key(hash), ["Labels"], ct).ConfigureAwait(false);
            if (response.HasValue && Deserialize(response.Value!.GetString("Labels")) is { } labels)
            {
                lock (found)
                {
                    found[hash] = labels;
                }
            }
        }).ConfigureAwait(false);
        return found;
    }

    public async Task SetManyAsync(string scope, IReadOnlyDictionary<string, IReadOnlyList<StatementLabel>> answers, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(scope);
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Count == 0)
        {
            return;
        }

        var table = await clients.TableAsync(TableNames.ModelAnswers, cancellationToken).ConfigureAwait(false);
        var partition = TableText.Key(scope);
        var entities = answers.Select(a => new TableEntity(partition, TableText.Key(a.Key))
        {
            ["Scope"] = scope,
            ["Labels"] = JsonSerializer.Serialize(a.Value.Select(StoredLabel.From).ToList()),
        });
        await TableBatch.UpsertAsync(table, entities, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Null for a row that cannot be read: it is then asked again rather than trusted.</summary>
    private static List<StatementLabel>? Deserialize(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<List<StoredLabel>>(json)?.Select(l => l.ToLabel()).ToList();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record StoredLabel(string Category, string? Action, Dictionary<string, string> Fields, double Confidence)
    {
        public static StoredLabel From(StatementLabel label) =>
            new(label.Category, label.Action, label.Fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal), label.Confidence);

        public StatementLabel ToLabel() => new(Category, Action, Fields ?? [], Confidence);
    }
}
