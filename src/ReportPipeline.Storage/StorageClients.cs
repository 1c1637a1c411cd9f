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

    public StorageClients(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Value;
        Options.Validate();
        if (!string.IsNullOrWhiteSpace(Options.ConnectionString))
        {
            Tables = new TableServiceClient(Options.ConnectionString);
            Blobs = new BlobServiceClient(Options.ConnectionString);
            Queues = new QueueServiceClient(Options.ConnectionString);
        }
        else
        {
            var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = Options.ManagedIdentityClientId });
            Tables = new TableServiceClient(new Uri($"https://{Options.AccountName}.table.core.windows.net"), credential);
            Blobs = new BlobServiceClient(new Uri($"https://{Options.AccountName}.blob.core.windows.net"), credential);
            Queues = new QueueServiceClient(new Uri($"https://{Options.AccountName}.queue.core.windows.net"), credential);
        }
    }

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
