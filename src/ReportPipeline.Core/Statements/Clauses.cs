using System.Text.RegularExpressions;

namespace ReportPipeline.Core.Statements;

/// <summary>
/// Reads the few words before a verb to tell "extended" from "did not extend" and from "plans
/// to extend". Only the clause the verb sits in counts: "failed to remedy a law that imposes a
/// moratorium" still imposes one.
/// </summary>
internal static partial class Clauses
{
    private const int Window = 60;

    /// <summary>"not", "never", "no longer", "has yet to", "failed to"… governs the word at <paramref name="index"/>.</summary>
    public static bool IsNegated(string text, int index) => Negation().IsMatch(ClauseBefore(text, index));

    /// <summary>The word at <paramref name="index"/> is planned, proposed, conditional or uncertain rather than done.</summary>
    public static bool IsHypothetical(string text, int index) => Hypothetical().IsMatch(ClauseBefore(text, index));

    /// <summary>Neither negated nor hypothetical: the text says it happened.</summary>
    public static bool IsAffirmed(string text, int index) => !IsNegated(text, index) && !IsHypothetical(text, index);

    /// <summary>The first match of <paramref name="verb"/> that is affirmed, or null.</summary>
    public static Match? FirstAffirmed(string text, Regex verb)
    {
        foreach (Match match in verb.Matches(text))
        {
            if (IsAffirmed(text, match.Index))
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>All affirmed matches of <paramref name="verb"/>.</summary>
    public static IEnumerable<Match> Affirmed(string text, Regex verb) =>
        verb.Matches(text).Where(m => IsAffirmed(text, m.Index));

    /// <summary>True when <paramref name="verb"/> occurs only negated or hypothetically: a near miss.</summary>
    public static bool OnlyDenied(string text, Regex verb)
    {
        var matches = verb.Matches(text);
        return matches.Count > 0 && matches.All(m => !IsAffirmed(text, m.Index));
    }

    /// <summary>
    /// The date of the event <paramref name="verb"/> names: one right after it ("signed on 3 March
    /// 2024", "came into force on 1 January 2025"), else the nearest within <paramref name="reach"/>.
    /// </summary>
    public static DateMention? DateOf(string text, Match verb, int reach = 90, DateMention? except = null)
    {
        ArgumentNullException.ThrowIfNull(verb);
        var end = verb.Index + verb.Length;
        foreach (var date in ReportDates.FindDates(text))
        {
            if (date.Index >= end && date.Index - end <= 25 && (except is not { } skip || skip.Index != date.Index))
            {
                return date;
            }
        }

        return NearestDate(text, verb.Index, reach, except);
    }

    /// <summary>The date nearest to <paramref name="anchor"/> within <paramref name="reach"/> characters, skipping <paramref name="except"/>.</summary>
    public static DateMention? NearestDate(string text, int anchor, int reach = 90, DateMention? except = null)
    {
        DateMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var date in ReportDates.FindDates(text))
        {
            if (except is { } skip && skip.Index == date.Index)
            {
                continue;
            }

            var distance = date.Index >= anchor ? date.Index - anchor : anchor - date.End;
            if (distance <= reach && distance < bestDistance)
            {
                best = date;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static string ClauseBefore(string text, int index)
    {
        var start = Math.Max(0, index - Window);
        var window = text[start..index];
        var cut = ClauseBreak().Matches(window).LastOrDefault();
        return cut is null ? window : window[(cut.Index + cut.Length)..];
    }

    [GeneratedRegex(@"[,;:(]|\b(?:but|although|though|while|whereas|which|that|who)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(?:not|never|n't|no longer|neither|nor|without|failed to|fails to|fail to|yet to|refused to|declined to|instead of)\b|\bno\b(?!\.)|n't\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(?:would|should|could|might|may|if|whether|unless|plans? to|planned to|planning to|intends? to|intended to|intending to|propos(?:e|es|ed|al|ing)|consider(?:s|ed|ing)?|recommend(?:s|ed|ing)?|urg(?:e|es|ed)|calls? (?:on|for)|called (?:on|for)|expected to|aims? to|aimed to|seeks? to|sought to|hopes? to|able to|unable to|efforts? to|attempt(?:s|ed)? to|in order to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hypothetical();
}
