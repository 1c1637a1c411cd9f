using System.Text.RegularExpressions;

namespace ReportPipeline.Core.Statements.Rules;

/// <summary>
/// Proper names of plans, programmes, laws and bodies as reports write them: a run of
/// capitalised words around a head noun ("National Action Plan (NAP) on the Elimination of
/// the Worst Forms of Child Labor"), small words allowed inside, stopping at the first plain word.
/// </summary>
internal static partial class Names
{
    private const string Tail = @"(?:\s*\((?:[A-Z]{2,8})\))?(?:\s+(?:(?:of|on|to|for|against|the|and|in|with|by|from|at|a)\s+)*(?:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\w’'\-]*|[“""][^”""]{3,80}[”""]))*";

    // A law's title goes on like a plan's, but "and the" starts the next law ("… Act 2021 and the … Act 2021"), and "to the National
    // Assembly" is where the law was sent ("sent the Family Code to the National Assembly"), not part of its title.
    private const string LawTail = @"(?:\s*\((?:[A-Z]{2,8})\))?(?:\s+(?:(?:of|on|to(?!\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){0,3}(?:Assembly|Parliament|Senate|Congress|Cabinet|Council\s+of\s+Ministers|Legislature|Majlis)\b)|for|against|the|and(?!\s+the\b)|in|with|by|from|at|a)\s+)*(?:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\w’'\-]*|[“""][^”""]{3,80}[”""]))*";

    private static readonly HashSet<string> LeadingNoise = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "During", "Through", "Since", "Under", "Its", "Their", "This", "These", "New",
        "Although", "However", "Also", "As", "For", "By", "With", "And", "Moreover", "Additionally", "Furthermore",
        "Until", "From", "While", "When", "After", "Before", "Following", "According", "Because", "Although", "Though", "Whereas", "Despite", "Subsequently", "Moreover",
    };

    public static IEnumerable<(string Name, int Index, int Length)> Plans(string text) => Find(PlanName(), text);

    public static IEnumerable<(string Name, int Index, int Length)> Programs(string text) => Find(ProgramName(), text);

    /// <summary>"National Program on Child Protection": a state programme, a plan where the policies section names it.</summary>
    public static IEnumerable<(string Name, int Index, int Length)> StatePrograms(string text) => Find(StateProgramName(), text);

    public static IEnumerable<(string Name, int Index, int Length)> Laws(string text)
    {
        foreach (Match match in QuotedLaw().Matches(text))
        {
            yield return (match.Value.Trim(), match.Index, match.Length);
        }

        foreach (var found in Find(LawName(), text))
        {
            yield return found;
        }
    }

    public static IEnumerable<(string Name, int Index, int Length)> Institutions(string text) => Find(InstitutionName(), text);

    /// <summary>A plan or programme name without its period: "National Action Plan on X (2020–2024)" -> "National Action Plan on X".</summary>
    public static string WithoutPeriod(string name) => TrailingPeriod().Replace(name, string.Empty).Trim().TrimEnd(':').Trim();

    private static IEnumerable<(string Name, int Index, int Length)> Find(Regex pattern, string text)
    {
        foreach (Match match in pattern.Matches(text))
        {
            var value = match.Value;
            var index = match.Index;
            var stripped = true;
            while (stripped)
            {
                stripped = false;
                var space = value.IndexOf(' ', StringComparison.Ordinal);
                if (space > 0 && LeadingNoise.Contains(value[..space]))
                {
                    value = value[(space + 1)..];
                    index += space + 1;
                    stripped = true;
                }
            }

            value = value.TrimEnd();
            yield return (value, index, value.Length);
        }
    }

    // Plans, strategies, state programmes, concepts and named policies: "a strategy that is the basis of a plan is a plan".
    [GeneratedRegex(@"(?:[A-Z][\w’'\-]*\s+(?:(?:and|for|of|on|the|to|in|against)\s+)*){0,8}(?:Action Plan|Plan of Action|National Plan|Plurinational Plan|NAP|NPA|Strategy|Strategic Plan|State Program(?:me)?|Concept|Five[- ]Year Plan|Development Plan|Master Plan|Road ?[Mm]ap|Policy|Agenda|Plan of (?:[A-Z][\w\-]*\s+)?Measures)\b" + Tail)]
    private static partial Regex PlanName();

    [GeneratedRegex(@"\b(?:National|State|Government)\s+Program(?:me)?\s+(?:on|for|of|to|against)\s+(?:the\s+)?[A-Z][\w’'\-]*" + Tail)]
    private static partial Regex StateProgramName();

    [GeneratedRegex(@"(?:[A-Z][\w’'\-]*\s+(?:(?:of|for|and|on|the|to|in|with)\s+)*){1,8}(?:[Pp]rogram(?:me)?|Project|Campaign|Initiative|Scheme)s?\b" + Tail)]
    private static partial Regex ProgramName();

    // Titles in the British style put the head last and small words inside ("Prevention of Trafficking in Persons Act",
    // "Bonded Labor System (Abolition) Act", "Primary and Secondary Education Act", "Child (Amendment Bill)"); a word that is itself
    // a law's head, or "and the", starts another name ("the Criminal Code and the Code of …").
    [GeneratedRegex(@"(?:(?!(?:Law|Decree|Code|Act|Bill|Rules)\b(?!\s+\())[A-Z][\w’'\-]*\s+(?:\((?:[A-Z][\w’'\-]*(?:\s+(?:and|of|on)\s+|\s+)?){1,4}\)\s+)?(?:(?:of|on|for|in|to|at|with|from|against|the|and(?!\s+the\b))\s+)*){0,8}(?:(?:Law|Decree|Code|Act|Resolution|Decision|Ordinance|Circular|Notification|Regulations?|Rules|Constitution|Bill|Memorandum of Understanding|Letter of Intent|Agreement|Order|Directive|Instruction|Proclamation|By-[Ll]aw|Bylaw|(?<=\b(?:Statutory|Executive|Legislative)\s)Instrument)\b|\((?:Amendment\s+)?(?:Bill|Act)\))(?:\s+(?:(?:No\.?|Number|#)\s*[\w\-/.]*\w|(?:[A-Z]{1,3}-)?\d[\w\-/]*))?" + LawTail)]
    private static partial Regex LawName();

    [GeneratedRegex(@"\b(?:[Ll]aw|[Dd]ecree|[Bb]ill)\s+(?:No\.?\s*[\w\-/]+\s+)?[“""«][^”""»]{3,120}[”""»]")]
    private static partial Regex QuotedLaw();

    [GeneratedRegex(@"(?:[A-Z][\w’'\-]*\s+(?:(?:of|for|and|on|the|to|in)\s+)*){0,8}(?:Commission|Council|Committee|Unit|Agency|Cent(?:er|re)|Office|Inspectorate|Department|Ministry|Working Group|Task Force|Team|Court|Directorate|Secretariat|Bureau|Service|Board|Authority|Ombudsman|Hotline|Shelter|Mechanism)s?\b" + Tail)]
    private static partial Regex InstitutionName();

    [GeneratedRegex(@"\s*\(\s*(?:19|20)\d{2}\s*[–—\-]\s*(?:(?:19|20)\d{2}|\d{2})?\s*\)\s*:?\s*$")]
    private static partial Regex TrailingPeriod();
}
