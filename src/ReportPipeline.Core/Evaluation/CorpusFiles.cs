using System.Globalization;
using System.Text.Json;

namespace ReportPipeline.Core.Evaluation;

/// <summary>One PDF of the corpus as <c>pdf-manifest.json</c> describes it (file relative to the corpus folder).</summary>
public sealed record ManifestEntry(string File, string Country, int ReportYear);

/// <summary>The publisher's own values for one country-year (<c>ground-truth.jsonl</c>), values as invariant strings.</summary>
public sealed record GroundTruthRow(string Country, string Iso2, int Year, IReadOnlyDictionary<string, string> Facts);

/// <summary>Reads the corpus's manifest and ground truth.</summary>
public static class CorpusFiles
{
    public const string ManifestName = "pdf-manifest.json";
    public const string GroundTruthName = "ground-truth.jsonl";

    public static async Task<IReadOnlyList<ManifestEntry>> ReadManifestAsync(string corpusDirectory, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(corpusDirectory, ManifestName);
        await using var stream = File.OpenRead(path);
        using var json = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        var entries = new List<ManifestEntry>();
        foreach (var item in json.RootElement.EnumerateArray())
        {
            entries.Add(new ManifestEntry(
                item.GetProperty("file").GetString() ?? throw new InvalidDataException($"{path}: an entry has no file."),
                item.GetProperty("country").GetString() ?? string.Empty,
                item.GetProperty("report_year").GetInt32()));
        }

        return entries;
    }

    public static async Task<IReadOnlyDictionary<(string Country, int Year), GroundTruthRow>> ReadGroundTruthAsync(string corpusDirectory, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(corpusDirectory, GroundTruthName);
        var rows = new Dictionary<(string, int), GroundTruthRow>();
        if (!File.Exists(path))
        {
            // A corpus scored against other truth (the multi-territory chapters: ground-truth-raw.jsonl beside the main corpus).
            return rows;
        }
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var facts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var fact in root.GetProperty("facts").EnumerateObject())
            {
                facts[fact.Name] = fact.Value.ValueKind switch
                {
                    JsonValueKind.Number => fact.Value.GetDecimal().ToString(CultureInfo.InvariantCulture),
                    JsonValueKind.String => fact.Value.GetString() ?? string.Empty,
                    _ => fact.Value.GetRawText(),
                };
            }

            var row = new GroundTruthRow(
                root.GetProperty("country").GetString() ?? string.Empty,
                root.GetProperty("iso2").GetString() ?? string.Empty,
                root.GetProperty("year").GetInt32(),
                facts);
            rows[(row.Country, row.Year)] = row;
        }

        return rows;
    }
}
