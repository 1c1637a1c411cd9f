using System.Text.Json;
using ReportPipeline.Testing;

namespace ReportPipeline.IntegrationTests.Cli;

/// <summary><c>reportpipeline extract</c> run as a user runs it: local files only, no storage.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private static readonly string Samples = Path.Combine(SharedData.RepositoryRoot, "samples");
    private readonly string _folder = Directory.CreateTempSubdirectory("rp-extract-").FullName;

    private static Dictionary<string, string> Environment() => new()
    {
        ["ReportPipeline__Countries"] = Path.Combine(Samples, "countries.tsv"),
    };

    private string Junk()
    {
        var path = Path.Combine(_folder, "junk.pdf");
        File.WriteAllBytes(path, [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A, 0x00, 0xFF, 0x13]);
        return path;
    }

    [Fact]
    public async Task Json_is_one_object_per_file_and_a_bad_file_does_not_stop_the_others()
    {
        var chapter = Path.Combine(Samples, "reports", "ruritania-usdol-2024.txt");

        var (exit, stdout, stderr) = await CliProcess.RunAsync(["extract", Junk(), chapter, "--json"], Environment());

        exit.ShouldBe(0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2, stdout);
        using var bad = JsonDocument.Parse(lines[0]);
        bad.RootElement.GetProperty("file").GetString().ShouldBe("junk.pdf");
        bad.RootElement.GetProperty("document").ValueKind.ShouldBe(JsonValueKind.Null);
        bad.RootElement.GetProperty("errors").GetArrayLength().ShouldBe(1);

        using var good = JsonDocument.Parse(lines[1]);
        var document = good.RootElement.GetProperty("document");
        document.GetProperty("iso2").GetString().ShouldBe("XR");
        document.GetProperty("year").GetInt32().ShouldBe(2024);
        document.GetProperty("source").GetString().ShouldBe("usdol-findings");
        good.RootElement.GetProperty("facts").EnumerateArray().ShouldContain(f => f.GetProperty("facet").GetString() == "labor_inspection.moratorium_until" && f.GetProperty("value").GetString() == "2026-01-01");
        good.RootElement.GetProperty("statements").EnumerateArray().ShouldContain(s => s.GetProperty("category").GetString() == "inspection_moratorium" && s.GetProperty("until").GetString() == "2026-01-01");
        good.RootElement.GetProperty("errors").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Exit_code_is_non_zero_only_when_every_file_failed()
    {
        var missing = Path.Combine(_folder, "missing.txt");

        var (exit, stdout, _) = await CliProcess.RunAsync(["extract", Junk(), missing, "--json"], Environment());

        exit.ShouldNotBe(0);
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2, stdout);
    }

    [Fact]
    public async Task Without_json_it_prints_a_readable_table_with_facts_and_statements()
    {
        var chapter = Path.Combine(Samples, "reports", "ruritania-usdol-2024.txt");

        var (exit, stdout, stderr) = await CliProcess.RunAsync(["extract", chapter], Environment());

        exit.ShouldBe(0, stderr);
        stdout.ShouldContain("Ruritania (XR), year 2024, source usdol-findings");
        stdout.ShouldContain("until=2026-01-01");
        stdout.ShouldMatch(@"\d+ facts, \d+ statements");
    }

    [Fact]
    public async Task The_xml_export_prints_one_line_per_country_year_and_json_one_object_each()
    {
        var export = Path.Combine(Samples, "export", "countries_2021.xml");

        var (exit, stdout, stderr) = await CliProcess.RunAsync(["extract", export], Environment());

        exit.ShouldBe(0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.ShouldContain(l => l.StartsWith("Ruritania (XR) 2021 usdol-dataset, ", StringComparison.Ordinal) && !l.EndsWith("0 facts, 0 statements", StringComparison.Ordinal), stdout);
        lines.ShouldContain(l => l.StartsWith("Grand Fenwick (??) 2021 usdol-dataset, ", StringComparison.Ordinal) && l.Contains("(needs review: Country name 'Grand Fenwick' is not in the country list", StringComparison.Ordinal), stdout);
        lines.ShouldContain(l => l.StartsWith("countries_2021.xml: 2 country-years, ", StringComparison.Ordinal) && l.EndsWith("1 need review.", StringComparison.Ordinal), stdout);
        stdout.ShouldNotContain("usdol-findings");
        stdout.ShouldNotMatch(@"(^|\D)1 (facts|statements|country-years)\b");

        var (jsonExit, json, jsonErrors) = await CliProcess.RunAsync(["extract", export, "--json"], Environment());

        jsonExit.ShouldBe(0, jsonErrors);
        var documents = json.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("document")).ToList();
        documents.Select(d => d.GetProperty("source").GetString()).ShouldBe(["usdol-dataset", "usdol-dataset"]);
        documents.Select(d => d.GetProperty("iso2").ValueKind == JsonValueKind.Null ? null : d.GetProperty("iso2").GetString()).ShouldBe(["XR", null]);
    }

    [Fact]
    public async Task Extract_reads_the_limits_from_the_settings_and_an_invalid_one_is_one_line_and_exit_2()
    {
        var chapter = Path.Combine(Samples, "reports", "ruritania-usdol-2024.txt");
        var small = Environment();
        small["ReportPipeline__Limits__MaxFileBytes"] = "100";

        var (exit, stdout, stderr) = await CliProcess.RunAsync(["extract", chapter, "--json"], small);

        exit.ShouldBe(1, stdout + stderr);
        stderr.ShouldContain("the limit is 100");

        var invalid = Environment();
        invalid["ReportPipeline__Limits__MaxFileBytes"] = "0";

        (exit, _, stderr) = await CliProcess.RunAsync(["extract", chapter], invalid);

        exit.ShouldBe(2, stderr);
        stderr.Trim().ShouldBe("error: invalid setting: ReportPipeline:Limits: MaxFileBytes, MaxPages, MaxTimePerDocument, MaxMemoryPerDocument, MaxMarkupDepth and MaxPageChars must be positive.");
    }

    [Fact]
    public async Task Errors_go_to_stderr_with_the_file_name_and_stdout_keeps_the_results()
    {
        var chapter = Path.Combine(Samples, "reports", "ruritania-usdol-2024.txt");

        var (exit, stdout, stderr) = await CliProcess.RunAsync(["extract", Junk(), chapter], Environment());

        exit.ShouldBe(0, stderr);
        var errors = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        errors.ShouldHaveSingleItem().ShouldStartWith("error: junk.pdf: ");
        stdout.ShouldNotContain("error:");
        stdout.ShouldContain("junk.pdf");
        stdout.ShouldContain("not extracted");
        stdout.ShouldContain("Ruritania (XR), year 2024");

        var json = await CliProcess.RunAsync(["extract", Junk(), "--json"], Environment());
        json.ExitCode.ShouldBe(1);
        json.Stderr.Trim().ShouldStartWith("error: junk.pdf: ");
        JsonDocument.Parse(json.Stdout).RootElement.GetProperty("errors").GetArrayLength().ShouldBe(1);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
