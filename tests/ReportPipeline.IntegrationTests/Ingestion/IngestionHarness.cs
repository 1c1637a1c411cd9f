using System.Globalization;
using System.Text;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Core;
using ReportPipeline.Core.Identification;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Storage;
using ReportPipeline.Testing;

namespace ReportPipeline.IntegrationTests.Ingestion;

/// <summary>
/// The real ingestion stack (Azure adapters, IngestionService) on one Azurite, with tables and
/// containers of its own so that tests never see each other's rows.
/// </summary>
public sealed class IngestionHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public IngestionHarness(string connectionString, string? name = null, IDictionary<string, string?>? settings = null)
    {
        Name = name ?? AzuriteFixture.UniqueName();
        var values = new Dictionary<string, string?>
        {
            ["ReportPipeline:Storage"] = connectionString,
            ["ReportPipeline:Containers:Reports"] = $"{Name}-reports",
            ["ReportPipeline:Containers:Failed"] = $"{Name}-failed",
            ["ReportPipeline:Tables:Prefix"] = Name,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        Configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton(CountryCatalog.Load(Path.Combine(SharedData.RepositoryRoot, "samples", "countries.tsv")));
        services.AddReportPipelineCore(Configuration);
        services.AddReportPipelineStorage(Configuration);
        _services = services.BuildServiceProvider();
    }

    public string Name { get; }

    public IConfiguration Configuration { get; }

    public IServiceProvider Services => _services;

    public StorageClients Clients => _services.GetRequiredService<StorageClients>();

    public IngestionService Service => _services.GetRequiredService<IngestionService>();

    public IReportBlobSource Blobs => _services.GetRequiredService<IReportBlobSource>();

    public IDocumentStore Documents => _services.GetRequiredService<IDocumentStore>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Uploads the files of <paramref name="folder"/> (names relative to it) into the reports container.</summary>
    public async Task<IReadOnlyList<ReportBlob>> UploadAsync(string folder, CancellationToken cancellationToken = default)
    {
        var blobs = new List<ReportBlob>();
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(folder, file).Replace('\\', '/');
            string sha;
            await using (var hashing = File.OpenRead(file))
            {
                sha = Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(hashing, cancellationToken));
            }

            await using var content = File.OpenRead(file);
            blobs.Add(await Blobs.UploadAsync(name, content, sha, cancellationToken));
        }

        return blobs;
    }

    /// <summary>Every blob of the reports container, ingested by <paramref name="batch"/> (default: this harness's).</summary>
    public async Task<IReadOnlyList<IngestOutcome>> IngestContainerAsync(IngestionBatch? batch = null, Action<IngestOutcome>? onOutcome = null, CancellationToken cancellationToken = default)
    {
        var blobs = new List<ReportBlob>();
        await foreach (var blob in Blobs.ListAsync(cancellationToken))
        {
            blobs.Add(blob);
        }

        return await (batch ?? Get<IngestionBatch>()).RunAsync(blobs, onOutcome, cancellationToken);
    }

    /// <summary>
    /// Every row of every ingestion table as text, sorted. Left out: what differs between two
    /// equivalent runs by nature — times (<c>Timestamp</c>, <c>*At</c>, <c>LeaseUntil</c>), the blob's
    /// ETag (a new upload has a new one) — and this harness's own names are replaced by placeholders.
    /// </summary>
    public async Task<SortedDictionary<string, List<string>>> DumpAsync(CancellationToken cancellationToken = default)
    {
        var options = Clients.Options;
        var dump = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in TableNames.Ingestion)
        {
            var client = await Clients.TableAsync(table, cancellationToken);
            var rows = new List<string>();
            await foreach (var entity in client.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
            {
                rows.Add(Describe(entity, options));
            }

            rows.Sort(StringComparer.Ordinal);
            dump[table] = rows;
        }

        return dump;
    }

    /// <summary>Rows only one of two dumps has, per table; empty when the dumps are equal.</summary>
    public static List<string> Differences(SortedDictionary<string, List<string>> expected, SortedDictionary<string, List<string>> actual)
    {
        var differences = new List<string>();
        foreach (var table in expected.Keys.Union(actual.Keys))
        {
            var want = expected.GetValueOrDefault(table) ?? [];
            var got = actual.GetValueOrDefault(table) ?? [];
            differences.AddRange(want.Except(got).Select(r => $"{table} missing: {r}"));
            differences.AddRange(got.Except(want).Select(r => $"{table} extra: {r}"));
            if (want.Count != got.Count)
            {
                differences.Add($"{table}: {want.Count} rows expected, {got.Count} found");
            }
        }

        return differences;
    }

    private static string Describe(TableEntity entity, StorageOptions options)
    {
        var text = new StringBuilder();
        text.Append(Normalize(entity.PartitionKey, options)).Append(" | ").Append(Normalize(entity.RowKey, options));
        foreach (var (key, value) in entity.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (key is "PartitionKey" or "RowKey" or "Timestamp" or "odata.etag" or "BlobETag" or "LeaseUntil" || key.EndsWith("At", StringComparison.Ordinal))
            {
                continue;
            }

            text.Append(" | ").Append(key).Append('=').Append(Normalize(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null", options));
        }

        return text.ToString();
    }

    private static string Normalize(string value, StorageOptions options) => value
        .Replace(options.FailedContainer, "<failed>", StringComparison.Ordinal)
        .Replace(options.ReportsContainer, "<reports>", StringComparison.Ordinal);

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
