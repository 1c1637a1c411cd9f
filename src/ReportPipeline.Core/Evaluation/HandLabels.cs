using System.Text.Json;
using ReportPipeline.Core.Statements;

namespace ReportPipeline.Core.Evaluation;

/// <summary>Another sentence of a chapter that tells the same event as a label: its page and a few of its words.</summary>
public sealed record LabelAnchor(int Page, string Quote);

/// <summary>
/// One hand label of a real chapter (eval/statement-labels, statement-labels.md): what the chapter
/// states happened or holds in its reporting year, with the key fields and at most six words of
/// the sentence as an anchor.
/// </summary>
public sealed record HandLabel(
    string File,
    int Page,
    string Category,
    string Action,
    string Quote)
{
    /// <summary>Actions besides <see cref="Action"/> that are also right for this label.</summary>
    public IReadOnlyList<string> Accept { get; init; } = [];

    public string? Name { get; init; }

    public string? Instrument { get; init; }

    public string? Until { get; init; }

    public string? Period { get; init; }

    public string? Date { get; init; }

    public string? Scope { get; init; }

    /// <summary>Other sentences about the same event; a statement from any of them matches too.</summary>
    public IReadOnlyList<LabelAnchor> Also { get; init; } = [];

    /// <summary>Where the label came from (file:line), for error messages and listings.</summary>
    public string? Origin { get; init; }

    /// <summary>The labelled sentence first, then the others about the same event.</summary>
    public IEnumerable<LabelAnchor> Anchors => Also.Prepend(new LabelAnchor(Page, Quote));
}

/// <summary>
/// Reads the hand-labelled development set: every <c>*.jsonl</c> of a folder, one label per line.
/// A label that breaks the conventions (unknown category or action, a quote over six words, no
/// page) stops the read with its file and line, so a bad label never skews a score silently.
/// </summary>
public static class HandLabels
{
    /// <summary>The five event categories the labels cover; other categories are not scored.</summary>
    public static IReadOnlyList<string> Categories { get; } =
    [
        StatementCategories.InspectionMoratorium,
        StatementCategories.InspectionRestriction,
        StatementCategories.ActionPlan,
        StatementCategories.Law,
        StatementCategories.Ratification,
    ];

    /// <summary>Longest anchor allowed: labels quote at most six words of a real sentence.</summary>
    public const int MaxQuoteWords = 6;

    /// <summary>The folder the labels live in, relative to the repository root.</summary>
    public static readonly string DefaultFolder = Path.Combine("eval", "statement-labels");

    public static async Task<IReadOnlyList<HandLabel>> ReadFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var labels = new List<HandLabel>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            var lines = await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
            labels.AddRange(Parse(lines, Path.GetFileName(path)));
        }

        return labels;
    }

    /// <summary>Parses JSONL lines; <paramref name="source"/> names them in errors.</summary>
    public static IReadOnlyList<HandLabel> Parse(IEnumerable<string> lines, string source)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var labels = new List<HandLabel>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var origin = $"{source}:{number}";
            try
            {
                using var json = JsonDocument.Parse(line);
                labels.Add(Read(json.RootElement, origin));
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{origin}: not a JSON object ({ex.Message})", ex);
            }
        }

        return labels;
    }

    private static HandLabel Read(JsonElement root, string origin)
    {
        string Required(string key) =>
            Text(root, key) ?? throw new InvalidDataException($"{origin}: the label has no '{key}'.");

        var category = Required("category");
        if (!Categories.Contains(category, StringComparer.Ordinal))
        {
            throw new InvalidDataException($"{origin}: '{category}' is not one of the labelled categories ({string.Join(", ", Categories)}).");
        }

        var accept = Strings(root, "accept");
        var action = Required("action");
        foreach (var candidate in accept.Prepend(action))
        {
            if (!StatementSchema.ActionsOf(category).Contains(candidate))
            {
                throw new InvalidDataException($"{origin}: '{candidate}' is not an action of {category}.");
            }
        }

        var page = root.TryGetProperty("page", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt32() : 0;
        if (page < 1)
        {
            throw new InvalidDataException($"{origin}: the label needs a page (1 or more).");
        }

        var also = new List<LabelAnchor>();
        if (root.TryGetProperty("also", out var alsoArray) && alsoArray.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in alsoArray.EnumerateArray())
            {
                var alsoPage = item.TryGetProperty("page", out var ap) && ap.ValueKind == JsonValueKind.Number ? ap.GetInt32() : 0;
                var alsoQuote = Text(item, "quote");
                if (alsoPage < 1 || alsoQuote is null)
                {
                    throw new InvalidDataException($"{origin}: every 'also' entry needs a page and a quote.");
                }

                also.Add(new LabelAnchor(alsoPage, CheckQuote(alsoQuote, origin)));
            }
        }

        var instrument = Text(root, "instrument");
        if (instrument is not null && !StatementSchema.Instruments.Contains(instrument))
        {
            throw new InvalidDataException($"{origin}: '{instrument}' is not a status-schema instrument key.");
        }

        return new HandLabel(Required("file"), page, category, action, CheckQuote(Required("quote"), origin))
        {
            Accept = accept,
            Name = Text(root, "name"),
            Instrument = instrument,
            Until = Text(root, "until"),
            Period = Text(root, "period"),
            Date = Text(root, "date"),
            Scope = Text(root, "scope"),
            Also = also,
            Origin = origin,
        };
    }

    private static string CheckQuote(string quote, string origin)
    {
        var words = quote.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is 0 or > MaxQuoteWords
            ? throw new InvalidDataException($"{origin}: a quote holds 1 to {MaxQuoteWords} words of the sentence, not {words} ('{quote}').")
            : quote;
    }

    private static string? Text(JsonElement element, string key) =>
        element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    private static IReadOnlyList<string> Strings(JsonElement element, string key) =>
        element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];
}
