using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReportPipeline.Core;
using ReportPipeline.Core.Identification;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.IntegrationTests.Ingestion;
using ReportPipeline.Storage;
using ReportPipeline.Testing;

namespace ReportPipeline.IntegrationTests.Storage;

/// <summary>Which connection string the adapters use: ReportPipeline:Storage, else AzureWebJobsStorage; UseDevelopmentStorage=true understood.</summary>
[Collection(InProcessAzuriteCollection.Name)]
public sealed class StorageConfigurationTests(AzuriteFixture azurite)
{
    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(CountryCatalog.Load(Path.Combine(SharedData.RepositoryRoot, "samples", "countries.tsv")));
        services.AddReportPipelineCore(configuration).AddReportPipelineStorage(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void ReportPipeline_storage_wins_over_AzureWebJobsStorage_and_the_environment_form_binds_the_same_key()
    {
        var options = new StorageOptions();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["ReportPipeline:Storage"] = azurite.ConnectionString,
        }).Build();
        StorageOptions.Bind(options, configuration);
        options.ConnectionString.ShouldBe(azurite.ConnectionString);

        // ReportPipeline__Storage is what .NET's environment provider turns into ReportPipeline:Storage.
        var name = "RP_TEST_" + AzuriteFixture.UniqueName() + "_";
        Environment.SetEnvironmentVariable(name + "ReportPipeline__Storage", "UseDevelopmentStorage=true");
        try
        {
            var fromEnvironment = new StorageOptions();
            StorageOptions.Bind(fromEnvironment, new ConfigurationBuilder().AddEnvironmentVariables(name).Build());
            fromEnvironment.ConnectionString.ShouldBe(StorageOptions.DevelopmentStorage);
        }
        finally
        {
            Environment.SetEnvironmentVariable(name + "ReportPipeline__Storage", null);
        }
    }

    [Fact]
    public void UseDevelopmentStorage_means_azurite_on_its_default_loopback_ports()
    {
        using var services = Services(new() { ["ReportPipeline:Storage"] = StorageOptions.DevelopmentStorage });
        var clients = services.GetRequiredService<StorageClients>();

        clients.Blobs.Uri.ToString().ShouldBe("http://127.0.0.1:10000/devstoreaccount1");
        clients.Queues.Uri.ToString().ShouldBe("http://127.0.0.1:10001/devstoreaccount1");
        clients.Tables.Uri.ToString().ShouldBe("http://127.0.0.1:10002/devstoreaccount1");
        clients.Blobs.AccountName.ShouldBe("devstoreaccount1");
    }

    [Fact]
    public void Without_any_storage_setting_the_error_says_which_settings_to_set()
    {
        using var services = Services([]);
        var error = Should.Throw<InvalidOperationException>(() => services.GetRequiredService<StorageClients>());
        error.Message.ShouldContain("ReportPipeline:Storage");
        error.Message.ShouldContain("AzureWebJobsStorage");
        error.Message.ShouldContain("UseDevelopmentStorage=true");
    }

    [Fact]
    public async Task AzureWebJobsStorage_alone_is_enough_to_ingest_into_real_storage()
    {
        var name = AzuriteFixture.UniqueName();
        using var services = Services(new()
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["ReportPipeline:Tables:Prefix"] = name,
            ["ReportPipeline:Containers:Reports"] = $"{name}-reports",
        });
        services.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString.ShouldBe(azurite.ConnectionString);

        var outcome = await services.GetRequiredService<IngestionService>().IngestAsync(
            ReportBlob.FromBytes("ruritania-2019.txt", Encoding.UTF8.GetBytes(TestCorpus.RuritaniaText(2019))));

        outcome.Kind.ShouldBe(IngestOutcomeKind.Ingested);
        var stored = await services.GetRequiredService<IDocumentStore>().ListAsync(new DocumentQuery(Iso2: "XR")).ToListAsync();
        stored.Single().BlobName.ShouldBe("ruritania-2019.txt");
    }
}
