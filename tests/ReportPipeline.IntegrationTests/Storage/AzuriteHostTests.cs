using Azure.Data.Tables;
using ReportPipeline.Development;
using ReportPipeline.Testing;

namespace ReportPipeline.IntegrationTests.Storage;

/// <summary>
/// The local-emulator helper the tests, the CLI and the demo share: the npm tool as a process here,
/// and the container path where REPORTPIPELINE_AZURITE=container (CI, on a Docker engine it starts).
/// </summary>
[Collection(InProcessAzuriteCollection.Name)]
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
        var probe = await AzuriteHost.StartAsync(new AzuriteHostOptions { Runtime = AzuriteRuntime.Process });
        var free = (probe.BlobPort, probe.QueuePort, probe.TablePort);
        await probe.StopAsync();
        (await AzuriteHost.AnswersAsync(free.BlobPort, free.QueuePort, free.TablePort)).ShouldBeFalse();

        // The npm tool, whatever REPORTPIPELINE_AZURITE says for the other tests.
        var started = await AzuriteHost.FindOrStartAsync(new AzuriteHostOptions { ListeningPorts = free, Runtime = AzuriteRuntime.Process });
        try
        {
            started.Owned.ShouldBeTrue();
            started.InContainer.ShouldBeFalse();
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

    [ContainerFact]
    public async Task In_a_container_it_answers_on_loopback_only_and_disposing_removes_the_container()
    {
        var started = await AzuriteHost.StartAsync(new AzuriteHostOptions { Runtime = AzuriteRuntime.Container });
        string id;
        try
        {
            started.InContainer.ShouldBeTrue();
            started.Description.ShouldStartWith($"Azurite container {AzuriteHost.ContainerImage} (");
            id = started.Description.Split('(', ',')[1].Trim();
            (await Docker("inspect", "--format", "{{range $p, $b := .HostConfig.PortBindings}}{{range $b}}{{.HostIp}} {{end}}{{end}}", id))
                .Split(' ', StringSplitOptions.RemoveEmptyEntries).ShouldAllBe(ip => ip == "127.0.0.1");

            var container = new Azure.Storage.Blobs.BlobServiceClient(started.ConnectionString).GetBlobContainerClient(AzuriteFixture.UniqueName());
            await container.CreateAsync();
            await container.UploadBlobAsync("a.txt", BinaryData.FromString("Ruritania"));
            (await container.GetBlobClient("a.txt").DownloadContentAsync()).Value.Content.ToString().ShouldBe("Ruritania");
            var table = new TableServiceClient(started.ConnectionString).GetTableClient(AzuriteFixture.UniqueName());
            (await table.CreateIfNotExistsAsync()).Value.Name.ShouldBe(table.Name);
        }
        finally
        {
            await started.DisposeAsync();
        }

        // The reaper (Ryuk) is off on CI: the host itself removes what it started.
        (await Docker("ps", "--all", "--quiet", "--no-trunc", "--filter", "id=" + id)).ShouldBeEmpty();
        (await AzuriteHost.AnswersAsync(started.BlobPort, started.QueuePort, started.TablePort)).ShouldBeFalse();
    }

    [Fact]
    public void The_container_image_is_the_Azurite_version_package_lock_pins()
    {
        using var lockFile = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "package-lock.json")));
        var pinned = lockFile.RootElement.GetProperty("packages").GetProperty("node_modules/azurite").GetProperty("version").GetString();

        AzuriteHost.ContainerImage.ShouldBe($"mcr.microsoft.com/azure-storage/azurite:{pinned}");
    }

    [Theory]
    [InlineData(null, AzuriteRuntime.Auto)]
    [InlineData("", AzuriteRuntime.Auto)]
    [InlineData("container", AzuriteRuntime.Container)]
    [InlineData(" Process ", AzuriteRuntime.Process)]
    [InlineData("auto", AzuriteRuntime.Auto)]
    public void The_runtime_setting_is_read_strictly(string? value, AzuriteRuntime expected) =>
        AzuriteHostOptions.ParseRuntime(value).ShouldBe(expected);

    [Theory]
    [InlineData("docker")]
    [InlineData("1")]
    public void An_unknown_runtime_setting_is_an_error_not_a_silent_default(string value) =>
        Should.Throw<InvalidOperationException>(() => AzuriteHostOptions.ParseRuntime(value)).Message.ShouldContain("REPORTPIPELINE_AZURITE");

    private static async Task<string> Docker(params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("docker") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var docker = System.Diagnostics.Process.Start(start)!;
        var output = await docker.StandardOutput.ReadToEndAsync();
        var error = await docker.StandardError.ReadToEndAsync();
        await docker.WaitForExitAsync();
        docker.ExitCode.ShouldBe(0, error);
        return output.Trim();
    }
}

/// <summary>A fact about the container path: it runs where REPORTPIPELINE_AZURITE=container (CI) and is skipped, saying so, elsewhere.</summary>
public sealed class ContainerFactAttribute : FactAttribute
{
    public ContainerFactAttribute()
    {
        if (AzuriteHostOptions.RuntimeFromEnvironment() != AzuriteRuntime.Container)
        {
            Skip = "Skipped: the Azurite container path runs where REPORTPIPELINE_AZURITE=container (.ci/run sets it after starting a Docker engine).";
        }
    }
}
