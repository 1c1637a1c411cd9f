using System.Globalization;
using System.Text.RegularExpressions;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Statements;

/// <summary>
/// Turns statements that state a status into facts: the inspection moratorium and its end
/// date, each named action plan's status and period, and ratifications announced in prose.
/// A fact the extractors already read (from a table) for the same facet wins; when the
/// statement disagrees, the disagreement is reported as a warning rather than resolved silently.
/// </summary>
public static partial class StatementFacts
{
    public const string Moratorium = "labor_inspection.moratorium";
    public const string MoratoriumUntil = "labor_inspection.moratorium_until";
    public const string ActionPlanPrefix = "policy.action_plan.";
    public const string RatificationPrefix = "ratification.";

    public static IReadOnlyList<Fact> Derive(IReadOnlyList<Statement> statements, IReadOnlyList<Fact> existing, DocumentInfo document, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(warnings);
        var derived = new List<Fact>();
        derived.AddRange(MoratoriumFacts(statements, document));
        derived.AddRange(ActionPlanFacts(statements));
        if (document.Source != Sources.IloAnnualReview)
        {
            // Baselines state ratifications in their status lines, which the ILO reader owns.
            derived.AddRange(RatificationFacts(statements, warnings));
        }

        var known = existing.GroupBy(f => f.Facet, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var result = new List<Fact>();
        foreach (var fact in derived)
        {
            if (known.TryGetValue(fact.Facet, out var table))
            {
                if (!string.Equals(table.Value, fact.Value, StringComparison.OrdinalIgnoreCase))
                {
                    warnings.Add($"{fact.Facet}: the text says \"{fact.Value}\" ({Shorten(fact.Evidence)}) but the table says \"{table.Value}\"; kept the table's value.");
                }

                continue;
            }

            result.Add(fact);
        }

        return result;
    }

    /// <summary>The facet key of a plan: its name without the words every plan shares ("National Action Plan (NAP) on the Elimination of…" -> <c>elimination_worst_forms_child_labor</c>).</summary>
    public static string PlanSlug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = Parenthetical().Replace(name.ToLowerInvariant(), " ");
        text = NonWord().Replace(text.Replace("’", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal), " ");
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && LeadingPlanWords.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        words.RemoveAll(w => Stopwords.Contains(w) || w is "action" or "plan" or "nap" or "npa");
        var slug = string.Empty;
        foreach (var word in words)
        {
            var next = slug.Length == 0 ? word : slug + "_" + word;
            if (next.Length > 60)
            {
                break;
            }

            slug = next;
        }

        return slug.Length == 0 ? "national" : slug;
    }

    private static IEnumerable<Fact> MoratoriumFacts(IReadOnlyList<Statement> statements, DocumentInfo document)
    {
        var moratoria = statements.Where(s => s.Category == StatementCategories.InspectionMoratorium).ToList();
        if (moratoria.Count == 0)
        {
            yield break;
        }

        // A moratorium that "expired on January 1, 2022" was still in force in a 2021 report.
        bool EndsAfterYear(Statement s) =>
            s.Action == StatementActions.Lifted && document.Year is { } year && YearOf(s.Field(StatementFields.Date)) is { } ended && ended > year;

        var inForce = moratoria.Where(s => s.Action != StatementActions.Lifted || EndsAfterYear(s)).ToList();
        var lifted = moratoria.Where(s => s.Action == StatementActions.Lifted && !EndsAfterYear(s)).ToList();
        var explicitlyInForce = inForce.Any(s => s.Confidence >= 0.8);
        var active = inForce.Count > 0 && (lifted.Count == 0 || explicitlyInForce);
        var evidence = active
            ? inForce.OrderByDescending(s => s.Field(StatementFields.Until) is not null).ThenByDescending(s => s.Confidence).First()
            : lifted.OrderByDescending(s => s.Confidence).First();
        yield return FromStatement(Moratorium, active ? "Active" : "Lifted", evidence);

        if (!active)
        {
            yield break;
        }

        var until = inForce
            .Select(s => (Statement: s, Date: s.Field(StatementFields.Until) ?? (EndsAfterYear(s) ? s.Field(StatementFields.Date) : null)))
            .Where(x => x.Date is not null)
            .OrderByDescending(x => x.Date, StringComparer.Ordinal)
            .FirstOrDefault();
        if (until.Date is not null)
        {
            yield return FromStatement(MoratoriumUntil, until.Date, until.Statement);
        }
    }

    private static IEnumerable<Fact> ActionPlanFacts(IReadOnlyList<Statement> statements)
    {
        var plans = statements
            .Where(s => s.Category == StatementCategories.ActionPlan && s.Action is not null && s.Field(StatementFields.Name) is not null)
            .GroupBy(s => PlanSlug(s.Field(StatementFields.Name)!), StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            // The plan's latest period is its current state ("a new NAP was approved for 2024–2026"
            // supersedes the 2021–2023 plan of the same name); the most confident reading of it wins.
            var chosen = plan
                .OrderByDescending(s => s.Field(StatementFields.Period) is { } p ? p[^4..] : string.Empty, StringComparer.Ordinal)
                .ThenByDescending(s => s.Confidence)
                .First();
            var period = chosen.Field(StatementFields.Period) ?? plan.Select(s => s.Field(StatementFields.Period)).FirstOrDefault(p => p is not null);
            var value = chosen.Action switch
            {
                StatementActions.Adopted => "Adopted",
                StatementActions.Expired => "Expired",
                StatementActions.Drafted => "Drafted",
                _ => "Active",
            };
            yield return FromStatement(ActionPlanPrefix + plan.Key, value, chosen) with { Period = period };
        }
    }

    private static IEnumerable<Fact> RatificationFacts(IReadOnlyList<Statement> statements, ICollection<string> warnings)
    {
        var byInstrument = statements
            .Where(s => s.Category == StatementCategories.Ratification && s.Field(StatementFields.Instrument) is not null
                && s.Action is StatementActions.Ratified or StatementActions.NotRatified)
            .GroupBy(s => s.Field(StatementFields.Instrument)!, StringComparer.Ordinal);
        foreach (var group in byInstrument)
        {
            var ratified = group.FirstOrDefault(s => s.Action == StatementActions.Ratified);
            if (ratified is not null && group.Any(s => s.Action == StatementActions.NotRatified))
            {
                warnings.Add($"{RatificationPrefix}{group.Key}: the text says both ratified and not ratified; kept Ratified ({Shorten(ratified.Text)}).");
            }

            var chosen = ratified ?? group.First();
            yield return FromStatement(RatificationPrefix + group.Key, chosen.Action == StatementActions.Ratified ? "Ratified" : "Not ratified", chosen);
        }
    }

    private static Fact FromStatement(string facet, string value, Statement statement) =>
        new(facet, value, statement.Text, statement.Page, statement.Offset);

    private static int? YearOf(string? iso) =>
        iso is { Length: >= 4 } && int.TryParse(iso.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    private static string Shorten(string text) => text.Length <= 100 ? text : string.Concat(text.AsSpan(0, 99), "…");

    private static readonly HashSet<string> LeadingPlanWords = new(StringComparer.Ordinal)
    {
        "national", "state", "joint", "new", "draft", "updated", "the", "a", "comprehensive", "policy", "and",
    };

    private static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "the", "of", "on", "to", "for", "against", "in", "and", "a", "an", "with", "by", "from", "at",
    };

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
