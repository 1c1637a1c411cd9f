using System.Collections.Concurrent;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace ReportPipeline.Storage;

/// <summary>
/// The account's blob, table and queue clients (thread-safe, one per process) and the tables and
/// containers, created on first use. Other adapters (alerts, subscriptions) get their tables here too.
/// </summary>
public sealed class StorageClients
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> _tables = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<BlobContainerClient>>> _containers = new(StringComparer.Ordinal);
    private readonly TableServiceClient _probe;

    public StorageClients(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Value;
        Options.Validate();
        if (!string.IsNullOrWhiteSpace(Options.ConnectionString))
        {
            try
            {
                Tables = new TableServiceClient(Options.ConnectionString, Bounded(new TableClientOptions()));
                _probe = new TableServiceClient(Options.ConnectionString, Bounded(new TableClientOptions(), maxRetries: 0));
                Blobs = new BlobServiceClient(Options.ConnectionString, Bounded(new BlobClientOptions()));
                Queues = new QueueServiceClient(Options.ConnectionString, Bounded(new QueueClientOptions()));
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
            {
                throw new StorageConfigurationException($"The storage connection string cannot be used ({ex.Message.Split('\n', 2)[0].Trim()}); expected e.g. UseDevelopmentStorage=true or DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…", ex);
            }
        }
        else
        {
            var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = Options.ManagedIdentityClientId });
            Tables = new TableServiceClient(new Uri($"https://{Options.AccountName}.table.core.windows.net"), credential, Bounded(new TableClientOptions()));
            _probe = new TableServiceClient(Tables.Uri, credential, Bounded(new TableClientOptions(), maxRetries: 0));
            Blobs = new BlobServiceClient(new Uri($"https://{Options.AccountName}.blob.core.windows.net"), credential, Bounded(new BlobClientOptions()));
            Queues = new QueueServiceClient(new Uri($"https://{Options.AccountName}.queue.core.windows.net"), credential, Bounded(new QueueClientOptions()));
        }
    }

    /// <summary>
    /// Retries short enough that a closed port or a wrong key is reported within seconds, not the
    /// SDK's default of 100 s per try; a blip still gets three tries over about three seconds, and the
    /// hosts (watch, the claim ledger) wait out longer outages themselves.
    /// </summary>
    private static T Bounded<T>(T options, int maxRetries = 3) where T : Azure.Core.ClientOptions
    {
        options.Retry.Mode = Azure.Core.RetryMode.Exponential;
        options.Retry.MaxRetries = maxRetries;
        options.Retry.Delay = TimeSpan.FromMilliseconds(400);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(4);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        return options;
    }

    /// <summary>
    /// One request without retries (list one table) that tells at once whether the account answers
    /// and accepts the credentials; throws <see cref="StorageProbeException"/> saying which it is not.
    /// A command calls it before its work so that a wrong setting costs a second, not a run of retries.
    /// </summary>
    public async Task ProbeAsync(CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            await foreach (var _ in _probe.QueryAsync(filter: (string?)null, maxPerPage: 1, cancellationToken: timeout.Token).AsPages(pageSizeHint: 1).ConfigureAwait(false))
            {
                break;
            }
        }
        catch (Exception ex) when (StorageFailures.IsStorageFailure(ex) || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var reason = ex is OperationCanceledException ? $"no answer within {ProbeTimeout.TotalSeconds:0} s" : StorageFailures.Describe(ex);
            throw new StorageProbeException($"cannot use {Endpoint}: {reason}", ex);
        }
    }

    /// <summary>How long <see cref="ProbeAsync"/> waits for the account's first answer.</summary>
    public static TimeSpan ProbeTimeout { get; } = TimeSpan.FromSeconds(10);

    /// <summary>The account's table endpoint, for messages.</summary>
    public string Endpoint => Tables.Uri.GetLeftPart(UriPartial.Path).TrimEnd('/');

    public StorageOptions Options { get; }

    public TableServiceClient Tables { get; }

    public BlobServiceClient Blobs { get; }

    public QueueServiceClient Queues { get; }

    /// <summary>The table <paramref name="table"/> (prefixed), created if missing.</summary>
    public Task<TableClient> TableAsync(string table, CancellationToken cancellationToken = default)
    {
        var name = Options.TableName(table);
        return Retrying(_tables, name, async () =>
        {
            var client = Tables.GetTableClient(name);
            await client.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            return client;
        });
    }

    /// <summary>The container <paramref name="name"/>, created if missing.</summary>
    public Task<BlobContainerClient> ContainerAsync(string name, CancellationToken cancellationToken = default) =>
        Retrying(_containers, name, async () =>
        {
            var client = Blobs.GetBlobContainerClient(name);
            await client.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return client;
        });

    // A creation that failed (storage down) is not cached: the next call tries again.
    private static async Task<T> Retrying<T>(ConcurrentDictionary<string, Lazy<Task<T>>> cache, string name, Func<Task<T>> create)
    {
        var lazy = cache.GetOrAdd(name, _ => new Lazy<Task<T>>(create));
        try
        {
            return await lazy.Value.ConfigureAwait(false);
        }
        catch
        {
            cache.TryRemove(new KeyValuePair<string, Lazy<Task<T>>>(name, lazy));
            throw;
        }
    }
}
