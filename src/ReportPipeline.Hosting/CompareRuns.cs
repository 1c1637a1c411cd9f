using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging;

namespace ReportPipeline.Hosting;

/// <summary>Fan-out: compare one country as part of a run.</summary>
public sealed record CompareCountryMessage(string RunId, string Iso2);

/// <summary>Fan-in: every country of the run is done; notify subscribers once.</summary>
public sealed record NotifyMessage(string RunId);

/// <summary>What starting a run did.</summary>
/// <param name="NotifyQueued">True when the run had no country to compare and went straight to notification.</param>
public sealed record CompareRunStarted(string RunId, IReadOnlyList<string> Countries, bool NotifyQueued);

/// <summary>
/// A comparison run spread over many instances: one queue message per dirty country (Functions
/// scales the queue's consumers out), one row per country in the <c>CompareRuns</c> table, and a
/// single notification once every country is done, so that each subscriber still gets one
/// message per run.
/// </summary>
/// <remarks>
/// Completion is idempotent (a redelivered message rewrites its country's row) and the fan-in
/// cannot fire twice: whoever finds no pending country left claims the run row under its ETag,
/// and only the winner queues the notification. A crash between claim and queueing loses that
/// run's notification, never duplicates it; the next run's notification delivers those alerts.
/// </remarks>
public sealed partial class CompareRuns
{
    private const string RunRowKey = "run";
    private const string Pending = "pending";
    private const string Done = "done";
    private const string Failed = "failed";
    private const int MaxBatch = 100;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly TableClient _table;
    private readonly QueueClient _compareQueue;
    private readonly QueueClient _notifyQueue;
    private readonly TimeProvider _time;
    private readonly ILogger<CompareRuns> _logger;
    private readonly SemaphoreSlim _createLock = new(1, 1);
    private bool _created;

    /// <param name="tablePrefix">Prepended to the table name (as the storage options' table prefix; tests isolate runs with it).</param>
    /// <param name="queuePrefix">Prepended to the queue names; the Functions triggers use the plain names.</param>
    public CompareRuns(TableServiceClient tables, QueueServiceClient queues, TimeProvider time, ILogger<CompareRuns> logger, string tablePrefix = "", string queuePrefix = "")
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(queues);
        _table = tables.GetTableClient(tablePrefix + PipelineNames.CompareRunsTable);
        _compareQueue = queues.GetQueueClient(queuePrefix + PipelineNames.CompareQueue);
        _notifyQueue = queues.GetQueueClient(queuePrefix + PipelineNames.NotifyQueue);
        _time = time;
        _logger = logger;
    }

    /// <summary>Records a run over <paramref name="countries"/> and queues one compare message per country.</summary>
    public async Task<CompareRunStarted> StartAsync(IReadOnlyCollection<string> countries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(countries);
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var runId = $"{now:yyyyMMdd'T'HHmmss'Z'}-{Guid.NewGuid():N}"[..28];
        var iso2s = countries.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        // Rows before messages: a message never names a country its run does not know.
        var rows = new List<TableEntity>
        {
            new(runId, RunRowKey) { ["Total"] = iso2s.Count, ["StartedAt"] = now },
        };
        rows.AddRange(iso2s.Select(iso2 => new TableEntity(runId, iso2) { ["State"] = Pending }));
        foreach (var chunk in rows.Chunk(MaxBatch))
        {
            await _table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken).ConfigureAwait(false);
        }

        foreach (var iso2 in iso2s)
        {
            await _compareQueue.SendMessageAsync(Encode(new CompareCountryMessage(runId, iso2)), cancellationToken).ConfigureAwait(false);
        }

        LogStarted(_logger, runId, iso2s.Count);
        var notifyQueued = iso2s.Count == 0 && await TryQueueNotifyAsync(runId, cancellationToken).ConfigureAwait(false);
        return new CompareRunStarted(runId, iso2s, notifyQueued);
    }

    /// <summary>
    /// Records that the message's country is done (compared, or given up with <paramref name="error"/>);
    /// true when this was the run's last country and the notification was queued by this call.
    /// </summary>
    public async Task<bool> CompleteAsync(CompareCountryMessage message, string? error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(message.RunId, message.Iso2)
        {
            ["State"] = error is null ? Done : Failed,
            ["Error"] = error,
            ["CompletedAt"] = _time.GetUtcNow(),
        };
        await _table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {message.RunId} and State eq {Pending}");
        await foreach (var _ in _table.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        return await TryQueueNotifyAsync(message.RunId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The run's countries and their states (<c>pending</c>, <c>done</c>, <c>failed</c>), for logs and tests.</summary>
    public async Task<IReadOnlyDictionary<string, string>> StatesAsync(string runId, CancellationToken cancellationToken = default)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {runId} and RowKey ne {RunRowKey}");
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            states[row.RowKey] = row.GetString("State");
        }

        return states;
    }

    /// <summary>The text of a queue message as the Functions queue trigger expects it (host.json: messageEncoding base64).</summary>
    public static string Encode<T>(T message) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message, Json)));

    /// <summary>Reads a message written by <see cref="Encode{T}"/>.</summary>
    public static T Decode<T>(string text) =>
        JsonSerializer.Deserialize<T>(Encoding.UTF8.GetString(Convert.FromBase64String(text)), Json)
        ?? throw new FormatException("The queue message is empty.");

    private async Task<bool> TryQueueNotifyAsync(string runId, CancellationToken cancellationToken)
    {
        var run = await _table.GetEntityAsync<TableEntity>(runId, RunRowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (run.Value.ContainsKey("NotifyQueuedAt"))
        {
            return false;
        }

        run.Value["NotifyQueuedAt"] = _time.GetUtcNow();
        try
        {
            await _table.UpdateEntityAsync(run.Value, run.Value.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            // Another instance finished a country at the same moment and claimed the run first.
            return false;
        }

        await _notifyQueue.SendMessageAsync(Encode(new NotifyMessage(runId)), cancellationToken).ConfigureAwait(false);
        LogNotifyQueued(_logger, runId);
        return true;
    }

    // Created on first use, and tried again on the next call when storage was down.
    private async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _created))
        {
            return;
        }

        await _createLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_created)
            {
                await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
                await _compareQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                await _notifyQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _created, true);
            }
        }
        finally
        {
            _createLock.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Comparison run {RunId} started over {Countries} countries")]
    private static partial void LogStarted(ILogger logger, string runId, int countries);

    [LoggerMessage(Level = LogLevel.Information, Message = "Comparison run {RunId} complete; notification queued")]
    private static partial void LogNotifyQueued(ILogger logger, string runId);
}
