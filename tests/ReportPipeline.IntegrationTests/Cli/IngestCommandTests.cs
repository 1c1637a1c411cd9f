using System.Text.Json;
using ReportPipeline.IntegrationTests.Ingestion;
using ReportPipeline.Development;
using ReportPipeline.Testing;

namespace ReportPipeline.IntegrationTests.Cli;

/// <summary><c>reportpipeline ingest</c> and <c>documents</c> as a user runs them, against real Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class IngestCommandTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rp-cli-").FullName;

    private static Dictionary<string, string> Environment(IngestionHarness harness) => new()
    {
        ["ReportPipeline__Containers__Reports"] = harness.Clients.Options.ReportsContainer,
        ["ReportPipeline__Containers__Failed"] = harness.Clients.Options.FailedContainer,
        ["ReportPipeline__Tables__Prefix"] = harness.Clients.Options.TablePrefix,
        ["ReportPipeline__Countries"] = Path.Combine(SharedData.RepositoryRoot, "samples", "countries.tsv"),
        ["ReportPipeline__Ingestion__ClaimLease"] = "00:00:03",
        ["ReportPipeline__Limits__MaxFileBytes"] = "1048576",
    };

    private static readonly Dictionary<string, string?> HarnessSettings = new()
    {
        ["ReportPipeline:Ingestion:ClaimLease"] = "00:00:03",
        ["ReportPipeline:Limits:MaxFileBytes"] = "1048576",
    };

    private string Corpus(int chapters = 6, bool hostile = true)
    {
        TestCorpus.WriteGood(_folder);
        if (hostile)
        {
            TestCorpus.WriteHostile(Path.Combine(_folder, "hostile"), hugeBytes: 2L * 1024 * 1024);
        }

        Directory.CreateDirectory(Path.Combine(_folder, "chapters"));
        for (var year = 1990; year < 1990 + chapters; year++)
        {
            File.WriteAllText(Path.Combine(_folder, "chapters", $"ruritania-{year}.txt"), TestCorpus.RuritaniaText(year));
        }

        return _folder;
    }

    [Fact]
    public async Task Ingest_reports_each_file_and_documents_lists_what_failed_or_needs_review()
    {
        Corpus();
        await using var harness = new IngestionHarness(azurite.ConnectionString, settings: HarnessSettings);
        var environment = Environment(harness);

        var (exit, stdout, stderr) = await CliProcess.RunAsync(["ingest", _folder, "--storage", azurite.ConnectionString, "--json"], environment);

        exit.ShouldBe(0, stderr);
        var outcomes = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        outcomes.Count.ShouldBe(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories).Length);
        Outcome(outcomes, "hostile/junk.bin").ShouldBe("failed");
        Outcome(outcomes, "hostile/huge.txt").ShouldBe("failed");
        Outcome(outcomes, "hostile/no-year.txt").ShouldBe("needs-review");
        Outcome(outcomes, "chapters/ruritania-1990.txt").ShouldBe("ingested");
        outcomes.Single(o => o.GetProperty("blob").GetString() == "export/countries_2023.xml").GetProperty("documents").GetArrayLength().ShouldBe(2);

        var failed = await CliProcess.RunAsync(["documents", "--status", "failed", "--storage", azurite.ConnectionString, "--json"], environment);
        failed.ExitCode.ShouldBe(0, failed.Stderr);
        var failedBlobs = failed.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("blob").GetString()).Order().ToList();
        failedBlobs.ShouldBe(["hostile/blank-pages.pdf", "hostile/empty.pdf", "hostile/encrypted.pdf", "hostile/huge.txt", "hostile/junk.bin", "hostile/truncated.pdf"]);

        var review = await CliProcess.RunAsync(["documents", "--status", "needs-review", "--storage", azurite.ConnectionString, "--json"], environment);
        var reviewed = review.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        reviewed.Select(d => d.GetProperty("blob").GetString()).Order().ShouldBe(["export/countries_2023.xml", "hostile/no-year.txt", "hostile/unknown-country.txt"]);
        reviewed.Single(d => d.GetProperty("blob").GetString() == "export/countries_2023.xml").GetProperty("reason").GetString().ShouldBe("Country 'Grand Fenwick' is not in the country list.");
        reviewed.Single(d => d.GetProperty("blob").GetString() == "hostile/no-year.txt").GetProperty("reason").GetString().ShouldBe("The reporting year could not be determined.");
        reviewed.Single(d => d.GetProperty("blob").GetString() == "hostile/unknown-country.txt").GetProperty("reason").GetString()!.ShouldStartWith("The country could not be determined.");
        var table = await CliProcess.RunAsync(["documents", "--status", "needs-review", "--storage", azurite.ConnectionString], environment);
        table.Stdout.ShouldContain("3 documents");

        // Again: nothing new, every file a duplicate, and the summary table says so.
        var again = await CliProcess.RunAsync(["ingest", _folder, "--storage", azurite.ConnectionString], environment);
        again.ExitCode.ShouldBe(0, again.Stderr);
        again.Stdout.ShouldContain($"{outcomes.Count} duplicate");

        // Without a terminal there is no bar: each file's progress goes to stderr as it completes.
        var progress = again.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith('[')).ToList();
        progress.Count.ShouldBe(outcomes.Count, again.Stderr);
        progress.ShouldAllBe(l => System.Text.RegularExpressions.Regex.IsMatch(l, $@"^\[ *\d+/{outcomes.Count}\] \S.*: duplicate: "));
        progress.Select(l => int.Parse(l[1..l.IndexOf('/', StringComparison.Ordinal)].Trim(), System.Globalization.CultureInfo.InvariantCulture)).Order().ShouldBe(Enumerable.Range(1, outcomes.Count));
        again.Stderr.ShouldContain($"Uploading {outcomes.Count} files to ");
    }

    [Fact]
    public async Task Ingest_container_processes_only_what_was_not_processed_yet()
    {
        Corpus(chapters: 2);
        await using var harness = new IngestionHarness(azurite.ConnectionString, settings: HarnessSettings);
        var environment = Environment(harness);
        var first = await CliProcess.RunAsync(["ingest", Path.Combine(_folder, "chapters"), "--storage", azurite.ConnectionString, "--json"], environment);
        first.ExitCode.ShouldBe(0, first.Stderr);
        await harness.UploadAsync(Path.Combine(_folder, "export"));

        var (exit, stdout, stderr) = await CliProcess.RunAsync(["ingest", "--container", "--storage", azurite.ConnectionString, "--json"], environment);

        exit.ShouldBe(0, stderr);
        var outcomes = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        outcomes.Select(o => o.GetProperty("blob").GetString()).ShouldBe(["countries_2023.xml"]);
        Outcome(outcomes, "countries_2023.xml").ShouldBe("ingested");
    }

    [Fact]
    public async Task When_storage_stops_midway_the_command_says_so_and_a_re_run_completes_with_nothing_lost_or_doubled()
    {
        Corpus(chapters: 16, hostile: false);
        var data = Directory.CreateTempSubdirectory("rp-azurite-").FullName;
        await using var outage = await AzuriteHost.StartAsync(new AzuriteHostOptions { Location = data });
        await using var clean = new IngestionHarness(outage.ConnectionString, settings: HarnessSettings);
        await clean.UploadAsync(_folder);
        await clean.IngestContainerAsync();
        var expected = await clean.DumpAsync();

        await using var harness = new IngestionHarness(outage.ConnectionString, settings: HarnessSettings);
        var environment = Environment(harness);
        using (var cli = CliProcess.Start(["ingest", _folder, "--storage", outage.ConnectionString, "--json"], environment))
        {
            await cli.WaitForLinesAsync(3, TimeSpan.FromMinutes(1));
            await outage.StopAsync();
            var exit = await cli.WaitAsync(TimeSpan.FromMinutes(2));
            exit.ShouldBe(3, cli.Stderr);
            cli.Stderr.ShouldContain("storage unavailable at http://127.0.0.1:");
            cli.Stderr.ShouldContain("run the same command again");
        }

        await outage.RestartAsync();
        var rerun = await CliProcess.RunAsync(["ingest", _folder, "--storage", outage.ConnectionString, "--json"], environment);
        rerun.ExitCode.ShouldBe(0, rerun.Stderr);
        IngestionHarness.Differences(expected, await harness.DumpAsync()).ShouldBeEmpty();
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task A_killed_ingest_run_again_leaves_the_tables_of_a_clean_run()
    {
        Corpus(chapters: 16, hostile: false);
        await using var clean = new IngestionHarness(azurite.ConnectionString, settings: HarnessSettings);
        await clean.UploadAsync(_folder);
        await clean.IngestContainerAsync();
        var expected = await clean.DumpAsync();

        await using var harness = new IngestionHarness(azurite.ConnectionString, settings: HarnessSettings);
        var environment = Environment(harness);
        using (var cli = CliProcess.Start(["ingest", _folder, "--storage", azurite.ConnectionString, "--json"], environment))
        {
            await cli.WaitForLinesAsync(5, TimeSpan.FromMinutes(1));
            cli.Kill();
            await cli.WaitAsync(TimeSpan.FromSeconds(30));
        }

        var partial = await harness.DumpAsync();
        partial["Contents"].Count.ShouldBeLessThan(expected["Contents"].Count);
        var rerun = await CliProcess.RunAsync(["ingest", _folder, "--storage", azurite.ConnectionString, "--json"], environment);
        rerun.ExitCode.ShouldBe(0, rerun.Stderr);
        rerun.Stdout.ShouldNotContain("in-progress-elsewhere");
        IngestionHarness.Differences(expected, await harness.DumpAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_configured_storage_the_tool_uses_a_local_azurite_and_says_so()
    {
        File.WriteAllText(Path.Combine(_folder, "ruritania-2019.txt"), TestCorpus.RuritaniaText(2019));
        var data = Directory.CreateTempSubdirectory("rp-local-").FullName;
        await using var names = new IngestionHarness(azurite.ConnectionString);
        var environment = Environment(names);
        environment["ReportPipeline__LocalStorage"] = data;

        var (exit, stdout, stderr) = await CliProcess.RunAsync(["ingest", _folder, "--json"], environment);

        exit.ShouldBe(0, stderr);
        stderr.ShouldContain("No storage configured (--storage, ReportPipeline__Storage): using Azurite");
        Outcome(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement), "ruritania-2019.txt").ShouldBe("ingested");
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Without_configured_storage_compare_and_alerts_read_what_ingest_stored_in_the_local_azurite()
    {
        File.WriteAllText(Path.Combine(_folder, "ruritania-2019.txt"), TestCorpus.RuritaniaText(2019, "minimal"));
        File.WriteAllText(Path.Combine(_folder, "ruritania-2020.txt"), TestCorpus.RuritaniaText(2020, "significant"));
        var data = Directory.CreateTempSubdirectory("rp-local-").FullName;
        await using var names = new IngestionHarness(azurite.ConnectionString);
        var environment = Environment(names);
        environment["ReportPipeline__LocalStorage"] = data;

        var ingest = await CliProcess.RunAsync(["ingest", _folder, "--json"], environment);
        var compare = await CliProcess.RunAsync(["compare", "--json"], environment);
        var alerts = await CliProcess.RunAsync(["alerts", "--country", "XR", "--json"], environment);

        ingest.ExitCode.ShouldBe(0, ingest.Stderr);
        compare.ExitCode.ShouldBe(0, compare.Stderr);
        compare.Stderr.ShouldContain("No storage configured");
        JsonDocument.Parse(compare.Stdout).RootElement.GetProperty("raised").GetInt32().ShouldBeGreaterThan(0);
        alerts.ExitCode.ShouldBe(0, alerts.Stderr);
        alerts.Stdout.ShouldContain("Significant Advancement");
        alerts.Stdout.ShouldContain("Minimal Advancement");
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Names_that_climb_out_of_the_container_fail_alone_and_hidden_files_are_skipped_with_a_message()
    {
        await using var harness = new IngestionHarness(azurite.ConnectionString, settings: HarnessSettings);
        var environment = Environment(harness);
        var failedContainer = harness.Clients.Options.FailedContainer;
        Directory.CreateDirectory(Path.Combine(_folder, "sub"));
        Directory.CreateDirectory(Path.Combine(_folder, ".git"));
        // On Linux a backslash is an ordinary character of a file name; as a blob name it is a separator.
        File.WriteAllText(Path.Combine(_folder, "sub", $@"..\..\{failedContainer}\planted.txt"), TestCorpus.RuritaniaText(2011));
        File.WriteAllText(Path.Combine(_folder, @"..\..\..\..\above-the-account.txt"), TestCorpus.RuritaniaText(2012));
        File.WriteAllText(Path.Combine(_folder, "sub", @"inner\..\kept.txt"), TestCorpus.RuritaniaText(2013));
        File.WriteAllText(Path.Combine(_folder, "ruritania-2014.txt"), TestCorpus.RuritaniaText(2014));
        File.WriteAllText(Path.Combine(_folder, ".notes.txt"), TestCorpus.RuritaniaText(2015));
        File.WriteAllText(Path.Combine(_folder, ".git", "config"), "[core]");

        var (exit, stdout, stderr) = await CliProcess.RunAsync(["ingest", _folder, "--storage", azurite.ConnectionString, "--json"], environment);

        exit.ShouldBe(0, stderr);
        var outcomes = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        outcomes.Select(o => o.GetProperty("blob").GetString()).Order(StringComparer.Ordinal).ShouldBe(
            [@"..\..\..\..\above-the-account.txt", "ruritania-2014.txt", $@"sub/..\..\{failedContainer}\planted.txt", "sub/kept.txt"]);
        Outcome(outcomes, "ruritania-2014.txt").ShouldBe("ingested");
        Outcome(outcomes, "sub/kept.txt").ShouldBe("ingested");
        foreach (var bad in new[] { @"..\..\..\..\above-the-account.txt", $@"sub/..\..\{failedContainer}\planted.txt" })
        {
            Outcome(outcomes, bad).ShouldBe("failed");
            outcomes.Single(o => o.GetProperty("blob").GetString() == bad).GetProperty("reason").GetString()!.ShouldContain("climbs above its container");
        }

        // Nothing was written beside the reports container, and only the good names are in it.
        var account = harness.Clients.Blobs;
        (await account.GetBlobContainerClient(failedContainer).ExistsAsync()).Value.ShouldBeFalse();
        var stored = new List<string>();
        await foreach (var blob in account.GetBlobContainerClient(harness.Clients.Options.ReportsContainer).GetBlobsAsync())
        {
            stored.Add(blob.Name);
        }

        stored.Order(StringComparer.Ordinal).ShouldBe(["ruritania-2014.txt", "sub/kept.txt"]);
        stderr.ShouldContain("Skipped 2 hidden file(s)");
        stderr.ShouldContain(".notes.txt");
        stderr.ShouldContain(Path.Combine(".git", "config"));
    }

    private static string? Outcome(IEnumerable<JsonElement> outcomes, string blob) =>
        outcomes.Single(o => o.GetProperty("blob").GetString() == blob).GetProperty("outcome").GetString();

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
