using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportPipeline.Core.Statements;

/// <summary>
/// What a classified statement may contain, per status-schema.md: categories, the actions
/// and fields each category allows, and the closed value lists (instruments, areas,
/// assessment levels). A model's answer is checked against it before anything is kept.
/// </summary>
public static partial class StatementSchema
{
    public const string Other = "other";

    /// <param name="OneOf">At least one of these must be present (a ratification names its instrument by key, or by name when it has no key).</param>
    private sealed record CategoryRule(FrozenSet<string> Actions, FrozenSet<string> Fields, FrozenSet<string> Required, FrozenSet<string> OneOf);

    private static readonly FrozenDictionary<string, CategoryRule> Rules = new Dictionary<string, CategoryRule>(StringComparer.Ordinal)
    {
        ["inspection_moratorium"] = Rule(["imposed", "extended", "continued", "lifted"], ["until", "scope", "date"]),
        ["inspection_restriction"] = Rule(["imposed", "eased"], ["scope", "condition", "date"]),
        ["action_plan"] = Rule(["adopted", "active", "expired", "drafted"], ["name", "period", "date"]),
        ["ratification"] = Rule(["ratified", "not_ratified", "intends"], ["instrument", "name", "date"], oneOf: ["instrument", "name"]),
        ["law"] = Rule(["enacted", "amended", "signed", "entered_into_force", "repealed", "drafted"], ["name", "date", "kind"]),
        ["institution"] = Rule(["established", "abolished"], ["name", "date"]),
        ["enforcement_figure"] = Rule(["reported"], ["measure", "value"], required: ["measure", "value"]),
        ["assessment"] = Rule(["assessed"], ["level"], required: ["level"]),
        ["suggested_action"] = Rule(["suggested"], ["area"]),
        ["program"] = Rule(["launched", "active", "ended"], ["name", "date"]),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Treaty keys used in <c>ratification.&lt;instrument&gt;</c> facets and the <c>instrument</c> field.</summary>
    public static FrozenSet<string> Instruments { get; } = Statements.Instruments.All.ToFrozenSet(StringComparer.Ordinal);

    public static FrozenSet<string> SuggestedActionAreas { get; } = FrozenSet.Create(StringComparer.Ordinal,
        "Legal Framework", "Enforcement", "Coordination", "Government Policies", "Social Programs");

    public static FrozenSet<string> AssessmentLevels { get; } = FrozenSet.Create(StringComparer.Ordinal,
        "Significant Advancement", "Moderate Advancement", "Minimal Advancement", "No Advancement");

    /// <summary>Every category except <c>other</c>, in schema order.</summary>
    public static IReadOnlyList<string> Categories { get; } = [.. Rules.Keys.Order(StringComparer.Ordinal)];

    public static IReadOnlyCollection<string> ActionsOf(string category) =>
        Rules.TryGetValue(category, out var rule) ? rule.Actions : [];

    public static IReadOnlyCollection<string> FieldsOf(string category) =>
        Rules.TryGetValue(category, out var rule) ? rule.Fields : [];

    /// <summary>Every field name any category uses.</summary>
    public static IReadOnlyList<string> AllFields { get; } = [.. Rules.Values.SelectMany(r => r.Fields).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Every action any category uses.</summary>
    public static IReadOnlyList<string> AllActions { get; } = [.. Rules.Values.SelectMany(r => r.Actions).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>
    /// Checks a label against the schema and returns it with blank fields removed, or null
    /// with the reason it cannot be kept. <c>other</c> is not a statement worth keeping from a
    /// model, so it is rejected here too (the caller treats it as "no answer").
    /// </summary>
    public static StatementLabel? Validate(StatementLabel label, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (!Rules.TryGetValue(label.Category ?? string.Empty, out var rule))
        {
            reason = $"unknown category '{label.Category}'";
            return null;
        }

        if (label.Action is null || !rule.Actions.Contains(label.Action))
        {
            reason = $"action '{label.Action}' is not one of {label.Category}'s actions";
            return null;
        }

        if (double.IsNaN(label.Confidence) || label.Confidence is < 0 or > 1)
        {
            reason = $"confidence {label.Confidence.ToString(CultureInfo.InvariantCulture)} is outside 0..1";
            return null;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, raw) in label.Fields)
        {
            var value = raw?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (!rule.Fields.Contains(name))
            {
                reason = $"field '{name}' does not belong to {label.Category}";
                return null;
            }

            if (!IsValidValue(name, value, out reason))
            {
                return null;
            }

            fields[name] = value;
        }

        var missing = rule.Required.FirstOrDefault(r => !fields.ContainsKey(r));
        if (missing is not null)
        {
            reason = $"{label.Category} needs the field '{missing}'";
            return null;
        }

        if (rule.OneOf.Count > 0 && !rule.OneOf.Any(fields.ContainsKey))
        {
            reason = $"{label.Category} needs one of the fields {string.Join(", ", rule.OneOf.Order(StringComparer.Ordinal).Select(f => $"'{f}'"))}";
            return null;
        }

        reason = null;
        return label with { Fields = fields };
    }

    private static bool IsValidValue(string field, string value, out string? reason)
    {
        reason = field switch
        {
            "until" or "date" when !IsIsoDate(value) => $"{field} '{value}' is not an ISO date (yyyy-MM-dd, yyyy-MM or yyyy)",
            "period" when !IsPeriod(value) => $"period '{value}' is not a year or a year range such as 2024-2026",
            "instrument" when !Instruments.Contains(value) => $"instrument '{value}' is not a schema instrument key",
            "area" when !SuggestedActionAreas.Contains(value) => $"area '{value}' is not a suggested-action area",
            "level" when !AssessmentLevels.Contains(value) => $"level '{value}' is not an assessment level",
            "value" when !IsFigure(value) => $"value '{value}' is neither a number nor Unknown",
            "kind" when value is not ("law" or "agreement") => $"kind '{value}' is neither law nor agreement",
            _ when value.Length > MaxFreeTextLength => $"{field} is longer than {MaxFreeTextLength} characters",
            _ => null,
        };
        return reason is null;
    }

    /// <summary>Names and scopes are short phrases; anything longer is the model paraphrasing.</summary>
    private const int MaxFreeTextLength = 200;

    /// <summary>yyyy-MM-dd, yyyy-MM or yyyy: reports often give only a month or a year.</summary>
    public static bool IsIsoDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        || DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        || (YearPattern().IsMatch(value) && int.Parse(value, CultureInfo.InvariantCulture) is >= 1900 and <= 2100);

    private static bool IsPeriod(string value)
    {
        var match = PeriodPattern().Match(value);
        if (!match.Success)
        {
            return false;
        }

        var start = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var end = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : start;
        return start is >= 1900 and <= 2100 && end >= start && end <= 2100;
    }

    private static bool IsFigure(string value) =>
        value == "Unknown" || decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);

    private static CategoryRule Rule(string[] actions, string[] fields, string[]? required = null, string[]? oneOf = null) =>
        new(actions.ToFrozenSet(StringComparer.Ordinal), fields.ToFrozenSet(StringComparer.Ordinal), (required ?? []).ToFrozenSet(StringComparer.Ordinal), (oneOf ?? []).ToFrozenSet(StringComparer.Ordinal));

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(\d{4})(?:-(\d{4}))?$")]
    private static partial Regex PeriodPattern();
}
