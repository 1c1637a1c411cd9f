using System.Globalization;
using System.Text.Json;
using ReportPipeline.Core.Datasets;
using ReportPipeline.Core.Facts;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Evaluation;

/// <summary>One value of the publisher's raw data for one territory (null: the whole country).</summary>
public sealed record TerritoryTruthCell(string Facet, string? Territory, string Value, string Name);

/// <summary>The per-territory values of one country-year of <c>ground-truth-raw.jsonl</c>.</summary>
public sealed record TerritoryTruth(string Country, int Year, IReadOnlyList<TerritoryTruthCell> Cells);

/// <summary>
/// Precision and recall of the chapters of countries reported territory by territory against
/// the publisher's per-territory values (<c>ground-truth-raw.jsonl</c>, <c>Legal_Standards</c> and
/// <c>Enforcements</c>), per family and per territory. A whole-country fact covers every
/// territory, as it does for comparison: a territory's value is its own fact or else the plain one.
/// </summary>
public sealed class TerritoryAccuracySection(IReadOnlyDictionary<(string Country, int Year), TerritoryTruth> truth) : IEvaluationSection
{
    public const string RawGroundTruthName = "ground-truth-raw.jsonl";

    public int MissesListed { get; init; } = 25;

    /// <summary>Checked cells where the chapter and the data disagree (eval/fact-disagreements.jsonl).</summary>
    public IReadOnlyList<FactDisagreement> Disagreements { get; init; } = [];

    public string Name => "territories";

    /// <summary>Reads the raw ground truth's countries with <c>Multiple_Territories</c> = Yes.</summary>
    public static async Task<IReadOnlyDictionary<(string Country, int Year), TerritoryTruth>> ReadTruthAsync(string path, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<(string, int), TerritoryTruth>();
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (!root.TryGetProperty("Multiple_Territories", out var multiple) || multiple.GetString() != "Yes")
            {
                continue;
            }

            var country = root.GetProperty("country").GetString() ?? string.Empty;
            var year = root.GetProperty("year").GetInt32();
            result[(country, year)] = new TerritoryTruth(country, year, Cells(root));
        }

        return result;
    }

    private static List<TerritoryTruthCell> Cells(JsonElement root)
    {
        var raw = new List<(string Facet, string Name, string Value)>();
        if (root.TryGetProperty("Legal_Standards", out var legal) && legal.ValueKind == JsonValueKind.Object)
        {
            foreach (var standard in legal.EnumerateObject())
            {
                if (!UsdolDatasetReader.LegalStandards.TryGetValue(standard.Name, out var key))
                {
                    continue;
                }

                foreach (var (name, holder) in Holders(standard.Value))
                {
                    if (UsdolDatasetReader.Token(Text(holder, "Conforms_To_Intl_Standard")) is { Length: > 0 } meets)
                    {
                        raw.Add((FacetKeys.LegalMeets(key), name, meets));
                    }

                    if (UsdolDatasetReader.Number(Text(holder, "Age")) is { } age)
                    {
                        raw.Add((FacetKeys.LegalAge(key), name, age));
                    }
                }
            }
        }

        if (root.TryGetProperty("Enforcements", out var enforcements) && enforcements.ValueKind == JsonValueKind.Object)
        {
            foreach (var item in enforcements.EnumerateObject())
            {
                if (!UsdolDatasetReader.Enforcements.TryGetValue(item.Name, out var facet))
                {
                    continue;
                }

                foreach (var (name, holder) in Holders(item.Value))
                {
                    var text = holder.ValueKind == JsonValueKind.Object ? Text(holder, "Enforcement") : holder.ToString();
                    var value = FacetKeys.Counts.Contains(facet) ? UsdolDatasetReader.Count(text) : UsdolDatasetReader.Token(text);
                    if (value.Length > 0)
                    {
                        raw.Add((facet, name, value));
                    }
                }
            }
        }

        var names = new TerritoryNames();
        names.Learn(raw.Select(r => r.Name).Where(n => n.Length > 0));
        var cells = new List<TerritoryTruthCell>();
        foreach (var (facet, name, value) in raw)
        {
            if (name.Length == 0)
            {
                cells.Add(new TerritoryTruthCell(facet, null, value, name));
                continue;
            }

            var slugs = names.SlugsOf(name);
            if (slugs.Count == 0)
            {
                cells.Add(new TerritoryTruthCell(facet, null, value, name));
            }

            foreach (var slug in slugs)
            {
                cells.Add(new TerritoryTruthCell(facet, slug, value, name));
            }
        }

        return cells;
    }

    private static IEnumerable<(string Name, JsonElement Holder)> Holders(JsonElement item)
    {
        if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("territories", out var territories) && territories.ValueKind == JsonValueKind.Array)
        {
            foreach (var territory in territories.EnumerateArray())
            {
                yield return (UsdolDatasetReader.Squeeze(Text(territory, "Territory_Name")), territory);
            }
        }
        else if (item.ValueKind is JsonValueKind.Object or JsonValueKind.String)
        {
            yield return (string.Empty, item);
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public EvaluationSectionResult Evaluate(CorpusRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var scores = new Dictionary<(string Family, string Scope), AccuracyScore>();
        var perTerritory = new SortedDictionary<string, AccuracyScore>(StringComparer.Ordinal);
        var strict = new Dictionary<(string Family, string Scope), AccuracyScore>();
        var misses = new List<FactMiss>();
        var unstated = new List<FactMiss>();
        var documents = 0;
        var scoredFiles = new List<string>();
        foreach (var document in run.Documents)
        {
            if (!truth.TryGetValue((document.Entry.Country, document.Entry.ReportYear), out var expected))
            {
                continue;
            }

            documents++;
            scoredFiles.Add(document.Entry.File);
            var extracted = new Dictionary<string, Fact>(StringComparer.Ordinal);
            foreach (var fact in document.Facts)
            {
                extracted.TryAdd(fact.Facet, fact);
            }

            var judged = new HashSet<string>(StringComparer.Ordinal);
            foreach (var cell in expected.Cells)
            {
                var key = Territories.Qualify(cell.Facet, cell.Territory);
                if (!judged.Add(key))
                {
                    continue;
                }

                var got = Lookup(extracted, cell.Facet, cell.Territory);
                if (got is null && IsNotApplicable(cell.Value))
                {
                    // The publisher's N/A for a territory the chapter gives nothing for (no row of
                    // its own, no whole-country row): the chapter does not say N/A, it is silent.
                    // Counted apart, and in the strict figures.
                    unstated.Add(new FactMiss(document.Entry.File, key, cell.Value, null, null, null));
                    var unstatedFamily = FacetFamilies.Of(cell.Facet);
                    var unstatedScope = cell.Territory is null ? "whole country" : "territory";
                    strict[(unstatedFamily, unstatedScope)] = strict.GetValueOrDefault((unstatedFamily, unstatedScope), AccuracyScore.Zero) + new AccuracyScore(0, 0, 1);
                    continue;
                }

                var correct = got is not null && string.Equals(got.Value.Trim(), cell.Value, StringComparison.Ordinal);
                var score = new AccuracyScore(got is null ? 0 : 1, correct ? 1 : 0, 1);
                var family = FacetFamilies.Of(cell.Facet);
                var scope = cell.Territory is null ? "whole country" : "territory";
                scores[(family, scope)] = scores.GetValueOrDefault((family, scope), AccuracyScore.Zero) + score;
                strict[(family, scope)] = strict.GetValueOrDefault((family, scope), AccuracyScore.Zero) + score;
                var place = $"{expected.Country} ({cell.Territory ?? "whole country"})";
                perTerritory[place] = perTerritory.GetValueOrDefault(place, AccuracyScore.Zero) + score;
                if (!correct)
                {
                    misses.Add(new FactMiss(document.Entry.File, key, cell.Value, got?.Value, got?.Evidence, got?.Page));
                }
            }
        }

        var marking = FactDisagreements.Mark(misses, Disagreements, scoredFiles);
        static string ScopeOf(FactMiss m) => Territories.Split(m.Facet).Territory is null ? "whole country" : "territory";
        static string FamilyOf(FactMiss m) => FacetFamilies.Of(Territories.Split(m.Facet).Facet);
        int Listed(Func<FactMiss, bool> include) => misses.Count(m => include(m) && marking.For(m) is not null);
        var figures = new Dictionary<string, double>(StringComparer.Ordinal) { ["documents"] = documents };
        var rows = new List<IReadOnlyList<string>>();
        foreach (var ((family, scope), score) in scores.OrderBy(s => s.Key.Scope == "territory" ? 0 : 1).ThenBy(s => s.Key.Family, StringComparer.Ordinal))
        {
            var strictScore = strict.GetValueOrDefault((family, scope), score);
            bool Include(FactMiss m) => FamilyOf(m) == family && ScopeOf(m) == scope;
            var aside = marking.SetAside(score, misses, Include);
            rows.Add([family, scope, FactAccuracySection.Percent(score.Precision), FactAccuracySection.Percent(score.Recall), $"{score.Correct}/{score.Extracted}", $"{score.Correct}/{score.Expected}", FactAccuracySection.Percent(strictScore.Recall),
                Listed(Include).ToString(CultureInfo.InvariantCulture), FactAccuracySection.Percent(aside.Precision), FactAccuracySection.Percent(aside.Recall)]);
            var prefix = $"{family}.{(scope == "territory" ? "territory" : "whole")}";
            Add(figures, prefix, score);
            figures[$"{prefix}.unstated_na"] = strictScore.Expected - score.Expected;
            if (strictScore.Recall is { } strictRecall) figures[$"{prefix}.strict_recall"] = Math.Round(strictRecall, 4);
            figures[$"{prefix}.listed"] = Listed(Include);
            Add(figures, $"{prefix}.set_aside", aside);
        }

        foreach (var (key, score) in strict.Where(s => !scores.ContainsKey(s.Key)))
        {
            // Every expected value of this family and scope was an N/A the chapter does not state.
            rows.Add([key.Family, key.Scope, FactAccuracySection.Percent(null), FactAccuracySection.Percent(null), "0/0", "0/0", FactAccuracySection.Percent(score.Recall), "0", FactAccuracySection.Percent(null), FactAccuracySection.Percent(null)]);
        }

        var territoryTotal = scores.Where(s => s.Key.Scope == "territory").Aggregate(AccuracyScore.Zero, (a, s) => a + s.Value);
        var overall = scores.Values.Aggregate(AccuracyScore.Zero, (a, s) => a + s);
        var strictTerritory = strict.Where(s => s.Key.Scope == "territory").Aggregate(AccuracyScore.Zero, (a, s) => a + s.Value);
        var strictOverall = strict.Values.Aggregate(AccuracyScore.Zero, (a, s) => a + s);
        var territoryAside = marking.SetAside(territoryTotal, misses, m => ScopeOf(m) == "territory");
        var overallAside = marking.SetAside(overall, misses, _ => true);
        rows.Add(["all", "territory", FactAccuracySection.Percent(territoryTotal.Precision), FactAccuracySection.Percent(territoryTotal.Recall), $"{territoryTotal.Correct}/{territoryTotal.Extracted}", $"{territoryTotal.Correct}/{territoryTotal.Expected}", FactAccuracySection.Percent(strictTerritory.Recall),
            Listed(m => ScopeOf(m) == "territory").ToString(CultureInfo.InvariantCulture), FactAccuracySection.Percent(territoryAside.Precision), FactAccuracySection.Percent(territoryAside.Recall)]);
        rows.Add(["all", "all", FactAccuracySection.Percent(overall.Precision), FactAccuracySection.Percent(overall.Recall), $"{overall.Correct}/{overall.Extracted}", $"{overall.Correct}/{overall.Expected}", FactAccuracySection.Percent(strictOverall.Recall),
            marking.ListedCount.ToString(CultureInfo.InvariantCulture), FactAccuracySection.Percent(overallAside.Precision), FactAccuracySection.Percent(overallAside.Recall)]);
        Add(figures, "territory", territoryTotal);
        Add(figures, "overall", overall);
        Add(figures, "territory.set_aside", territoryAside);
        Add(figures, "overall.set_aside", overallAside);
        figures["territory.listed"] = Listed(m => ScopeOf(m) == "territory");
        figures["listed_misses"] = marking.ListedCount;
        figures["stale_disagreements"] = marking.Stale.Count;
        figures["unstated_na"] = unstated.Count;

        var tables = new List<EvaluationTable>
        {
            new($"Per family ({documents} chapters with per-territory ground truth)", ["family", "scope", "precision", "recall", "right/extracted", "right/expected", "strict recall", "listed disagreements", "precision (listed set aside)", "recall (listed set aside)"], rows),
            new("Per territory", ["country (territory)", "precision", "recall", "right/extracted", "right/expected"],
                [.. perTerritory.Select(p => (IReadOnlyList<string>)[p.Key, FactAccuracySection.Percent(p.Value.Precision), FactAccuracySection.Percent(p.Value.Recall), $"{p.Value.Correct}/{p.Value.Extracted}", $"{p.Value.Correct}/{p.Value.Expected}"])]),
            new($"Misses ({Math.Min(MissesListed, misses.Count)} of {misses.Count})", ["file", "facet", "expected", "got", "evidence", "listed disagreement"],
                [.. misses.OrderBy(m => m.File, StringComparer.Ordinal).ThenBy(m => m.Facet, StringComparer.Ordinal).Take(MissesListed)
                    .Select(m => (IReadOnlyList<string>)[m.File, m.Facet, m.Expected, m.Got ?? "(absent)", m.Evidence is null ? string.Empty : Shorten(m.Evidence), marking.For(m)?.Kind ?? string.Empty])]),
            new($"N/A not stated by the chapter ({Math.Min(MissesListed, unstated.Count)} of {unstated.Count}; not scored)", ["file", "facet", "expected"],
                [.. unstated.OrderBy(m => m.File, StringComparer.Ordinal).ThenBy(m => m.Facet, StringComparer.Ordinal).Take(MissesListed)
                    .Select(m => (IReadOnlyList<string>)[m.File, m.Facet, m.Expected])]),
        };
        if (marking.Stale.Count > 0)
        {
            tables.Add(FactAccuracySection.StaleTable(marking.Stale));
        }

        var notes = new List<string>
        {
            "A territory's value is its own facet@territory fact or, failing that, the whole-country fact (which covers every territory).",
            "The publisher's lists of territories ('BiH, FBiH, RS, BD', 'Iraq and Kurdistan Region') count once per territory; 'All Territories' is the whole country.",
            $"{unstated.Count} publisher N/A values are for a territory the chapter gives no value for (no row of its own, no whole-country row): not scored; 'strict recall' counts them as misses.",
            FactAccuracySection.DisagreementNote(misses.Count, marking, "multi-territory chapters"),
        };
        return new EvaluationSectionResult(Name, "Per-territory fact accuracy (multi-territory chapters) against ground-truth-raw.jsonl", figures, tables, notes);
    }

    /// <summary>A territory's value: its own fact, else the whole-country fact; the whole country's: the plain fact, else every territory agreeing.</summary>
    private static Fact? Lookup(Dictionary<string, Fact> extracted, string facet, string? territory)
    {
        if (territory is not null)
        {
            return extracted.GetValueOrDefault(Territories.Qualify(facet, territory)) ?? extracted.GetValueOrDefault(facet);
        }

        if (extracted.TryGetValue(facet, out var plain))
        {
            return plain;
        }

        var prefix = facet + Territories.Separator;
        var qualified = extracted.Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(e => e.Value).ToList();
        return qualified.Count > 0 && qualified.All(f => f.Value == qualified[0].Value) ? qualified[0] : null;
    }

    private static bool IsNotApplicable(string value) => value.TrimEnd('*', '†', '‡') == "N/A";

    private static void Add(Dictionary<string, double> figures, string prefix, AccuracyScore score)
    {
        if (score.Precision is { } precision) figures[prefix + ".precision"] = Math.Round(precision, 4);
        if (score.Recall is { } recall) figures[prefix + ".recall"] = Math.Round(recall, 4);
        figures[prefix + ".extracted"] = score.Extracted;
        figures[prefix + ".correct"] = score.Correct;
        figures[prefix + ".expected"] = score.Expected;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
