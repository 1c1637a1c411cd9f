using System.Text.Json;
using Azure.Storage.Blobs;
using ReportPipeline.IntegrationTests.Ingestion;
using ReportPipeline.Testing;

namespace ReportPipeline.IntegrationTests.Cli;

/// <summary>Deleted and withdrawn reports as a user meets them: `watch --once` finds the deletion, `retract` withdraws by hand.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RetractCommandTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rp-retract-").FullName;
    private readonly string _prefix = AzuriteFixture.UniqueName("r");

    private Dictionary<string, string> Environment => new()
    {
        ["ReportPipeline__Storage"] = azurite.ConnectionString,
        ["ReportPipeline__Tables__Prefix"] = _prefix,
        ["ReportPipeline__Containers__Reports"] = _prefix + "-reports",
        ["ReportPipeline__Containers__Failed"] = _prefix + "-failed",
        ["ReportPipeline__Countries"] = Path.Combine(SharedData.RepositoryRoot, "samples", "countries.tsv"),
        ["ReportPipeline__Smtp__PickupDirectory"] = Path.Combine(_folder, "mail"),
    };

    private async Task<List<JsonElement>> DocumentsAsync()
    {
        var (exit, stdout, stderr) = await CliProcess.RunAsync(["documents", "--json"], Environment);
        exit.ShouldBe(0, stderr);
        return [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
    }

    private static JsonElement Of(List<JsonElement> documents, string blob) => documents.Single(d => d.GetProperty("blob").GetString() == blob);

    [Fact]
    public async Task Watch_retracts_a_deleted_blob_and_retract_withdraws_a_document_by_hand()
    {
        var reports = Path.Combine(_folder, "reports");
        Directory.CreateDirectory(reports);
        foreach (var year in new[] { 2019, 2020, 2021 })
        {
            File.WriteAllText(Path.Combine(reports, $"ruritania-{year}.txt"), TestCorpus.RuritaniaText(year, year == 2020 ? "significant" : "minimal"));
        }

        var ingest = await CliProcess.RunAsync(["ingest", reports, "--json"], Environment);
        ingest.ExitCode.ShouldBe(0, ingest.Stderr);
        var once = await CliProcess.RunAsync(["watch", "--once"], Environment);
        once.ExitCode.ShouldBe(0, once.Stderr);

        await new BlobContainerClient(azurite.ConnectionString, _prefix + "-reports").DeleteBlobAsync("ruritania-2019.txt");
        var again = await CliProcess.RunAsync(["watch", "--once"], Environment);

        again.ExitCode.ShouldBe(0, again.Stderr);
        (again.Stdout + again.Stderr).ShouldContain("ruritania-2019.txt was deleted: its document (XR 2019) is retracted");
        var documents = await DocumentsAsync();
        Of(documents, "ruritania-2019.txt").GetProperty("status").GetString().ShouldBe("retracted");
        Of(documents, "ruritania-2019.txt").GetProperty("reason").GetString().ShouldBe("The blob 'ruritania-2019.txt' was deleted.");
        Of(documents, "ruritania-2020.txt").GetProperty("status").GetString().ShouldBe("ingested");

        // By hand, by a prefix of the id as `documents` prints it.
        var id = Of(documents, "ruritania-2021.txt").GetProperty("id").GetString()!;
        var retract = await CliProcess.RunAsync(["retract", id[..12], "--reason", "withdrawn by the publisher", "--json"], Environment);
        retract.ExitCode.ShouldBe(0, retract.Stderr);
        JsonDocument.Parse(retract.Stdout).RootElement.GetProperty("status").GetString().ShouldBe("retracted");
        Of(await DocumentsAsync(), "ruritania-2021.txt").GetProperty("reason").GetString().ShouldBe("Retracted by hand: withdrawn by the publisher");
        var twice = await CliProcess.RunAsync(["retract", id[..12], "--reason", "again"], Environment);
        twice.ExitCode.ShouldBe(1);
        twice.Stderr.ShouldContain("already retracted");

        // Only 2020 is left in force, and the listing keeps all three (no duplicates after the re-runs).
        var status = await CliProcess.RunAsync(["status", "Ruritania", "--json"], Environment);
        status.ExitCode.ShouldBe(0, status.Stderr);
        JsonDocument.Parse(status.Stdout).RootElement.EnumerateArray().Select(s => s.GetProperty("year").GetInt32()).ShouldBe([2020]);
        (await DocumentsAsync()).Count.ShouldBe(3);
        var retracted = await CliProcess.RunAsync(["documents", "--status", "retracted"], Environment);
        retracted.Stdout.ShouldContain("2 documents");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
