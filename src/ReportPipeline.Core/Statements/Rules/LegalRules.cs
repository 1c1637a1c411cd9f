using System.Text.RegularExpressions;
using static ReportPipeline.Core.Statements.StatementActions;
using static ReportPipeline.Core.Statements.StatementCategories;
using static ReportPipeline.Core.Statements.StatementFields;

namespace ReportPipeline.Core.Statements.Rules;

/// <summary>
/// Ratifications of conventions and protocols, as instrument keys where the schema has one
/// (several instruments in one sentence give several statements), else by the name the text
/// gives. "Has not ratified" is <c>not_ratified</c>; "intends to ratify" is <c>intends</c>.
/// </summary>
internal sealed partial class RatificationRule : ISentenceRule
{
    public IEnumerable<Draft> Match(Sentence sentence, RuleContext context)
    {
        var text = sentence.Text;
        var submittedName = (Start: -1, End: -1);
        if (SubmittedForRatification().Match(text) is { Success: true } submitted && !Clauses.IsNegated(text, submitted.Index))
        {
            submittedName = (submitted.Groups["name"].Index, submitted.Groups["name"].Index + submitted.Groups["name"].Length);
            // "would submit the … Convention (C. 190) to the Assembly for ratification in 2025", "sent C. 189 to parliament for
            // ratification": the treaty goes to the body that ratifies it; not ratified yet, an intention.
            var submittedTreaty = submitted.Groups["name"].Value.Trim();
            var keyed = Instruments.Find(submittedTreaty);
            if (keyed.Count == 0 && BareTreaty().IsMatch(submittedTreaty) && Instruments.Find(text[..submitted.Index]).DistinctBy(m => m.Key).ToList() is [var named])
            {
                // "has not ratified ILO C. 138, but … decided to submit the Convention to the House of Assembly": the treaty named before.
                keyed = [named];
            }

            foreach (var mention in keyed.DistinctBy(m => m.Key))
            {
                yield return Draft.Of(Ratification, Intends, 0.8, (Instrument, mention.Key));
            }

            if (keyed.Count == 0 && TreatyName().IsMatch(submittedTreaty))
            {
                yield return Draft.Of(Ratification, Intends, 0.7, (Name, submittedTreaty));
            }
        }

        var verbs = RatifyVerb().Matches(text).ToList();
        if (verbs.Count == 0)
        {
            yield break;
        }

        for (var v = 0; v < verbs.Count; v++)
        {
            var verb = verbs[v];
            if (Adjectival().IsMatch(text[..verb.Index]) && PluralTreaties().IsMatch(text[(verb.Index + verb.Length)..]))
            {
                // "the implementation of ratified conventions": a description, not a ratification.
                continue;
            }

            var action = Intention().IsMatch(Before(text, verb.Index, 80) + verb.Value)
                ? Intends
                : Clauses.IsNegated(text, verb.Index) || NegatedAside().IsMatch(Before(text, verb.Index, 40)) || NotYet().IsMatch(text[verb.Index..]) || NotAParty().IsMatch(verb.Value)
                    ? NotRatified
                    : Clauses.IsHypothetical(text, verb.Index) ? null : Ratified;
            if (action is null)
            {
                continue;
            }

            // What this verb is about: the clause from the previous verb to the next one.
            var clauseStart = v == 0 ? 0 : verbs[v - 1].Index + verbs[v - 1].Length;
            var clauseEnd = v + 1 < verbs.Count ? verbs[v + 1].Index : text.Length;
            var mentions = Instruments.Find(text)
                .Where(i => i.Index >= clauseStart && i.Index < clauseEnd)
                // "deposited its instrument of ratification of the Protocol …, years after it announced the intention to ratify it":
                // a treaty right behind the verb before is that verb's object, not this one's.
                .Where(i => v == 0 || i.Index >= verb.Index || !DirectObjectGap().IsMatch(text.AsSpan(clauseStart, i.Index - clauseStart)))
                .Where(i => i.Index < submittedName.Start || i.Index >= submittedName.End)
                .DistinctBy(i => i.Key)
                .ToList();
            var name = mentions.Count > 0 ? null : ObjectOf(text, verb, clauseEnd);
            if (name is not null && UnlistedConventions(text, verb, clauseEnd).Count > 0 && name.EndsWith("ILO C", StringComparison.Ordinal))
            {
                // "ratify ILO C. 189 on Domestic Workers": the object cut at "C." is the convention the number names, below.
                name = null;
            }

            if (name is not null && !TreatyName().IsMatch(name))
            {
                // "joined the workforce", "ratified the national policy on children", "Ratification of International Conventions": no treaty named.
                name = null;
                if (mentions.Count == 0 && UnlistedConventions(text, verb, clauseEnd).Count == 0)
                {
                    continue;
                }
            }

            var date = action == Intends ? null : DateOf(text, verb, clauseEnd, name, mentions);
            foreach (var mention in mentions)
            {
                // "has ratified most key conventions, but not ILO C. 138"
                var excluded = action == Ratified && ExceptedAt(text, mention.Index);
                yield return Draft.Of(Ratification, excluded ? NotRatified : action, 0.9, (Instrument, mention.Key), (Date, excluded ? null : date));
            }

            if (name is not null)
            {
                yield return Draft.Of(Ratification, action, 0.7, (Name, name), (Date, date));
            }
            else if (action == Ratified && mentions.Count > 0 && ObjectOf(text, verb, clauseEnd) is { } all && AllKey().Match(all) is { Success: true } allKey
                && mentions.All(m => ExceptedAt(text, m.Index)))
            {
                // "has ratified all key international conventions … except the Palermo Protocol": the exception is not ratified,
                // and all the others are.
                yield return Draft.Of(Ratification, Ratified, 0.7, (Name, allKey.Value.Trim()));
            }

            foreach (var convention in UnlistedConventions(text, verb, clauseEnd).Where(c => !mentions.Any(m => c.Index < m.Index + m.Length && m.Index < c.Index + c.Length)))
            {
                // "ratified ILO C. 81, Labor Inspection; ILO C. 129, …": conventions the schema has no key for, by their number.
                yield return Draft.Of(Ratification, action, 0.8, (Name, "ILO C. " + convention.Groups["n"].Value), (Date, date));
            }
        }
    }

    /// <summary>"with the exception of ILO C. 138" is longer than a short window: look back far enough for the whole phrase.</summary>
    private static bool ExceptedAt(string text, int index) => Excluded().IsMatch(text[Math.Max(0, index - 40)..index]);

    private static List<Match> UnlistedConventions(string text, Match verb, int clauseEnd) =>
        IloConvention().Matches(text).Where(m => m.Index > verb.Index && m.Index < clauseEnd && !Instruments.Find(m.Value).Any()).ToList();

    /// <summary>The date of this ratification: after the verb in its clause, else the nearest; never a year that is part of the treaty's name.</summary>
    private static string? DateOf(string text, Match verb, int clauseEnd, string? name, IReadOnlyList<InstrumentMention> mentions)
    {
        var from = verb.Index + verb.Length;
        var nameAt = name is null ? -1 : text.IndexOf(name, from, StringComparison.Ordinal);
        var dates = ReportDates.FindDates(text)
            .Where(d => !(nameAt >= 0 && d.Index >= nameAt && d.Index < nameAt + name!.Length))
            .Where(d => !TreatyYear().IsMatch(text.AsSpan(0, d.Index)))
            .Where(d => !mentions.Any(m => d.Index >= m.Index && d.Index < m.Index + m.Length))
            .ToList();
        var after = dates.FirstOrDefault(d => d.Index >= from && d.Index < clauseEnd);
        if (after != default)
        {
            return after.Iso;
        }

        return dates
            .Select(d => (Date: d, Distance: d.Index >= verb.Index ? d.Index - verb.Index : verb.Index - d.End))
            .Where(x => x.Distance <= 60)
            .OrderBy(x => x.Distance)
            .Select(x => x.Date.Iso)
            .FirstOrDefault();
    }

    private static string Before(string text, int index, int length) => text[Math.Max(0, index - length)..index];

    /// <summary>The treaty named after the verb ("the European Social Charter"), or before it in the passive.</summary>
    private static string? ObjectOf(string text, Match verb, int clauseEnd)
    {
        var after = text[(verb.Index + verb.Length)..clauseEnd];
        var match = ObjectPhrase().Match(after);
        if (match.Success && match.Groups["name"].Value.Length > 3 && !match.Groups["name"].Value.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            return match.Groups["name"].Value.Trim();
        }

        var before = PassiveSubject().Match(text[..verb.Index]);
        return before.Success ? before.Groups["name"].Value.Trim() : null;
    }

    [GeneratedRegex(@"\b(?:submit(?:ted|s)?|submission\s+of|send|sent|sends|forward(?:ed|s)?|transmit(?:ted|s)?|refer(?:red|s)?|table[sd]?)\s+(?:the\s+)?(?<name>[^;.]{3,160}?(?:\([^)]{1,30}\))?)\s+to\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+(?:of\s+)?){0,4}(?:Parliament|parliament|Assembly|Senate|Congress|Legislature|legislature|Majlis|Council\s+of\s+Ministers|Cabinet|cabinet)\s+(?:for\s+(?:its\s+)?(?:ratification|accession|approval)|with\s+a\s+(?:request|recommendation)\s+(?:for\s+its\s+(?:approval|ratification)|that\s+it\s+be\s+(?:approved|ratified)))\b")]
    private static partial Regex SubmittedForRatification();

    [GeneratedRegex(@"^(?:Convention|Protocol|Treaty|it)$", RegexOptions.IgnoreCase)]
    private static partial Regex BareTreaty();

    [GeneratedRegex(@"\b(?:ratif(?:ied|ies|y|ying|ication of)|acced(?:e|ed|es|ing)\s+(?:(?:in|by|during)\s+(?:\w+\s+)?(?:19|20)\d{2}\s+)?to|accession to|joined the|joining the|(?:became|become|becomes|becoming) (?:a )?party to|(?:is|are)\s+(?:(?:now|still|also|already|not|yet)\s+|not\s*,\s*(?:however|though|as\s+yet|so\s+far)\s*,\s*)*(?:a\s+)?party\s+to|(?:is|are|remains?|remained)\s+(?:still\s+)?outside)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RatifyVerb();

    // "submitted letters of intent to the ILO to accede to …", "the government means to ratify …", "hopes to accede to …": an intention, not yet a ratification.
    [GeneratedRegex(@"(?:intends? to|intention to|decided to|process of|procedure for|proceedings for|plans? to|planning to|means? to|aims? to|hopes? to|wish(?:es)? to|wants? to|pledged to|promised to|undert(?:ook|akes?) to|considering|preparing (?:for|to)|in the process of|committed to|commitment to|expected to|will|would|prospects? (?:for|of)|likely to|steps? towards?|seeks? to|recommend(?:s|ed|ing|ation\s+(?:of|for|on|that))?)\s+(?:\w+\s+){0,2}(?:ratif\w*|acced\w*|accession\w*|joining\s+the)|\b(?:letters?|statements?|declarations?|notes?)\s+of\s+intent(?:ion)?\s+(?:\w+\s+){0,4}?to\s+(?:ratif\w*|acced\w*)|\bproposals?\b[^.;]{0,60}?\bto\s+(?:ratif\w*|acced\w*)|\brecommend(?:ations?|ing|ed|s)?\b[^.;]{0,80}?\bthat\s+(?:[\w’']+\s+){0,4}?(?:ratify|accede|join|become\s+a\s+party|be\s+ratified|be\s+acceded)\b|\b(?:bill|draft\s+law|law|decree|resolution)\s+(?:\w+\s+){0,2}?(?:to|on|for)\s+(?:the\s+)?(?:ratif\w*|acced\w*|accession)|\b(?:bill|draft\s+law)\s+(?:authori[sz]ing|approving)\s+(?:[\w’']+\s+){0,2}(?:ratif\w*|acced\w*|accession)|\bconsider(?:s|ed|ing)?\s+(?:join\w*|becoming\s+a\s+party)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Intention();

    [GeneratedRegex(@"\b(?:but not|not|except(?: for)?|excluding|other than|apart from|save for|with the exception of)\s+(?:the\s+)?(?:ILO\s+|UN\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Excluded();

    [GeneratedRegex(@"^\w+\s+(?:yet|so far)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotYet();

    // "It has not, however, become a party to …": the denial, then an aside before the verb.
    [GeneratedRegex(@"\b(?:has|have|had|is|are|was|were)\s+not\s*,\s*(?:however|though|as\s+yet|so\s+far)\s*,\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedAside();

    [GeneratedRegex(@"^\s*(?:of|to)?\s*(?:the\s+)?(?:ILO\s+|UN\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DirectObjectGap();

    // The whole object up to its exception: "all key international conventions concerning child labor".
    [GeneratedRegex(@"^all\s+(?:key\s+|relevant\s+|major\s+)?(?:international\s+)?(?:conventions|instruments|treaties)\b[^,;]*?(?=\s*,?\s*(?:except|excluding|other\s+than|apart\s+from|save\s+for|with\s+the\s+exception\s+of|but\s+not)\b|$)", RegexOptions.IgnoreCase)]
    private static partial Regex AllKey();

    // "is still not a party to": the denial sits inside the verb phrase.
    [GeneratedRegex(@"^(?:is|are)\s+(?:\w+\s+)*?not\b|\boutside$", RegexOptions.IgnoreCase)]
    private static partial Regex NotAParty();

    [GeneratedRegex(@"\b(?:of|the|its|their|these|all|with|under)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Adjectival();

    [GeneratedRegex(@"^\s+(?:international\s+)?(?:conventions|treaties|instruments|protocols|agreements)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PluralTreaties();

    // What a treaty's name holds, as whole words; a name without any of these ("the workforce", "the national policy on children",
    // "the monitoring units", where "UN" only begins a word) is no treaty.
    [GeneratedRegex(@"^(?!(?:the\s+)?(?:international\s+)?(?:conventions|treaties|instruments)\b)(?:.*\b(?:Conventions?|Protocols?|Charter|Treat(?:y|ies)|Covenant|Statute|Agreement|CRC|CEDAW|ILO|UN|C\.\s?\d+|P\d+|(?<=\bkey\s+(?:international\s+)?)instruments)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex TreatyName();

    [GeneratedRegex(@"\b(?:ILO\s+)?C(?:\.\s?|\s)(?<n>\d{2,3})\b")]
    private static partial Regex IloConvention();

    // "Protocol of 2014 to the Forced Labour Convention": the year names the treaty.
    [GeneratedRegex(@"\b(?:Protocol|Convention|Charter|Covenant)\s+of\s+$")]
    private static partial Regex TreatyYear();

    [GeneratedRegex(@"^\s*(?:the\s+)?(?<name>[^,;:.()]{3,120}?)(?=\s+(?:in|on|during|since)\s+(?:\w+\s+)?(?:19|20)\d{2}|\s+which\b|\s+within\b|\s+but\b|,|;|\.|\(|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectPhrase();

    [GeneratedRegex(@"(?<name>[A-Z][^,;:.]{3,120}?)\s+(?:has|have|had)\s+been\s+$")]
    private static partial Regex PassiveSubject();
}

/// <summary>
/// Laws and agreements: enacted, amended, signed, entered into force, repealed, drafted, with
/// the law's name and the date of that step. One sentence can state several steps ("signed in
/// 2021 and in force from January 1, 2023").
/// </summary>
internal sealed partial class LawRule : ISentenceRule
{
    /// <summary>
    /// The named act a stop or limit on inspections comes from, when the sentence tells the stop or limit as its doing: "Decision
    /// No. 41 of March 2014 suspends …", "Under Ministerial Order No. 7 of 2013, inspectors may …", "signed Joint Order No. 4, which
    /// removes the requirement …". A law in force and acting this year (statement-labels.md), whenever it was made; an act that
    /// only ends ("Directive No. 6 … lapsed") is the stop's history.
    /// </summary>
    internal static Draft? SourceOfLimit(string text, IReadOnlyList<Draft> drafts, int? year)
    {
        if (!drafts.Any(d => d.Category is InspectionMoratorium or InspectionRestriction) || drafts.Any(d => d.Category == Law))
        {
            return null;
        }

        foreach (var (name, index, length) in Names.Laws(text))
        {
            var after = text.AsSpan(index + length);
            var actsInSentence = (SourceOpening().IsMatch(text.AsSpan(0, index)) && !SourceEnds().IsMatch(after)) || SourceRelative().IsMatch(after)
                || (AsTheActRequires().IsMatch(text.AsSpan(0, index)) && ActRequires().IsMatch(after))
                || (ActAsSubject().IsMatch(after) && !RelativeBefore().IsMatch(text.AsSpan(0, index)) && ActedThisYear(text, index + length, drafts, year));
            // A code or constitution behind a rule is cited as the source of a provision, not an act in the year's news; "the Act"
            // alone names no act.
            if (!actsInSentence || SourceHistory().IsMatch(after) || GeneralCode().IsMatch(name) || !name.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var date = ReportDates.FindDates(text[(index + length)..]).FirstOrDefault() is { Index: < 40 } near ? near.Iso : null;
            return Draft.Of(Law, Enacted, 0.7, (Name, LeadingArticle().Replace(Names.WithoutPeriod(name), string.Empty)), (Date, date), (Kind, "law"));
        }

        return null;
    }

    // "Decree No. 5 of January 21, 2022 introduced …" in the 2022 chapter, a stop the sentence dates in the year, or a sentence with
    // no earlier date: the act's own doing this year, not the history of an older act ("the Law … of 2012 allowed …").
    private static bool ActedThisYear(string text, int nameEnd, IReadOnlyList<Draft> drafts, int? year) =>
        year is { } y && ((ReportDates.FindDates(text[nameEnd..]).FirstOrDefault() is { Index: < 40 } own && Background.YearOf(own.Iso) == y)
            || drafts.Any(d => d.Category is InspectionMoratorium or InspectionRestriction && Background.YearOf(d.Fields.GetValueOrDefault(Date)) == y)
            || !ReportDates.FindDates(text).Any(d => Background.YearOf(d.Iso) < y));

    // The act opens the sentence, as its subject or its means: "In February, Ministerial Resolution No. 77 …", "Under Decision No. 41, …".
    [GeneratedRegex(@"(?:^(?:(?:In|On|Since|From|As\s+of)\s+[^,;.]{1,40},\s+|(?:In\s+addition|Moreover|Also|However|Meanwhile|Furthermore|Likewise),\s+)*(?:(?:Under|By|Through|Pursuant\s+to)\s+)?|(?<!\b(?:issued|made|adopted|taken|declared)\s)\b(?:under|as\s+required\s+by|(?<!\bfirst\s)(?:required|imposed|prolonged|extended|renewed|introduced|set|lifted)\s+(?:since\s+[^,;.]{1,20}?\s+)?by|pursuant\s+to)\s+|\b(?:reported|said|noted|stated)\s+that\s+)(?:the\s+|a\s+|its\s+)?(?:(?:19|20)\d{2}\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceOpening();

    [GeneratedRegex(@"^[^.;]{0,160}?\b(?:lapsed|expired|ran\s+out|was\s+(?:struck\s+down|annulled|repealed|revoked|rescinded|quashed|declared|withdrawn|set\s+aside))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SourceEnds();

    // "Decree No. 117 of April 2014 first barred …", "Resolution No. 220/13 had required …": the act's history, told as history.
    [GeneratedRegex(@"^[^.;]{0,120}?\b(?:had\s+(?:been\s+|first\s+|already\s+|long\s+)?\w+(?:ed|en)|first\s+\w+ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SourceHistory();

    [GeneratedRegex(@"^(?:the|a|an)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingArticle();

    // "…, as Circular No. 4/2017 requires": the act the rule comes from, named after it.
    [GeneratedRegex(@"\bas\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AsTheActRequires();

    [GeneratedRegex(@"^\s+(?:still\s+)?(?:requires|required|provides|provided|stipulates|prescribes|demands)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ActRequires();

    [GeneratedRegex(@"\b(?:Code|Constitution)$")]
    private static partial Regex GeneralCode();

    // "Joint Order No. 4, which removes the requirement …", "Law No. 311 of July 2013, which halts state supervision …"; the act as
    // the subject of the stop in the present: "Decree No. 7 of 2024 bars routine inspections …".
    [GeneratedRegex(@"^(?:\s+of\s+[^,;.]{1,30}(?:,\s*(?:19|20)\d{2})?)?,?\s+(?:(?:which|that|by\s+which\s+(?:the\s+)?[^,;.]{1,60}?)\s+(?:still\s+|now\s+|also\s+|continues\s+to\s+)?(?:suspend|prohibit|bar|ban|requir|limit|cap|restrict|exempt|remov|halt|freez|oblig|forb|extend|prolong|keep|allow|permit)\w*|(?:bars|prohibits|exempts|suspends|halts)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SourceRelative();

    // The act as the subject of this year's stop or lift, told in the past: "Presidential Decree No. 5 of January 21, 2022
    // introduced a new moratorium", "when Resolution 301/21 ordered offices to resume inspections".
    [GeneratedRegex(@"^(?:\s+of\s+[^,;.]{1,30}(?:,\s*(?:19|20)\d{2})?)?,?\s+(?:introduced|imposed|extended|prolonged|suspended|halted|froze|ordered|lifted|ended|barred|prohibited|exempted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ActAsSubject();

    [GeneratedRegex(@"\b(?:which|that|whom)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeBefore();

    public IEnumerable<Draft> Match(Sentence sentence, RuleContext context)
    {
        var text = sentence.Text;
        if (sentence.Section == ReportSections.Policies && context.FirstUnderLabel && sentence.Label is { } row && ActionPlanRule.IsLawName(row))
        {
            // The policies table lists regulations and resolutions too: a law in force this year.
            var verb = Actions.Select(a => (a.Action, Verb: Clauses.FirstAffirmed(text, a.Pattern))).FirstOrDefault(a => a.Verb is not null);
            var action = verb.Verb is null || verb.Action == Signed ? Enacted : verb.Action;
            yield return Draft.Of(Law, action, 0.75, (Name, Names.WithoutPeriod(row)), (Date, verb.Verb is null ? null : StepDate(text, verb.Verb, 60, context.Document.Year, action)), (Kind, "law"));
            yield break;
        }

        if (sentence.Section == ReportSections.Policies && sentence.Label is null && sentence.Kind == SentenceKind.Prose && LawTitleRow().IsMatch(text) && ActionPlanRule.IsLawName(text))
        {
            // A row of the policies table read as a line of its own, its title only: "Resolution of the Cabinet No. 12 on … (2024–2026)".
            yield return Draft.Of(Law, Enacted, 0.7, (Name, Names.WithoutPeriod(text.Trim().TrimEnd('†', '‡', '*').Trim())), (Kind, "law"));
            yield break;
        }

        if (sentence.Section == ReportSections.Policies && AdoptedByBareInstrument(text))
        {
            // "Approved by Government Decision in April 2015." in a plan's row: how the plan was adopted, not a law of its own; an
            // instrument with no number and no title names only the kind of act.
            yield break;
        }

        var coreferent = false;
        if (Coreference().Match(text) is { Success: true } back && context.PreviousLaw is { } previous)
        {
            // "The changes were approved by Parliament in July": the law the sentence before drafted.
            var verb = back.Groups["verb"];
            var changes = back.Groups["noun"].Value.StartsWith("change", StringComparison.OrdinalIgnoreCase) || back.Groups["noun"].Value.StartsWith("amendment", StringComparison.OrdinalIgnoreCase);
            var when = ReportDates.FindDates(text).Where(d => d.Index > verb.Index).Select(d => d.Iso).FirstOrDefault();
            yield return Draft.Of(Law, changes ? Amended : Enacted, 0.75, (Name, previous.Fields.GetValueOrDefault(Name)), (Date, when), (Kind, "law"));
            coreferent = true;
        }

        var inForceTold = false;
        if (ForceCoreference().Match(text) is { Success: true } force && Clauses.IsAffirmed(text, force.Index)
            && (context.PreviousLaw ?? (force.Value.StartsWith("It ", StringComparison.Ordinal) ? context.RecentLaw : null)) is { } before
            && before.Action is not Drafted and not Repealed && before.Fields.GetValueOrDefault(Name) is { } law)
        {
            // "The amendments take effect on January 1, 2022." after "adopted amendments to the Labor Code": the law the sentence
            // before made enters into force; the sentence names none of its own.
            var when = ReportDates.FindDates(text).Where(d => d.Index > force.Groups["verb"].Index).Select(d => d.Iso).FirstOrDefault();
            yield return Draft.Of(Law, EnteredIntoForce, 0.75, (Name, law), (Date, when), (Kind, "law"));
            inForceTold = true;
        }

        if (RevokedOrder().Match(text) is { Success: true } revoked && Clauses.IsAffirmed(text, revoked.Index))
        {
            // "the Cabinet revoked its 2019 Order on Student Labor Brigades": a titled order is a decree, and revoking it repeals it.
            yield return Draft.Of(Law, Repealed, 0.8, (Name, revoked.Groups["law"].Value.Trim()), (Date, Clauses.EventDateOf(WithoutTitleYears(text), revoked, 80)?.Iso), (Kind, "law"));
            yield break;
        }

        if (TitledLawUpdatesList(text, context.Document.Year) is { } updated)
        {
            // "Cabinet Resolution No. 212 updated the list of heavy and harmful work prohibited to minors": the titled law changed its list.
            yield return updated;
            yield break;
        }

        var order = AuthorityOrder(text, context.Document.Year);
        if (order is not null)
        {
            // "the Prime Minister issued an order …", "a general command order … remained in effect": an order is a decree.
            yield return order;
        }

        if (UnadoptedHazardList(text) is { } list)
        {
            // "has drafted a list of the hazardous work barred to children, but the list was not approved": a ministry's list is a law, still a draft.
            yield return list;
            yield break;
        }

        if (order is null && AdoptedHazardList(text, context.Document.Year) is { } adopted)
        {
            // "announced a list of 29 jobs and working conditions prohibited to children": the list, whatever words name it, is a law made.
            // An order issued with it ("issued a Statutory Regulatory Order and published a list …") is already that law.
            yield return adopted;
            yield break;
        }

        var nouns = LawNoun().Matches(text).Where(n => !Cited(text, n)).ToList();
        if (nouns.Count == 0)
        {
            if (HeadlessTitle(text, context.Document.Year) is { } headless)
            {
                // "enacted the Sindh Prohibition of Employment of Children": a title the report gave without its "Act".
                yield return headless;
            }

            yield break;
        }

        if (FirstApplied().Match(text) is { Success: true } applied && Clauses.IsAffirmed(text, applied.Index)
            && Names.Laws(text).Where(n => n.Index + n.Length <= applied.Index).Select(n => Names.WithoutPeriod(n.Name)).FirstOrDefault() is { } inForce)
        {
            // "Presidential Decree No. 5 of 2017 …, which bars …, was applied for the first time during the 2018 harvest": a law in
            // force and acting this year, whenever it was made.
            yield return Draft.Of(Law, Enacted, 0.75, (Name, inForce), (Kind, "law"));
            yield break;
        }

        if (Instrumental(text, context.Document.Year) is { } made)
        {
            // "created in August by Presidential Decree No. 12", "a 2025 decree established the Council": the decree was issued.
            yield return made;
            yield break;
        }

        var names = Names.Laws(text).Where(n => !CitedArticle().IsMatch(text[..n.Index])).ToList();
        if (names.Select(n => Names.WithoutPeriod(n.Name)).Distinct(StringComparer.OrdinalIgnoreCase).Count() >= 2)
        {
            // "amended the Criminal Code and the Code of Administrative Liability": one statement per law, each with its own verb.
            foreach (var draft in PerName(text, names, context))
            {
                yield return draft;
            }

            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var draftTold = false;
        var lawTold = false;
        var drafting = Clauses.FirstAffirmed(text, DraftedVerb()) is not null;
        foreach (var (action, pattern) in Actions)
        {
            foreach (var verb in Clauses.Affirmed(text, pattern))
            {
                if ((coreferent && action is Enacted or Amended or Signed) || (inForceTold && action == EnteredIntoForce) || (action == Enacted && AmendedVerb().IsMatch(text)) || !seen.Add(action))
                {
                    continue;
                }

                if (action == Amended && drafting)
                {
                    // "Pending amendments to the Penal Code": a draft, not an amendment made.
                    continue;
                }

                if (action == Drafted && PassiveDrafted().IsMatch(verb.Value) && Clauses.FirstAffirmed(text, EnactedVerb()) is not null)
                {
                    // "The Labour Code, which was drafted in 1995 and adopted in 1996": the draft is the law's history.
                    continue;
                }

                if (action == Drafted && DraftingVerbFirst().IsMatch(verb.Value) && Infinitive().IsMatch(text[..verb.Index]) && !Directive().IsMatch(text[..verb.Index]))
                {
                    // "tasks the ministry to draft legislation": a mandate, not a draft made.
                    continue;
                }

                if (StatesNoEvent(text, verb, context.Document.Year))
                {
                    // "The Labour Code, as amended in 2009, sets …" cites the law for what it provides; "After it is adopted by
                    // Parliament, this law will …" tells a step still to come. Neither is an event of the year.
                    continue;
                }

                if (OnceCondition().IsMatch(text.AsSpan(0, verb.Index)))
                {
                    // "would consider joining the Protocol once the Act had been revised": a step the sentence waits for.
                    continue;
                }

                if (Obligation().IsMatch(text.AsSpan(0, verb.Index)))
                {
                    // "The region must endorse laws passed by the government after 1991 …": a rule about laws, no event.
                    continue;
                }

                if (GenericCondition().IsMatch(text.AsSpan(0, verb.Index)) && PresentTense().IsMatch(verb.Value))
                {
                    // "Until each province repeals or adopts a replacement law …", "applies only until the province passes a law": a rule of thumb, no event.
                    continue;
                }

                var noun = nouns.MinBy(n => Reach(text, n, verb, names))!;
                // "adopted"/"issued" must be about the law itself ("issued a decree"), not any act near the word law;
                // a long title counts from its first word ("enacted the Capital Territory Child Protection System Act").
                if (Reach(text, noun, verb, names) > (action == Enacted ? 60 : 110))
                {
                    continue;
                }

                string? name = null;
                var replacement = false;
                if (names.Count > 0)
                {
                    var nearest = names.MinBy(n => Math.Abs(n.Index - verb.Index));
                    name = Math.Abs(nearest.Index - verb.Index) <= 140 ? Names.WithoutPeriod(nearest.Name) : null;
                    replacement = name is not null && ReplacedWith().IsMatch(text.AsSpan(0, nearest.Index));
                }

                if (name is null && context.PreviousLaw?.Fields.GetValueOrDefault(Name) is { } told && Definite().IsMatch(text.AsSpan(0, noun.Index)) && BareLawNoun().IsMatch(noun.Value))
                {
                    // "Although the draft bill does not meet …" after "drafted a Child Care Bill": the law the sentence before named.
                    name = told;
                }

                if (name is null && action is Enacted or Signed && !Governs(text, verb, noun))
                {
                    // "issued citations for labor law violations", "fines are issued under Ruritanian law": the verb acts on something else.
                    continue;
                }

                var agreement = (AgreementNoun().IsMatch(noun.Value) || (name is not null && AgreementNoun().IsMatch(name))) && !(name is not null && ActAgreement().IsMatch(name));
                if (agreement && context.Document.Source == Model.Sources.UsdolFindings)
                {
                    // In USDOL chapters agreements and memoranda are cooperation, not law (statement-labels.md).
                    continue;
                }

                var date = StepDate(text, verb, 80, context.Document.Year, action, name, eventOnly: false);
                if (Endorsement().IsMatch(verb.Value) && (context.Document.Year is not { } year || Background.YearOf(date) is not { } endorsed || endorsed < year))
                {
                    // A region's parliament endorsing an existing law is an event only when dated in the year; otherwise it is the law's history.
                    continue;
                }

                if (action == Enacted && ExecutiveInstrument().IsMatch(noun.Value) && context.Document.Year is { } reportYear && Background.YearOf(date) is { } issued && issued < reportYear)
                {
                    // A directive or public notice issued before the year is its history, like an order: it carries no "in force" status of a law.
                    continue;
                }

                // "drafted and endorsed by the cabinet", "a committee approved a bill …; the bill awaits approval": a step of a bill.
                var billStep = action == Enacted && (CommitteeStep().IsMatch(text) || (drafting && (BillAwaits().IsMatch(text) || ExecutiveStep().IsMatch(text))));
                if (billStep && draftTold)
                {
                    continue;
                }

                var stage = (action == Enacted && (billStep || DraftObject().IsMatch(text.AsSpan(verb.Index + verb.Length)) || DraftSubject().IsMatch(text.AsSpan(0, verb.Index)) || PassedInOneChamber(text, verb, context) || ApprovedByExecutive(text, verb, name)))
                    || (action == Amended && AwaitsApprovalAfter(text, verb))
                    || (action is Enacted or Amended && PassedOnlyInReading(text))
                    ? Drafted
                    : action == Repealed && replacement ? Enacted : action;
                draftTold |= stage == Drafted;
                lawTold = true;
                yield return Draft.Of(Law, stage, name is null ? 0.7 : 0.85, (Name, name), (Date, date), (Kind, agreement ? "agreement" : "law"));
                break;
            }
        }

        if (!lawTold && !coreferent && !inForceTold && TitledBill().Match(text) is { Success: true } bill && Clauses.IsAffirmed(text, bill.Index)
            && !CitedBefore().IsMatch(text.AsSpan(0, bill.Index)))
        {
            // "A Child Protection Bill, prepared with help from UNICEF, would close this gap": a titled bill is a law not yet made,
            // whatever the sentence goes on to say about it.
            yield return Draft.Of(Law, Drafted, 0.7, (Name, Names.WithoutPeriod(bill.Value.Trim())), (Kind, "law"));
        }
    }

    /// <summary>
    /// The verb acts on the law noun: the noun is its object ("enacted new legislation", "passed
    /// two laws") or its subject ("legislation passed in 2025", "the decree was issued"), not a
    /// word in another phrase of the sentence.
    /// </summary>
    private static bool Governs(string text, Match verb, Match noun)
    {
        if (noun.Index >= verb.Index + verb.Length)
        {
            return ObjectGap().IsMatch(text.AsSpan(verb.Index + verb.Length, noun.Index - verb.Index - verb.Length));
        }

        return noun.Index + noun.Length <= verb.Index
            && SubjectGap().IsMatch(text.AsSpan(noun.Index + noun.Length, verb.Index - noun.Index - noun.Length));
    }

    /// <summary>A law noun after "under", "in accordance with" or "pursuant to", or a modifier ("law violations"): cited, not acted on.</summary>
    private static bool Cited(string text, Match noun) =>
        CitedBefore().IsMatch(text.AsSpan(0, noun.Index)) || ModifierAfter().IsMatch(text.AsSpan(noun.Index + noun.Length));

    /// <summary>
    /// A law as the instrument of an event of the reporting year or later: "established by Decree
    /// No. 5 in March 2025", "created in 2025 by a presidential decree", "A May 2025 decree set up …",
    /// "published Decree 47 establishing …", "By Decree No. 7 of May 2025, …", "Decree No. 7 of May 2025 provides …". Earlier
    /// instruments are the body's history, not an event.
    /// </summary>
    private static Draft? Instrumental(string text, int? year)
    {
        foreach (var pattern in new[] { ByInstrument(), InstrumentActs(), PublishedInstrument(), ByInstrumentOpening(), DatedInstrumentOpening() })
        {
            var match = pattern.Match(text);
            if (!match.Success || !Clauses.IsAffirmed(text, match.Index))
            {
                continue;
            }

            var law = match.Groups["law"];
            var near = ReportDates.FindDates(text).Where(d => Math.Abs(d.Index - law.Index) <= 60).ToList();
            var date = near.Count == 0 ? null : near.MinBy(d => Math.Abs(d.Index - law.Index)).Iso;
            if (year is { } y && (date is null || Background.YearOf(date) < y))
            {
                continue;
            }

            var name = Names.Laws(text).Where(n => n.Index <= law.Index + law.Length && n.Index + n.Length >= law.Index).Select(n => Names.WithoutPeriod(n.Name)).FirstOrDefault();
            return Draft.Of(Law, Enacted, 0.8, (Name, name ?? law.Value.Trim()), (Date, date), (Kind, "law"));
        }

        return null;
    }

    /// <summary>"Approved by Government Decision", "adopted by a presidential decree": an adoption by a kind of act, and no law named in the sentence.</summary>
    private static bool AdoptedByBareInstrument(string text) =>
        ByInstrument().Match(text) is { Success: true } match
        && BareInstrument().IsMatch(match.Groups["law"].Value)
        && !TitleAfter().IsMatch(text.AsSpan(match.Groups["law"].Index + match.Groups["law"].Length))
        && Names.Laws(text).All(n => BareInstrument().IsMatch(n.Name));

    /// <summary>
    /// A titled law the subject of a change to the hazardous-work list: "Cabinet Resolution No. 212 updated the list of heavy and
    /// harmful work prohibited to minors", "Decree No. 4, as revised, expanded its list of hazardous jobs". The law is amended.
    /// </summary>
    private static Draft? TitledLawUpdatesList(string text, int? year)
    {
        if (!HazardList().IsMatch(text))
        {
            return null;
        }

        foreach (var (name, index, length) in Names.Laws(text))
        {
            var change = ListChange().Match(text, index + length);
            if (change.Success && change.Index == index + length && Clauses.IsAffirmed(text, change.Groups["verb"].Index))
            {
                var verb = HeadlessVerbFor(text, change.Groups["verb"]);
                return Draft.Of(Law, Amended, 0.8, (Name, Names.WithoutPeriod(name)), (Date, StepDate(text, verb, 80, year, Amended, Names.WithoutPeriod(name))), (Kind, "law"));
            }
        }

        return null;
    }

    private static Match HeadlessVerbFor(string text, Group verb) => ListVerb().Match(text, verb.Index, verb.Length);

    private static IEnumerable<Draft> PerName(string text, List<(string Name, int Index, int Length)> names, RuleContext context)
    {
        var amends = AmendedVerb().IsMatch(text);
        var drafting = Clauses.FirstAffirmed(text, DraftedVerb()) is not null;
        var verbs = Actions
            .SelectMany((a, priority) => Clauses.Affirmed(text, a.Pattern).Select(m => (a.Action, Verb: m, Priority: priority)))
            .Where(v => !(v.Action == Enacted && amends))
            // "Amendments to the … Act and the … Bill are still under consideration": the amendments are a draft too.
            .Where(v => !(v.Action == Amended && drafting))
            .Where(v => !StatesNoEvent(text, v.Verb, context.Document.Year))
            .ToList();
        foreach (var (name, index, length) in names.DistinctBy(n => Names.WithoutPeriod(n.Name), StringComparer.OrdinalIgnoreCase))
        {
            var end = index + length;
            if (Replacement(text, index, end) is { } replaced)
            {
                // "repealed and replaced with the Crimes Act", "replaced the Juvenile Ordinance with the Children's Act":
                // the law named after "with" or "by" is the new one, the one "replaced" acts on is the old one.
                yield return Draft.Of(Law, replaced.Action, 0.8, (Name, Names.WithoutPeriod(name)), (Date, StepDate(text, replaced.Verb, 80, context.Document.Year, replaced.Action, Names.WithoutPeriod(name))), (Kind, "law"));
                continue;
            }

            var governing = verbs
                .Select(v => (v.Action, v.Verb, v.Priority, Distance: v.Verb.Index >= end ? v.Verb.Index - end : v.Verb.Index + v.Verb.Length <= index ? index - (v.Verb.Index + v.Verb.Length) : 0))
                .Where(v => v.Distance <= 140)
                .OrderBy(v => v.Distance + (Clauses.IsSubordinate(text, v.Verb.Index) ? 60 : 0))
                .ThenBy(v => v.Priority)
                .FirstOrDefault();
            if (governing.Verb is null)
            {
                continue;
            }

            var bare = Names.WithoutPeriod(name);
            var date = StepDate(text, governing.Verb, 80, context.Document.Year, governing.Action, bare);
            var action = (governing.Action == Enacted && (PassedInOneChamber(text, governing.Verb, context) || ApprovedByExecutive(text, governing.Verb, bare)))
                || (governing.Action == Amended && AwaitsApprovalAfter(text, governing.Verb))
                || (governing.Action is Enacted or Amended && PassedOnlyInReading(text))
                ? Drafted : governing.Action;
            yield return Draft.Of(Law, action, 0.85, (Name, bare), (Date, date), (Kind, AgreementNoun().IsMatch(bare) ? "agreement" : "law"));
        }
    }

    /// <summary>
    /// The verb tells no event of the year: a law cited "as amended in 2009", a step put in the future ("After it is adopted by
    /// Parliament, …"), or an amendment of a plan ("the framework was amended to reflect …") whatever law the sentence cites.
    /// </summary>
    private static bool StatesNoEvent(string text, Match verb, int? year) =>
        CitedAmendment(text, verb, year) || FutureCondition().IsMatch(text.AsSpan(0, verb.Index)) || PlanSubject().IsMatch(text.AsSpan(0, verb.Index));

    /// <summary>
    /// "passed in first reading a bill amending the Code …", "approved the bill at its second reading": a bill voted through an
    /// early reading is still a bill, whatever its verb or the law it would amend. A final or third reading, or a signature or
    /// promulgation in the same sentence, makes it law.
    /// </summary>
    private static bool PassedOnlyInReading(string text) =>
        EarlyReading().IsMatch(text) && !FinalReading().IsMatch(text) && !IntoLaw().IsMatch(text);

    /// <summary>The rest of the sentence says the revision still waits for approval: a draft, not an amendment made.</summary>
    private static bool AwaitsApprovalAfter(string text, Match verb) => AwaitsApproval().IsMatch(text.AsSpan(verb.Index + verb.Length));

    /// <summary>"as amended in 2009": the law's text as it stands, cited for what it provides, when the amendment is older than the year.</summary>
    private static bool CitedAmendment(string text, Match verb, int? year) =>
        verb.Value.StartsWith("amended", StringComparison.OrdinalIgnoreCase)
        && AsParticiple().IsMatch(text.AsSpan(0, verb.Index))
        && year is { } y
        && Background.YearOf(StepDate(text, verb, 30, null)) is { } amended
        && amended < y;

    /// <summary>
    /// The date of a law's step, never a year that is part of a law's title: "In 2025, the Penal Ordinance of 1961 was repealed"
    /// is dated 2025, and "the Crimes Act 2013 was amended" has no date, not 2013 (read as the step's date, the title's year
    /// would make an amendment of the year the law's history). When nothing else dates the step, the law's own title year dates
    /// its making (enacted, signed, drafted: "passed the Education Amendment Act 2024" was passed in 2024), and any title year of
    /// the reporting year or later is kept ("repealed the Child Act 2025"): it cannot turn the step into history.
    /// </summary>
    private static string? StepDate(string text, Match verb, int reach, int? year, string? action = null, string? name = null, bool eventOnly = true)
    {
        var untitled = WithoutTitleYears(text);
        var date = eventOnly ? Clauses.EventDateOf(untitled, verb, reach) : Clauses.DateOf(untitled, verb, reach);
        if (date is not null || ReferenceEquals(untitled, text))
        {
            return date?.Iso;
        }

        if (action is Enacted or Signed or Drafted && name is not null && OwnTitleYear(text, name) is { } own)
        {
            return own;
        }

        var titled = (eventOnly ? Clauses.EventDateOf(text, verb, reach) : Clauses.DateOf(text, verb, reach))?.Iso;
        return year is { } y && Background.YearOf(titled) >= y ? titled : null;
    }

    /// <summary>
    /// The sentence with the years of law titles blanked out, positions kept: a year inside a title ("Crimes Act 2013", "Decree
    /// No. 12/2019") or right after one ("Penal Ordinance of 1961", "Children's Act (2025)", "the ordinance of 1961"). Amendments and
    /// changes are left alone: "the amendments of 2025" dates the amendment itself. The same string when no title holds a year.
    /// </summary>
    private static string WithoutTitleYears(string text)
    {
        var titles = Names.Laws(text).Select(n => (n.Index, End: n.Index + n.Length))
            .Concat(LawNoun().Matches(text).Where(m => !Changes().IsMatch(m.Value)).Select(m => (m.Index, End: m.Index + m.Length)));
        char[]? chars = null;
        foreach (var (start, end) in titles)
        {
            var after = TitleYearAfter().Match(text, end);
            var to = after.Success ? after.Index + after.Length : end;
            foreach (Match year in YearDigits().Matches(text, start))
            {
                if (year.Index + year.Length > to)
                {
                    break;
                }

                chars ??= text.ToCharArray();
                Array.Fill(chars, '#', year.Index, year.Length);
            }
        }

        return chars is null ? text : new string(chars);
    }

    /// <summary>The year in or right after this law's title ("Crimes Act 2013", "Employment Bill of 2012"), if it has one.</summary>
    private static string? OwnTitleYear(string text, string name)
    {
        var at = text.IndexOf(name, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var after = TitleYearAfter().Match(text, at + name.Length);
        var end = after.Success ? after.Index + after.Length : at + name.Length;
        var year = YearDigits().Match(text, at);
        return year.Success && year.Index + year.Length <= end ? year.Value : null;
    }

    [GeneratedRegex(@"\G(?:\s+of\s+|\s*\(\s*)(?:19|20)\d{2}\b")]
    private static partial Regex TitleYearAfter();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex YearDigits();

    [GeneratedRegex(@"^(?:amendments?|Amendments?)$")]
    private static partial Regex Changes();

    /// <summary>
    /// The law's part in a replacement: enacted when it follows "replaced with" or "replaced by", repealed when it is
    /// what "replaced" acts on ("replaced the Juvenile Ordinance with …"); null when the sentence replaces nothing.
    /// </summary>
    private static (string Action, Match Verb)? Replacement(string text, int index, int end)
    {
        if (ReplacedWith().Match(text[..index]) is { Success: true } by)
        {
            return (Enacted, by);
        }

        return ReplacedObject().Match(text[..index]) is { Success: true } replaced && ReplacedWithAfter().IsMatch(text.AsSpan(end))
            ? (Repealed, replaced)
            : null;
    }

    // "… was replaced with the Crimes Act", "replaced the Ordinance of 1961 by a new Children's Act": the name that follows is the new law.
    [GeneratedRegex(@"\b(?:replaced|superseded)\b(?:\s+(?:the|a|an|its|their)?\s*[^.;]{0,80}?)?\s(?:with|by)\s+(?:(?:the|a|an|its|new|revised|updated)\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReplacedWith();

    [GeneratedRegex(@"\b(?:replaced|superseded)\s+(?:(?:the|its|their|an?)\s+)?(?:old\s+|former\s+|outdated\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReplacedObject();

    [GeneratedRegex(@"^[^.;]{0,60}?\s(?:with|by)\s", RegexOptions.IgnoreCase)]
    private static partial Regex ReplacedWithAfter();

    /// <summary>How far the verb is from the law: from the noun, or from the first word of the title the noun ends.</summary>
    private static int Reach(string text, Match noun, Match verb, List<(string Name, int Index, int Length)> names)
    {
        var distance = Math.Abs(noun.Index - verb.Index);
        var verbEnd = verb.Index + verb.Length;
        foreach (var (_, index, length) in names)
        {
            if (index <= noun.Index && noun.Index < index + length && index >= verbEnd && ObjectGap().IsMatch(text.AsSpan(verbEnd, index - verbEnd)))
            {
                // The title is the verb's object.
                distance = Math.Min(distance, index - verbEnd);
            }
        }

        return distance;
    }

    /// <summary>
    /// A bill passed by one chamber ("the National Assembly passed a bill entitled …", "passed the … Act") when a sentence after it
    /// says "the Senate had not approved the bill" or "the bills are pending passage in the Senate": still a draft.
    /// </summary>
    private static bool PassedInOneChamber(string text, Match verb, RuleContext context) =>
        context.NextTellsBillPending && PassVerb().IsMatch(verb.Value) && !IntoLaw().IsMatch(text);

    /// <summary>
    /// A bill a cabinet or council of ministers approved ("the provincial cabinet approved the … Bill 2025"): the government's
    /// draft on its way to the legislature, not yet law.
    /// </summary>
    private static bool ApprovedByExecutive(string text, Match verb, string? name) =>
        ApproveVerb().IsMatch(verb.Value)
        && Executive().IsMatch(text.AsSpan(Math.Max(0, verb.Index - 60), Math.Min(60, verb.Index)))
        && (name is not null ? BillTitle().IsMatch(name) : BillObject().IsMatch(text.AsSpan(verb.Index + verb.Length)));

    /// <summary>
    /// An order of a head of government, a minister or an army command, a decree by another name: issued in the reporting
    /// year or later ("the Prime Minister issued an order …", "issued a general staff order stating …", "a March 2025 order
    /// from the President declared …"), or in force that year ("A general command order barring … remained in effect").
    /// An order issued before the year is the order's history; a court's order is a judgment, not a law.
    /// </summary>
    private static Draft? AuthorityOrder(string text, int? year)
    {
        if (StandingOrder().Match(text) is { Success: true } standing && Clauses.IsAffirmed(text, standing.Groups["verb"].Index) && !MoratoriumRule.Mentions(text))
        {
            return Draft.Of(Law, Enacted, 0.75, (Name, standing.Groups["law"].Value.Trim()), (Kind, "law"));
        }

        foreach (var pattern in new[] { IssuedOrder(), OrderActs() })
        {
            var match = pattern.Match(text);
            if (!match.Success || !Clauses.IsAffirmed(text, match.Groups["verb"].Index) || CourtBefore().IsMatch(text.AsSpan(0, match.Index)))
            {
                continue;
            }

            var law = match.Groups["law"];
            var date = ReportDates.FindDates(text)
                .Where(d => Math.Abs(d.Index - law.Index) <= 60 || (d.Index > match.Groups["verb"].Index && d.Index - match.Groups["verb"].Index <= 30))
                .Select(d => d.Iso)
                .FirstOrDefault();
            if (year is { } y && Background.YearOf(date) is { } when && when < y)
            {
                continue;
            }

            return Draft.Of(Law, Enacted, 0.75, (Name, law.Value.Trim()), (Date, date), (Kind, "law"));
        }

        return null;
    }

    /// <summary>
    /// A list of the hazardous work barred to children that is drafted, being finalised or still under review, and that the
    /// sentence does not say was adopted: "has drafted a list to define the types of hazardous work …, but this list was not
    /// approved", "has not yet codified a list of harmful tasks …, but was finalizing the draft". A ministry's list is a law
    /// (statement-labels.md), so this is a law <c>drafted</c>. A list only said to be missing ("has not developed a list") has no
    /// draft to tell of, and one adopted in the sentence is left to the enactment reading. A sentence that names a law by its title
    /// ("the list in Decree No. 5 is under review") is left to the reading by name, which keeps the title.
    /// </summary>
    private static Draft? UnadoptedHazardList(string text)
    {
        if (!HazardList().IsMatch(text) || Names.Laws(text).Any() || Clauses.FirstAffirmed(text, ListDraftCue()) is not { } cue
            || (Clauses.FirstAffirmed(text, ListAdopted()) is not null && !ValidatedNotInForce().IsMatch(text)))
        {
            return null;
        }

        return Draft.Of(Law, Drafted, 0.75, (Date, Clauses.EventDateOf(text, cue, 60)?.Iso), (Kind, "law"));
    }

    /// <summary>
    /// A law's title written without its head noun, after a verb only laws take: "the province enacted the Northern Prohibition of
    /// Child Employment, which …". Only in a sentence with no law noun at all; a chamber ("the bill passed the National Assembly"),
    /// an examination, or a plan's or programme's name is not a law.
    /// </summary>
    private static Draft? HeadlessTitle(string text, int? year)
    {
        if (HeadlessEnactment().Match(text) is not { Success: true } match
            || !Clauses.IsAffirmed(text, match.Index)
            || NotALaw().IsMatch(match.Groups["name"].Value)
            || ActionPlanRule.IsPlanName(match.Groups["name"].Value))
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        var verb = match.Groups["verb"];
        var date = StepDate(text, HeadlessVerb().Match(text, verb.Index, verb.Length), 80, year, Enacted, name);
        return Draft.Of(Law, Enacted, 0.7, (Name, name), (Date, date), (Kind, "law"));
    }

    // At least three capitalised words, small words between them, ended by punctuation or a clause word.
    [GeneratedRegex(@"\b(?<verb>(?i:enacted|passed))\s+the\s+(?<name>(?:[A-Z][\w’'\-]*\s+(?:(?:of|on|for|in|to|and|the|at|from|against|with)\s+)*){2,9}[A-Z][\w’'\-]*)(?=\s*[,;.(]|\s+(?:which|that|in|on|into|during|last|this)\b|\s*$)")]
    private static partial Regex HeadlessEnactment();

    [GeneratedRegex(@"enacted|passed", RegexOptions.IgnoreCase)]
    private static partial Regex HeadlessVerb();

    [GeneratedRegex(@"\b(?:Senate|Assembly|Parliament|House|Chamber|Council|Congress|Majlis|Committee|Commission|Examinations?|Exams?|Tests?|Budget|Programm?e?s?|Project|Campaign|Initiative)$")]
    private static partial Regex NotALaw();

    /// <summary>
    /// A list of the hazardous work barred to children adopted, issued, announced or published, however the sentence names the
    /// work ("announced a list of 29 jobs and working conditions prohibited to children", "a list of the tasks harmful to children
    /// was published"): a law enacted. The verb must act on the list itself; a sentence that also tells a draft, or names a law by
    /// its title, is left to the other readings.
    /// </summary>
    private static Draft? AdoptedHazardList(string text, int? year)
    {
        if (!HazardList().IsMatch(text) || Names.Laws(text).Any() || Clauses.FirstAffirmed(text, ListDraftCue()) is not null || Clauses.FirstAffirmed(text, ListMade()) is not { } made)
        {
            return null;
        }

        return Draft.Of(Law, Enacted, 0.75, (Date, StepDate(text, made, 80, year, Enacted)), (Kind, "law"));
    }

    // "announced the adoption of a list", "issued its new list", "the list … was published".
    [GeneratedRegex(@"\b(?:announced|adopted|issued|published|released|approved|enacted|promulgated|gazetted)\s+(?:the\s+adoption\s+of\s+)?(?:a|an|the|its|their)\s+(?:(?:new|revised|updated|official|first|national|hazardous|dangerous|work|occupations?|jobs?|activities)\s+)*list\b|\blists?\b[^.;]{0,120}?\b(?:was|were|has\s+been|had\s+been)\s+(?:formally\s+|officially\s+)?(?:adopted|approved|issued|published|released|enacted|gazetted|promulgated)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListMade();

    // "a list of hazardous work", "a list to define the types of work injurious to children", "the hazardous work list".
    [GeneratedRegex(@"\blists?\b(?=[^.;]{0,90}?\b(?:hazardous|dangerous|injurious|harmful|unsuitable|(?:prohibited|forbidden|barred)\s+(?:to|for)\s+(?:children|minors|persons\s+under|young))\b)|\b(?:hazardous|dangerous)\s+(?:work|occupations?|jobs?|activities|labou?r)\s+lists?\b", RegexOptions.IgnoreCase)]
    private static partial Regex HazardList();

    // What says the list exists only as a draft: drafting it, finalising it, the draft itself, a review it is waiting for.
    // "finalized", "updated" and "revised" are left out: they can tell a list completed; "is updating" and "was revising" cannot.
    [GeneratedRegex(@"\b(?:draft(?:ed|ing)\b|finali[sz]ing\b|(?:is|are|was|were|began|begun|started|continued)\s+(?:still\s+|currently\s+)?(?:updating|revising|reviewing)\b|(?:is|are|was|were)\s+being\s+(?:finali[sz]ed|drafted|developed|prepared|reviewed)\b|in\s+draft\b|(?:the|a|its)\s+draft\b|draft\s+lists?\b|under\s+(?:review|revision|development|consideration)\b|pending\s+(?:review|approval|adoption|validation)\b|circulated\b[^.;]{0,80}\bfor\s+(?:consultation|comments?)\b|(?:has|have|had|was|were)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:finali[sz]ed|adopted|approved|issued|published)\b|(?:has|have|had|is|are|was|were)\s+(?:still\s+)?yet\s+to\s+(?:be\s+)?(?:approv|adopt|finali[sz]|validat)\w*|(?:was|were|is|are|remained|remains)\s+(?:still\s+)?awaiting\s+(?:the\s+)?(?:[\w’']+\s+){0,2}(?:signature|approval|adoption|endorsement|validation|publication)\b|" + ValidatedUnpublished + @")", RegexOptions.IgnoreCase)]
    private static partial Regex ListDraftCue();

    // "were validated by the tripartite committee in 2021 but have not been published": agreed on, but not yet law.
    private const string ValidatedUnpublished = @"(?:validated|finali[sz]ed|approved\s+by\s+(?:the\s+|a\s+)?(?:[\w\-]+\s+){0,3}(?:committee|commission|working\s+group|task\s+force))\b[^.;]{0,80}?\bbut\s+(?:has|have|had|was|were|is|are)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:been\s+)?(?:published|adopted|approved|signed|gazetted|issued|enacted|promulgated)\b";

    [GeneratedRegex(ValidatedUnpublished, RegexOptions.IgnoreCase)]
    private static partial Regex ValidatedNotInForce();

    // An adoption told in the same sentence ("drafted and adopted a list"): the list is in force, not a draft.
    [GeneratedRegex(@"\b(?:adopted|approved|issued|published|released|announced|enacted|signed|codified|validated|promulgated|gazetted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListAdopted();

    private static readonly (string Action, Regex Pattern)[] Actions =
    [
        (Drafted, DraftedVerb()),
        (Signed, SignedVerb()),
        (Enacted, EnactedVerb()),
        (Amended, AmendedVerb()),
        (EnteredIntoForce, InForceVerb()),
        (Repealed, RepealedVerb()),
    ];

    // Capitalised plurals too: a sentence may open with them ("Bills on juvenile justice were under review …").
    [GeneratedRegex(@"\b(?:laws?|Laws?|Decrees?|decrees?|Code|codes?|Act|Rules|Resolutions?|Decisions?|decision|Ordinances?|ordinances?|[Cc]irculars?|Notifications?|Regulations?|regulations|Constitution|constitution|bills?|Bills?|legislation|amendments?|Amendments?|statute|Memorandum|memorand(?:um|a|ums)|MoU|[Aa]greements?|protocols?|Letter of Intent|treaty|Treaty|[Bb]ylaws?|(?:hazardous (?:work|occupations?|jobs?|activities) )?list(?= of (?:\d+ )?hazardous)|[Dd]irectives?|[Pp]ublic [Nn]otices?|(?<=\b(?:Statutory|Executive|Legislative)\s)Instruments?|implementing (?:rules|regulations)|hazardous (?:work|occupations?|jobs?|activities) list)\b")]
    private static partial Regex LawNoun();

    // A noun used as a modifier: "labor law violations", "law enforcement", "a decision-making body"; or a word of a body's
    // name: "the Senate's Constitution, Justice, and Citizenship Committee" is a committee, not the Constitution.
    [GeneratedRegex(@"^(?:\s+(?:violations?|enforcement|enforcers?|students?|schools?|firms?|officers?|makers?|making)\b|\s+(?:\w+\s+){0,2}?(?:to|on|for)\s+(?:the\s+)?(?:ratif\w*|accession|acced\w*)|\s+(?:authori[sz]ing|approving)\s+(?:[\w’']+\s+){0,2}(?:ratif\w*|accession|acced\w*)|-|,?\s+(?-i:(?:[A-Z][\w’']*,?\s+(?:and\s+)?){0,4}(?:Committee|Commission)\b))", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ModifierAfter();

    [GeneratedRegex(@"\bonce\s+(?:[\w\-’'()]+\s+){0,8}?(?:had|has|have|is|are|was|were)\s+(?:been\s+)?$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex OnceCondition();

    // "charged under the newly amended anti-trafficking law", "as specified in Juvenile Law No. 5": the law is cited, not acted on.
    // "Under Article 301 of the Labor Code": an article cited from the law.
    [GeneratedRegex(@"^\s*(?i:Articles?|Sections?|Paragraphs?)\s+[\w\-.,]{1,20}(?:\s+and\s+[\w\-.,]{1,20})?\s+of\s+(?:the\s+)?(?:[A-Z][\w’']*\s+){0,4}$|\b(?i:under|in accordance with|pursuant to|according to|in line with|in compliance with|violat\w+|enforce|enforcing|enforcement of|as\s+(?:specified|defined|provided(?:\s+for)?|set\s+out|required|stipulated)\s+(?:in|by|under))\s+(?:(?i:Articles?|Sections?|Chapters?|Paragraphs?)\s+[\w\-.,\s]{1,30}?\s+of\s+)?(?:(?:the|a|an|its|their|[A-Z][\w’']*|\w+an|\w+ish|new|newly|recently|amended|revised|existing|current|national|labou?r|child|criminal|civil|trafficking|in|persons|[a-z]+-[a-z][\w\-]*)\s+){0,4}$")]
    private static partial Regex CitedBefore();

    [GeneratedRegex(@"\bArticles?\s+[\w\-.,\s]{1,30}\s+of\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CitedArticle();

    [GeneratedRegex(@"^\s+(?:(?:a|an|the|its|their|two|three|several|new|revised|updated|comprehensive|national|\w+al|\w+ive|\w+ary|\w+ed|child|labou?r|trafficking|in|persons|[a-z]+-[a-z][\w\-]*|[A-Z][\w’'\-]*)\s+){0,5}$")]
    private static partial Regex ObjectGap();

    [GeneratedRegex(@"^\s*(?:\(\w+\)\s*)?(?:(?:was|were|has been|have been|had been|is|are|being)\s+)?(?:\w+ly\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectGap();

    [GeneratedRegex(@"\bto\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Infinitive();

    // The drafting match starts with its verb ("draft legislation"), not with the law it tells of ("amendments … were proposed").
    [GeneratedRegex(@"^(?:draft|develop|prepar|introduc|finali|began|begun|started|continued|sent|forwarded|referred|submitted)", RegexOptions.IgnoreCase)]
    private static partial Regex DraftingVerbFirst();

    [GeneratedRegex(@"\b(?:until|unless|once|before|whenever|if)\b[^,;.()]{0,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericCondition();

    // "After it is adopted by Parliament, …", "once the bill has been passed": a step the sentence puts in the future.
    [GeneratedRegex(@"\b(?:after|once|when|until|before|if)\s+(?:it|they|(?:this|these|the)\s+(?:[\w\-]+\s+){0,2}?(?:law|bill|act|code|decree|legislation|amendments?))\s+(?:is|are|has been|have been)\s+(?:\w+ly\s+)?$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex FutureCondition();

    [GeneratedRegex(@"\bas\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AsParticiple();

    // "the framework was amended to reflect …": what was amended is a plan, whatever law the sentence cites after it.
    [GeneratedRegex(@"\b(?:the|this|its|that)\s+(?:(?:national|new|updated)\s+)?(?:framework|plan|strategy|policy|programme|program|road ?map|action plan)\s+(?:was|were|has been|had been|is|have been)\s+(?:\w+ly\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PlanSubject();

    [GeneratedRegex(@"^(?!.*ed$)\w+(?:s|es)$", RegexOptions.IgnoreCase)]
    private static partial Regex PresentTense();

    [GeneratedRegex(@"^(?:pass(?:ed|es)|approv(?:ed|es))$", RegexOptions.IgnoreCase)]
    private static partial Regex PassVerb();

    [GeneratedRegex(@"^approv(?:ed|es)$", RegexOptions.IgnoreCase)]
    private static partial Regex ApproveVerb();

    [GeneratedRegex(@"^endors", RegexOptions.IgnoreCase)]
    private static partial Regex Endorsement();

    [GeneratedRegex(@"\b(?:cabinet|council of ministers)(?:'s|’s)?\b[^.;]{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex Executive();

    [GeneratedRegex(@"\bBill\b(?:\s+(?:of\s+)?(?:19|20)\d{2})?$")]
    private static partial Regex BillTitle();

    [GeneratedRegex(@"^\s+(?:(?:a|an|the|its|two|new)\s+)?(?:\w+\s+){0,2}?bills?\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex BillObject();

    // "directed the Ministry of Justice to draft an amendment": a draft the government began, not a standing mandate.
    [GeneratedRegex(@"\b(?:directed|instructed|ordered|tasked|commissioned|requested|asked|charged)\s+(?:(?:the|a|an|its)\s+)?(?:[A-Z][\w’'\-]*\s+|(?:of|and|for)\s+){1,8}to\s+$")]
    private static partial Regex Directive();

    // "must endorse laws passed by …", "shall be adopted": an obligation in the same clause before the verb.
    [GeneratedRegex(@"\b(?:must|shall|should|needs?\s+to|ha(?:s|ve)\s+to|(?:is|are)\s+required\s+to)\b[^.;,]{0,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex Obligation();

    private const string OrderHead = @"(?:(?:general|staff|command|executive|presidential|ministerial|prime[\s-]+ministerial|military|government|cabinet|administrative)\s+)*orders?";

    [GeneratedRegex(@"\b(?<verb>issued|signed|promulgated)\s+(?:(?:a|an|the|new|two|three|several)\s+)?(?<law>(?:(?!(?:arrest|detention|release|closure|protection|restraining|court|removal|deportation|gag|purchase|work|stop|an?|the)\b)[a-z]+\s+){0,2}" + OrderHead + @")\b(?!\s+(?:for|on)\s+(?:the\s+)?(?:arrest|detention|release|closure)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex IssuedOrder();

    [GeneratedRegex(@"\b(?<law>" + OrderHead + @")\s+(?:from|of|by|issued by)\s+the\s+(?:[A-Z][\w’'\-]*\s+){0,3}(?:Prime\s+Minister|President|Minister|Cabinet|Council\s+of\s+Ministers|Government|Ministry|Army|Command|Chief\s+of\s+(?:General\s+)?Staff)\b[^.;]{0,40}?\b(?<verb>declared|designated|prohibited|barred|banned|required|established|created|incorporated|ordered|directed|made)\b")]
    private static partial Regex OrderActs();

    [GeneratedRegex(@"^(?:[^,.;]{0,40},\s+)?(?:A|An|The)\s+(?<law>(?:(?:general|staff|command|executive|presidential|ministerial|military|government|cabinet|administrative)\s+)+order|(?:[A-Z][\w’'\-]*\s+){1,5}(?:Order|Decree)(?:\s+No\.?\s*[\w\-/]*\d[\w\-/]*)?)\b[^.;]{0,140}?\b(?<verb>remain(?:ed|s))\s+in\s+(?:effect|force)\b")]
    private static partial Regex StandingOrder();

    [GeneratedRegex(@"\b(?:court|courts|judge|judges|tribunal)\b[^.;]{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex CourtBefore();

    [GeneratedRegex(@"\b(?:into law|signed|assent|promulgat\w*|enacted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IntoLaw();

    // "passed in first reading", "adopted at the second reading", "approved on first reading".
    [GeneratedRegex(@"\b(?:pass(?:ed|es)|approv(?:ed|es)|adopt(?:ed|s)|vot(?:ed|es)|endors(?:ed|es)|supported)\s+(?:(?:\w+\s+){0,8}?)(?:in|at|on)\s+(?:(?:the|its|a)\s+)?(?:first|second|1st|2nd)\s+reading\b|\b(?:passed|completed|had|received)\s+(?:its|the|a)\s+(?:first|second|1st|2nd)\s+reading\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex EarlyReading();

    [GeneratedRegex(@"\b(?:third|final|last|3rd)\s+reading\b", RegexOptions.IgnoreCase)]
    private static partial Regex FinalReading();

    /// <summary>A sentence saying a bill still waits for the other chamber: "the Senate had not approved the bill", "the bills are pending passage in the Senate".</summary>
    public static bool TellsBillPending(string text) => BillPending().IsMatch(text);

    [GeneratedRegex(@"\bneither\s+of\s+(?:these|the|those)\s+(?:two\s+)?(?:bills|drafts)\b[^.;]{0,20}?\b(?:had|has|have|was|were)\s+(?:yet\s+)?(?:been\s+)?(?:enacted|passed|adopted|signed)|\b(?:bills?|draft law)\b[^.;]{0,40}?\b(?:had|has|have)\s+not\s+(?:yet\s+)?been\s+(?:enacted|passed|adopted|signed)|\b(?:Senate|upper house|lower house|upper chamber|other chamber|second chamber)\b[^.;]{0,40}?\b(?:must|had not|has not|have not|did not|was yet to|is yet to|has yet to)\s+(?:yet\s+)?(?:approve|pass|vote|adopt|consider)|\b(?:bills?|law|legislation|code)\b[^.;]{0,40}?\b(?:is|are|was|were|remain(?:s|ed)?)\s+(?:still\s+)?(?:pending|awaiting)\s+(?:passage|approval|adoption|ratification|a vote)?\s*(?:in|by|before)\s+(?:the\s+)?(?:Senate|upper house|lower house|upper chamber|other chamber|second chamber)", RegexOptions.IgnoreCase)]
    private static partial Regex BillPending();

    // "the Senate's Justice Committee approved a bill", "approved by the Education Committee": a committee's vote is a step of a bill.
    [GeneratedRegex(@"(?-i:Committee)\s+(?:also\s+)?approved\b|\bapproved\s+by\s+(?:the\s+)?(?:[\w’',]+\s+(?:and\s+)?){0,5}?(?-i:Committee)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CommitteeStep();

    // "the bill awaits approval from the Chamber of Deputies": not law yet.
    [GeneratedRegex(@"\b(?:bill|law|legislation)\b[^.]{0,30}?\bawaits?\s+(?:(?:final|further)\s+)?(?:approval|passage|adoption|a\s+(?:final\s+)?vote)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BillAwaits();

    // "drafted and endorsed by the Prime Minister's cabinet": the government's draft, on its way to parliament.
    [GeneratedRegex(@"\b(?:endorsed|approved)\s+by\s+(?:the\s+)?(?:[\w’']+\s+){0,3}(?:cabinet|council of ministers)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExecutiveStep();

    // "the Senate approved draft legislation that would …": one step of a bill, still a draft.
    [GeneratedRegex(@"^\s+(?:(?:a|an|the)\s+)?(?:new\s+)?draft\b", RegexOptions.IgnoreCase)]
    private static partial Regex DraftObject();

    // "draft legislation approved by the Senate in 2016", "the draft law, which was passed by the lower house": the approval is one step of a draft.
    [GeneratedRegex(@"\bdraft\s+(?:legislation|laws?|bills?|amendments?|codes?)\s*,?\s+(?:(?:that|which)\s+)?(?:(?:was|were|had been|has been)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DraftSubject();

    // A title and nothing else: capitalised words, numbers, small words, a period in brackets, a table mark; no full stop closing a clause.
    [GeneratedRegex(@"^(?:[A-Z“""(][\w’'\-–—().,“”""/]*|\d[\w\-/.,]*|of|on|the|and|in|for|to|against|with|by|at|from|a|an)(?:\s+(?:[A-Z“""(][\w’'\-–—().,“”""/]*|\d[\w\-/.,]*|of|on|the|and|in|for|to|against|with|by|at|from|a|an))*\s*[†‡*]*$")]
    private static partial Regex LawTitleRow();

    [GeneratedRegex(@"\b(?:the|this|that)\s+(?:(?:draft|proposed|new|revised)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Definite();

    [GeneratedRegex(@"^(?:bill|law|legislation|amendments?)$")]
    private static partial Regex BareLawNoun();

    // "The Education Act, which was drafted in 2016": the law told as drafted, in the passive.
    [GeneratedRegex(@"\b(?:was|were|had been)\s+(?:written|drafted)$", RegexOptions.IgnoreCase)]
    private static partial Regex PassiveDrafted();

    // "The changes were approved by Parliament": the sentence's law is the one the previous sentence named.
    [GeneratedRegex(@"^(?:The|These|This|Those)\s+(?<noun>changes|amendments|bills?|draft(?: laws?)?|draft legislation|revisions|legislation)\s+(?:was|were|has been|have been)\s+(?:\w+ly\s+)?(?<verb>approved|adopted|passed|signed(?: into law)?|enacted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Coreference();

    // "The amendments take effect on …", "These changes will enter into force in 2026", "The new law came into effect in March":
    // a sentence whose subject is only a law noun tells the previous sentence's law coming into force.
    [GeneratedRegex(@"^(?:It|Its\s+(?:main\s+|key\s+|new\s+)?(?<noun>provisions|rules)|(?:The|These|This|Those|Both)\s+(?:new\s+|revised\s+)?(?<noun>changes|amendments|amended\s+provisions|provisions|revisions|law|laws|legislation|decree|rules|regulations|code|act))\s+(?:will\s+|shall\s+|would\s+|are\s+to\s+|is\s+to\s+|(?:is|are|was|were)\s+(?:scheduled|due|expected|set)\s+to\s+)?(?<verb>(?:take|takes|took)\s+effect|(?:enter|enters|entered|come|comes|came|go|goes|went)\s+into\s+(?:force|effect)|become\s+effective|became\s+effective|becomes\s+effective)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForceCoreference();

    // "revoked its 2019 Order on Student Labor Brigades", "rescinded Order No. 14": an order with a title or number.
    [GeneratedRegex(@"\b(?:" + RepealWords + @"|cancell?ed|set\s+aside|withdr(?:ew|awn))\s+(?:(?:its|their|the|an?)\s+)?(?:(?:19|20)\d{2}\s+)?(?<law>(?:[A-Z][\w’'\-]*\s+){0,3}(?:Order|Circular|Directive|Instruction)\s+(?:No\.?\s*[\w\-/]*\d[\w\-/]*|(?:on|of)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:(?:of|on|for|in|to|and|the|against)\s+)*[A-Z][\w’'\-]*)*))")]
    private static partial Regex RevokedOrder();

    // The verbs that end a law, shared by the general repeal reading and the titled-order one.
    private const string RepealWords = @"repeal(?:ed|s)|revok(?:ed|es)|annull?(?:ed|s)|rescind(?:ed|s)|abolished|quash(?:ed|es)|struck\s+down";

    // The verb right after a titled law that changes a list: "… No. 212 updated the list", "…, as amended, expanded its list".
    [GeneratedRegex(@"\G\s*(?:,[^,.;]{1,80},\s*)?(?<verb>" + ListVerbs + @")\s+(?:the|its|a)\s+(?:[\w\-]+\s+){0,2}?lists?\b", RegexOptions.None, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ListChange();

    [GeneratedRegex(ListVerbs)]
    private static partial Regex ListVerb();

    private const string ListVerbs = "updated|expanded|extended|revised|amended|supplemented";

    // "was applied for the first time", "were enforced for the first time": the law in force and acting.
    [GeneratedRegex(@"\b(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:applied|enforced|invoked|used|implemented)\s+for\s+the\s+first\s+time\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstApplied();

    // "Government Decision", "a presidential decree": the kind of act, with no number or title of its own.
    [GeneratedRegex(@"^(?:(?:a|an|the)\s+)?(?:[A-Za-z][\w’'\-]*\s+){0,3}?(?:Decree|decree|Resolution|resolution|Decision|Order|Ordinance|ordinance)$", RegexOptions.None, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex BareInstrument();

    [GeneratedRegex(@"^\s*(?:No\.?\s*\d|(?:on|of)\s+(?:the\s+)?[A-Z]|\d)")]
    private static partial Regex TitleAfter();

    private const string Instrument = @"(?<law>(?:[A-Z][\w’'\-]*\s+|(?:presidential|government|ministerial|cabinet|municipal|city|state|new|an?|the)\s+)*(?:Decree|decree|Resolution|resolution|Decision|Order|Ordinance|ordinance|Law)(?:\s+(?:No\.?\s*)?[\w\-/.]*\d[\w\-/]*)?)";

    [GeneratedRegex(@"\b(?i:created|established|set up|founded|formed|introduced|approved|adopted)\s+(?:(?:in|on)\s+[\w\s,]{1,25}?\s+)?(?:by|through|under|via)\s+(?:a\s+|an\s+|the\s+)?" + Instrument)]
    private static partial Regex ByInstrument();

    [GeneratedRegex(@"^(?:(?:In|On|By)\s+[\w\s,]{1,25}?,\s+)?(?:A|An|The)\s+(?:[\w,]+\s+){0,3}?" + Instrument + @"\s+(?:established|created|set up|introduced|expanded|increased|raised|abolished)\b", RegexOptions.None, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex InstrumentActs();

    // "By Cabinet Resolution No. 509 of 20 December 2025, the suspension was prolonged …": the sentence opens with the act that did it.
    [GeneratedRegex(@"^(?:(?:In|On)\s+[\w\s,]{1,25}?,\s+)?(?:By|Through)\s+(?:a\s+|an\s+|the\s+|its\s+)?" + Instrument + @"(?:\s+(?:of|dated)\s+[\w\s,]{1,25}?)?,\s")]
    private static partial Regex ByInstrumentOpening();

    // "Presidential Decree No. 44 of February 28, 2025, which …, provides that …", "Since May 15, 2025, Resolution No. 305 has
    // required …": a sentence whose subject is a numbered act dated in it, or in force since a date, tells that act made. The
    // number is required: "The decree of February 2025" is one the chapter has already named.
    [GeneratedRegex(@"^(?:(?:Since|From|As\s+of)\s+[\w\s,]{1,25}?,\s+)?(?:(?:A|An|The)\s+)?(?<law>(?:[A-Z][\w’'\-]*\s+|of\s+(?=[A-Z])){0,6}(?:Decree|Resolution|Decision|Order|Ordinance|Circular)\s+(?:No\.?\s*)?[\w\-/.]*\d[\w\-/]*)(?:\s+(?:of|dated)\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\s+(?:has|have)\s+\w+ed\b)")]
    private static partial Regex DatedInstrumentOpening();

    [GeneratedRegex(@"\b(?:published|issued|signed|promulgated)\s+(?:a\s+|an\s+|the\s+)?" + Instrument + @"(?:,?\s+(?:which\s+)?(?:establish|creat|set|introduc)\w*)")]
    private static partial Regex PublishedInstrument();

    [GeneratedRegex(@"^(?:[Dd]irectives?|[Pp]ublic [Nn]otices?)$")]
    private static partial Regex ExecutiveInstrument();

    [GeneratedRegex(@"^(?:Memorandum|memorand|MoU|[Aa]greement|protocol|Letter of Intent|treaty|Treaty)", RegexOptions.None)]
    private static partial Regex AgreementNoun();

    // "Ministerial Agreement 87-2025", "Governmental Agreement No. 12": in Latin American law an act of the executive, not a pact.
    [GeneratedRegex(@"\b(?:Ministerial|Governmental|Government|Executive|Presidential)\s+Agreement\s+(?:No\.?\s*)?\d")]
    private static partial Regex ActAgreement();

    [GeneratedRegex(@"\b(?:sign(?:ed|s)|signed into law)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SignedVerb();

    // "by enacting the … Act" acts too; "newly enacted laws" describes laws; "gave final approval for the … Act" enacts it; in
    // parliaments of the Westminster kind a bill becomes an act when "certified by the Speaker".
    [GeneratedRegex(@"(?<!\b(?:newly|recently|previously|already|duly)\s)\b(?:enact(?:ed|s)|adopt(?:ed|s)|pass(?:ed|es)|approv(?:ed|es)|endors(?:ed|es)|promulgat(?:ed|es)|issued|published|released|(?<=\bby\s)(?:enacting|adopting|passing|approving|issuing)|(?<=\bby\s+(?:drafting|preparing|developing|writing)\s+and\s+)(?:passing|adopting|enacting|approving)|gave\s+(?:its\s+|the\s+)?final\s+approval|certified\s+by\s+the\s+Speaker|assented\s+to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnactedVerb();

    // "revised the Labour Code; however, it has yet to be approved", "an amendment to the Code … was not approved":
    // a revision written but not in force is a draft, not an amendment made (an analyst would otherwise read a change in the law).
    [GeneratedRegex(@"\b(?:has|have|had|is|are|was|were)\s+(?:still\s+)?(?:yet\s+to\s+be|still\s+to\s+be|not(?:\s+yet)?(?:\s+been)?)\s+(?:formally\s+|officially\s+|fully\s+)?(?:approved|adopted|enacted|passed|signed|endorsed|promulgated|validated)\b|\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:awaiting|pending)\s+(?:final\s+|formal\s+)?(?:approval|adoption|enactment|passage|signature|promulgation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AwaitsApproval();

    // "The 18th Amendment to the Constitution devolves …" names an amendment; it does not amend anything this year.
    [GeneratedRegex(@"\b(?:amend(?:ed|s|ing)|modif(?:ied|ies)\s+(?:the|its)\s+(?=[A-Z])|(?:was|were|has\s+been|had\s+been)\s+changed\b|(?<!\b(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth|Twenty-\w+)\s)amendments? (?:made |adopted )?to|(?<!\b(?:a|an|the|its|their)\s)revis(?:ed|es))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AmendedVerb();

    [GeneratedRegex(@"\b(?:(?:came|come|comes|coming|entered|enters|entering|went|goes|go) into (?:force|effect)|took effect|takes effect|became effective|in force since|effective (?:from|as of)|(?:is|was|are|were)\s+due\s+to\s+(?:enter|come|go)\s+into\s+(?:force|effect))\b", RegexOptions.IgnoreCase)]
    private static partial Regex InForceVerb();

    // "declared Article 7 of Executive Decree 44-2019 unconstitutional": a court striking the law down.
    [GeneratedRegex(@"\b(?:" + RepealWords + @"|overturn(?:ed|s)|invalidated|declared\s+(?:[\w'’\-]+\s+){0,10}?unconstitutional|(?<=,\s)(?:repealing|revoking|rescinding|abolishing|annulling))\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex RepealedVerb();

    // "An Education (Amendment) Bill", "the Child Protection Bill": a bill by its title.
    [GeneratedRegex(@"\b(?:[A-Z][\w’'\-]*\s+(?:\([A-Z][\w ]{2,30}\)\s+)?(?:(?:of|on|for|and|the|against|in)\s+)*){1,8}Bill\b")]
    private static partial Regex TitledBill();

    // "sent the new Family Code to the National Assembly", "submitted a revised Labor Code to Parliament": a government's draft on its way to the legislature;
    // "a bill to … has been before Parliament since 2018": one still waiting there.
    [GeneratedRegex(@"\b(?:(?:began|begun|started|continued)\s+(?:to\s+)?(?:draft|develop|prepar|finali[sz])\w*|(?:draft(?:ed|ing)?|develop(?:ed|ing)|introduced(?!\s+by\b)|prepar(?:ed|ing)|finali[sz]ed)\s+(?:a\s+|an\s+|the\s+|new\s+|revised\s+|comprehensive\s+|draft\s+|more\s+)*(?:[\w\-]+\s+)?(?:law|bill|amendments?|decree|code|legislation|bylaws|by-laws?|regulations?|changes|revisions?|update|list|[A-Z]\w+ (?:Act|Code|Law|Bill))|(?:has\s+been|have\s+been|is|are|was|were)\s+(?:preparing|drafting)\s+(?-i:(?:[A-Z][\w’'\-]*\s+(?:(?:of|on|for|in|to|and|the)\s+|\([^)]{1,40}\)\s+)*){1,8}(?:Act|Code|Law|Bill|Rules|Regulations?))\b|(?:draft(?:ed|ing)?|prepar(?:ed|ing)|finali[sz]ed)\s+(?:(?:a|an|the)\s+(?:draft\s+)?|draft\s+)(?:[A-Z][\w’'\-]*\s+(?:(?:of|on|for|in|to|and|the)\s+|\([^)]{1,40}\)\s+)*){1,8}(?:Act|Code|Law|Bill|Rules|Regulations?)\b|(?:sent|forwarded|referred)\s+to\s+(?:the\s+)?(?:cabinet|council of ministers|parliament|assembly|legislature)\s+for\s+(?:its\s+)?(?:consideration|approval|review)|(?:is|was|remains?)\s+pending\s+(?:\w+\s+)?(?:approval|passage|adoption|review)|(?:still\s+)?(?:awaits?|awaited|awaiting)\s+(?:its\s+|final\s+|formal\s+)?(?:adoption|approval|enactment|passage|signature)|sent\s+(?:the\s+bill|it|the\s+draft)\s+back\s+to\s+(?:the\s+)?committee|(?:was|were|had\s+been|has\s+been)\s+presented\s+to\s+(?:the\s+)?(?:Parliament|Congress|Assembly|Senate|legislature|National\s+Assembly)|drafted and (?:began|submitted|sent)|(?:law|bill|amendments?|legislation|act|code|decree)\b(?:[^.;]|(?<=\bNo)\.){0,180}\b(?:was|were|had been)\s+(?:written|drafted)|\b(?:a|the)\s+(?:new\s+|revised\s+|first\s+|second\s+)?draft\s+of\s+(?:a|an|the)\s+(?:new\s+|revised\s+)?(?-i:[A-Z][\w’'\-]*\s+)*(?-i:Code|Act|Law)\b|\b(?:bills?|amendments?)\b[^.;]{0,120}\b(?:was|were|had been)\s+prepared\b|(?:deliberat(?:ed|ing)|debat(?:ed|ing))\s+(?:over|on|about)?\s*(?:(?:a|an|the|new|draft)\s+)*(?:[\w\-]+\s+)?(?:law|bill|amendments?|legislation)|(?:law|bill|amendments?|legislation|changes|revisions?)\b[^.]{0,60}\b(?:was|were|has been|have been)\s+proposed|proposed\s+(?:a|an|the|new)\s+(?:\w+\s+)?(?:law|bill|amendments?|legislation)|(?:laws?|bills?|legislation|amendments?|(?-i:Act|Code|Bill))\b[^.;]{0,120}?\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+|currently\s+)?(?:under\s+(?:(?:government|governmental|parliamentary|cabinet|legislative)\s+)?(?:consideration|review|discussion)|being\s+(?:discussed|debated))|(?:bill|law|legislation)\b[^.]{0,30}?\bawaits?\s+(?:(?:final|further)\s+)?(?:approval|passage|adoption|a\s+(?:final\s+)?vote)|pending\s+(?:amendments?|bill|legislation|changes|revisions?)|submitted to (?:the )?(?:parliament|legislature|National Assembly|Majlis)|(?:was|were|had\s+been|has\s+been)\s+(?:sent|submitted|forwarded|transmitted|tabled|presented|introduced)\s+(?:to|in|before|into)\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){0,2}(?:parliament|legislature|Assembly|Majlis|Congress|Senate|Duma)|(?:sent|submitted|presented)\s+(?:to\s+)?(?:the\s+)?(?:parliament|legislature|Congress|National\s+Assembly|Senate)\s+(?:a|an)\s+(?:new\s+)?(?:draft|bill)\b|(?:is|was|remains?) pending (?:before|in|approval)|(?:sent|submitted|forwarded|transmitted|referred|tabled)\s+(?:a|an|the|its|their)\s+(?:(?:new|revised|draft|amended|updated)\s+)*(?:[A-Z][\w’'\-]*\s+(?:(?:of|on|for|in|to|and|the)\s+)*){0,8}(?:Act|Code|Law|Bill|laws?|bills?|codes?|legislation|amendments?)\b[^.;]{0,80}?\bto\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){0,3}(?:parliament|assembly|legislature|Majlis|Senate|Congress|Duma|chamber)|under (?:consideration|review) (?:by|in)|develop(?:ed|ing)\s+(?:a|an|the)\s+(?:(?:new|revised|updated|draft|amended)\s+)*(?:version|draft)\s+of\s+(?:the\s+|its\s+)?(?:[A-Z][\w’'\-]*\s+){0,6}(?:Law|Code|Act|Bill|law|code)|(?:work(?:ed|ing)|continued\s+(?:to\s+work|working))\s+on\s+(?:(?:a|an|the|its|new|revised|draft|several|two)\s+)*(?:[\w\-]+\s+)?(?:laws?|bills?|amendments?|decrees?|codes?|legislation|bylaws|regulations?|[A-Z]\w+ (?:Act|Code|Law|Bill))|(?:has|have|had|is|are|was|were)\s+(?:still\s+)?yet\s+to\s+(?:pass|adopt|enact|approve|finali[sz]e|sign)|(?:continued|began|begun|started|undertook|initiated|launched)\s+(?:its|their|a|the)\s+(?:\w+\s+)?(?:revision|review|redrafting|overhaul|rewriting)\s+of\s+(?:the\s+|its\s+)?(?:[A-Z][\w’'\-]*\s+(?:(?:of|on|for|in|to|and|the)\s+)*){0,6}(?:Law|Code|Act|Decree|law|code|legislation)|(?:bill|law|legislation|amendments?)\b[^.;]{0,160}?\b(?:(?:has|have|had)\s+been|is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:before|in\s+front\s+of)\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){0,3}(?:parliament|assembly|legislature|Majlis|Senate|Congress|chamber|Committee)|" + ValidatedUnpublished + "|" + UnderReview + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex DraftedVerb();

    // A law being reviewed or revised, as a step in progress: "was reviewing the Law on …", "is reviewing amendments to the Labour
    // Code", "began revising the Education Act", "the code is being revised". A mandate ("a task force to review legislation") has
    // no auxiliary before the verb and is no step; a review told as done ("reviewed the law and found …") is left alone.
    private const string UnderReview =
        @"(?:is|are|was|were|been|began|begun|started|continued|continues|in\s+the\s+process\s+of)\s+(?:(?:still|currently|also|jointly|actively)\s+)?(?:to\s+)?(?:review|revis|updat|re-?examin)(?:ing|e)\s+(?:(?:the|a|an|its|their|existing|current|draft|proposed|several|two|all)\s+)*(?:amendments?\s+(?:to|of)\s+(?:the\s+)?)?(?:[A-Z][\w’'\-]*\s+(?:(?:of|on|for|in|to|and|the)\s+)*){0,6}(?:[\w\-]+\s+)?(?:laws?|bills?|codes?|Act|legislation|decrees?|regulations?)"
        + @"|(?:law|bill|code|act|legislation|decree|amendments?|regulations?)\b[^.;]{0,60}?\b(?:is|are|was|were)\s+(?:still\s+|currently\s+)?being\s+(?:reviewed|revised|updated|amended|re-?examined)";
}
