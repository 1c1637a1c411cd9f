using System.Text.RegularExpressions;
using static ReportPipeline.Core.Statements.StatementActions;
using static ReportPipeline.Core.Statements.StatementCategories;
using static ReportPipeline.Core.Statements.StatementFields;

namespace ReportPipeline.Core.Statements.Rules;

/// <summary>
/// Moratoriums on labour inspections: imposed, extended, continued or lifted, with the date
/// they run until and what they cover.
/// </summary>
internal sealed partial class MoratoriumRule : ISentenceRule
{
    public IEnumerable<Draft> Match(Sentence sentence, RuleContext context)
    {
        var text = sentence.Text;
        if (!Mentions(text))
        {
            yield break;
        }

        string? action = null;
        Match? verb = null;
        foreach (var (name, pattern) in Actions)
        {
            verb = Clauses.FirstAffirmed(text, pattern);
            if (verb is not null)
            {
                action = name;
                break;
            }
        }

        var confidence = 0.9;
        if (action is null)
        {
            // A moratorium named without a verb ("a labor inspection moratorium hindered
            // enforcement") is one in force, unless every verb around it is denied.
            if (Actions.Any(a => Clauses.OnlyDenied(text, a.Pattern)) || Clauses.IsHypothetical(text, MoratoriumWord().Match(text) is { Success: true } m ? m.Index : 0))
            {
                yield break;
            }

            action = Continued;
            confidence = 0.55;
        }

        var until = ReportDates.DateAfter(text, UntilWord());
        string? date = null;
        if (action is Imposed or Lifted && verb is not null)
        {
            date = Clauses.DateOf(text, verb, 60, until)?.Iso;
        }

        var scope = ScopeOf(text) ?? context.MoratoriumScope;
        yield return Draft.Of(InspectionMoratorium, action, until is null ? confidence - 0.05 : confidence, (Until, until?.Iso), (Scope, scope), (Date, date));
    }

    public static bool Mentions(string text) => MoratoriumWord().IsMatch(text) || SuspendedInspections().IsMatch(text) || InspectionsSuspended().IsMatch(text);

    /// <summary>What the moratorium covers, in a few fixed words when the text allows: <c>all worksite inspections</c>, <c>small enterprises</c>.</summary>
    public static string? ScopeOf(string text)
    {
        if (SmallEnterprises().IsMatch(text))
        {
            return "small enterprises";
        }

        var match = ScopePhrase().Match(text);
        if (!match.Success)
        {
            match = SuspendedInspections().Match(text);
        }

        if (!match.Success)
        {
            match = InspectionsSuspended().Match(text);
        }

        if (!match.Success)
        {
            return null;
        }

        var phrase = match.Groups["scope"].Value.Trim().ToLowerInvariant();
        if (phrase.StartsWith("all ", StringComparison.Ordinal) || phrase.Contains("all worksite", StringComparison.Ordinal))
        {
            return "all worksite inspections";
        }

        if (phrase.Contains("business", StringComparison.Ordinal) || phrase.Contains("entrepreneur", StringComparison.Ordinal))
        {
            return "business inspections";
        }

        return phrase;
    }

    private static readonly (string Name, Regex Pattern)[] Actions =
    [
        (Extended, ExtendedVerb()),
        (Lifted, LiftedVerb()),
        (Imposed, ImposedVerb()),
        (Continued, ContinuedVerb()),
    ];

    [GeneratedRegex(@"\bmoratori(?:um|a|ums)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoratoriumWord();

    [GeneratedRegex(@"\b(?:suspend(?:ed|s)?|suspension of)\s+(?<scope>(?:all\s+)?(?:(?:routine|unannounced|scheduled|unscheduled|worksite|labou?r|state|onsite|on-site|and|of|business|government|,)\s+){0,6}inspections?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SuspendedInspections();

    [GeneratedRegex(@"\b(?<scope>(?:all\s+)?(?:(?:routine|unannounced|scheduled|unscheduled|worksite|labou?r|state|onsite|on-site|in-person|planned|and|business|government|,)\s+){0,6}inspections?)\b(?:\s+and\s+\w+)?\s+(?:were|was|are|is|have been|has been|remain(?:ed|s)?)\s+suspended\b", RegexOptions.IgnoreCase)]
    private static partial Regex InspectionsSuspended();

    [GeneratedRegex(@"\b(?:moratori(?:um|a)|suspension|ban)(?:\s+\(moratorium\))?\s+(?:on|of)\s+(?:the\s+)?(?<scope>[^,.;()]{0,80}?\binspections?\b(?:\s+(?:of|at|on|in|for)\s+[^,.;()]{3,40}?(?:enterprises|entities|businesses|companies))?)", RegexOptions.IgnoreCase)]
    private static partial Regex ScopePhrase();

    [GeneratedRegex(@"\bsmall(?:\s+and\s+medium(?:-sized)?)?\s+(?:enterprises?|business(?:es)?|business entities|companies|firms)\b|\bsmall[- ]enterprise inspections\b", RegexOptions.IgnoreCase)]
    private static partial Regex SmallEnterprises();

    [GeneratedRegex(@"\b(?:until|through|till|to remain in effect until|effective until|valid until|ending)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UntilWord();

    [GeneratedRegex(@"\b(?:extend(?:ed|s|ing)?|extension of|prolong(?:ed|s|ing)?|renew(?:ed|s|ing)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExtendedVerb();

    [GeneratedRegex(@"\b(?:lift(?:ed|s|ing)?|repeal(?:ed|s)?|abolish(?:ed|es)?|cancel(?:l?ed|s)?|expired|terminat(?:ed|es)|revok(?:ed|es)|ended|resum(?:ed|ption of)\s+(?:(?:routine|unannounced|labou?r|worksite|onsite)\s+)*inspections)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LiftedVerb();

    [GeneratedRegex(@"\b(?:impos(?:ed|es|ing)|introduc(?:ed|es|ing)|adopt(?:ed|s)|enact(?:ed|s)|instituted|declared|suspended|passed|put in place|(?:came|comes|entered|enters) into (?:effect|force)|took effect)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ImposedVerb();

    [GeneratedRegex(@"\b(?:ongoing|continu(?:ed|es|ing)|remain(?:ed|s)?\s+(?:in (?:effect|force|place)|effective)|maintain(?:ed|s)|still in (?:effect|place|force)|existing|in effect|in force)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContinuedVerb();
}

/// <summary>
/// Restrictions on inspections short of a moratorium: unannounced inspections prohibited,
/// visits needing approval or notice; and their easing.
/// </summary>
internal sealed partial class RestrictionRule : ISentenceRule
{
    public IEnumerable<Draft> Match(Sentence sentence, RuleContext context)
    {
        var text = sentence.Text;
        if (!Inspections().IsMatch(text))
        {
            yield break;
        }

        var unannounced = Unannounced().IsMatch(text);
        if (MoratoriumRule.Mentions(text) && !unannounced)
        {
            // The moratorium rule says it; a second, vaguer statement would only repeat it.
            yield break;
        }

        var eased = Clauses.FirstAffirmed(text, EasedVerb());
        var restricted = NotPermitted().Match(text) is { Success: true } denied && !Clauses.IsHypothetical(text, denied.Index)
            ? denied
            : Clauses.FirstAffirmed(text, RestrictingVerb());
        if (eased is null && restricted is null)
        {
            yield break;
        }

        var action = eased is not null && (restricted is null || eased.Index < restricted.Index) ? Eased : Imposed;
        var anchor = (action == Eased ? eased : restricted)!.Index;
        var scope = unannounced ? "unannounced inspections" : Onsite().IsMatch(text) ? "onsite inspections" : "labor inspections";
        var condition = ConditionOf(text);
        var until = ReportDates.DateAfter(text, UntilWord());
        var date = Clauses.NearestDate(text, Event().Match(text) is { Success: true } e ? e.Index : anchor, 120, until)?.Iso;
        yield return Draft.Of(InspectionRestriction, action, unannounced ? 0.85 : 0.7, (Scope, scope), (Condition, condition), (Date, date));
    }

    private static string? ConditionOf(string text)
    {
        var match = ConditionPhrase().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var condition = match.Value.Trim();
        return condition.Length > 140 ? condition[..140].TrimEnd() + "…" : condition;
    }

    [GeneratedRegex(@"\binspections?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Inspections();

    [GeneratedRegex(@"\b(?:unannounced|unscheduled|surprise|snap|without (?:prior )?notice)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Unannounced();

    [GeneratedRegex(@"\b(?:onsite|on-site|worksite)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Onsite();

    [GeneratedRegex(@"\b(?:restrict(?:ed|s|ing)?|prohibit(?:ed|s|ing)?|bann?(?:ed|s)?|barr(?:ed)|prevent(?:ed|s)?|limit(?:ed|s|ing)?|forb(?:id|ids|idden|ade)|requir(?:e|es|ed|ing)\s+(?:prior\s+|advance\s+)?(?:notice|notification|approval|permission|authori[sz]ation)|must\s+(?:be\s+)?(?:approved|announced|notified|authori[sz]ed)|only\s+(?:be\s+)?(?:conducted|performed|carried out|occur|take place|permitted|allowed)\s+(?:with|if|when|in cases|upon|after|on the basis)|(?:permitted|allowed)\s+only\s+(?:with|if|when|in cases|upon|after|on the basis))\b", RegexOptions.IgnoreCase)]
    private static partial Regex RestrictingVerb();

    [GeneratedRegex(@"\b(?:not|no longer)\s+(?:permitted|allowed|authori[sz]ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotPermitted();

    [GeneratedRegex(@"\b(?:eas(?:ed|es|ing)|relax(?:ed|es|ing)|loosen(?:ed|s)|lift(?:ed|s)? (?:the )?restrictions?|to permit|now (?:permits?|allows?)|reinstat(?:ed|es)|resum(?:ed|es))\b", RegexOptions.IgnoreCase)]
    private static partial Regex EasedVerb();

    [GeneratedRegex(@"\b(?:except|unless|only (?:if|when|in cases?|with|upon|after|on the basis of))\b[^.;]*?(?=,|\.|;|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ConditionPhrase();

    [GeneratedRegex(@"\b(?:signed|came into (?:force|effect)|entered into force|took effect|in force)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Event();

    [GeneratedRegex(@"\b(?:until|through)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UntilWord();
}
