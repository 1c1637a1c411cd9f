using System.Text.Json;

namespace ReportPipeline.Core.Evaluation;

/// <summary>
/// A cell where a chapter and the publisher's data say different things, checked by hand against
/// the chapter's text (eval/fact-disagreements.jsonl): the chapter file, the facet (with
/// <c>@territory</c> where scored per territory), the data's value, what the chapter says (null:
/// the chapter gives no value for that cell) and why they differ.
/// </summary>
public sealed record FactDisagreement(string File, string Facet, string Data, string? Chapter, string Kind, string Note)
{
    /// <summary>Where the entry came from (file:line), for listings.</summary>
    public string? Origin { get; init; }
}

/// <summary>A listed disagreement that no longer occurs as listed, and what happens there now.</summary>
public sealed record StaleDisagreement(FactDisagreement Entry, string Now);

/// <summary>
/// Which misses are listed disagreements, and which listed entries no longer occur. A miss is
/// listed only when the entry's data value is the value scored and the extractor's value is the
/// entry's chapter value: an extractor that reads something else there is still wrong.
/// </summary>
public sealed class DisagreementMarking
{
    private readonly Dictionary<(string File, string Facet), FactDisagreement> _listed;

    internal DisagreementMarking(Dictionary<(string File, string Facet), FactDisagreement> listed, IReadOnlyList<StaleDisagreement> stale)
    {
        _listed = listed;
        Stale = stale;
    }

    /// <summary>Entries of the scored chapters that match no miss as listed.</summary>
    public IReadOnlyList<StaleDisagreement> Stale { get; }

    /// <summary>How many misses are listed disagreements.</summary>
    public int ListedCount => _listed.Count;

    /// <summary>The entry a miss is listed under; null when it is an ordinary miss.</summary>
    public FactDisagreement? For(FactMiss miss)
    {
        ArgumentNullException.ThrowIfNull(miss);
        return _listed.GetValueOrDefault((miss.File, miss.Facet));
    }

    /// <summary>
    /// The score with the listed disagreements among the misses <paramref name="include"/> keeps
    /// (those of the score's family and scope) taken out of it: a listed cell counts neither as
    /// expected nor, where the extractor gave a value, as extracted.
    /// </summary>
    public AccuracyScore SetAside(AccuracyScore raw, IEnumerable<FactMiss> misses, Func<FactMiss, bool> include)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(misses);
        ArgumentNullException.ThrowIfNull(include);
        var score = raw;
        foreach (var miss in misses.Where(m => include(m) && For(m) is not null))
        {
            score = new AccuracyScore(score.Extracted - (miss.Got is null ? 0 : 1), score.Correct, score.Expected - 1);
        }

        return score;
    }
}

/// <summary>
/// Reads the list of checked chapter-versus-data disagreements and marks the misses of a scoring
/// run with it. A line that breaks the format (unknown kind, missing field, a cell listed twice)
/// stops the read with its file and line, so the list never silently sets aside the wrong cells.
/// </summary>
public static class FactDisagreements
{
    /// <summary>The list's place in the repository.</summary>
    public static readonly string DefaultPath = Path.Combine("eval", "fact-disagreements.jsonl");

    /// <summary>The publisher's data gives N/A for the whole standard in those years (2016–2017 free public education).</summary>
    public const string DataNotApplicable = "data-na";

    /// <summary>The chapter's line for the cell has another mark, age or count than the data.</summary>
    public const string DifferentValue = "different-value";

    /// <summary>The chapter's row has no line for the territory (and no whole-country line); the data gives a value.</summary>
    public const string TerritoryNotInRow = "territory-not-in-row";

    /// <summary>The chapter gives one value for the whole country; the data gives the territory another.</summary>
    public const string WholeCountryValue = "whole-country-value";

    /// <summary>The chapter gives one count for several territories together; the data splits it or has none.</summary>
    public const string JointCount = "joint-count";

    /// <summary>The chapter's country line is a total over the territories, named otherwise than the data's line.</summary>
    public const string NationalTotalRow = "national-total-row";

    public static IReadOnlyList<string> Kinds { get; } =
        [DataNotApplicable, DifferentValue, TerritoryNotInRow, WholeCountryValue, JointCount, NationalTotalRow];

    public static async Task<IReadOnlyList<FactDisagreement>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var lines = await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
        return Parse(lines, Path.GetFileName(path));
    }

    /// <exception cref="FormatException">A line is not a valid entry; the message names source and line.</exception>
    public static IReadOnlyList<FactDisagreement> Parse(IEnumerable<string> lines, string source)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var entries = new List<FactDisagreement>();
        var seen = new HashSet<(string, string)>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var origin = $"{source}:{number}";
            FactDisagreement entry;
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                entry = new FactDisagreement(
                    Required(root, "file"),
                    Required(root, "facet"),
                    Required(root, "data"),
                    root.TryGetProperty("chapter", out var chapter) && chapter.ValueKind == JsonValueKind.String ? chapter.GetString() : null,
                    Required(root, "kind"),
                    Required(root, "note")) { Origin = origin };
                if (root.TryGetProperty("chapter", out chapter) && chapter.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                {
                    throw new FormatException("'chapter' must be a string or null");
                }
            }
            catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
            {
                throw new FormatException($"{origin}: {ex.Message}", ex);
            }

            if (!Kinds.Contains(entry.Kind))
            {
                throw new FormatException($"{origin}: unknown kind '{entry.Kind}' (one of {string.Join(", ", Kinds)})");
            }

            if (entry.Chapter == entry.Data)
            {
                throw new FormatException($"{origin}: the chapter's value is the data's value; that is no disagreement");
            }

            if (!seen.Add((entry.File, entry.Facet)))
            {
                throw new FormatException($"{origin}: {entry.File} {entry.Facet} is listed twice");
            }

            entries.Add(entry);
        }

        return entries;
    }

    /// <summary>
    /// Marks the misses of one scoring run. <paramref name="scoredFiles"/> are the chapters the run
    /// scored: an entry of one of them that matches no miss as listed is stale (the cell is right
    /// now, or the extractor or the data says something else there); entries of other chapters
    /// belong to another run and are left alone.
    /// </summary>
    public static DisagreementMarking Mark(IEnumerable<FactMiss> misses, IEnumerable<FactDisagreement> listed, IEnumerable<string> scoredFiles)
    {
        ArgumentNullException.ThrowIfNull(misses);
        ArgumentNullException.ThrowIfNull(listed);
        ArgumentNullException.ThrowIfNull(scoredFiles);
        var files = scoredFiles.ToHashSet(StringComparer.Ordinal);
        var byCell = new Dictionary<(string, string), FactMiss>();
        foreach (var miss in misses)
        {
            byCell.TryAdd((miss.File, miss.Facet), miss);
        }

        var marked = new Dictionary<(string File, string Facet), FactDisagreement>();
        var stale = new List<StaleDisagreement>();
        foreach (var entry in listed.Where(e => files.Contains(e.File)))
        {
            if (!byCell.TryGetValue((entry.File, entry.Facet), out var miss))
            {
                stale.Add(new StaleDisagreement(entry, "no longer a miss"));
            }
            else if (!string.Equals(miss.Expected.Trim(), entry.Data, StringComparison.Ordinal))
            {
                stale.Add(new StaleDisagreement(entry, $"the data now says {miss.Expected}"));
            }
            else if (!string.Equals(miss.Got?.Trim(), entry.Chapter, StringComparison.Ordinal))
            {
                stale.Add(new StaleDisagreement(entry, $"the extractor now says {miss.Got ?? "nothing"}"));
            }
            else
            {
                marked[(entry.File, entry.Facet)] = entry;
            }
        }

        return new DisagreementMarking(marked, stale);
    }

    /// <summary>Entries whose chapter no scoring run scored (renamed, or gone from the corpus): stale as well.</summary>
    public static IReadOnlyList<StaleDisagreement> Unscored(IEnumerable<FactDisagreement> listed, IEnumerable<string> scoredFiles)
    {
        ArgumentNullException.ThrowIfNull(listed);
        ArgumentNullException.ThrowIfNull(scoredFiles);
        var files = scoredFiles.ToHashSet(StringComparer.Ordinal);
        return [.. listed.Where(e => !files.Contains(e.File)).Select(e => new StaleDisagreement(e, "chapter not scored"))];
    }

    private static string Required(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new FormatException($"'{property}' is missing or empty");
}
