using Azure.Data.Tables;
using ReportPipeline.Storage.Local;
using ReportPipeline.Testing;

namespace ReportPipeline.IntegrationTests.Storage;

/// <summary>
/// The local-emulator helper the tests, the CLI and the demo share. There is no Docker engine on the
/// workplace machines, so the Testcontainers branch is checked only by its fallback: a node process.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzuriteHostTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task An_azurite_already_listening_is_used_and_left_running_when_the_host_is_disposed()
    {
        var running = azurite.Host;
        var found = await AzuriteHost.FindOrStartAsync(new AzuriteHostOptions
        {
            ListeningPorts = (running.BlobPort, running.QueuePort, running.TablePort),
        });

        found.Owned.ShouldBeFalse();
        found.ConnectionString.ShouldBe(running.ConnectionString);
        found.Description.ShouldBe($"Azurite already listening on 127.0.0.1:{running.BlobPort}/{running.QueuePort}/{running.TablePort}");
        await found.DisposeAsync();

        (await AzuriteHost.AnswersAsync(running.BlobPort, running.QueuePort, running.TablePort)).ShouldBeTrue();
        var table = new TableServiceClient(running.ConnectionString).GetTableClient(AzuriteFixture.UniqueName());
        (await table.CreateIfNotExistsAsync()).Value.Name.ShouldBe(table.Name);
    }

    [Fact]
    public async Task With_nothing_listening_one_is_started_on_free_loopback_ports_answers_and_is_stopped()
    {
        // Ports nothing listens on: the three of a host that was just started and stopped again.
        var probe = await AzuriteHost.StartAsync(new AzuriteHostOptions { AllowDocker = false });
        var free = (probe.BlobPort, probe.QueuePort, probe.TablePort);
        await probe.StopAsync();
        (await AzuriteHost.AnswersAsync(free.BlobPort, free.QueuePort, free.TablePort)).ShouldBeFalse();

        // Docker is allowed but does not answer here: the helper falls back to node_modules.
        var started = await AzuriteHost.FindOrStartAsync(new AzuriteHostOptions { ListeningPorts = free });
        try
        {
            started.Owned.ShouldBeTrue();
            started.Description.ShouldStartWith("Azurite started on 127.0.0.1:");
            new[] { started.BlobPort, started.QueuePort, started.TablePort }.Distinct().Count().ShouldBe(3);
            (await AzuriteHost.AnswersAsync(started.BlobPort, started.QueuePort, started.TablePort)).ShouldBeTrue();

            // It answers real storage calls, API version check skipped (blob calls fail without it).
            var container = new Azure.Storage.Blobs.BlobServiceClient(started.ConnectionString).GetBlobContainerClient(AzuriteFixture.UniqueName());
            await container.CreateAsync();
            await container.UploadBlobAsync("a.txt", BinaryData.FromString("Ruritania"));
            (await container.GetBlobClient("a.txt").DownloadContentAsync()).Value.Content.ToString().ShouldBe("Ruritania");
        }
        finally
        {
            await started.DisposeAsync();
        }

        (await AzuriteHost.AnswersAsync(started.BlobPort, started.QueuePort, started.TablePort)).ShouldBeFalse();
    }
}
