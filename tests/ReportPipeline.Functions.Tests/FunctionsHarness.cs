using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Hosting;
using ReportPipeline.Storage;
using ReportPipeline.Testing;

namespace ReportPipeline.Functions.Tests;

/// <summary>
/// The Functions app's services as Program.cs builds them (AddReportPipelineFunctionsApp), on a real Azurite,
/// isolated from other tests by their own table prefix and containers. Functions are created from
/// these services, as the worker creates them.
/// </summary>
public sealed class FunctionsHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public FunctionsHarness(AzuriteFixture azurite, IDictionary<string, string?>? settings = null)
    {
        Prefix = AzuriteFixture.UniqueName("f");
        var values = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["ReportPipeline:Tables:Prefix"] = Prefix,
            ["ReportPipeline:Containers:Reports"] = Prefix + "-reports",
            ["ReportPipeline:Containers:Failed"] = Prefix + "-failed",
            ["ReportPipeline:Countries"] = Path.Combine(SharedData.RepositoryRoot, "samples", "countries.tsv"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        Configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        _services = new ServiceCollection().AddReportPipelineFunctionsApp(Configuration).BuildServiceProvider(validateScopes: true);
        Storage = _services.GetRequiredService<StorageClients>();
    }

    public string Prefix { get; }

    public IConfiguration Configuration { get; }

    public StorageClients Storage { get; }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>An invocation's services: the worker gives each HTTP request a scope as its RequestServices.</summary>
    public AsyncServiceScope Scope() => _services.CreateAsyncScope();

    /// <summary>A function class built from the app's services, as the worker builds it.</summary>
    public T Function<T>() where T : class => ActivatorUtilities.CreateInstance<T>(_services);

    public Task<BlobContainerClient> ReportsAsync() => Storage.ContainerAsync(Storage.Options.ReportsContainer);

    public Task<BlobContainerClient> FailedAsync() => Storage.ContainerAsync(Storage.Options.FailedContainer);

    /// <summary>Uploads a bundled sample report (samples/reports) under <paramref name="name"/>.</summary>
    public async Task<BlobClient> UploadSampleAsync(string sample, string? name = null)
    {
        var container = await ReportsAsync();
        var blob = container.GetBlobClient(name ?? sample);
        await blob.UploadAsync(Path.Combine(SharedData.RepositoryRoot, "samples", "reports", sample), overwrite: true);
        return blob;
    }

    public async Task<List<TableEntity>> RowsAsync(string table, string? filter = null)
    {
        var client = await Storage.TableAsync(table);
        return [.. client.Query<TableEntity>(filter)];
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
