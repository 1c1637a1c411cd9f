using System.Text;
using System.Text.Json;
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
/// scales the queue's consumers out), one row per country in the run store, and a single
/// notification once every country is done, so that each subscriber still gets one message per
/// run. It talks to storage only through <see cref="ICompareRunStore"/> and <see cref="ICompareRunQueues"/>
/// (Azure Tables and Queues in <see cref="TableCompareRunStore"/> and <see cref="AzureCompareRunQueues"/>).
/// </summary>
/// <remarks>
/// Completion is idempotent (a redelivered message rewrites its country's row) and the fan-in
/// cannot fire twice: whoever finds no pending country left claims the run row under its ETag,
/// and only the winner queues the notification. A crash between claim and queueing loses that
/// run's notification, never duplicates it; the next run's notification delivers those alerts.
/// </remarks>
public sealed partial class CompareRuns(ICompareRunStore store, ICompareRunQueues queues, TimeProvider time, ILogger<CompareRuns> logger)
{
    internal const string Pending = "pending";
    internal const string Done = "done";
    internal const string Failed = "failed";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Records a run over <paramref name="countries"/> and queues one compare message per country.</summary>
    public async Task<CompareRunStarted> StartAsync(IReadOnlyCollection<string> countries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(countries);
        var now = time.GetUtcNow();
        var runId = $"{now:yyyyMMdd'T'HHmmss'Z'}-{Guid.NewGuid():N}"[..28];
        var iso2s = countries.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        // Rows before messages: a message never names a country its run does not know.
        await store.CreateAsync(runId, iso2s, now, cancellationToken).ConfigureAwait(false);
        foreach (var iso2 in iso2s)
        {
            await queues.SendAsync(new CompareCountryMessage(runId, iso2), cancellationToken).ConfigureAwait(false);
        }

        LogStarted(logger, runId, iso2s.Count);
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
        await store.CompleteAsync(message.RunId, message.Iso2, error, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return !await store.AnyPendingAsync(message.RunId, cancellationToken).ConfigureAwait(false)
            && await TryQueueNotifyAsync(message.RunId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The run's countries and their states (<c>pending</c>, <c>done</c>, <c>failed</c>), for logs and tests.</summary>
    public Task<IReadOnlyDictionary<string, string>> StatesAsync(string runId, CancellationToken cancellationToken = default) =>
        store.StatesAsync(runId, cancellationToken);

    /// <summary>The text of a queue message as the Functions queue trigger expects it (host.json: messageEncoding base64).</summary>
    public static string Encode<T>(T message) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message, Json)));

    /// <summary>Reads a message written by <see cref="Encode{T}"/>.</summary>
    public static T Decode<T>(string text) =>
        JsonSerializer.Deserialize<T>(Encoding.UTF8.GetString(Convert.FromBase64String(text)), Json)
        ?? throw new FormatException("The queue message is empty.");

    private async Task<bool> TryQueueNotifyAsync(string runId, CancellationToken cancellationToken)
    {
        if (!await store.TryClaimNotifyAsync(runId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            // Another instance finished a country at the same moment and claimed the run first.
            return false;
        }

        await queues.SendAsync(new NotifyMessage(runId), cancellationToken).ConfigureAwait(false);
        LogNotifyQueued(logger, runId);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Comparison run {RunId} started over {Countries} countries")]
    private static partial void LogStarted(ILogger logger, string runId, int countries);

    [LoggerMessage(Level = LogLevel.Information, Message = "Comparison run {RunId} complete; notification queued")]
    private static partial void LogNotifyQueued(ILogger logger, string runId);
}
