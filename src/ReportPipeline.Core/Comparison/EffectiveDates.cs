using System.Text.RegularExpressions;

namespace ReportPipeline.Core.Comparison;

/// <summary>
/// When a legal or enforcement change takes effect, where the new year's documents tie a date to
/// it: a dated law statement naming a law that the changed table row cites, or a dated
/// restriction (or easing) of unannounced inspections. The date must fall between the previous
/// report's year (a law signed in its last days shows only in the next report) and the year after
/// the new one, so an old amendment of the same code is never passed off as this change's;
/// several candidate dates, or none, give no date rather than a guess.
/// </summary>
internal static partial class EffectiveDates
{
    // Entry into force is when a law takes effect; the others are the nearest the text gives.
    private static readonly string[] LawActions = ["entered_into_force", "enacted", "amended", "signed"];

    public static string? ForLegal(Side old, Side now, CountryYearStatus status, ComparisonOptions options)
    {
        var candidates = Dated(old, now, status, options)
            .Where(d => d.Statement.Category == "law" && Array.IndexOf(LawActions, d.Statement.Action) >= 0)
            .Where(d => d.Statement.Field("name") is { Length: >= 4 } name && now.Value.Sources.Any(s => s.Evidence.Contains(name, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        if (candidates.Count == 0)
        {
            return FromCitedRow(old, now);
        }

        var best = candidates.Min(c => Array.IndexOf(LawActions, c.Statement.Action));
        return Single(candidates.Where(c => Array.IndexOf(LawActions, c.Statement.Action) == best));
    }

    public static string? ForUnannouncedInspections(Side old, Side now, CountryYearStatus status, ComparisonOptions options)
    {
        var action = now.Text == "No" ? "imposed" : "eased";
        var candidates = Dated(old, now, status, options).Where(d =>
            d.Statement.Category == "inspection_restriction"
            && d.Statement.Action == action
            && d.Statement.Field("scope") == "unannounced inspections").ToList();

        // "signed on December 30, 2021 … came into effect on January 1, 2023": the restriction takes
        // effect when the text says it comes into force, not when it was signed.
        var inForce = candidates.Where(d => TakesEffect().IsMatch(d.Statement.Text)).ToList();
        return Single(inForce.Count > 0 ? inForce : candidates);
    }

    // The changed row itself may date the law it cites ("Article 44 of the Labour Code, as amended in
    // June 2024"); table rows yield no law statements, so that date is read from the row's own evidence.
    private static string? FromCitedRow(Side old, Side now)
    {
        var dates = now.Value.Sources
            .Select(s => Statements.ReportDates.DateAfter(s.Evidence, CitedLawVerb()))
            .OfType<Statements.DateMention>()
            .Select(d => d.Iso)
            .Where(iso => InWindow(iso, old, now));
        return SingleDate(dates);
    }

    private sealed record DatedStatement(Model.Statement Statement, string Date);

    private static IEnumerable<DatedStatement> Dated(Side old, Side now, CountryYearStatus status, ComparisonOptions options) =>
        status.Statements
            .Select(s => s.Statement)
            .Where(s => s.Confidence >= options.MinStatementConfidence)
            .Select(s => new DatedStatement(s, s.Field("date") ?? string.Empty))
            .Where(d => IsoDate().IsMatch(d.Date) && InWindow(d.Date, old, now));

    // From the previous report's year to the year after the new one (see the class summary).
    private static bool InWindow(string isoDate, Side old, Side now) =>
        int.Parse(isoDate.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture) is var year && year >= old.Year && year <= now.Year + 1;

    private static string? Single(IEnumerable<DatedStatement> candidates) => SingleDate(candidates.Select(d => d.Date));

    private static string? SingleDate(IEnumerable<string> candidates)
    {
        // "June 2024" and "30 June 2024" in two sentences are one date, told more or less precisely.
        var dates = candidates.Distinct(StringComparer.Ordinal).ToList();
        var precise = dates.Where(d => !dates.Any(other => other.Length > d.Length && other.StartsWith(d, StringComparison.Ordinal))).ToList();
        return precise.Count == 1 ? precise[0] : null;
    }

    [GeneratedRegex(@"\b(?:(?:came|comes|come|entered|enters|went|goes) into (?:force|effect)|t(?:ook|akes) effect|effective (?:from|as of|on)|in force (?:from|since))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TakesEffect();

    [GeneratedRegex(@"\b(?:amended|adopted|enacted|passed|signed|issued|(?:entered|came) into force|in force since|effective)(?: (?:in|on|from|as of))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CitedLawVerb();

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
