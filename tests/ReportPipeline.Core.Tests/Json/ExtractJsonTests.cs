using System.Text.Json;
using System.Text.RegularExpressions;
using ReportPipeline.Core.Json;
using ReportPipeline.Core.Model;
using ReportPipeline.Testing;

namespace ReportPipeline.Core.Tests.Json;

/// <summary>The <c>extract --json</c> contract of status-schema.md: key names, casing, value types, one line per file.</summary>
public sealed partial class ExtractJsonTests
{
    private static readonly ExtractionResult Ruritania = new(
        "xr-2024.pdf",
        new DocumentInfo("Ruritania", "XR", 2024, Sources.UsdolFindings, "ab12"),
        [
            new Fact("enforcement.labor.unannounced_inspections_permitted", "No", "Unannounced Inspections Permitted No", Page: 6),
            new Fact("enforcement.labor.inspections", "6926", "conducted 6,926 worksite inspections", Page: 7),
            new Fact("statistics.working_children_percent", "9.2", "Working (% and population) 5 to 14 9.2", Page: 2),
            new Fact("policy.action_plan.elimination_child_labor", "Adopted", "adopted the National Action Plan (2023–2025)", Offset: 812, Period: "2023-2025"),
        ],
        [
            new Statement("inspection_moratorium", "extended", "The moratorium will remain effective until January 1, 2026.", 0.9666, "rules",
                new Dictionary<string, string> { ["until"] = "2026-01-01", ["scope"] = "all worksite inspections" }, Page: 6),
            new Statement("other", null, "The government plans to lift the moratorium.", 0.3, "rules", new Dictionary<string, string>(), Offset: 40),
        ],
        []);

    [Fact]
    public void A_read_file_is_one_line_with_the_contract_keys_in_order()
    {
        var json = ExtractJson.Serialize(Ruritania);

        json.ShouldNotContain('\n');
        json.ShouldBe(Quoted(
            "{'file':'xr-2024.pdf','document':{'country':'Ruritania','iso2':'XR','year':2024,'source':'usdol-findings','sha256':'ab12'},"
            + "'facts':[{'facet':'enforcement.labor.unannounced_inspections_permitted','value':'No','evidence':'Unannounced Inspections Permitted No','page':6},"
            + "{'facet':'enforcement.labor.inspections','value':6926,'evidence':'conducted 6,926 worksite inspections','page':7},"
            + "{'facet':'statistics.working_children_percent','value':9.2,'evidence':'Working (% and population) 5 to 14 9.2','page':2},"
            + "{'facet':'policy.action_plan.elimination_child_labor','value':'Adopted','evidence':'adopted the National Action Plan (2023–2025)','offset':812,'period':'2023-2025'}],"
            + "'statements':[{'category':'inspection_moratorium','action':'extended','scope':'all worksite inspections','until':'2026-01-01','text':'The moratorium will remain effective until January 1, 2026.','confidence':0.97,'classifier':'rules','page':6},"
            + "{'category':'other','text':'The government plans to lift the moratorium.','confidence':0.3,'classifier':'rules','offset':40}],"
            + "'errors':[]}"));
    }

    [Fact]
    public void A_file_that_could_not_be_read_has_a_null_document_and_its_error()
    {
        using var json = JsonDocument.Parse(ExtractJson.Serialize(ExtractionResult.Failed("junk.bin", "The file is not a PDF, text or HTML report.")));
        var root = json.RootElement;

        root.EnumerateObject().Select(p => p.Name).ShouldBe(["file", "document", "facts", "statements", "errors"]);
        root.GetProperty("document").ValueKind.ShouldBe(JsonValueKind.Null);
        root.GetProperty("facts").GetArrayLength().ShouldBe(0);
        root.GetProperty("errors")[0].GetString().ShouldBe("The file is not a PDF, text or HTML report.");
    }

    [Fact]
    public void A_document_needing_review_keeps_its_unknown_country_and_year_as_null()
    {
        var result = Ruritania with { Document = new DocumentInfo(null, null, null, Sources.WebPage, "cd34"), Facts = [], Statements = [] };
        using var json = JsonDocument.Parse(ExtractJson.Serialize(result));
        var document = json.RootElement.GetProperty("document");

        document.EnumerateObject().Select(p => p.Name).ShouldBe(["country", "iso2", "year", "source", "sha256"]);
        document.GetProperty("country").ValueKind.ShouldBe(JsonValueKind.Null);
        document.GetProperty("year").ValueKind.ShouldBe(JsonValueKind.Null);
        document.GetProperty("source").GetString().ShouldBe("web-page");
    }

    [Fact]
    public void Warnings_never_add_keys_to_the_contract_the_command_prints_them_on_stderr()
    {
        var withWarning = Ruritania with { Warnings = ["Pages 3 could not be decoded and were not read."] };
        using var json = JsonDocument.Parse(ExtractJson.Serialize(withWarning));
        json.RootElement.EnumerateObject().Select(p => p.Name).ShouldBe(["file", "document", "facts", "statements", "errors"]);
    }

    /// <summary>The example of status-schema.md and the output for the real Azerbaijan 2024 seed use the same keys.</summary>
    [SharedDataFact]
    public async Task The_output_for_a_real_chapter_has_the_keys_of_the_schema_example()
    {
        var schema = await File.ReadAllTextAsync(Path.Combine(SharedData.Directory, "design", "status-schema.md"));
        var example = JsonBlock().Match(schema).Groups["json"].Value.Replace("…", string.Empty, StringComparison.Ordinal);
        using var expected = JsonDocument.Parse(example);

        var seed = SharedData.Seed("000");
        ExtractionResult result;
        await using (var stream = File.OpenRead(seed))
        {
            result = await ReportExtractor.CreateDefault().ExtractAsync(stream, Path.GetFileName(seed));
        }

        using var actual = JsonDocument.Parse(ExtractJson.Serialize(result));
        Names(actual.RootElement).ShouldBe(Names(expected.RootElement));
        Names(actual.RootElement.GetProperty("document")).ShouldBe(Names(expected.RootElement.GetProperty("document")));
        var document = actual.RootElement.GetProperty("document");
        document.GetProperty("iso2").GetString().ShouldBe(expected.RootElement.GetProperty("document").GetProperty("iso2").GetString());
        document.GetProperty("sha256").GetString()!.ShouldMatch("^[0-9a-f]{64}$");

        // Seeds are text: a fact points to a character offset where the example's PDF fact has a page.
        var expectedFact = Names(expected.RootElement.GetProperty("facts")[0]).Select(n => n == "page" ? "offset" : n).ToList();
        foreach (var fact in actual.RootElement.GetProperty("facts").EnumerateArray())
        {
            Names(fact).Where(n => n != "period").ShouldBe(expectedFact);
        }

        var moratorium = actual.RootElement.GetProperty("statements").EnumerateArray()
            .First(s => s.GetProperty("category").GetString() == "inspection_moratorium" && s.GetProperty("action").GetString() == "extended");
        foreach (var name in Names(expected.RootElement.GetProperty("statements")[0]))
        {
            moratorium.TryGetProperty(name, out var value).ShouldBeTrue($"statement key {name}");
            if (name is "category" or "action" or "until" or "classifier")
            {
                value.GetString().ShouldBe(expected.RootElement.GetProperty("statements")[0].GetProperty(name).GetString());
            }
        }

        moratorium.GetProperty("confidence").GetDouble().ShouldBeInRange(0.0, 1.0);
        var unannounced = actual.RootElement.GetProperty("facts").EnumerateArray()
            .Single(f => f.GetProperty("facet").GetString() == "enforcement.labor.unannounced_inspections_permitted");
        unannounced.GetProperty("value").GetString().ShouldBe("No");
    }

    /// <summary>JSON written with single quotes, for readability.</summary>
    private static string Quoted(string json) => json.Replace('\'', '"');

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    [GeneratedRegex("```json\\s*(?<json>\\{.*?\\})\\s*```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
