using Azure;
using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace ReportPipeline.Hosting;

/// <summary>The <c>CompareRuns</c> table: PartitionKey the run id, RowKey <c>run</c> or the country code.</summary>
public sealed class TableCompareRunStore : ICompareRunStore
{
    private const string RunRowKey = "run";
    private const int MaxBatch = 100;

    private readonly TableClient _table;
    private readonly CreateOnce _created;

    /// <param name="tablePrefix">Prepended to the table name (as the storage options' table prefix; tests isolate runs with it).</param>
    public TableCompareRunStore(TableServiceClient tables, string tablePrefix = "")
    {
        ArgumentNullException.ThrowIfNull(tables);
        _table = tables.GetTableClient(tablePrefix + PipelineNames.CompareRunsTable);
        _created = new CreateOnce(async ct => await _table.CreateIfNotExistsAsync(ct).ConfigureAwait(false));
    }

    public async Task CreateAsync(string runId, IReadOnlyList<string> countries, DateTimeOffset startedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(countries);
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<TableEntity> { new(runId, RunRowKey) { ["Total"] = countries.Count, ["StartedAt"] = startedAt } };
        rows.AddRange(countries.Select(iso2 => new TableEntity(runId, iso2) { ["State"] = CompareRuns.Pending }));
        foreach (var chunk in rows.Chunk(MaxBatch))
        {
            await _table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task CompleteAsync(string runId, string iso2, string? error, DateTimeOffset completedAt, CancellationToken cancellationToken = default)
    {
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(runId, iso2)
        {
            ["State"] = error is null ? CompareRuns.Done : CompareRuns.Failed,
            ["Error"] = error,
            ["CompletedAt"] = completedAt,
        };
        await _table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> AnyPendingAsync(string runId, CancellationToken cancellationToken = default)
    {
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {runId} and State eq {CompareRuns.Pending}");
        await foreach (var _ in _table.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        return false;
    }

    public async Task<bool> TryClaimNotifyAsync(string runId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var run = await _table.GetEntityAsync<TableEntity>(runId, RunRowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (run.Value.ContainsKey("NotifyQueuedAt"))
        {
            return false;
        }

        run.Value["NotifyQueuedAt"] = at;
        try
        {
            // Conditional on the ETag read: of two instances finishing the last countries together, one wins.
            await _table.UpdateEntityAsync(run.Value, run.Value.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return false;
        }
    }

    public async Task<IReadOnlyDictionary<string, string>> StatesAsync(string runId, CancellationToken cancellationToken = default)
    {
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {runId} and RowKey ne {RunRowKey}");
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            states[row.RowKey] = row.GetString("State");
        }

        return states;
    }
}

/// <summary>The compare and notify queues the Functions queue triggers read (host.json: messageEncoding base64).</summary>
public sealed class AzureCompareRunQueues : ICompareRunQueues
{
    private readonly QueueClient _compareQueue;
    private readonly QueueClient _notifyQueue;
    private readonly CreateOnce _created;

    /// <param name="queuePrefix">Prepended to the queue names; the Functions triggers use the plain names.</param>
    public AzureCompareRunQueues(QueueServiceClient queues, string queuePrefix = "")
    {
        ArgumentNullException.ThrowIfNull(queues);
        _compareQueue = queues.GetQueueClient(queuePrefix + PipelineNames.CompareQueue);
        _notifyQueue = queues.GetQueueClient(queuePrefix + PipelineNames.NotifyQueue);
        _created = new CreateOnce(async ct =>
        {
            await _compareQueue.CreateIfNotExistsAsync(cancellationToken: ct).ConfigureAwait(false);
            await _notifyQueue.CreateIfNotExistsAsync(cancellationToken: ct).ConfigureAwait(false);
        });
    }

    public Task SendAsync(CompareCountryMessage message, CancellationToken cancellationToken = default) =>
        SendAsync(_compareQueue, CompareRuns.Encode(message), cancellationToken);

    public Task SendAsync(NotifyMessage message, CancellationToken cancellationToken = default) =>
        SendAsync(_notifyQueue, CompareRuns.Encode(message), cancellationToken);

    private async Task SendAsync(QueueClient queue, string text, CancellationToken cancellationToken)
    {
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await queue.SendMessageAsync(text, cancellationToken).ConfigureAwait(false);
    }
}
