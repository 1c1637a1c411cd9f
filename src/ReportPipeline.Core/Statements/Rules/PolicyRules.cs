using System.Text.RegularExpressions;
using static ReportPipeline.Core.Statements.StatementActions;
using static ReportPipeline.Core.Statements.StatementCategories;
using static ReportPipeline.Core.Statements.StatementFields;

namespace ReportPipeline.Core.Statements.Rules;

/// <summary>
/// Named national action plans: adopted, active, expired or drafted, with their period.
/// "The NAP remained active" takes its name from the row or lead-in it sits under.
/// </summary>
internal sealed partial class ActionPlanRule : ISentenceRule
{
    public IEnumerable<Draft> Match(Sentence sentence, RuleContext context)
    {
        var text = sentence.Text;
        var labelPlan = sentence.Label is { } label && IsPlanName(label) ? label : null;
        var plans = Names.Plans(text).ToList();
        var refersToPlan = plans.Count > 0 || PlanReference().IsMatch(text);
        if (!refersToPlan && !(labelPlan is not null && context.FirstUnderLabel))
        {
            yield break;
        }

        var targets = new List<(string Name, string? Period)>();
        foreach (var (name, index, length) in plans)
        {
            var bare = Names.WithoutPeriod(name);
            var period = PeriodNear(text, index, index + length);
            if (IsGeneric(bare))
            {
                if (labelPlan is not null)
                {
                    targets.Add((Names.WithoutPeriod(labelPlan), period ?? LonePeriod(text) ?? PeriodOf(labelPlan)));
                }
            }
            else
            {
                targets.Add((bare, period));
            }
        }

        if (targets.Count == 0 && labelPlan is not null)
        {
            targets.Add((Names.WithoutPeriod(labelPlan), LonePeriod(text) ?? PeriodOf(labelPlan)));
        }

        if (targets.Count == 0)
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

        if (action is null && Actions.Any(a => Clauses.OnlyDenied(text, a.Pattern)))
        {
            // "has yet to adopt", "was not approved": a near miss, left to `other`.
            yield break;
        }

        foreach (var (name, period) in targets.DistinctBy(t => t.Name, StringComparer.OrdinalIgnoreCase))
        {
            var (chosen, confidence) = action is null ? FromPeriod(period, context.Document.Year) : (action, 0.85);
            var date = chosen is Adopted or Drafted && verb is not null ? Clauses.DateOf(text, verb, 60)?.Iso : null;
            yield return Draft.Of(ActionPlan, chosen, period is null ? confidence - 0.1 : confidence, (Name, name), (Period, period), (Date, date));
        }
    }

    public static bool IsPlanName(string text) => PlanWord().IsMatch(text);

    private static bool IsGeneric(string name) => GenericPlan().IsMatch(name);

    /// <summary>With no verb, a plan listed under policies is read from its period and the report's year.</summary>
    private static (string Action, double Confidence) FromPeriod(string? period, int? year)
    {
        if (period is null || year is null)
        {
            return (Active, 0.5);
        }

        var start = int.Parse(period[..4], System.Globalization.CultureInfo.InvariantCulture);
        var end = int.Parse(period[^4..], System.Globalization.CultureInfo.InvariantCulture);
        return end < year ? (Expired, 0.6) : start > year ? (Adopted, 0.55) : (Active, 0.6);
    }

    /// <summary>"(2022–2024)" just after the name, or "the 2022–2024 National Action Plan".</summary>
    private static string? PeriodNear(string text, int start, int end)
    {
        foreach (var period in ReportDates.FindPeriods(text))
        {
            if ((period.Index >= end && period.Index - end <= 40) || (period.End <= start && start - period.End <= 3))
            {
                return period.Period;
            }
        }

        return null;
    }

    private static string? LonePeriod(string text) => ReportDates.FindPeriods(text) is { Count: 1 } periods ? periods[0].Period : null;

    private static string? PeriodOf(string label) => ReportDates.FindPeriods(label) is { Count: > 0 } periods ? periods[^1].Period : null;

    private static readonly (string Name, Regex Pattern)[] Actions =
    [
        (Drafted, DraftedVerb()),
        (Adopted, AdoptedVerb()),
        (Expired, ExpiredVerb()),
        (Active, ActiveVerb()),
    ];

    [GeneratedRegex(@"\b(?:Action Plan|Plan of Action|NAP|NPA|National Plan)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlanWord();

    [GeneratedRegex(@"^(?:(?:the|a|new|draft|national|updated)\s+)*(?:NAP|NPA|(?:National\s+)?Action Plan|(?:National\s+)?Plan of Action|National Plan)(?:\s*\((?:NAP|NPA)\))?$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericPlan();

    [GeneratedRegex(@"\b(?:the|this|that|a|new|draft)\s+(?:national\s+)?(?:action plan|plan of action|NAP|NPA|plan)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlanReference();

    [GeneratedRegex(@"\b(?:draft(?:ed|ing|s)?|awaiting (?:approval|adoption|validation|signature)|(?:being|was being) (?:developed|drafted|prepared|finali[sz]ed)|under development|developing|development of|finali[sz]ed and (?:sent|submitted)|pending (?:approval|adoption)|ha(?:s|ve) not (?:yet )?been (?:approved|adopted))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DraftedVerb();

    [GeneratedRegex(@"\b(?:adopt(?:ed|s)|adoption of|approv(?:ed|es)|launch(?:ed|es)|introduc(?:ed|es)|enact(?:ed|s)|signed|validat(?:ed|es)|endors(?:ed|es)|issued|passed|put in place)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AdoptedVerb();

    [GeneratedRegex(@"\b(?:expir(?:ed|es)|ended|conclud(?:ed|es)|came to an end|lapsed|no longer in (?:effect|force))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExpiredVerb();

    [GeneratedRegex(@"\b(?:remain(?:ed|s)?\s+(?:active|in (?:effect|force|place))|implement(?:s|ed|ing)?|implementation of|continu(?:ed|es|ing)|ongoing|in place|overs(?:ee|ees|aw)|coordinat(?:ed|es)|in effect|in force|guid(?:ed|es)|assessed progress)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ActiveVerb();
}

/// <summary>Social programmes and projects: launched, active or ended.</summary>
internal sealed partial class ProgramRule : ISentenceRule
{
    public IEnumerable<Draft> Match(Sentence sentence, RuleContext context)
    {
        var text = sentence.Text;
        var named = Names.Programs(text).Select(p => Names.WithoutPeriod(p.Name)).FirstOrDefault(n => !ActionPlanRule.IsPlanName(n) && !TableTitle().IsMatch(n));
        var label = sentence.Label is { } l && !ActionPlanRule.IsPlanName(l)
            && (sentence.Section == ReportSections.Programs || ProgramWord().IsMatch(l))
            && (context.FirstUnderLabel || Reference().IsMatch(text))
            ? Names.WithoutPeriod(l)
            : null;
        // "School Meals for All: Government-funded programme that…": the lead-in is the name.
        var leadIn = sentence.Label is { } own && text.StartsWith(own, StringComparison.Ordinal) && !ActionPlanRule.IsPlanName(own)
            && (named is not null || sentence.Section == ReportSections.Programs || ProgramWord().IsMatch(own))
            ? Names.WithoutPeriod(own)
            : null;
        var name = leadIn ?? named ?? label;
        if (name is null)
        {
            yield break;
        }

        foreach (var (action, pattern, confidence) in Actions)
        {
            var verb = Clauses.FirstAffirmed(text, pattern);
            if (verb is not null)
            {
                var date = action == Launched ? Clauses.DateOf(text, verb, 60)?.Iso : null;
                yield return Draft.Of(Program, action, named is null ? confidence - 0.1 : confidence, (Name, name), (Date, date));
                yield break;
            }
        }
    }

    private static readonly (string Action, Regex Pattern, double Confidence)[] Actions =
    [
        (Launched, LaunchedVerb(), 0.85),
        (Ended, EndedVerb(), 0.8),
        (Active, ActiveVerb(), 0.7),
    ];

    [GeneratedRegex(@"\b(?:program(?:me)?s?|projects?|campaigns?|initiatives?|schemes?|cent(?:er|re)s|shelters)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProgramWord();

    [GeneratedRegex(@"^(?:Key|Table)\b")]
    private static partial Regex TableTitle();

    [GeneratedRegex(@"\b(?:this|the|these|that)\s+(?:program(?:me)?s?|projects?|campaigns?|initiatives?|schemes?|cent(?:er|re)s|shelters)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    [GeneratedRegex(@"\b(?:launch(?:ed|es)|start(?:ed|s)|initiat(?:ed|es)|inaugurat(?:ed|es)|began|begun|rolled out|piloted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LaunchedVerb();

    [GeneratedRegex(@"\b(?:ended|conclud(?:ed|es)|clos(?:ed|es)|terminat(?:ed|es)|discontinu(?:ed|es)|expired|phased out|came to an end)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndedVerb();

    [GeneratedRegex(@"\b(?:remain(?:ed|s)? active|ongoing|continu(?:ed|es|ing)|implement(?:s|ed|ing)|operat(?:ed|es|ing)|provid(?:ed|es|ing)|funded|funds|support(?:s|ed)|assist(?:s|ed)|conduct(?:ed|s)|serv(?:ed|es)|reached|aim(?:s|ed) to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ActiveVerb();
}

/// <summary>Bodies set up or abolished: commissions, councils, units, centres, teams.</summary>
internal sealed partial class InstitutionRule : ISentenceRule
{
    public IEnumerable<Draft> Match(Sentence sentence, RuleContext context)
    {
        var text = sentence.Text;
        foreach (var (action, pattern) in Actions)
        {
            foreach (var verb in Clauses.Affirmed(text, pattern))
            {
                var name = NameAfter(text, verb.Index + verb.Length) ?? NameBefore(text, verb.Index);
                if (name is null || Boilerplate().IsMatch(name))
                {
                    continue;
                }

                var date = Clauses.DateOf(text, verb, 60)?.Iso;
                yield return Draft.Of(Institution, action, 0.75, (Name, name), (Date, date));
                yield break;
            }
        }
    }

    private static string? NameAfter(string text, int from)
    {
        foreach (var (name, index, _) in Names.Institutions(text))
        {
            if (index >= from && index - from <= 30)
            {
                return name;
            }
        }

        var plain = PlainObject().Match(text[from..]);
        return plain.Success ? plain.Groups["name"].Value : null;
    }

    private static string? NameBefore(string text, int verb)
    {
        foreach (var (name, index, length) in Names.Institutions(text))
        {
            var between = text[Math.Min(index + length, verb)..verb];
            var lead = text[..Math.Min(index, verb)];
            var clauseStart = Math.Max(lead.LastIndexOf(',') + 1, 0);
            if (index + length <= verb && Passive().IsMatch(between) && SubjectLead().IsMatch(lead[clauseStart..]))
            {
                return name;
            }
        }

        return null;
    }

    private static readonly (string Action, Regex Pattern)[] Actions =
    [
        (Established, EstablishedVerb()),
        (Abolished, AbolishedVerb()),
    ];

    [GeneratedRegex(@"\b(?:establish(?:ed|es)|creat(?:ed|es)|set up|founded|formed|open(?:ed|s)|convened|inaugurat(?:ed|es))\b", RegexOptions.IgnoreCase)]
    private static partial Regex EstablishedVerb();

    [GeneratedRegex(@"\b(?:abolish(?:ed|es)|dissolv(?:ed|es)|disband(?:ed|s)|liquidat(?:ed|es)|shut down|merged)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AbolishedVerb();

    [GeneratedRegex(@"^\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:\d+\s+)?(?:new\s+)?(?<name>(?:[\w\-]+\s+){0,4}?(?:cent(?:er|re)s?|shelters?|units?|offices?|teams?|hotlines?|commissions?|committees?|councils?|working groups?|task forces?|courts?|inspectorates?|agenc(?:y|ies)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlainObject();

    [GeneratedRegex(@"^\s*(?:,[^,]*,\s*)?(?:was|were|has been|have been|had been|is|are)\s+(?:\w+ly\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Passive();

    [GeneratedRegex(@"^\s*(?:(?:the|a|an|in|on|by|\d{4})\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectLead();

    [GeneratedRegex(@"^(?:a\s+)?(?:coordinating\s+|institutional\s+)?mechanisms?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();
}
