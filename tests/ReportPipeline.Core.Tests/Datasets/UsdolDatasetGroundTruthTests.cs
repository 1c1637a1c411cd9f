using System.Globalization;
using System.Text.Json;
using ReportPipeline.Core.Datasets;
using ReportPipeline.Core.Identification;
using ReportPipeline.Testing;

namespace ReportPipeline.Core.Tests.Datasets;

/// <summary>The publisher's seven XML exports against the ground truth derived from them (../shared).</summary>
public class UsdolDatasetGroundTruthTests
{
    // The facets the ground truth covers; for a single-territory country any of them we produce must be in it.
    private static readonly string[] CoveredPrefixes = ["assessment.", "ratification.", "legal.", "enforcement."];

    private static readonly HashSet<string> CoveredEnforcement =
    [
        "enforcement.labor.inspectors", "enforcement.labor.civil_penalties", "enforcement.labor.routine_inspections_conducted",
        "enforcement.labor.unannounced_inspections_permitted", "enforcement.labor.complaint_mechanism",
        "enforcement.labor.violations_penalized", "enforcement.criminal.investigations", "enforcement.criminal.penalties_imposed",
    ];

    [SharedDataFact]
    public async Task Every_country_year_matches_the_ground_truth_exactly()
    {
        var truth = LoadGroundTruth();
        var reader = new UsdolDatasetReader(CountryCatalog.Default);
        var seen = 0;
        var mismatches = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(SharedData.Corpus, "xml"), "countries_*.xml").Order(StringComparer.Ordinal))
        {
            await using var stream = File.OpenRead(file);
            var entries = await reader.ReadAsync(stream, Path.GetFileName(file));
            foreach (var entry in entries)
            {
                var year = entry.Result.Document!.Year.ShouldNotBeNull($"{entry.DatasetName} in {file} has no year");
                if (!truth.TryGetValue((entry.DatasetName, year), out var expected))
                {
                    mismatches.Add($"{Path.GetFileName(file)}: {entry.DatasetName} {year} is not in the ground truth");
                    continue;
                }

                seen++;
                var facts = entry.Result.Facts.ToDictionary(f => f.Facet, f => f.Value, StringComparer.Ordinal);
                foreach (var (facet, value) in expected.Facts)
                {
                    if (!facts.TryGetValue(facet, out var actual) || actual != value)
                    {
                        mismatches.Add($"{entry.DatasetName} {year} {facet}: expected '{value}', got '{actual ?? "(absent)"}'");
                    }
                }

                if (!entry.MultipleTerritories)
                {
                    foreach (var facet in facts.Keys.Where(IsCovered).Where(f => !expected.Facts.ContainsKey(f)))
                    {
                        mismatches.Add($"{entry.DatasetName} {year} {facet}='{facts[facet]}' is not in the ground truth");
                    }
                }
            }
        }

        mismatches.ShouldBeEmpty();
        seen.ShouldBe(truth.Count);
    }

    [SharedDataFact]
    public async Task Every_export_country_name_resolves_to_the_iso_code_of_the_ground_truth()
    {
        var truth = LoadGroundTruth();
        var reader = new UsdolDatasetReader(CountryCatalog.Default);
        var wrong = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(SharedData.Corpus, "xml"), "countries_*.xml"))
        {
            await using var stream = File.OpenRead(file);
            foreach (var entry in await reader.ReadAsync(stream, Path.GetFileName(file)))
            {
                var document = entry.Result.Document!;
                var expected = truth[(entry.DatasetName, document.Year!.Value)].Iso2;
                if (document.Iso2 != expected)
                {
                    wrong.Add($"{entry.DatasetName}: expected {expected}, got {document.Iso2 ?? "(unknown)"}");
                }
            }
        }

        wrong.Distinct().ShouldBeEmpty();
    }

    private static bool IsCovered(string facet) =>
        facet.StartsWith("enforcement.", StringComparison.Ordinal)
            ? CoveredEnforcement.Contains(facet)
            : CoveredPrefixes.Any(p => facet.StartsWith(p, StringComparison.Ordinal)) && !facet.EndsWith(".age", StringComparison.Ordinal);

    private sealed record Truth(string Iso2, Dictionary<string, string> Facts);

    private static Dictionary<(string Country, int Year), Truth> LoadGroundTruth()
    {
        var truth = new Dictionary<(string, int), Truth>();
        foreach (var line in File.ReadLines(Path.Combine(SharedData.Corpus, "ground-truth.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var facts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var fact in root.GetProperty("facts").EnumerateObject())
            {
                facts[fact.Name] = fact.Value.ValueKind == JsonValueKind.Number
                    ? fact.Value.GetInt64().ToString(CultureInfo.InvariantCulture)
                    : fact.Value.GetString()!;
            }

            truth[(root.GetProperty("country").GetString()!, root.GetProperty("year").GetInt32())] = new Truth(root.GetProperty("iso2").GetString()!, facts);
        }

        return truth;
    }
}
