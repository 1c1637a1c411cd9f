using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Core;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Identification;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Core.Model;
using ReportPipeline.Storage;
using ReportPipeline.Testing;

namespace ReportPipeline.IntegrationTests.Comparison;

/// <summary>
/// Ingestion and comparison wired to one Azurite with tables of their own: what the command line
/// and the Functions app run, minus the host.
/// </summary>
public sealed class ComparisonHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public ComparisonHarness(string connectionString, TimeProvider? time = null)
    {
        Name = AzuriteFixture.UniqueName("c");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReportPipeline:Storage"] = connectionString,
            ["ReportPipeline:Containers:Reports"] = $"{Name}-reports",
            ["ReportPipeline:Containers:Failed"] = $"{Name}-failed",
            ["ReportPipeline:Tables:Prefix"] = Name,
        }).Build();
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddSingleton(CountryCatalog.Load(Path.Combine(SharedData.RepositoryRoot, "samples", "countries.tsv")));
        services.AddReportPipelineCore(configuration);
        services.AddReportPipelineStorage(configuration);
        _services = services.BuildServiceProvider();
    }

    public string Name { get; }

    public IngestionService Ingestion => Get<IngestionService>();

    public CompareService Compare => Get<CompareService>();

    public IAlertStore Alerts => Get<IAlertStore>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public async Task IngestAsync(ReportBlob blob)
    {
        var outcome = await Ingestion.IngestAsync(blob);
        outcome.Kind.ShouldBe(IngestOutcomeKind.Ingested, outcome.Reason);
    }

    /// <summary>Stores one invented document with its facts and statements, as ingestion would, and marks its country dirty.</summary>
    public async Task StoreAsync(string id, string source, int year, IReadOnlyList<Fact> facts, IReadOnlyList<Statement> statements)
    {
        var document = new StoredDocument
        {
            Id = id,
            Iso2 = "XR",
            Country = "Ruritania",
            Year = year,
            Source = source,
            Status = DocumentStatus.Ingested,
            ContentKey = id,
            BlobName = $"{id}.txt",
            FactCount = facts.Count,
            StatementCount = statements.Count,
            IngestedAt = DateTimeOffset.UtcNow,
        };
        await Get<IDocumentStore>().UpsertAsync(document);
        await Get<IFactStore>().WriteAsync(document, facts);
        await Get<IStatementStore>().WriteAsync(document, statements);
        await Get<ICountryStateStore>().MarkDirtyAsync("XR", "Ruritania", year, DateTimeOffset.UtcNow);
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
