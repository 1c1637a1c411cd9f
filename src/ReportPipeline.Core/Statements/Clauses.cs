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
    public static bool IsNegated(string text, int index) => Negation().IsMatch(ClauseBefore(text, index)) || NoEvidence().IsMatch(text.AsSpan(0, index));

    /// <summary>The word at <paramref name="index"/> is planned, proposed, conditional or uncertain rather than done.</summary>
    public static bool IsHypothetical(string text, int index) => Hypothetical().IsMatch(ClauseBefore(text, index));

    /// <summary>
    /// Like <see cref="IsHypothetical"/>, but for a rule's wording: "may only be conducted with",
    /// "can last no longer than" say what the rule permits, so a "may" or "can" right before the word is no doubt.
    /// </summary>
    public static bool IsHypotheticalRule(string text, int index) =>
        Hypothetical().IsMatch(PermissionModal().Replace(ClauseBefore(text, index), string.Empty));

    /// <summary>
    /// The word at <paramref name="index"/> sits in a relative clause in the pluperfect ("the suspension, which the Minister had
    /// first ordered and renewed several times, lapsed"): what had happened before the sentence's own event.
    /// </summary>
    /// <remarks>Only a participle can belong to it: in "the suspension that the Cabinet had renewed since 2016 came to an end" the
    /// clause has ended before "came".</remarks>
    public static bool InPluperfectRelative(string text, int index) =>
        PluperfectRelative().IsMatch(text.AsSpan(0, index)) && Participle().IsMatch(text.AsSpan(index));

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

    /// <summary>The date nearest to <paramref name="anchor"/> within <paramref name="reach"/> characters, skipping <paramref name="except"/> and, when asked, years that name a thing ("the 2013 circular").</summary>
    public static DateMention? NearestDate(string text, int anchor, int reach = 90, DateMention? except = null, bool skipAttributive = false)
    {
        DateMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var date in ReportDates.FindDates(text))
        {
            if ((except is { } skip && skip.Index == date.Index) || (skipAttributive && IsAttributive(text, date)))
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

    /// <summary>
    /// True when the word at <paramref name="index"/> is not the sentence's governing verb: it sits
    /// in a leading concessive clause ("Although the moratorium expired in 2022, it remained…"), a
    /// relative clause ("the law, which was amended in 2019, …") or a participle after a comma
    /// ("the moratorium, extended in 2017, …"). Rules prefer main-clause verbs when a sentence has several.
    /// </summary>
    public static bool IsSubordinate(string text, int index)
    {
        var lead = LeadingConcession().Match(text);
        if (lead.Success && index < lead.Index + lead.Length)
        {
            return true;
        }

        var start = Math.Max(0, index - Window);
        var window = text[start..index];
        var cut = ClauseBreak().Matches(window).LastOrDefault();
        if (cut is null)
        {
            return false;
        }

        var between = window[(cut.Index + cut.Length)..];
        // "the rule that limited inspections was rescinded": once the relative clause has its own
        // verb and the subject's auxiliary follows, the word is the main clause's again.
        return (RelativeOpener().IsMatch(cut.Value) && VerbLike().Matches(between).Count < 2)
            || (cut.Value == "," && ParticipleLead().IsMatch(between));
    }

    /// <summary>
    /// The date of the event <paramref name="verb"/> names, like <see cref="DateOf"/>, but never a
    /// year used as an adjective ("a 2019 moratorium", "the 2015 law"): that dates the thing, not this event.
    /// </summary>
    public static DateMention? EventDateOf(string text, Match verb, int reach = 60, DateMention? except = null)
    {
        ArgumentNullException.ThrowIfNull(verb);
        var end = verb.Index + verb.Length;
        DateMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var date in ReportDates.FindDates(text))
        {
            if ((except is { } skip && skip.Index == date.Index) || IsAttributive(text, date) || SinceBefore().IsMatch(text.AsSpan(0, date.Index)) || InsetBefore(text, date, verb.Index))
            {
                continue;
            }

            if (date.Index >= end && date.Index - end <= 25)
            {
                return date;
            }

            var distance = date.Index >= verb.Index ? date.Index - verb.Index : verb.Index - date.End;
            if (distance <= reach && distance < bestDistance)
            {
                best = date;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// "the moratorium, first introduced in 2014, was extended": a date in a participle or relative
    /// clause set off before the verb dates that clause's event, not the verb's.
    /// </summary>
    private static bool InsetBefore(string text, DateMention date, int verbIndex)
    {
        if (date.End > verbIndex || text.IndexOf(',', date.End, verbIndex - date.End) < 0)
        {
            return false;
        }

        var start = Math.Max(0, date.Index - Window);
        var window = text[start..date.Index];
        var cut = ClauseBreak().Matches(window).LastOrDefault();
        return cut is not null
            && ((cut.Value == "," && ParticipleLead().IsMatch(window[(cut.Index + cut.Length)..])) || RelativeOpener().IsMatch(cut.Value));
    }

    /// <summary>"a 2019 moratorium", "the 2015 Labor Code", "its 2020–2024 plan", "Circular No. 3 of 2019": a year naming a thing.</summary>
    public static bool IsAttributive(string text, DateMention date) =>
        date.Length == 4
        && ((AttributiveBefore().IsMatch(text.AsSpan(Math.Max(0, date.Index - 8), date.Index - Math.Max(0, date.Index - 8)))
                && AttributiveAfter().IsMatch(text.AsSpan(date.End)))
            || NumberedActOf().IsMatch(text.AsSpan(Math.Max(0, date.Index - 30), date.Index - Math.Max(0, date.Index - 30))));

    private static string ClauseBefore(string text, int index)
    {
        var start = Math.Max(0, index - Window);
        var window = text[start..index];
        var cut = ClauseBreak().Matches(window).LastOrDefault();
        return cut is null ? window : window[(cut.Index + cut.Length)..];
    }

    // "may carry out an unscheduled inspection of a firm only after …": the modal grants the inspecting the rule then conditions.
    [GeneratedRegex(@"\b(?:which|that|who)\s+(?:[^,.;]*?\s)?had\b[^,.;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PluperfectRelative();

    [GeneratedRegex(@"^\w+(?:ed|en)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Participle();

    [GeneratedRegex(@"\b(?:may|can)\s+(?:only\s+)?(?:be\s+(?:\w+ed\s+)?)?$|\b(?:may|can)\s+(?:only\s+)?(?:conduct|carry\s+out|perform|undertake|enter(?!\s+into)|visit|inspect|board|receive|undergo|be\s+(?:the\s+)?subject(?:ed)?\s+(?:of|to))\b(?:\s+[\w\-]+){0,7}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PermissionModal();

    [GeneratedRegex(@"^\s*(?:Although|Though|While|Whereas|Even though|Despite|Notwithstanding)\b[^,;]*[,;]", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingConcession();

    [GeneratedRegex(@"^(?:which|that|who|although|though|while|whereas)$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeOpener();

    // ", extended in 2017," / ", having been adopted" / ", as amended": a participle hung on the noun before.
    [GeneratedRegex(@"^\s*(?:(?:as|having been|once|first|originally|previously|initially|also)\s+)*\w+ed\b", RegexOptions.IgnoreCase)]
    private static partial Regex ParticipleLead();

    [GeneratedRegex(@"\b(?:was|were|is|are|has|had|have|been|\w+ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VerbLike();

    // "since 2019, the cabinet has extended …": the start of a span reaching the present, not the event's date.
    [GeneratedRegex(@"\b(?:since|from)\s+(?:(?:early|late|mid-?)\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SinceBefore();

    [GeneratedRegex(@"\b(?:a|an|the|its|their|this|that)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AttributiveBefore();

    // "Circular No. 3 of 2019": the year is part of the act's number.
    [GeneratedRegex(@"\bNo\.?\s*[\w\-/.]*\d[\w\-/]*\s+of\s+$")]
    private static partial Regex NumberedActOf();

    [GeneratedRegex(@"^\s+(?!(?:and|or|to|through|until|in|on|at|by|for|when|with|the|a|an)\b)[A-Za-z]")]
    private static partial Regex AttributiveAfter();

    // "since" and "because" open a clause of their own: "has not inspected since the moratorium was imposed" denies the inspecting only.
    [GeneratedRegex(@"[,;:(]|\b(?:but|although|though|while|whereas|which|that|who|since|because)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(?:not|never|n't|no longer|neither|nor|without|failed to|fails to|fail to|yet to|refused to|declined to|instead of)\b|\bno\b(?!\.)|n't\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    // "research did not find evidence that the Act was passed": the clause break at "that" hides the denial, which governs what follows.
    [GeneratedRegex(@"\b(?:(?:did|does|do|could|can)\s*(?:not|n't)\s+(?:find|identify|locate)|found\s+no|no)\s+(?:\w+\s+){0,2}?evidence\s+(?:that|of)\b[^.;:]{0,100}$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NoEvidence();

    // "efforts to" inside a body's capitalised name ("Commission to Coordinate Efforts to Combat Trafficking") is no attempt.
    [GeneratedRegex(@"\b(?:would|should|could|might|may|if|whether|unless|(?-i:plans?) to|(?<!(?-i:[A-Z])[\w’'\-]*\s)(?-i:Plans?) to|planned to|planning to|intends? to|intended to|intending to|propos(?:e|es|ed|al|ing)|consider(?:s|ed|ing)?|recommend(?:s|ed|ing)?|urg(?:e|es|ed)|calls? (?:on|for)|called (?:on|for)|expected to|aims? to|aimed to|seeks? to|sought to|hopes? to|able to|unable to|(?-i:efforts?) to|(?<!(?-i:[A-Z])[\w’'\-]*\s)(?-i:Efforts?) to|attempt(?:s|ed)? to|in order to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hypothetical();
}
