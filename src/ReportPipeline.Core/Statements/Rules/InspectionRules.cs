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
        if (TellsResumption(text) is { } resumption)
        {
            foreach (var draft in StopAndResumption(text, resumption, context))
            {
                yield return draft;
            }

            yield break;
        }

        if (!Mentions(text))
        {
            if (TellsLift(text, context) is { } lift)
            {
                // In a chapter with a stop on a class of inspections, "a decree was issued to allow unscheduled inspections" lifts it.
                yield return Draft.Of(InspectionMoratorium, Lifted, 0.75, (Scope, context.MoratoriumScope), (Date, Clauses.EventDateOf(text, lift, 80)?.Iso));
            }
            else if (context.HasMoratorium && (BackReference().IsMatch(text) || (context.PreviousTellsStop && PronounExtension().IsMatch(text)))
                && GoverningVerb(text) is { Action: Extended or Lifted or Continued } told)
            {
                // "In January 2025, the Ministry extended that suspension until April 30": the stop the chapter has named, told again
                // as this year's news (retold history is left to the sentences that name the stop).
                var end = told.Action == Extended ? ReportDates.DateAfter(text, UntilWord()) : null;
                var when = Clauses.EventDateOf(text, told.Verb!, 60, end);
                if (!(context.Document.Year is { } year && Background.YearOf(when?.Iso) < year))
                {
                    yield return Draft.Of(InspectionMoratorium, told.Action, 0.75, (Until, end?.Iso), (Scope, context.MoratoriumScope), (Date, told.Action == Continued ? null : when?.Iso));
                }
            }

            yield break;
        }

        if (IsAmendedStop(text))
        {
            // What the sentence tells is the restriction that replaced the stop (RestrictionRule).
            yield break;
        }

        var (action, verb) = GoverningVerb(text);
        var confidence = 0.9;
        if (action is null)
        {
            // A moratorium named without a verb ("a labor inspection moratorium hindered
            // enforcement", "inspections require the Cabinet's approval") is one in force, unless
            // every verb around it is denied.
            if (Actions.Any(a => Clauses.OnlyDenied(text, a.Pattern)) || Clauses.IsHypothetical(text, MentionIndex(text)))
            {
                yield break;
            }

            action = Continued;
            confidence = 0.55;
        }

        string? startedOn = null;
        if (action == Continued && verb is not null && InForceSince().Match(text, verb.Index) is { Success: true } since && since.Index == verb.Index
            && ReportDates.FindDates(text[since.Index..]).FirstOrDefault() is { Index: < 40 } start && Background.YearOf(start.Iso) == context.Document.Year)
        {
            // "Decree 12, in force since 3 March 2025, prohibits …" in the 2025 chapter: the stop began this year.
            action = Imposed;
            verb = since;
            startedOn = start.Iso;
        }

        var until = ReportDates.DateAfter(text, UntilWord());
        if (until is null && action != Lifted)
        {
            // "Although the moratorium expired on January 1, 2022, it remained in place throughout 2021."
            until = ReportDates.DateAfter(text, ExpiresWord());
        }

        // "From 1 March 2025, …": the marker's own date, which EventDateOf skips as the start of a span.
        var date = startedOn ?? (action != Continued && verb is not null
            ? (StartMarker().IsMatch(verb.Value) ? Clauses.DateOf(text, verb, 0, until) : Clauses.EventDateOf(text, verb, 60, until))?.Iso
            : null);
        if (date is null && action == Imposed && verb is not null && SinceAfter().Match(text, verb.Index + verb.Length) is { Success: true } sinceWord
            && ReportDates.FindDates(text[sinceWord.Index..]).FirstOrDefault() is { Index: < 40 } stopStart)
        {
            // "Workplace inspections have been halted since March 2011": the stop dates from then (a date before the year makes it continued).
            date = stopStart.Iso;
        }

        var scope = ScopeOf(text) ?? context.MoratoriumScope;
        yield return Draft.Of(InspectionMoratorium, action, until is null ? confidence - 0.05 : confidence, (Until, until?.Iso), (Scope, scope), (Date, date));
    }

    /// <summary>
    /// "halted all field inspections on 2 April, and inspectors resumed their visits on 15 August", "Field inspections, which the
    /// ministry had suspended in 2024, restarted in March": where the sentence itself tells the stop before the resumption, the
    /// resumption is the stop's lift.
    /// </summary>
    public static Match? TellsResumption(string text) =>
        Resumed().Match(text) is { Success: true } resumed && Clauses.IsAffirmed(text, resumed.Groups["verb"].Index)
        && (Mentions(text[..resumed.Index]) || StopInRelative().IsMatch(text.AsSpan(0, resumed.Groups["verb"].Index))
            || StopRanOut().IsMatch(text.AsSpan(resumed.Index + resumed.Length)) || StopAfter().IsMatch(text.AsSpan(resumed.Index + resumed.Length)))
            ? resumed
            : null;

    // "restored routine inspections in the mining districts, where they had been on hold since 2015": the stop told after, in a
    // clause of its past.
    [GeneratedRegex(@"^[^.;]{0,80}?,\s+(?:which|where|that)\s+(?:they\s+)?(?:had|have|has)\s+been\s+(?:on\s+hold|suspended|halted|frozen|stopped)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StopAfter();

    // "SUNIL resumed inspections in the three regions on July 1, once the suspension had run its course": the stop named after.
    [GeneratedRegex(@"^[^.;]{0,80}?\b(?:once|after|when|as|because)\s+(?:the|this|that|its)\s+(?:[\w\-]+\s+){0,2}(?:suspension|moratorium|ban|halt|freeze)\s+(?:had\s+|has\s+)?(?:run\s+its\s+course|ended|expired|lapsed|ran\s+out|been\s+lifted|was\s+lifted)", RegexOptions.IgnoreCase)]
    private static partial Regex StopRanOut();

    /// <summary>
    /// The lift a resumption tells, and the stop before it when the sentence tells it as the reporting year's own event (a halt
    /// "in October 2024" read in the 2025 chapter is only the background of this year's resumption).
    /// </summary>
    private static IEnumerable<Draft> StopAndResumption(string text, Match resumption, RuleContext context)
    {
        var before = text[..resumption.Index];
        var scope = ScopeOf(text) ?? context.MoratoriumScope;
        if (Mentions(before) && GoverningVerb(before) is { Action: Imposed, Verb: { } stopVerb } && !Clauses.InPluperfectRelative(before, stopVerb.Index))
        {
            var stopped = Clauses.EventDateOf(before, stopVerb, 60);
            if (stopped is null || Background.YearOf(stopped.Value.Iso) == context.Document.Year)
            {
                yield return Draft.Of(InspectionMoratorium, Imposed, 0.85, (Scope, scope), (Date, stopped?.Iso));
            }
        }

        var verb = resumption.Groups["verb"];
        var resumed = ReportDates.FindDates(text[verb.Index..]).FirstOrDefault() is { Index: < 40 } after
            ? after.Iso
            : null;
        if (Background.YearOf(resumed) > context.Document.Year && Mentions(before) && Clauses.FirstAffirmed(before, LiftedVerb()) is { } endVerb)
        {
            // "The suspension ended as scheduled, and inspections resumed in January 2014", in the 2013 chapter: the stop ended in the
            // year; the first visits after it fell in the next.
            resumed = Clauses.EventDateOf(before, endVerb, 60) is { } ended && Background.YearOf(ended.Iso) == context.Document.Year ? ended.Iso : null;
        }

        yield return Draft.Of(InspectionMoratorium, Lifted, 0.8, (Scope, scope), (Date, resumed));
    }

    /// <summary>
    /// The action of the sentence's governing verb: a verb of the main clause before one in a
    /// concessive, relative or participle clause; among equals, extended, lifted, imposed, continued.
    /// </summary>
    private static (string? Action, Match? Verb) GoverningVerb(string text)
    {
        (string Action, Match Verb)? fallback = null;
        foreach (var (name, pattern) in Actions)
        {
            foreach (var match in Clauses.Affirmed(text, pattern))
            {
                if (name is Lifted or Extended && OtherSubject().IsMatch(ClauseBefore(text, match.Index)))
                {
                    // "… stopped all labor inspections in two regions, and because the national plan … expired in June": the end is the plan's.
                    continue;
                }

                if (!Clauses.IsSubordinate(text, match.Index) && !Clauses.InPluperfectRelative(text, match.Index) && !InAside(text, match.Index))
                {
                    return (name, match);
                }

                fallback ??= (name, match);
            }
        }

        return fallback is { } f ? (f.Action, f.Verb) : (null, null);
    }

    /// <summary>", in place since 2013 and last extended in 2019, …": a participle aside about the stop's past, not the sentence's own verb.</summary>
    private static bool InAside(string text, int index) =>
        ParticipleAside().Matches(text).Any(a => index > a.Index && index < a.Index + a.Length && a.Index + a.Length < text.Length - 2);

    private static string ClauseBefore(string text, int index)
    {
        var before = text[..index];
        var cut = Math.Max(before.LastIndexOf(", ", StringComparison.Ordinal), before.LastIndexOf("; ", StringComparison.Ordinal));
        return cut < 0 ? before : before[cut..];
    }

    [GeneratedRegex(@",\s+(?:(?:first|last|originally|already|itself)\s+)?(?:in\s+(?:place|force|effect)\s+since|(?:imposed|introduced|ordered|issued|adopted|extended|prolonged|renewed|approved|signed|set|put\s+in\s+place|established)\b)[^,;.]*(?:\.\s*\d[^,;.]*)?,", RegexOptions.IgnoreCase)]
    private static partial Regex ParticipleAside();

    // The subject of an end or extension that is a plan, a programme or a project, not a stop on inspections.
    [GeneratedRegex(@"\b(?:plan|strategy|programme|program|policy|project|agreement|memorandum|framework)\b(?![^,;]*\b(?:inspections?|moratori\w+|suspension|freeze|ban|halt)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OtherSubject();

    private static int MentionIndex(string text)
    {
        foreach (var pattern in (Regex[])[MoratoriumWord(), SuspendedInspections(), InspectionsSuspended(), OnHold(), StopParaphrase(), ApprovalParaphrase(), ThresholdParaphrase()])
        {
            if (pattern.Match(text) is { Success: true } m)
            {
                return m.Index;
            }
        }

        return 0;
    }

    /// <summary>
    /// A stop on inspections, whatever the words: a moratorium, inspections suspended or halted,
    /// inspections that need the approval of the cabinet or a ministry, no inspections of
    /// businesses below an income threshold or exempted from them. Limits on how inspections
    /// happen (notice, unannounced visits) are restrictions, not this.
    /// </summary>
    public static bool Mentions(string text) => MentionsStop(NotApplying().Replace(text, string.Empty));

    // "Where the moratorium does not apply, …": the sentence is about what holds outside the stop.
    [GeneratedRegex(@"\b(?:where|when|if|unless)\s+the\s+moratori(?:um|a)\s+(?:does|do|did)\s+not\s+apply\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotApplying();

    private static bool MentionsStop(string text) =>
        MoratoriumWord().IsMatch(text) || StopNoun().IsMatch(text) || SuspendedInspections().IsMatch(text) || InspectionsSuspended().IsMatch(text)
        || StopParaphrase().IsMatch(text) || OnHold().IsMatch(text) || OutOfScope().IsMatch(text) || (ThresholdParaphrase().IsMatch(text) && InspectWord().IsMatch(text)) || IsClassStop(text) || BanOnInspections().IsMatch(text) || NobodyMayInspect().IsMatch(text)
        || ApprovalBeforeInspecting().IsMatch(text) || StopInstrumentWithdrawn().IsMatch(text)
        || (ApprovalParaphrase().Match(text) is { Success: true } approval && !Unannounced().IsMatch(approval.Value) && !Conditional().IsMatch(text.Remove(approval.Index, approval.Length)));

    /// <summary>
    /// "a decree prohibiting unscheduled inspections of private businesses": a whole class of
    /// inspections stopped for part of the economy, with no condition that lets them happen.
    /// </summary>
    public static bool IsClassStop(string text) => ClassStop().IsMatch(text) && !Conditional().IsMatch(text);

    /// <summary>In a chapter with a stop on inspections, the words that end it without naming it: inspections allowed again, the suspension revoked.</summary>
    /// <remarks>"has allowed inspections in the settlements only in response to a complaint" is a limit, not a lift.</remarks>
    public static Match? TellsLift(string text, RuleContext context) =>
        context.HasMoratorium && !Mentions(text) && LiftParaphrase().Match(text) is { Success: true } lift && Clauses.IsAffirmed(text, lift.Index)
        && !OnlyUnder().IsMatch(text.AsSpan(lift.Index + lift.Length)) ? lift : null;

    [GeneratedRegex(@"^[^.;]{0,60}?\bonly\s+(?:in\s+response|upon|on\s+(?:the\s+basis|receipt)|after|with|if|when|where)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyUnder();

    [GeneratedRegex(@"\b(?:(?:revoked|lifted|ended|cancell?ed|rescinded|withdrew|withdrawn)\s+(?:the|this|that|its)\s+suspension\b|inspections\s+(?:(?:on|in|at|across|of)\s+[^,;.]{3,40}?\s)?(?:(?:again|there|nationwide)\s+)?(?:(?:started|began)\s+again|restarted|resumed)\b|returned\s+to\s+(?:a\s+)?(?:full|normal|regular)\s+(?:schedule|programme|program|calendar|cycle)\s+of\b|\w{3,}\s+(?:resumed|restarted)\s+(?:its\s+|their\s+|all\s+)?inspections\b|\binspectors\s+(?:resumed|restarted)\s+(?:their\s+|all\s+)?(?:[\w\-]+\s+)?(?:inspections|visits)\b|\b(?:(?:instructed|ordered|directed|told|allowed|authori[sz]ed|permitted)\s+(?:[\w\-’']+\s+){0,4}|(?:was|were)\s+(?:permitted|allowed|authori[sz]ed)\s+)to\s+resume\s+(?:[\w\-]+\s+){0,2}inspections\b|(?:unscheduled|unannounced|labou?r|worksite|routine|all|on-?site|in-person|field)\s+(?:\w+\s+){0,2}?inspections\s+(?:were|was|are|have\s+been|had\s+been)\s+(?:again\s+)?(?:allowed|permitted|resumed|restored|reinstated)\b|(?:unscheduled|unannounced|labou?r|worksite|routine|all|on-?site|in-person|field)\s+(?:\w+\s+){0,2}?inspections\s+(?:(?:there|nationwide|again)\s+)?(?:(?:started|began|begun)\s+again|restarted|resumed)\b|\b(?:may|can|could)\s+(?:again|once\s+again|now\s+again)\s+be\s+inspected\b|\bsent\s+(?:its|the|their)\s+(?:labou?r\s+)?inspectors\s+back\s+(?:into|to|out)\b|\blapsed\b[^.;]{0,50}?\bwithout\s+(?:being\s+)?(?:renewal|renewed|extension|extended)\b|\b(?:inspectors|labou?r\s+officers|officers)\s+(?:(?:went|got|returned)\s+back|returned)\s+(?:to|into)\s+(?:visiting|inspecting|worksites|workplaces|the\s+field|field\s+work)\b|\binspections\s+of\s+(?:these|those|the|its|their)\s+[\w\-]+\s+(?:again\s+)?(?:restarted|resumed|started\s+again)\b|(?:(?:issued|adopted|signed|passed|enacted|introduced|amended)\b[^.;]{0,20}?\bto\s+(?:allow|permit|resume|reinstate|restore)|(?:resumed|reinstated|restored|permitted|allowed)(?!\s+only))\s+(?:the\s+)?(?:resumption\s+of\s+)?(?:unscheduled|unannounced|labou?r|worksite|routine|all|on-?site|in-person|scheduled|planned|programmed)\s+(?:\w+\s+){0,2}inspections\b)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex LiftParaphrase();

    /// <summary>"the government amended the moratorium to permit inspections on complaints": the stop became a set of conditions.</summary>
    public static bool IsAmendedStop(string text) => AmendedStop().IsMatch(text);

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
            match = OnHold().Match(text);
        }

        if (!match.Success)
        {
            return null;
        }

        // The pattern's word list takes a comma for "scheduled, unscheduled and …"; one before the first word is not the scope's.
        var phrase = match.Groups["scope"].Value.TrimStart(',', ' ').Trim().ToLowerInvariant();
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

    // "inspectors resumed their visits on 1 July", "conducted none until they resumed", "Field inspections, which …, restarted".
    [GeneratedRegex(@"(?:\b(?:labou?r\s+)?(?:inspectors|they)\s+(?:(?:only|finally|gradually)\s+)?|\binspections\s*(?:,[^,;]{0,140},\s*|\s(?:on|in|at|across|of)\s+[^,;.]{3,40}?\s)?(?:(?:only|finally|gradually)\s+)?)(?<verb>resumed|restarted|started\s+again|went\s+back\s+(?:out|to\s+work|into\s+the\s+field)|returned\s+to\s+(?:the\s+field|work|their\s+(?:visits|inspections)|(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:worksite|workplace|zone|region|district|province|estate|farm|plantation|mine|factor(?:y|ies)|site)s?))\b|\b\w{3,}\s+(?<verb>resumed|restarted|restored|reinstated)\s+(?:its\s+|their\s+|all\s+)?(?:[\w\-]+\s+){0,2}(?:inspections|visits)\b|(?<verb>sent\s+(?:its|the|their)\s+(?:labou?r\s+)?inspectors\s+back\s+(?:into|to|out))", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Resumed();

    // "Field inspections, which the ministry had suspended in 2024, …": the stop told in a relative clause.
    [GeneratedRegex(@"\b(?:which|that|where)\s+(?:[\w\-’']+\s+){0,6}?(?:(?:had|have|has)\s+(?:been\s+)?)?(?:suspended|halted|stopped|frozen|froze|on\s+hold)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex StopInRelative();

    // "Decree No. 6/2019 prolonged it until 31 March 2022", right after the sentence that told the stop.
    [GeneratedRegex(@"\b(?:prolong|extend|renew)(?:ed|s)\s+it\s+(?:(?:once\s+more|once\s+again|again|further|a\s+(?:second|third|fourth|further)\s+time)\s*,?\s*)?(?:until|through|to|till|for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PronounExtension();

    [GeneratedRegex(@"\G\s+(?:[\w\-]+\s+){0,3}?since\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SinceAfter();

    // "in force since 12 June 2025", "in effect since April 2025".
    [GeneratedRegex(@"\G(?:in\s+(?:force|effect)|effective)\s+since\b", RegexOptions.IgnoreCase)]
    private static partial Regex InForceSince();

    [GeneratedRegex(@"\b(?:that|this|the)\s+(?:same\s+)?(?:suspension|freeze|halt|stop|ban|exemption)\b(?!\s+(?:of|on)\s+(?!(?:labou?r\s+|routine\s+|all\s+|in-person\s+)*inspections))", RegexOptions.IgnoreCase)]
    private static partial Regex BackReference();

    // "The halt on routine inspections of farms", "so that labor inspectors may still not enter factories employing fewer than 20".
    [GeneratedRegex(@"\b(?:halt|freeze|ban|bar|hold)\s+(?:on|to)\s+(?:all\s+)?(?:(?:routine|scheduled|unscheduled|planned|labou?r|state|in-person|field|workplace|worksite)\s+)*(?:inspections|inspecting)\b|\b(?:labou?r\s+)?inspections?\s+(?:ban|freeze|halt)\b|\b(?:inspectors|labou?r\s+officers)\s+(?:may|can)\s+(?:still\s+)?not\s+(?:enter|inspect|visit)\s+(?:any\s+)?(?:factories|enterprises|businesses|firms|farms|workplaces)\s+(?:employing|with|of|under|below)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StopNoun();

    [GeneratedRegex(@"\bmoratori(?:um|a|ums)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoratoriumWord();

    [GeneratedRegex(@"\b(?:put\s+a\s+(?:halt|stop)\s+to|halt(?:ed|s|ing)?|stopp?(?:ed|s|ing)?|ceas(?:ed|es)|froze|frozen|freez(?:e|es|ing)|suspend(?:ed|s|ing)?)\s+(?:conducting\s+|carrying out\s+)?(?:(?:routine|scheduled|planned|worksite|field)\s+(?:(?:labou?r|state|workplace)\s+)?inspections?\b|(?:workplace|worksite)\s+inspections?\b|(?:all|any|every)\s+(?:(?:routine|unannounced|scheduled|unscheduled|planned|worksite|workplace|labou?r|state|onsite|on-site|in-person|field|business|and|,)\s+){0,5}inspections?\b|(?:(?:routine|scheduled|unscheduled|planned|labou?r|state|business|and|,)\s+){1,5}inspections?\s+(?:of|at|in)\s+(?:all\s+|the\s+)?(?:private|small|medium|business|enterprises?|companies|entrepreneurs?|employers?)|(?:in-person|onsite|on-site|field)\s+(?:(?:labou?r|state|routine|scheduled|workplace)\s+)*inspections?\b|(?:all|any|every)\s+(?:(?:workplace|worksite|site|field|in-person|routine)\s+)+visits\b|(?:labou?r\s+)?inspections\s+(?:of|at|on)\s+(?:(?:all|the|registered|licensed|small|[a-z]+al)\s+){0,3}[a-z]+s\b)", RegexOptions.IgnoreCase)]
    private static partial Regex StopParaphrase();

    // "inspections require the approval of the Cabinet": a stop unless the cabinet decides otherwise.
    [GeneratedRegex(@"\binspections?\b[^.;]{0,80}?\b(?:requires?|required|needs?|needed|subject to|only\s+(?:be\s+)?(?:conducted|carried out|performed|permitted|allowed|possible)\s+with|(?:conducted|carried out|performed|permitted|allowed|possible)\s+only\s+with|(?:must|may only)\s+be\s+(?:approved|authori[sz]ed|sanctioned))\b[^.;]{0,40}?\b(?:(?:approval|permission|authori[sz]ation|consent|sanction)\s+(?:of|from|by)\s+|by\s+)(?:the\s+)?" + Authority, RegexOptions.IgnoreCase)]
    private static partial Regex ApprovalParaphrase();

    // "no inspections of businesses with an annual income below …", "exempt from inspections".
    [GeneratedRegex(@"\b(?:no|not\s+(?:be\s+)?(?:subject to|inspected)|prohibit\w*|ban\w*)\s+(?:labou?r\s+)?(?:inspections?\s+(?:of|at|for)\s+)?[^.;]{0,60}?\b(?:income|turnover|revenue|employees|workers|staff)\b[^.;]{0,30}?\b(?:below|under|less than|fewer than|up to)\b(?!\s+(?:the\s+)?ages?\b)|\b(?:no|prohibit\w*|ban\w*|bar(?:s|red)?)\s+(?:labou?r\s+)?inspections?\s+(?:of|at|for|in)\s+[^.;]{0,60}?\b(?:below|under|less than|fewer than|up to)\s+(?:\w+\s+){0,2}?(?:employees|workers|staff)\b|\bexempt(?:ed|s|ion)?\b[^.;]{0,80}?\bfrom\s+(?:all\s+|any\s+)?(?:(?:labou?r|state|scheduled|routine|planned)\s+)*inspections?\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ThresholdParaphrase();

    [GeneratedRegex(@"\b(?:unannounced|unscheduled|surprise|without (?:prior )?notice)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Unannounced();

    [GeneratedRegex(@"^\s*(?:" + StartWords + @")\s", RegexOptions.IgnoreCase)]
    private static partial Regex StartMarker();

    // What opens a sentence with the date a stop starts from; ImposedVerb reads it as the stop's event, StartMarker finds its date.
    private const string StartWords = "From|As of|Effective|Starting|Beginning|Since";

    // "prohibits employers from engaging workers under 18" names a threshold of sorts but no inspection.
    [GeneratedRegex(@"\binspect", RegexOptions.IgnoreCase)]
    private static partial Regex InspectWord();

    // "no state body may inspect a small business": nobody may, so inspections stop.
    // "no labor inspection may be carried out in an enterprise …", "may not be subject to any scheduled or unscheduled inspection".
    [GeneratedRegex(@"\bno\s+(?:state\s+|government\s+|public\s+|supervisory\s+|control\s+)?(?:body|bodies|authority|authorities|agency|agencies|inspectors?|inspectorate|one)\s+(?:may|can|shall|is\s+allowed\s+to|is\s+permitted\s+to)\s+(?:inspect|visit|conduct\s+(?:\w+\s+)?inspections?)\b|\bno\s+(?:(?:labou?r|state|scheduled|unscheduled|planned|routine)\s+)*inspections?\s+(?:may|can|shall|is\s+to|are\s+to)\s+(?:be\s+(?:carried\s+out|conducted|performed|made|held)|take\s+place|occur)\b|\b(?:may|shall|will|can)\s+not\s+be\s+subject(?:ed)?\s+to\s+(?:any\s+)?(?:(?:scheduled|unscheduled|planned|routine|state|labou?r|and|or)\s+){0,5}inspections?\b", RegexOptions.IgnoreCase)]
    private static partial Regex NobodyMayInspect();

    // "inspectors may inspect an enterprise … only with the prior written consent of the Ministry of Economy", "have needed the
    // consent of the Ministry of Economy before inspecting": a stop unless an authority outside the inspectorate agrees.
    [GeneratedRegex(@"\b(?:inspect|visit|enter)\b[^.;]{0,100}?\bonly\s+with\s+(?:the\s+)?(?:prior\s+)?(?:written\s+)?(?:approval|permission|authori[sz]ation|consent|sanction)\s+(?:of|from)\s+(?:the\s+)?" + Authority + @"|\b(?:needs?|needed|requires?|required|must\s+(?:obtain|get|seek))\s+(?:the\s+)?(?:prior\s+)?(?:written\s+)?(?:approval|permission|authori[sz]ation|consent|sanction)\s+(?:of|from)\s+(?:the\s+)?" + Authority + @"[^.;]{0,30}?\bbefore\s+(?:inspecting|visiting|conducting|carrying\s+out)", RegexOptions.IgnoreCase)]
    private static partial Regex ApprovalBeforeInspecting();

    // The authorities outside the inspectorate whose say-so a stop waits on (a prosecutor's approval is a restriction's).
    private const string Authority = @"(?:Cabinet|Council of Ministers|Prime Minister|President|Presidential|Government|Ministry of (?:Economy|Economic|Finance)|Business Ombudsman|Commission|(?:State\s+|National\s+)?Regulatory\s+(?:Service|Agency|Authority))";

    // "the ban on inspections of entrepreneurs": a stop on a class of inspections; a ban on unannounced visits is a restriction.
    [GeneratedRegex(@"\b(?:ban|prohibition|freeze)\s+on\s+(?:(?:all|any|state|scheduled|planned|routine|business|labou?r|government)\s+)*inspections?\s+(?:of|at|in|for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BanOnInspections();

    [GeneratedRegex(@"\b(?:prohibit(?:s|ed|ing)?|ban(?:s|ned|ning)?|forb(?:id|ids|ade|idding)|bar(?:s|red|ring)?)\s+(?:(?:all\s+|any\s+)?(?:unscheduled|routine|planned|scheduled|all)\s+|(?:labou?r\s+|state\s+)?inspectors\s+from\s+(?:conducting|carrying\s+out|performing|making)\s+(?:any\s+)?)(?:(?:labou?r|state|business|onsite|on-site|unscheduled|routine|planned|scheduled)\s+)*inspections?\s+(?:of|in|at)\s+(?:the\s+|all\s+|an?\s+|any\s+)?(?:private|business(?:es)?|enterprises?|compan(?:y|ies)|entrepreneurs?|state|small|micro\b)|\b(?:prohibit(?:s|ed)?|bann?(?:ed|s)?|barr?(?:ed|s)?|forb(?:id|ids|ade))\s+(?:(?:labou?r|state)\s+)?inspections?\s+(?:of|in|at)\s+(?:the\s+|all\s+|an?\s+|any\s+)?(?:small|micro|medium|new(?:ly)?|business(?:es)?|enterprises?|compan(?:y|ies)|entrepreneurs?)\b|\binspections?\s+(?:remained|remain|remains|were|are|have\s+been|had\s+been)\s+(?:still\s+)?(?:barred|banned|prohibited|forbidden)\s+(?:in|at|for)\b|\binspections?\s+of\s+(?:[\w\-]+(?:\s+|(?=,))){1,5}?(?:,[^,;.]{0,100},\s*)?(?:remained|remain|remains|were|are|have\s+been|had\s+been)\s+(?:still\s+)?(?:barred|banned|prohibited|forbidden)\b|\b(?:prohibit(?:s|ed)?|ban(?:s|ned)?|forb(?:id|ids|ade)|bar(?:s|red)?|prevent(?:s|ed)?)\s+(?:labou?r\s+|state\s+)?inspectors\s+from\s+(?:visiting|entering|inspecting)\b|\b(?:could|can|may|might)\s+not\s+be\s+inspected\b(?![^.;]{0,40}\bmore\s+(?:often\s+)?than\b)|\b(?:bars?|barred|prohibits?|prohibited|forbids?)\s+[^.;]{0,80}?\bfrom\s+(?:(?:scheduled|unscheduled|planned|routine|all|and|any)\s+)*(?:inspections?|supervision)\s+of\s+(?:the\s+|all\s+)?(?:private\s+)?(?:businesses|enterprises|companies|firms|employers|entrepreneurs)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ClassStop();

    // What lets the inspections happen after all, which makes a "stop" a limit: "only with", "unless", advance notice, and
    // "bars inspectors from entering a private dwelling … without a warrant" (entry on a condition).
    [GeneratedRegex(@"\b(?:only|unless|except|in response to|advance notice|prior notice|days'? notice)\b|\bentering\b[^.;]{0,100}\bwithout\b", RegexOptions.IgnoreCase)]
    private static partial Regex Conditional();

    [GeneratedRegex(@"\b(?:amend(?:ed|s|ing)|revis(?:ed|es|ing)|modif(?:ied|ies|y))\s+(?:this|the|that|its)?\s*(?:\w+\s+)?moratori(?:um|a)\b|\bmoratori(?:um|a)\s+(?:was|were|has been|had been)\s+(?:amended|revised|modified)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AmendedStop();

    [GeneratedRegex(@"\b(?:expir(?:es|ed|e|ing)|(?:will\s+)?end(?:s|ed)?|lapse[sd]?|runs? out)\s+(?:on|in|at the (?:beginning|start|end) of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExpiresWord();

    [GeneratedRegex(@"\b(?:suspend(?:ed|s|ing)?|suspension of)\s+(?<scope>(?:all\s+)?(?:(?:routine|unannounced|scheduled|unscheduled|worksite|labou?r|state|onsite|on-site|and|of|business|government|,)\s+){0,6}inspections?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SuspendedInspections();

    [GeneratedRegex(@"\b(?<scope>(?:(?:all|every|each)\s+)?(?:(?:routine|unannounced|scheduled|unscheduled|unplanned|worksite|labou?r|state|onsite|on-site|in-person|planned|and|business|government|,)\s+){0,6}inspections?)\b(?:\s+and\s+\w+|\s+(?:of|at|in)\s+(?:a|an|the|all)?\s*(?:[\w\-]+\s+){0,3}?(?:business(?:es)?|enterprises?|compan(?:y|ies)|firms?|entrepreneurs?|employers?|shops|workshops|establishments|farms|factories|workplaces)(?:\s+(?:with|employing|below|under)\s+[^,;.]{1,50}?)?)?(?:\s+(?:carried\s+out\s+|conducted\s+|made\s+)?by\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}?(?:department|inspectorate|ministry|agency|office|service|inspectors|authority|directorate|unit))?\s+(?:were|was|are|is|have been|has been|had been|remain(?:ed|s)?)\s+(?:suspended|frozen|halted)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex InspectionsSuspended();

    // "were put on hold until …", "put routine inspections on hold", "kept … inspections of small firms on hold", "puts on hold all
    // routine inspections", "have been on hold since 2013": a stop told as a hold.
    [GeneratedRegex(@"\b(?:(?<scope>(?:(?:all|every|each)\s+)?(?:(?:routine|unannounced|scheduled|unscheduled|unplanned|worksite|workplace|field|labou?r|state|onsite|on-site|in-person|planned|and|business|government|,)\s+){0,6}inspections?)\b[^.;]{0,90}?\b(?:were|was|are|is|be|being|have\s+been|has\s+been|had\s+been|remain(?:ed|s)?|stay(?:ed|s)?)\s+(?:(?:put|placed|kept)\s+)?on\s+hold|(?:put|puts|putting|placed|places|kept|keeps|keeping)\s+(?<scope>(?:(?:all|every|each)\s+)?(?:(?:routine|unannounced|scheduled|unscheduled|unplanned|worksite|workplace|field|labou?r|state|onsite|on-site|in-person|planned|and|business|government|,)\s+){0,6}inspections?)\b[^.;]{0,90}?\bon\s+hold|(?:put|puts|putting|placed|places|kept|keeps|keeping)\s+on\s+hold\s+(?<scope>(?:(?:all|every|each)\s+)?(?:(?:routine|unannounced|scheduled|unscheduled|unplanned|worksite|workplace|field|labou?r|state|onsite|on-site|in-person|planned|and|business|government|,)\s+){0,6}inspections?))\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex OnHold();

    // "excludes family farms and household plots from the scope of labor inspection": a class of workplace no inspection may reach.
    [GeneratedRegex(@"\bexclud(?:es|ed|ing)\s+[^.;]{3,100}?\bfrom\s+the\s+scope\s+of\s+(?:labou?r\s+)?inspections?\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutOfScope();

    [GeneratedRegex(@"\b(?:moratori(?:um|a)|suspension|ban)(?:\s+\(moratorium\))?\s+(?:on|of)\s+(?:the\s+)?(?<scope>[^,.;()]{0,80}?\binspections?\b(?:\s+(?:of|at|on|in|for)\s+[^,.;()]{3,40}?(?:enterprises|entities|businesses|companies))?)", RegexOptions.IgnoreCase)]
    private static partial Regex ScopePhrase();

    [GeneratedRegex(@"\bsmall(?:\s+and\s+medium(?:-sized)?)?\s+(?:enterprises?|business(?:es)?|business entities|companies|firms)\b|\bsmall[- ]enterprise inspections\b", RegexOptions.IgnoreCase)]
    private static partial Regex SmallEnterprises();

    // "from 1 January 2021 to 31 December 2022": the "to" of a span that began with "from".
    [GeneratedRegex(@"\b(?:until|through|till|to remain in effect until|effective until|valid until|ending)\b|(?<=\bfrom\s+[^.;,]{3,30}?)\bto\b|(?<=\b(?:pushed|moved|postponed)\b[^.;]{0,60}?)\bback\s+to\b", RegexOptions.IgnoreCase)]
    private static partial Regex UntilWord();

    [GeneratedRegex(@"\b(?:(?:signed|issued|adopted|passed|continued\s+by)\s+[^;]{0,120}?(?:,\s+which|\s+that)\s+(?:keeps?|kept|maintains?|extends?|prolongs?)\b(?=[^.;]{0,60}\b(?:until|through)\b)|for\s+a\s+further|extend(?:ed|s|ing)?|extension of|prolong(?:ed|s|ing)?|renew(?:ed|s|ing)?|pushed\s+(?:back\s+)?the\s+end|(?:moved|postponed)\s+the\s+end(?:\s+date)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExtendedVerb();

    [GeneratedRegex(@"\b(?:lift(?:ed|s|ing)?|repeal(?:ed|s)?|abolish(?:ed|es)?|cancel(?:l?ed|s)?|expired|terminat(?:ed|es)|revok(?:ed|es)|ended|removed|rescind(?:ed|s)|overturn(?:ed|s)|annull?(?:ed|s)|struck down|lapsed|ran\s+out|was not renewed|came\s+to\s+an\s+end|(?:was|were)\s+brought\s+to\s+an\s+end|ceased\s+to\s+(?:apply|exist|have\s+effect)|resum(?:ed|ption of)\s+(?:(?:routine|unannounced|labou?r|worksite|onsite|all)\s+)*inspections|brought\s+to\s+an\s+end|put\s+an\s+end\s+to|let\s+(?:its|the|their|this|that)\s+[^.;]{0,80}?\blapse|(?<=\b)(?:withdr(?:ew|awn)|revoked|rescinded|cancell?ed|repealed|annulled)(?=\s+(?:the|its|a)\s+(?:[\w\-]+\s+){0,3}?(?:order|decree|circular|directive|instruction|resolution|notice)\s+(?:under\s+which|that|which)\b))\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex LiftedVerb();

    // "withdrew the order under which inspections in three zones had been halted", "withdrew the circular that had kept inspectors out".
    [GeneratedRegex(@"\b(?:withdr(?:ew|awn)|revoked|rescinded|cancell?ed|repealed|annulled)\s+(?:the|its|a)\s+(?:[\w\-]+\s+){0,3}?(?:order|decree|circular|directive|instruction|resolution|notice)\s+(?:under\s+which|that|which)\b[^.;]{0,80}?\b(?:halted|suspended|stopped|frozen|barred|kept\s+(?:labou?r\s+)?inspectors\s+out)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex StopInstrumentWithdrawn();

    // "a decree signed in February 2024 bars …", "The decree of February 2024 prohibits …", "From 1 March 2019, inspectors may …":
    // the stop's instrument or start, dated; a date before the reporting year makes it background (Background.Settle).
    [GeneratedRegex(@"(?:^\s*(?:" + StartWords + @")\s+(?=(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d{2}))|\b(?:decree|order|law|resolution|regulation)(?:\s+No\.?\s*[\w\-/.]*\d[\w\-/]*)?\s+(?:of|dated)\s+(?=(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?(?:19|20)\d{2})|\b(?:impos(?:ed|es|ing)|introduc(?:ed|es|ing)|adopt(?:ed|s)|enact(?:ed|s)|signed|issued|instituted|declared|(?<!\b(?:remain(?:ed|s)?|stayed|stays)\s+)suspend(?:ed|ing)|halted|stopped|froze|promulgated|(?<!\b(?:limits|restrictions|constraints)\s)placed|passed|put in place|(?:put|puts|putting)(?=\s+(?:[^.;]{0,100}?\s)?on\s+hold\b)|exclud(?:es|ed)(?=\s[^.;]{3,100}?\bfrom\s+the\s+scope\s+of\s+(?:labou?r\s+)?inspections?\b)|established|put\s+a\s+(?:halt|stop)\s+to|ordered\s+(?:a|an|the)\s+(?:halt|stop|suspension|freeze)\b|(?<=\b(?:instructed|ordered|directed|decided|told|asked|led|forced|prompted)\s+(?:[\w\-’']+\s+){0,8}?to\s+)(?:suspend|halt|stop|freeze)|(?:ordered|decided|decreed|directed)\s+that(?=\s+[^.;]{0,80}?\bbe\s+(?:put\s+on\s+hold|suspended|halted|stopped|frozen)\b)|(?:barred|banned)(?=\s+(?:(?:labou?r|state|all|routine|unscheduled|scheduled|planned)\s+)*inspections?\s+(?:of|in|at)\b)|(?:barred|banned|forbade|forbidden)(?=\s+(?:labou?r\s+|state\s+)?inspectors\s+from\b)|(?<!\b(?:has|have|had)\s+(?:also\s+|long\s+)?)exempted(?=\s[^.;]{0,80}\bfrom\s+(?:(?:all|any|scheduled|routine|planned|unscheduled|labou?r|state)\s+){0,3}inspections?\b)|(?:came|comes|entered|enters|went|goes) into (?:effect|force)|took effect|began|started|(?<=\b(?:that|which)\s+(?:[\w\-]+\s+){1,4})approved)\b)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ImposedVerb();

    [GeneratedRegex(@"\b(?:ongoing|continu(?:ed|es|ing)|(?:kept|keeps|keeping)(?=\s+(?:[^.;]{0,100}?\s)?on\s+hold\b)|(?:remain(?:ed|s)?|stay(?:ed|s)?|been|is|are)\s+on\s+hold|(?:remain(?:ed|s)?|stay(?:ed|s)?)\s+(?:in (?:effect|force|place)|effective|suspended|exempt(?:ed)?\s+from)|maintain(?:ed|s)|kept\s+in\s+(?:effect|place|force)|kept\s+(?:its|the|their)\s+(?:[\w\-]+\s+){0,2}?(?:bar|ban|freeze|suspension|moratorium|halt)\b|still in (?:effect|place|force)|existing|in effect|in force)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
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
        if ((MoratoriumRule.TellsLift(text, context) ?? MoratoriumRule.TellsResumption(text)) is { } lift)
        {
            // "Routine inspections started again on August 1, but a circular made every visit subject to approval", "When inspections
            // resumed, an instruction limited visits to complaints": the stop's end is the moratorium rule's; a limit told after "but",
            // or in the main clause after the resumption's leading clause, is a restriction of its own.
            if (ContrastAfter().Match(text, lift.Index + lift.Length) is { Success: true } contrast)
            {
                return Read(text[contrast.Index..]);
            }

            return LeadingClause().Match(text) is { Success: true } lead && lead.Length > lift.Index ? Read(text[lead.Length..]) : [];
        }

        // "inspectors may arrive unannounced when …; all other inspections must still be announced": clauses joined by a
        // semicolon can each tell a limit, eased in one and kept in the other.
        var clauses = text.Split("; ", StringSplitOptions.RemoveEmptyEntries);
        if (clauses.Length >= 2 && clauses.Select(c => Read(c).ToList()).ToList() is var each && each.Count(c => c.Count > 0) >= 2)
        {
            return each.SelectMany(c => c);
        }

        if (MoratoriumRule.Mentions(text) && text.Split(", and ") is { Length: >= 2 } parts
            && !parts.Skip(1).Any(p => SharedSubject().IsMatch(p))
            && parts.Where(p => !MoratoriumRule.Mentions(p)).SelectMany(p => Read(p)).ToList() is { Count: > 0 } limits)
        {
            // "withdrew the circular that had kept inspectors out of small workshops, and from September inspectors no longer needed
            // a governor's approval", "may visit only after 48 hours' notice, and the Act exempts family holdings": the stop is the
            // moratorium rule's; a limit told in a clause of its own beside it is a restriction. "Inspections can only follow a
            // complaint, and must be approved by the ministry" is one regime told in two predicates: the stop's terms, no second limit.
            return limits;
        }

        return Read(text);
    }

    // A clause after ", and" that starts with its verb shares the subject of the clause before it.
    [GeneratedRegex(@"^\s*(?:must|may|can|cannot|could|should|shall|will|would|need|needs|is|are|was|were|has|have|had|be|been|also|only|then)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SharedSubject();

    private static IEnumerable<Draft> Read(string text)
    {
        if (!Inspections().IsMatch(text))
        {
            yield break;
        }

        if (NotARestriction().IsMatch(text) || EarlierPeriods().IsMatch(text))
        {
            // Lack of funds, staff or territorial control limits inspections but is no rule about them.
            yield break;
        }

        var unannounced = Unannounced().IsMatch(text);
        var amendedStop = MoratoriumRule.IsAmendedStop(text);
        if (MoratoriumRule.Mentions(text) && !amendedStop && (!unannounced || MoratoriumRule.IsClassStop(text) || !ConditionWord().IsMatch(text)))
        {
            // The moratorium rule says it; a second, vaguer statement would only repeat it.
            yield break;
        }

        var eased = Clauses.FirstAffirmed(text, EasedVerb());
        if (eased is not null && !unannounced && BareResumption().IsMatch(eased.Value))
        {
            // "the SLIS resumed scheduled inspections in July": inspections starting again end a stop (the moratorium rule's), they
            // ease no limit on how inspections happen.
            eased = null;
        }

        var restricted = NotPermitted().Match(text) is { Success: true } denied && !Clauses.IsHypothetical(text, denied.Index)
            ? denied
            : RestrictingVerb().Matches(text).FirstOrDefault(m => !Clauses.IsNegated(text, m.Index) && !Clauses.IsHypotheticalRule(text, m.Index) && !EvaluatedLimits().IsMatch(text.AsSpan(m.Index)) && !LimitedOther().IsMatch(text.AsSpan(m.Index)))
                // Practice that leaves inspections only one way: "only conducted inspections in response to complaints",
                // "stopped conducting unannounced inspections", "announce inspections unless a complaint was filed".
                ?? (PracticeLimit().Match(text) is { Success: true } practice && !Clauses.IsHypotheticalRule(text, HabitualStart(text, practice.Index)) ? practice : null)
                ?? (FrequencyCap().Match(text) is { Success: true } capOnly && !Clauses.IsNegated(text, capOnly.Index) && !Clauses.IsHypotheticalRule(text, capOnly.Index) ? capOnly : null);
        if (restricted is null && amendedStop && AmendedVerb().Match(text) is { Success: true } amended)
        {
            // "amended the moratorium in 2020 to permit inspections on complaints": conditions imposed.
            restricted = amended;
            eased = null;
        }

        if (amendedStop && restricted is not null)
        {
            // "revised to permit inspections, but only with 10 days' notice": the conditions are the new limit.
            eased = null;
        }

        if (eased is null && restricted is null)
        {
            yield break;
        }

        if (eased is null && BareResumptionIn().IsMatch(text) && Clauses.InPluperfectRelative(text, restricted!.Index))
        {
            // "Scheduled inspections of small enterprises, which had been barred since 2017, resumed": the bar is the stop that ended.
            yield break;
        }

        // The governing verb decides: "the court overturned the law restricting unannounced
        // inspections" eases; "the law that had eased inspections was replaced by one that prohibits them" imposes.
        var action = eased is not null && (restricted is null
            || (Clauses.IsSubordinate(text, restricted.Index) || restricted.Value.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || FormerRule().IsMatch(text.AsSpan(0, restricted.Index)))
                && !Clauses.IsSubordinate(text, eased.Index)
            || (eased.Index < restricted.Index && (!Clauses.IsSubordinate(text, eased.Index) || RemovesRule().IsMatch(eased.Value)))
            // "The cap of one inspection per farm no longer applies to cocoa farms": the limit named first is the one that ends.
            || (restricted.Index < eased.Index && NoLonger().IsMatch(eased.Value)))
            ? Eased
            : Imposed;
        var anchor = (action == Eased ? eased : restricted)!.Index;
        var scope = unannounced ? "unannounced inspections" : Onsite().IsMatch(text) ? "onsite inspections" : "labor inspections";
        var condition = ConditionOf(text);
        var until = ReportDates.DateAfter(text, UntilWord());
        // A cap told beside the event ("…; the cap, in force since 2021, was kept") has its own date, which is not this event's.
        var cap = FrequencyCap().Match(text) is { Success: true } c && !Clauses.IsNegated(text, c.Index) ? c : null;
        var capReach = cap is null ? (Start: -1, End: -1) : (Start: cap.Index, End: cap.Index + cap.Length + 40);
        var eventWord = Event().Matches(text).FirstOrDefault(e => e.Index < capReach.Start || e.Index > capReach.End);
        // "quashed the 2013 circular": the year names the rule, it does not date the event.
        var date = Clauses.NearestDate(text, eventWord?.Index ?? anchor, 120, until, skipAttributive: true)?.Iso;
        if (date is null && action == Eased && ReportDates.FindDates(text).Where(d => d != until && (d.Index < capReach.Start || d.Index > capReach.End)).ToList() is [var only])
        {
            // "the High Court held in June 2025 that Circular No. 2, which had required …, exceeded its powers, and it quashed the
            // circular": a ruling told at length; the sentence's one date is the ruling's.
            date = only.Iso;
        }

        yield return Draft.Of(InspectionRestriction, action, unannounced ? 0.85 : 0.7, (Scope, scope), (Condition, condition), (Date, date));

        if (cap is not null
            && !(eased is not null && cap.Index - eased.Index is >= 0 and < 40)
            && !(eased is not null && cap.Index < eased.Index && NoLonger().IsMatch(eased.Value))
            && (action == Eased || cap.Index >= restricted!.Index + restricted.Length || cap.Index + cap.Length <= restricted.Index)
            && !(action == Imposed && (CapMatch(restricted!) || GenericLimit().IsMatch(restricted!.Value))))
        {
            // "must receive 5 days' notice …, and a low-risk firm may not be inspected more than once every 2 years": a cap on how often
            // is a second limit of its own, also beside a notice rule the same sentence eases.
            var capDate = Clauses.NearestDate(text, cap.Index, 90, until)?.Iso;
            yield return Draft.Of(InspectionRestriction, Imposed, 0.7, (Scope, "labor inspections"), (Condition, cap.Value.Trim()), (Date, capDate));
        }
    }

    private static bool CapMatch(Match restricted) => FrequencyCap().IsMatch(restricted.Value);

    [GeneratedRegex(@"(?:,\s*|;\s*|\s)(?:but|however|although|while)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContrastAfter();

    [GeneratedRegex(@"^\s*(?:when|after|once|as\s+soon\s+as)\b[^,;.]{0,120},", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingClause();

    // "Joint Order No. 4, which removes the requirement that inspectors notify the cooperative 48 hours ahead": what follows a
    // removal is the content of the rule removed, not a limit of its own, even when the removal is told in a relative clause.
    [GeneratedRegex(@"^(?:scrap|drop|eliminat|remov|delet|struck|strikes|did\s+away|exempt|no\s+longer)", RegexOptions.IgnoreCase)]
    private static partial Regex RemovesRule();

    [GeneratedRegex(@"^resum(?:ed|es)$", RegexOptions.IgnoreCase)]
    private static partial Regex BareResumption();

    [GeneratedRegex(@"\bresum(?:ed|es)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BareResumptionIn();

    [GeneratedRegex(@"^no\s+longer\s+(?:appl|count)", RegexOptions.IgnoreCase)]
    private static partial Regex NoLonger();

    // "…, which limits inspections": a word that names the cap's effect, not a second limit.
    [GeneratedRegex(@"^(?:restrict|limit|prohibit|bann?|barr|prevent|forb)", RegexOptions.IgnoreCase)]
    private static partial Regex GenericLimit();

    /// <summary>"would only conduct inspections in response to a complaint" tells a habit, not a condition: read from before "would".</summary>
    private static int HabitualStart(string text, int index) =>
        text.AsSpan(0, index).TrimEnd().EndsWith("would", StringComparison.OrdinalIgnoreCase) ? text.LastIndexOf("would", index, StringComparison.OrdinalIgnoreCase) : index;

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

    // "inspections", or an inspector's visit: "owners may refuse an inspector's visit", or inspectors barred from entering a place.
    [GeneratedRegex(@"\binspections?\b|\binspectors?(?:'s|’s|s'|s’)?\s+(?:visits?|entry|access)\b|\b(?:entry|access)\s+to\s+(?:labou?r\s+)?inspectors\b|\binspectors\s+(?:are|were|is|was)\s+not\s+(?:permitted|allowed|authori[sz]ed)\s+to\s+(?:enter|access|visit|inspect)\b|\b(?:before|prior\s+to)\s+(?:inspecting|boarding)\b|\binspectors?\s+(?:may|can|could|must)\s+(?:still\s+|now\s+)?(?:not\s+|only\s+)?(?:enter|board|go\s+aboard|go\s+on\s+board)\b|\binspectors?\b[^.;]{0,100}\bbefore\s+entering\b|\binspectors\s+(?:to\s+)?enter\b[^.;]{0,60}\bwithout\b|\binspectors?\s+from\s+(?:entering|visiting|inspecting|boarding)\b[^.;]{0,100}\bwithout\b|\binspectors?\b[^.;]{0,40}?\bto\s+enter\b[^.;]{0,80}?\bwithout\b|\binspectors?\b[^.;]{0,60}?\b(?:may|can)\s+(?:now\s+|again\s+)?(?:enter|visit|inspect)\b[^.;]{0,60}?\bwithout\b|\bnotice\b[^.;]{0,40}?\bbefore\s+(?:entering|visiting|boarding)\b|\bnotice\s+(?:rule|requirement|obligation|provision)\b|\b(?:hours|days)\s+of\s+(?:written\s+)?notice\b|\binspectors?\s+(?:may|can)\s+(?:now\s+)?arrive\b|\binspectors?\b[^.;]{0,90}?\b(?:need|needs|needed|require|requires|required)\s+(?:the\s+|a\s+)?(?:[\w’'\-]+\s+){0,3}?(?:authori[sz]ation|approval|permission|consent|warrant|order)\b|\b(?:inspectors?|labou?r\s+officers?)\s+to\s+(?:enter|inspect|visit|board)\b[^.;]{0,110}?\bonly\b|\b(?:labou?r\s+)?officers?\s+(?:may|can)\s+(?:only\s+)?(?:inspect|visit|enter)\b[^.;]{0,100}?\bonly\b|\bunscheduled\s+inspections?\s+(?:may|can|shall)\s+(?:not\s+)?last\b|\bonly\s+with\s+(?:a|the)\s+(?:\w+\s+)?warrant\b|\b(?:warrant|approval|permission|authori[sz]ation|consent)\s+(?:is|are)\s+(?:still\s+)?(?:needed|required)\s+(?:to|before|for)\s+(?:enter|inspect|visit|board)|\bvisits?\b[^.;]{0,60}?\b(?:subject\s+to|only\s+(?:with|after))\b[^.;]{0,40}?\b(?:approval|permission|consent|authori[sz]ation)\b|\b(?:circular|rule|requirement|order|decree|regulation)\s+(?:requiring|that\s+required)\b[^.;]{0,40}?\bnotice\b|\blabou?r\s+officers?\b[^.;]{0,90}?\b(?:notice|approval|permission|authori[sz]ation|consent)\b|\binspectors?\b[^.;]{0,90}?\b(?:must|need\s+to|have\s+to|has\s+to)\s+(?:(?:still|also|first)\s+)*(?:continue\s+to\s+)?(?:have|obtain|get|seek|secure)\b[^.;]{0,60}?\b(?:authori[sz]ation|approval|permission|consent)\b|\bto\s+be\s+(?:inspected|visited)\b|\bvisits?\b[^.;]{0,40}?\b(?:needs?|requires?|required)\s+(?:the\s+)?(?:prior\s+|written\s+)*(?:approval|permission|consent|authori[sz]ation|warrant)\b|\bonly\s+one\s+(?:\w+\s+)?visits?\s+(?:to|per|a|each|in)\b|\b(?:lets?|allows?|permits?)\s+(?:labou?r\s+)?inspectors\s+(?:to\s+)?(?:enter|inspect|visit|board)\b[^.;]{0,60}?\bonly\b|\b(?:officers|officials|inspectors)\s+(?:entering|visiting|inspecting|boarding)\b[^.;]{0,80}?\bnotice\b|\bvisits?\b[^.;]{0,80}?\b(?:require|requires|required|need|needs)\b[^.;]{0,30}?\bnotice\b|\binspectors?\b[^.;]{0,130}?\b(?:(?:advance|prior)\s+(?:written\s+)?notice|(?:hours|days)(?:'|’)?\s+(?:written\s+)?notice|(?:warn|notify|inform|alert)\b|(?:obtain|seek|get|have)\b[^.;]{0,60}?\bbefore\s+(?:entering|visiting|inspecting)|not\s+free\s+to\s+enter)\b|\b(?:may|can)\s+(?:not\s+|only\s+)?be\s+(?:inspected|visited)\b|\bnotice\b[^.;]{0,40}?\bbefore\s+(?:any\s+|an?\s+|the\s+|each\s+|every\s+)?(?:\w+\s+)?(?:inspections?|visits?)\b|\binspectors?\b(?:\s+[\w,]+){0,3}?\s+(?:may|can|must)\s+(?:only\s+|not\s+)?(?:inspect|visit|enter)\b|\binspectors?\b[^.;]{0,60}?\b(?:act|acts|acted|intervene[sd]?|visit|visits|visited|inspect|inspects|inspected|operate[sd]?|respond|responded|move|moved)\s+only\s+(?:when|if|on|upon|after|in\s+response\s+to|following)\b|\b(?:permit|licen[cs]e|warrant|consent|approval|permission|authori[sz]ation|notice)\s+(?:rule\s+|requirement\s+)?that\s+(?:labou?r\s+)?inspectors\s+(?:had\s+)?(?:needed|required|need|require|had\s+to\s+(?:obtain|give|have))\b|\b(?:consent|approval|permission|permit|warrant|authori[sz]ation)\s+(?:rule|requirement)\b|\binspectors?\s+(?:may|can|shall)\s*not\s+(?:return|re-?visit|come\s+back)\b|\b(?:employers?|businesses|enterprises|companies|workplaces)\s+(?:may|can)\s+(?:only\s+)?be\s+inspected\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Inspections();

    [GeneratedRegex(@"\b(?:unannounced|unscheduled|unplanned|surprise|snap|without (?:prior )?notice)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Unannounced();

    [GeneratedRegex(@"\b(?:onsite|on-site|worksite)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Onsite();

    [GeneratedRegex(@"\b(?:restrict(?:ed|s|ing)?|prohibit(?:ed|s|ing)?|bann?(?:ed|s)?|barr(?:ed)|prevent(?:ed|s)?|limit(?:ed|s|ing)?|forb(?:id|ids|idden|ade)|(?:advance|prior|days'?|days’|hours'?|hours’)\s+(?:written\s+)?(?:notice|notification)|(?:requir(?:e|es|ed|ing)|needs?|needed)\s+(?:either\s+)?(?:the\s+|a\s+)?(?:[\w’'\-]+(?:’s|'s)\s+)?(?:prior\s+|advance\s+|written\s+)*(?:notice|notification|approval|permission|authori[sz]ation|consent|sanction|warrant|permit|licen[cs]e)|(?:lets?|allows?|allowed|permits?|permitted)\s+(?:an?\s+|the\s+)?(?:labou?r\s+)?inspectors?\s+(?:to\s+)?(?:enter|inspect|visit|board)\b[^.;]{0,110}?\bonly\s+(?:while|when|if|after|with|during|in|on|upon|under)\b|\bmust\s+first\s+be\s+(?:approved|authori[sz]ed|cleared)\s+by\b|\b(?:no\s+(?:[\w\-]+\s+){0,2}(?:inspection|visit)s?\s+)?(?:may|can|shall)\s+(?:not\s+)?last\s+(?:no\s+)?(?:longer|more)\s+than\b|\bnotice\b[^.;]{0,60}?\bbefore\s+(?:entering|visiting|boarding|arriving)\b|\b(?:labou?r\s+)?officers?\s+(?:may|can)\s+(?:only\s+)?(?:inspect|visit|enter)\b[^.;]{0,100}?\bonly\s+(?:after|upon|on|with|in\s+response|if|when|under)\b|(?:inspectors|they)\s+(?:\w+\s+)?(?:visited|inspected|visit|inspect)\s+only\s+(?:\w+\s+){0,3}?(?:named|cited|identified|listed|mentioned)\s+in\s+(?:a\s+|the\s+)?complaints?|spar(?:es|ed|ing)\b[^.;]{0,80}?\bfrom\s+(?:routine\s+|scheduled\s+|regular\s+)?inspections?|(?:may|can|could|must)\s+not\s+(?:enter|visit|inspect|board)\b[^.;]{0,80}?\bwithout\s+(?:an?\s+|the\s+|prior\s+|written\s+)*(?:[\w’'\-]+\s+){0,2}?(?:order|warrant|permission|consent|approval|authori[sz]ation|permit|licen[cs]e)|(?:notice|consent|approval|permission|permit|warrant|authori[sz]ation)\s+(?:rule|requirement|obligation)\b[^.;]{0,60}?\b(?:(?:still\s+)?appl(?:ies|ied)|remain(?:s|ed)?\s+in|(?:is|was)\s+still\s+in\s+(?:force|place|effect)|stay(?:s|ed)\s+in)|subject\s+to\s+(?:the\s+|a\s+)?(?:prior\s+|advance\s+|written\s+)*(?:approval|permission|authori[sz]ation|consent|sanction)|(?:may|can|could)\s+(?:still\s+|now\s+)?(?:enter|visit|inspect|board)\b[^.;]{0,80}?\bonly\s+(?:with|after|in\s+response\s+to|on|upon|if|when|while|during)\b|(?:may|can|could)\s*not\s+(?:enter|visit|inspect|board)\b[^.;]{0,80}?\bunless\b|(?:ha(?:ve|s)\s+no\s+(?:authority|power|right)|(?:are|is|were|was)\s+(?:still\s+)?unable|remain(?:s|ed)?\s+unable)\s+to\s+(?:enter|visit|inspect|board)\b[^.;]{0,80}?\bwithout\b|(?:bars?|barred|prohibits?|prohibited|forbids?|forbade|prevents?|prevented)\s+(?:labou?r\s+)?inspectors\s+from\s+(?:entering|visiting|inspecting|boarding)\b[^.;]{0,100}\bwithout\b|requir(?:e|es|ed|ing)\s+(?:labou?r\s+)?inspectors\s+to\s+(?:obtain|seek|get|have|hold|present|show)\s+(?:an?\s+|the\s+)?(?:[\w’'\-]+\s+){0,3}(?:warrant|order|approval|permission|consent|authori[sz]ation|clearance)\b|no\s+inspections?\s+(?:may|can|shall)\s+(?:begin|start|take\s+place|proceed)\s+without\b|(?:allow|permit)s?\s+(?:entry|access)\s+only\s+(?:with|after|on|upon|if|when)\b|(?:cannot|can\s*not|may\s+not)\s+(?:begin|start|take\s+place|proceed|go\s+ahead)\s+without\s+(?:the\s+|a\s+)?(?:[\w’'\-]+(?:’s|'s)\s+)?(?:prior\s+|written\s+)*(?:approval|permission|consent|authori[sz]ation|sanction|warrant)|\bonly\s+(?:enter|inspect|visit|board)\b[^.;]{0,60}?\b(?:after|once|with|upon|if)\b[^.;]{0,80}?\b(?:sanction|approval|permission|consent|authori[sz]ation|approved|authori[sz]ed)|\d+\s+(?:working\s+)?(?:hours|days)\s+of\s+(?:written\s+|advance\s+|prior\s+)?notice|must\s+(?:still\s+)?(?:be\s+)?(?:approved|announced|notified|authori[sz]ed)|(?:ha(?:ve|s)|need)\s+to\s+be\s+(?:approved|announced|notified|authori[sz]ed)\b|\b(?:makes?|remains?|is|are)\b[^.;]{0,100}\bconditional\s+(?:on|upon)\s+(?:the\s+|a\s+)?(?:prior\s+|written\s+|advance\s+)*(?:approval|permission|consent|authori[sz]ation|notice|notification)|(?:must|ha(?:ve|s|d)\s+to|(?:are|is|were|was)\s+(?:required|obliged|obligated)\s+to|oblig(?:es|ed)\s+(?:labou?r\s+)?inspectors\s+to)\s+(?:announce|give\s+(?:\w+\s+)?notice\s+of)\s+(?:(?:their|its|his|her|the|all|each|every|any)\s+)?(?:visits?|inspections?)|only\s+(?:be\s+)?(?:conducted|performed|carried out|occur|take place|permitted|allowed|triggered)\s+(?:with|if|when|in cases|upon|after|on the basis|in response to|based on)|(?:permitted|allowed)\s+only\s+(?:with|if|when|in cases|upon|after|on the basis)|(?:conducted|performed|carried out|held|initiated|undertaken)\s+only\s+(?:with|if|when|in cases|upon|after|on the basis|in response to|based on)|(?:notify|inform|warn|alert)\s+(?:the\s+|an?\s+)?(?:[\w’'\-]+\s+){0,2}?(?:employers?|business(?:es)?|compan(?:y|ies)|owners?|enterprises?|entrepreneurs?|management|managers?)\b[^.;]{0,40}?\b(?:before|in advance|prior to|ahead of)|(?:notif(?:y|ied|ies)|inform(?:ed)?|warn(?:ed)?|alert(?:ed)?|told)\b[^.;]{0,50}?\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|fifteen|twenty|thirty)\s+(?:working\s+|business\s+|calendar\s+)?(?:hours|days|weeks)\s+(?:before|in advance|prior|ahead|beforehand)|notice\b[^.;]{0,40}?\bbefore\s+(?:any\s+|an?\s+|the\s+|each\s+|every\s+)?(?:\w+\s+)?(?:inspections?|visits?)|(?:may|can|shall)\s+not\s+be\s+(?:inspected|visited)\s+more\s+(?:often\s+)?than|(?:must|has\s+to|needs?\s+to)\s+(?:first\s+)?(?:grant|give|issue)\b[^.;]{0,30}?\b(?:permission|approval|consent|authori[sz]ation)|(?:obtain|(?:must|to)\s+(?:still\s+)?(?:have|get|secure|seek))\s+(?:the\s+)?(?:prior\s+)?(?:written\s+)?(?:approval|permission|consent|authori[sz]ation|sanction)\s+(?:of|from)\b|obtain\s+(?:the\s+|a\s+)?(?:[A-Z][\w’'\-]*\s+){0,4}?[\w’'\-]+(?:’s|'s)\s+(?:prior\s+)?(?:written\s+)?(?:approval|permission|consent|authori[sz]ation|sanction)\b|(?:warrant|approval|permission|authori[sz]ation|consent)\s+(?:is|are)\s+(?:still\s+)?(?:needed|required)\s+(?:to|before|for)\s+(?:enter|inspect|visit|board)|(?:inspect|visit|enter|board|aboard|inspection)\w*\b[^.;]{0,140}?\bonly\s+(?:after|once|when|if|with|upon)\b[^.;]{0,80}?\b(?:sanction|approval|permission|consent|authori[sz]ation|approved|authori[sz]ed|sanctioned|consented|warrant|accompanied|escort(?:ed)?)|(?:last|take|exceed)\s+(?:no\s+(?:longer|more)\s+than|more\s+than)\s+(?:\d+|\w+)\s+(?:working\s+|business\s+|calendar\s+)?(?:days|hours|weeks)|no\s+more\s+(?:often\s+)?than\s+once|(?:must|ha(?:ve|s)\s+to)\s+(?:first\s+)?(?:hold|carry|obtain|have|get|receive|secure)\b[^.;]{0,80}?\b(?:order|clearance|permission|approval|authori[sz]ation|warrant|permit)\b[^.;]{0,80}?\bbefore\s+(?:entering|visiting|inspecting|boarding|going\s+aboard)|(?:may|can|could)\s+not\s+(?:enter|visit|inspect|board)\b[^.;]{0,80}?\bunless\s+(?:they\s+|he\s+|she\s+|it\s+)?(?:first\s+)?(?:receive|obtain|get|have|hold)\b[^.;]{0,40}?\b(?:authori[sz]ation|permission|approval|consent|warrant|order|clearance)|(?:bars?|barred|prohibits?|prohibited|forbids?)\s+(?:a\s+|any\s+)?(?:second|repeat|further|follow-up)\s+(?:\w+\s+)?(?:visit|inspection)s?\b[^.;]{0,60}?\bwithin)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex RestrictingVerb();

    [GeneratedRegex(@"\bonly\s+(?:\w+\s+){0,2}?(?:conduct(?:s|ed)?|carr(?:y|ies|ied)\s+out|perform(?:s|ed)?|do(?:es)?\s+so|did\s+so|inspect(?:s|ed)?|visit(?:s|ed)?)\b[^.;]{0,60}?\b(?:in\s+response\s+to|upon\s+(?:receipt\s+of\s+)?|following|after|based\s+on|on\s+the\s+basis\s+of)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}?(?:complaints?|requests?|referrals?|tip-?offs?)\b|\b(?:inspect|visit|conduct|carry\s+out|enter|act|intervene|operate|respond|move)\w*\b[^.;]{0,40}?\bonly\s+(?:upon|in\s+response\s+to|after|following|on\s+the\s+basis\s+of|based\s+on|when|if|once|where)\s+(?:\w+\s+){0,8}?(?:complaints?|requests?|referrals?)\b|\b(?:cannot|can\s*not|may\s+not|are\s+not\s+(?:allowed|permitted)\s+to)\s+(?:begin|start|initiate|launch|open|conduct|carry\s+out)\s+(?:an?\s+|any\s+)?inspections?\s+(?:on|at|of)\s+(?:their|its|his|her)\s+own\s+(?:initiative|accord)\b|\b(?:confin(?:ed|es)|limit(?:ed|s)|restrict(?:ed|s))\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}to\s+(?:\w+\s+){0,2}inspections?\s+(?:triggered\s+by|based\s+on|in\s+response\s+to|following|upon)\s+(?:a\s+|an\s+)?(?:\w+\s+)?complaints?\b|\b(?:stopped|ceased|no\s+longer|quit)\s+(?:conducting|carrying\s+out|making|performing|doing)\s+unannounced\b|\bannounce[sd]?\s+(?:\w+\s+){0,2}?inspections\b(?=[^.;]{0,60}\b(?:unless|except|in\s+advance|beforehand|ahead\s+of))|\b(?:faced?|faces|impos(?:ed|es)|introduc(?:ed|es))\s+(?:new\s+|\w+\s+)?restrictions\s+(?:on|to)\s+(?:conducting\s+|carrying\s+out\s+)?(?:\w+\s+){0,2}?inspections\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PracticeLimit();

    [GeneratedRegex(@"\b(?:not|no longer)\s+(?:permitted|allowed|authori[sz]ed)\b(?!\s+to\s+(?:impose|issue|levy|collect|fine|sanction|penali[sz]e|arrest|prosecute|refer))|\bnot\s+(?:required|obliged|obligated)\s+to\s+(?:allow|admit|permit|accept)\b|\b(?:ha(?:ve|s)\s+the\s+right\s+to|(?:can|may)\s+(?:legally\s+)?)\s*(?:refuse|deny|decline)\s+(?:an?\s+|the\s+)?(?:labou?r\s+)?(?:inspectors?(?:'s|’s|s'|s’)?\s+(?:visits?|entry|access)|inspections?|(?:entry|access)\s+to\s+(?:labou?r\s+)?inspectors)\b|\blacks?\s+(?:the\s+)?(?:authori[sz]ation|authority|mandate|power|legal basis)\s+to\s+(?:[\w,]+\s+){0,4}?(?:conduct|carry out|make|perform)\b|\bonly\s+authori[sz]ed\s+to\b|\bnot\s+free\s+to\s+(?:enter|inspect|visit)\b|\b(?:may|can|shall)\s*not\s+(?:return|re-?visit|re-?inspect|come\s+back)\b|\bfollow-?up\s+(?:visits?|inspections?)\s+(?:are|is|were|was)\s+(?:not\s+(?:permitted|allowed)|prohibited|barred|forbidden)\b|\brestrictive\s+(?:measures|laws|rules|provisions)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NotPermitted();

    [GeneratedRegex(@"\b(?:lack(?:s|ed|ing)? of (?:funds|funding|resources|vehicles|staff|inspectors|transport|fuel)|funding (?:constraints|shortages|issues|cuts)|budget(?:ary)? (?:constraints|cuts)|insufficient (?:funds|funding|resources|staff)|not under the control|outside (?:the )?(?:government's )?control|security (?:situation|concerns|constraints)|due to (?:insecurity|conflict)|on a limited basis|working remotely|limited\s+(?:(?:labou?r|inspection|enforcement|worksite)\s+){0,3}(?:data|information|statistics|reporting))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotARestriction();

    [GeneratedRegex(@"\b(?:only|unless|except|notice|approv\w*|permission|prohibit\w*|restrict\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConditionWord();

    // "In previous reporting periods, … inspectors stopped conducting unannounced inspections": history, not this year's practice.
    [GeneratedRegex(@"\b(?:in|during)\s+(?:previous|past|prior|earlier)\s+(?:reporting\s+periods?|years|reports)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierPeriods();

    [GeneratedRegex(@"\b(?:amend(?:ed|s)|revised|modified)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AmendedVerb();

    // "limits on inspectors' access weakened the inspectorate's work": the chapter judging limits it tells elsewhere, not a rule.
    [GeneratedRegex(@"^(?:limits|restrictions)\s+(?:(?:placed|imposed)\s+)?(?:on|to)\b[^.;]{0,80}?\b(?:weaken|hinder|hamper|imped|undermin|h(?:e|o)ld\b[^.;]{0,60}?\bback|constrain|reduc|affect)\w*", RegexOptions.IgnoreCase)]
    private static partial Regex EvaluatedLimits();

    // "to limit the spread of COVID-19": a purpose, not a limit on inspections.
    [GeneratedRegex(@"^limit\w*\s+(?:the\s+)?(?:spread|risk|exposure|contact|transmission)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LimitedOther();

    // "Circular No. 2, which had required inspectors to notify …": what a rule had done before the sentence's event.
    [GeneratedRegex(@"\b(?:which|that)\s+had\s+(?:\w+ly\s+)?\w+(?:ed|en)\b[^,.;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex FormerRule();

    [GeneratedRegex(@"\b(?:(?:may|can|shall)\s+not\s+be\s+(?:inspected|visited)\s+more\s+(?:often\s+)?than|no\s+(?:\w+\s+)?(?:may|can|shall)\s+be\s+(?:inspected|visited)\s+more\s+(?:often\s+)?than|(?:may|can)\s+(?:only\s+)?be\s+(?:inspected|visited)\s+no\s+more\s+(?:often\s+)?than|no\s+more\s+(?:often\s+)?than\s+once|(?:inspected|visited)\s+(?:at\s+most|only)\s+once|(?:no\s+more\s+than|only)\s+one\s+(?:\w+\s+)?(?:inspection|visit)\s+(?:of\s+(?:the\s+same\s+|an?\s+|each\s+|any\s+)?[\w\-]+\s+)?(?:in|per|a|each|every|to\s+(?:each|every|a|any))\b|\binspection\b[^.;]{0,30}\bonly\s+once\s+(?:in|every|per|a)\b|\bcap\s+of\s+(?:one|two|\d+)\s+(?:\w+\s+)?(?:inspections?|visits?)\s+(?:a|per|each|every|in)\b|\bcaps?\s+(?:routine\s+|scheduled\s+|planned\s+)?(?:inspections|visits)\s+at\s+(?:one|two|\d+)\b|(?:inspect|visit)\s+(?:an?\s+|each\s+|any\s+|the\s+same\s+)?(?:\w+\s+)?(?:enterprise|business|firm|company|employer|workplace)s?\s+(?:only\s+|at\s+most\s+)?once\s+(?:in|every|per|a)\b)\b[^,.;]{0,40}", RegexOptions.IgnoreCase)]
    private static partial Regex FrequencyCap();

    [GeneratedRegex(@"\b(?:(?:allow(?:ed|s)|permit(?:ted|s)|authori[sz](?:ed|es)|enabl(?:ed|es))\s+(?:labou?r\s+)?inspectors\s+to\s+(?:conduct|carry\s+out|make|perform)\s+(?:unannounced|unscheduled|unplanned|surprise)\s+(?:\w+\s+)?(?:inspections|visits)|(?:breached|violated|contravened|contradicted)\s+the\s+Constitution|did\s+away\s+with|(?:scrap(?:s|ped|ping)?|drop(?:s|ped|ping)?|eliminat(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|delet(?:e|es|ed|ing)|struck\s+out|strikes?\s+out)\s+the\s+(?:[\w\-’']+\s+){0,3}?(?:requirement|rule|obligation|duty|provision|permit|clause|cap|limit|ceiling|notice)|exempt(?:s|ed|ing)?\s+(?:all\s+|any\s+)?inspections\b[^.;]{0,100}?\bfrom\s+(?:the|a|any|its)\b|exempt(?:s|ed|ing)\s+(?:(?!(?:from|not)\b)[\w\-’']+\s+){1,8}?from\s+(?:the|a|any|its)\s+(?:[\w\-’']+\s+){0,3}?(?:consent|approval|notice|notification|permission|authori[sz]ation|warrant)\s+(?:requirement|rule|obligation)|(?:may|can)\s+now\s+(?:arrive|visit|inspect|enter)\s+(?:\w+\s+)?(?:unannounced|without\s+(?:prior\s+)?(?:notice|warning))|quash(?:ed|es)|set\s+aside|(?:now\s+(?:let|lets|allow|allows|permit|permits)\s+(?:labou?r\s+)?inspectors\s+(?:to\s+)?|(?:may|can)\s+now\s+|(?<=^Since\b[^.;]{0,40}?)(?:may|can)\s+|so\s+that\s+(?:[\w\-’']+\s+){1,3}?(?:may|can|could)\s+|inspectors\s+(?:will\s+be|are\s+now|were\s+now)\s+able\s+to\s+|(?:may|can)\s+(?:now\s+)?again\s+|(?:allow|allows|allowed|permit|permits|permitted)\s+(?:labou?r\s+)?inspectors\s+to\s+)(?:enter|visit|inspect|open\s+(?:an?\s+)?inspections?|(?:conduct|carry\s+out|make)\s+(?:an?\s+)?(?:[\w\-]+\s+)?(?:inspections?|visits?))\b[^.;]{0,60}?\bwithout\s+(?:(?:seeking|obtaining|getting|giving)\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w’'\-]+(?:’s|'s)\s+)?(?:prior\s+|written\s+)?(?:consent|warrant|notice|permission|approval|authori[sz]ation|complaint)|no\s+longer\s+(?:(?:conditioned|conditional|dependent|contingent)\s+(?:on|upon)|(?:been|be)\s+(?:obliged|required|bound)\s+to\s+(?:warn|notify|give|announce|obtain|seek|inform)|requires?|required|needs?|needed|obliges?|forces?|appl(?:y|ies)\s+to|counts?\s+(?:toward|towards|against)|ha(?:ve|s|d)\s+to\s+(?:notify|give|announce|obtain|seek))|withdr(?:ew|awn)\s+(?:its|the|a)\b|ended\s+the\s+(?:[\w\-’']+\s+){0,3}?(?:requirement|rule|obligation|provision|practice)|(?:lets?|allows?|permits?)\s+(?:[\w\-]+\s+){0,4}inspectors\s+(?:to\s+)?(?:enter|visit|inspect|board)\b[^.;]{0,60}?\bwithout\s+(?:being\s+)?(?:escorted|accompanied|(?:advance|prior)\s+notice)|(?:may|can)\s+(?:now\s+)?arrive\s+unannounced\s+(?:when|if|where|whenever)|went\s+beyond\s+the\s+powers|ultra\s+vires|(?:ruled|declared|found|held)\s+(?:[\w'’\-]+\s+){0,14}?unconstitutional|(?:reduc|shorten)(?:ed|es|ing)\s+(?:the\s+)?(?:[\w\-’']+\s+){0,3}(?:notice|notification)\b|lift(?:ed|s)?\s+(?:that|this|its|the)\s+(?:limit|cap|ceiling|requirement)\b|eas(?:ed|es|ing)|relax(?:ed|es|ing)|abolish(?:ed|es)|loosen(?:ed|s)|lift(?:ed|s)? (?:the )?restrictions?|to permit|now (?:permits?|allows?)(?![^.;]{0,60}\bonly\b)|reinstat(?:ed|es)|resum(?:ed|es)|rescind(?:ed|s)|overturn(?:ed|s)|struck down|annull?(?:ed|s)|invalidat(?:ed|es)|repeal(?:ed|s)|revok(?:ed|es))\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex EasedVerb();

    [GeneratedRegex(@"\b(?:except|unless|only (?:if|when|in cases?|with|upon|after|on the basis of))\b[^.;]*?(?=,|\.|;|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ConditionPhrase();

    [GeneratedRegex(@"\b(?:signed|came into (?:force|effect)|entered into force|took effect|in force)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Event();

    [GeneratedRegex(@"\b(?:until|through)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UntilWord();
}
