using System.Diagnostics;
using System.Text.Json;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Testing;

namespace ReportPipeline.IntegrationTests.Comparison;

/// <summary><c>compare</c>, <c>status</c>, <c>timeline</c>, <c>alerts</c> as a user runs them: the tool's own process on a real Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CompareCliTests(AzuriteFixture azurite)
{
    private sealed record CliRun(int ExitCode, string Out, string Error);

    private static async Task<CliRun> RunAsync(string prefix, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "reportpipeline.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["ReportPipeline__Tables__Prefix"] = prefix;
        info.Environment["ReportPipeline__Countries"] = Path.Combine(SharedData.RepositoryRoot, "samples", "countries.tsv");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, await output, await error);
    }

    private static ReportBlob Chapter(int year, string unannounced, string sentence) => ReportBlob.FromBytes($"chapters/ruritania-{year}.txt", System.Text.Encoding.UTF8.GetBytes($"""
        Ruritania
        Moderate Advancement
        In {year}, Ruritania made a moderate advancement in efforts to eliminate the worst forms of child labor. {sentence}
        Table 6. Labor Law Enforcement Efforts Related to Child Labor
        Unannounced Inspections Permitted	{unannounced}
        Number of Labor Inspectors	212
        """));

    [Fact]
    public async Task Compare_then_read_status_timeline_and_alerts_then_dismiss_one()
    {
        await using var harness = new ComparisonHarness(azurite.ConnectionString);
        await harness.IngestAsync(Chapter(2020, "Yes", "The labor inspectorate carried out inspections in every region."));
        await harness.IngestAsync(Chapter(2021, "No", "In 2021, the Government of Ruritania imposed a moratorium on labor inspections until January 1, 2026."));
        var storage = azurite.ConnectionString;

        var compare = await RunAsync(harness.Name, "compare", "--json", "--storage", storage);
        compare.ExitCode.ShouldBe(0, compare.Error);
        using var compared = JsonDocument.Parse(compare.Out);
        var added = compared.RootElement.GetProperty("added").EnumerateArray().Select(a => a.GetProperty("title").GetString()).ToList();
        added.ShouldBe([
            "Ruritania: moratorium on labor inspections imposed until 1 January 2026 (2020 → 2021)",
            "Ruritania: unannounced labor inspections no longer permitted (2020 → 2021)",
        ], ignoreOrder: true);
        compared.RootElement.GetProperty("countries")[0].GetProperty("dirtyCleared").GetBoolean().ShouldBeTrue();

        var nothingDirty = await RunAsync(harness.Name, "compare", "--json", "--storage", storage);
        using (var empty = JsonDocument.Parse(nothingDirty.Out))
        {
            empty.RootElement.GetProperty("countries").GetArrayLength().ShouldBe(0);
        }

        var forced = await RunAsync(harness.Name, "compare", "--country", "xr", "--storage", storage);
        forced.ExitCode.ShouldBe(0, forced.Error);
        forced.Out.ShouldContain("1 countries compared, 2 alerts raised, 0 new, 0 failed.");

        var status = await RunAsync(harness.Name, "status", "XR", "--year", "2021", "--json", "--storage", storage);
        status.ExitCode.ShouldBe(0, status.Error);
        using (var statuses = JsonDocument.Parse(status.Out))
        {
            var year = statuses.RootElement.EnumerateArray().ShouldHaveSingleItem();
            year.GetProperty("year").GetInt32().ShouldBe(2021);
            var unannounced = year.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("facet").GetString() == "enforcement.labor.unannounced_inspections_permitted");
            unannounced.GetProperty("value").GetString().ShouldBe("No");
            unannounced.GetProperty("values")[0].GetProperty("sources")[0].GetProperty("blobName").GetString().ShouldBe("chapters/ruritania-2021.txt");
        }

        var timeline = await RunAsync(harness.Name, "timeline", "XR", "--storage", storage);
        timeline.ExitCode.ShouldBe(0, timeline.Error);
        timeline.Out.ShouldContain("unannounced labor inspections permitted");
        timeline.Out.ShouldContain("* No");
        var timelineJson = await RunAsync(harness.Name, "timeline", "XR", "--json", "--storage", storage);
        timelineJson.ExitCode.ShouldBe(0, timelineJson.Error);
        using (var parsed = JsonDocument.Parse(timelineJson.Out))
        {
            parsed.RootElement.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).ShouldBe([2020, 2021]);
            var cells = parsed.RootElement.GetProperty("rows").EnumerateArray()
                .Single(r => r.GetProperty("facet").GetString() == "enforcement.labor.unannounced_inspections_permitted")
                .GetProperty("cells");
            (cells[0].GetProperty("value").GetString(), cells[1].GetProperty("value").GetString()).ShouldBe(("Yes", "No"));
            cells[0].GetProperty("alertIds").GetArrayLength().ShouldBe(0);
            cells[1].GetProperty("alertIds").GetArrayLength().ShouldBe(1);
        }

        var future = await RunAsync(harness.Name, "alerts", "--country", "XR", "--since", "2999-01-01", "--json", "--storage", storage);
        future.ExitCode.ShouldBe(0, future.Error);
        future.Out.Trim().ShouldBeEmpty();
        var past = await RunAsync(harness.Name, "alerts", "--country", "XR", "--since", "2000-01-01", "--json", "--storage", storage);
        past.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2);

        var high = await RunAsync(harness.Name, "alerts", "--country", "XR", "--severity", "high", "--json", "--storage", storage);
        var lines = high.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        var unannouncedId = lines.Select(l => JsonDocument.Parse(l).RootElement).Single(a => a.GetProperty("facet").GetString() == "enforcement.labor.unannounced_inspections_permitted").GetProperty("id").GetString()!;

        var review = await RunAsync(harness.Name, "alerts", "review", unannouncedId, "--dismiss", "--note", "Table row belongs to 2019", "--by", "analyst@example.org", "--json", "--storage", storage);
        review.ExitCode.ShouldBe(0, review.Error);
        using (var reviewed = JsonDocument.Parse(review.Out))
        {
            reviewed.RootElement.GetProperty("review").GetProperty("state").GetString().ShouldBe("dismissed");
            reviewed.RootElement.GetProperty("review").GetProperty("by").GetString().ShouldBe("analyst@example.org");
        }

        (await RunAsync(harness.Name, "alerts", "--hide-dismissed", "--json", "--storage", storage)).Out.ShouldNotContain(unannouncedId);
        var listed = await RunAsync(harness.Name, "alerts", "--storage", storage);
        listed.Out.ShouldContain("dismissed by analyst@example.org");
        (await RunAsync(harness.Name, "compare", "--all", "--json", "--storage", storage)).Out.ShouldContain("\"added\":[]");

        var unknown = await RunAsync(harness.Name, "status", "QZ", "--storage", storage);
        unknown.ExitCode.ShouldBe(2);
        unknown.Error.ShouldContain("unknown country 'QZ'");
        var nothingStored = await RunAsync(harness.Name, "status", "France", "--storage", storage);
        nothingStored.ExitCode.ShouldBe(1);
        nothingStored.Error.ShouldContain("Nothing stored for France (FR)");
        var missing = await RunAsync(harness.Name, "alerts", "review", "XR-000000000000000000000000", "--note", "x", "--storage", storage);
        missing.ExitCode.ShouldBe(1);
        missing.Error.ShouldContain("No alert has the id");
    }
}
