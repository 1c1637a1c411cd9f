using System.Text.RegularExpressions;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Facts.Usdol;

/// <summary>
/// The "Laws and Regulations on Child Labor" table: per standard, whether it meets international
/// standards and the age. Layouts differ in column order (Meets before or after Age, the age in
/// the label as in "Minimum Age for Work, 18 Years"), in labels ("State Voluntary" under a
/// "Minimum Age for Military Recruitment" heading before 2018), and in how the mark survives
/// extraction (Yes/No words, ✓/✗, stray glyphs, or nothing). Where the mark is lost the chapter's
/// own prose decides: the standards it says fall short do not meet, the others do.
/// </summary>
internal static partial class LegalReader
{
    private sealed record StandardLabel(string Text, string Standard);

    // Every label the layouts use, in full; a row may hold all of it or only its first line.
    private static readonly StandardLabel[] Labels =
    [
        new("minimum age for work", "minimum_age_work"),
        new("minimum age for hazardous work", "minimum_age_hazardous_work"),
        new("identification of hazardous occupations or activities prohibited for children", "hazardous_occupations_identified"),
        new("list of hazardous occupations prohibited for children", "hazardous_occupations_identified"),
        new("prohibition of hazardous occupations or activities for children", "hazardous_occupations_identified"),
        new("prohibition of forced labor", "prohibition_forced_labor"),
        new("prohibition of slavery, debt bondage, and forced labor", "prohibition_forced_labor"),
        new("prohibition of child trafficking", "prohibition_child_trafficking"),
        new("prohibition of commercial sexual exploitation of children", "prohibition_csec"),
        new("prohibition of using children in illicit activities", "prohibition_illicit_activities"),
        new("minimum age for voluntary state military recruitment", "minimum_age_voluntary_military"),
        new("minimum age for voluntary military service", "minimum_age_voluntary_military"),
        new("minimum age for voluntary military recruitment", "minimum_age_voluntary_military"),
        new("state voluntary", "minimum_age_voluntary_military"),
        new("prohibition of compulsory recruitment of children by (state) military", "prohibition_compulsory_military"),
        new("minimum age for compulsory military recruitment", "prohibition_compulsory_military"),
        new("state compulsory", "prohibition_compulsory_military"),
        new("prohibition of military recruitment by non-state armed groups", "prohibition_non_state_military"),
        new("non-state compulsory", "prohibition_non_state_military"),
        new("non-state voluntary", "prohibition_non_state_military"),
        new("non-state", "prohibition_non_state_military"),
        new("compulsory education age", "compulsory_education_age"),
        new("free public education", "free_public_education"),
    ];

    /// <summary>
    /// The standard a row's first cell names: the cell starts with a full label ("Minimum Age for
    /// Work, 18 Years"), or is the first line of a wrapped one ("Minimum Age for Hazardous") that
    /// only one standard's labels begin with.
    /// </summary>
    internal static string? StandardOf(string labelCell)
    {
        var key = UsdolValues.Key(labelCell);
        var whole = Labels
            .Where(l => key.StartsWith(l.Text, StringComparison.Ordinal) && (key.Length == l.Text.Length || !char.IsLetter(key[l.Text.Length])))
            .MaxBy(l => l.Text.Length);
        if (whole is not null)
        {
            return whole.Standard;
        }

        if (key.Split(' ').Length < 2)
        {
            return null;
        }

        // "Prohibition of Military Recruitment by Non-" / "state Armed Groups": the break may fall inside a word.
        var started = Labels.Where(l => l.Text.StartsWith(key, StringComparison.Ordinal)).Select(l => l.Standard).Distinct().ToList();
        return started.Count == 1 ? started[0] : null;
    }

    /// <summary>True when some label starts with <paramref name="key"/> (a label cut where it wraps).</summary>
    internal static bool IsLabelPrefix(string key) => Labels.Any(l => l.Text.StartsWith(key, StringComparison.Ordinal));

    /// <summary>True when <paramref name="key"/> is a whole label.</summary>
    internal static bool IsFullLabel(string key) => Labels.Any(l => l.Text == key);

    private sealed record Entry(string Standard, MeetsMark Mark, string? Age, Row[] Rows);

    public static IEnumerable<Fact> Read(UsdolChapter chapter)
    {
        var rows = chapter.Rows;
        var tableStart = chapter.Find(r => TableTitle().IsMatch(r.Key));
        if (tableStart < 0)
        {
            yield break;
        }

        var tableEnd = chapter.Find(r => r.Index > tableStart && (EnforcementHeading().IsMatch(r.Key) || NextTable().IsMatch(r.Key)), tableStart + 1);
        if (tableEnd < 0)
        {
            tableEnd = rows.Count;
        }

        if (TerritoryLawsReader.Read(chapter, tableStart, tableEnd) is { } byTerritory)
        {
            foreach (var fact in byTerritory)
            {
                yield return fact;
            }

            yield break;
        }

        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        for (var i = tableStart + 1; i < tableEnd; i++)
        {
            // A sub-heading or a wrapped label's second line can look like a standard with no
            // mark; the row that carries the mark wins over it.
            if (ReadEntry(rows, i) is { } entry
                && (!entries.TryGetValue(entry.Standard, out var seen) || (seen.Mark == MeetsMark.None && entry.Mark != MeetsMark.None)))
            {
                entries[entry.Standard] = entry;
            }
        }

        if (entries.Count == 0)
        {
            yield break;
        }

        var shortfalls = entries.Values.Any(e => e.Mark is MeetsMark.None or MeetsMark.Unreadable)
            ? Shortfalls(chapter, tableStart)
            : [];
        var lostMarksResolvable = shortfalls.Count > 0 || entries.Values.Any(e => e.Mark == MeetsMark.No);
        foreach (var entry in entries.Values)
        {
            var meets = entry.Mark switch
            {
                MeetsMark.Yes => "Yes",
                MeetsMark.No => "No",
                MeetsMark.NotApplicable => "N/A",
                _ => null,
            };
            if (meets is not null)
            {
                yield return UsdolChapter.FromRows(FacetKeys.LegalMeets(entry.Standard), meets, entry.Rows);
            }
            else if (shortfalls.TryGetValue(entry.Standard, out var sentence))
            {
                yield return UsdolChapter.FromSentence(FacetKeys.LegalMeets(entry.Standard), "No", sentence);
            }
            else if (lostMarksResolvable && entry.Mark is MeetsMark.None or MeetsMark.Unreadable)
            {
                // The prose names what falls short; a standard it does not name meets.
                yield return UsdolChapter.FromRows(FacetKeys.LegalMeets(entry.Standard), "Yes", entry.Rows);
            }

            if (entry.Age is not null)
            {
                yield return UsdolChapter.FromRows(FacetKeys.LegalAge(entry.Standard), entry.Age, entry.Rows);
            }
        }
    }

    private static Entry? ReadEntry(IReadOnlyList<Row> rows, int index)
    {
        var row = rows[index];
        var first = row.Cells[0];
        var mark = MeetsMark.None;
        string? age = null;
        // "Minimum Age for Voluntary State Military Yes" or "… N/A*": no gap wide enough for a tab.
        var lastWord = LastWord().Match(first);
        if (lastWord.Success && UsdolValues.Meets(lastWord.Groups[1].Value) is MeetsMark.Yes or MeetsMark.No or MeetsMark.NotApplicable)
        {
            mark = UsdolValues.Meets(lastWord.Groups[1].Value);
            first = first[..lastWord.Index];
        }
        else if (first.Length > 100)
        {
            // Prose that happens to start like a label ("Non-state groups, such as …").
            return null;
        }

        var evidence = new List<Row> { row };
        if (StandardOf(first) is not { } standard)
        {
            // "Minimum Age for | Yes | 16 | …" over "Work": the words that tell the row apart are on the next line.
            if (index + 1 >= rows.Count || !IsLabelPrefix(UsdolValues.Key(first)) || rows[index + 1] is not { } next
                || next.Cells.Count > 2 || StandardOf(next.First) is not null
                || StandardOf(first + " " + next.First) is not { } joined)
            {
                return null;
            }

            standard = joined;
            first = first + " " + next.First;
            evidence.Add(next);
        }

        // "Minimum Age for Work, 18 Years" (2023 layout).
        var ageInLabel = AgeInLabel().Match(first);
        if (ageInLabel.Success)
        {
            age = UsdolValues.ParseInteger(ageInLabel.Groups[1].Value);
        }

        ReadCells(row.Cells.Skip(1), ref mark, ref age);
        if (mark == MeetsMark.None && index + 1 < rows.Count && row.Cells.Count <= 2)
        {
            // 2013–2015: the mark sits on the line between a two-line label ("List of Hazardous
            // Occupations Prohibited" / "Yes  List of …" / "for Children").
            var next = rows[index + 1];
            if (UsdolValues.Meets(next.Cells[0]) is MeetsMark.Yes or MeetsMark.No or MeetsMark.NotApplicable)
            {
                ReadCells(next.Cells, ref mark, ref age);
                evidence.Add(next);
            }
        }

        return new Entry(standard, mark, age, [.. evidence]);
    }

    private static void ReadCells(IEnumerable<string> cells, ref MeetsMark mark, ref string? age)
    {
        foreach (var cell in cells)
        {
            var cellMark = UsdolValues.Meets(cell);
            if (mark == MeetsMark.None && cellMark != MeetsMark.None)
            {
                mark = cellMark;
                continue;
            }

            if (age is null && UsdolValues.Age(cell) is { } cellAge)
            {
                age = cellAge;
                continue;
            }

            if (UsdolValues.Clean(cell).Length > 12)
            {
                // The legislation column: nothing after it is a mark or an age.
                break;
            }
        }
    }

    /// <summary>
    /// The standards the chapter says fall short, each with the sentence that says so: from the
    /// legal framework prose ("laws do not meet international standards on …") and the legal
    /// framework suggestions ("Criminally prohibit …", "Increase the compulsory education age …").
    /// </summary>
    private static Dictionary<string, Sentence> Shortfalls(UsdolChapter chapter, int tableStart)
    {
        var result = new Dictionary<string, Sentence>(StringComparer.Ordinal);
        var legalStart = chapter.Find(r => !r.IsTableRow && r.Key.Contains("legal framework for child labor", StringComparison.Ordinal));
        var from = legalStart >= 0 ? legalStart : Math.Max(0, tableStart - 15);
        var to = chapter.Find(r => EnforcementHeading().IsMatch(r.Key), tableStart);
        if (to < 0)
        {
            to = chapter.Find(r => r.Key.StartsWith("enforcement mechanisms", StringComparison.Ordinal), tableStart);
        }

        // The legal framework prose speaks first; suggestions only add what it left out.
        var legalProse = chapter.Sentences.Where(s => s.RowIndex >= from && (to < 0 || s.RowIndex < to));
        foreach (var sentence in legalProse)
        {
            foreach (var standard in ShortfallsIn(sentence.Text))
            {
                result.TryAdd(standard, sentence);
            }
        }

        foreach (var sentence in chapter.Sentences.Where(s => LegalSuggestion().IsMatch(s.Text)))
        {
            // "Increase the compulsory education age … to align with the minimum age for work": the
            // purpose names a standard that is not the one falling short.
            var named = Purpose().Split(sentence.Text)[0];
            foreach (var standard in StandardsNamedIn(named))
            {
                result.TryAdd(standard, sentence);
            }
        }

        return result;
    }

    /// <summary>
    /// The standards a sentence says fall short. "No law criminalizes X" and "does not prohibit X"
    /// name X after the cue; "laws on X do not meet international standards because …" and "X are
    /// insufficient" name it before the cue (what follows "because" only explains).
    /// </summary>
    internal static IEnumerable<string> ShortfallsIn(string sentence)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in sentence.Split(';'))
        {
            var after = LacksLaw().Match(clause);
            if (after.Success)
            {
                var tail = clause[(after.Index + after.Length)..];
                var because = tail.IndexOf(" because ", StringComparison.OrdinalIgnoreCase);
                found.UnionWith(StandardsNamedIn(because > 0 ? tail[..because] : tail));
            }

            var before = FallsShort().Match(clause);
            if (before.Success)
            {
                var end = clause.IndexOf(" because ", StringComparison.OrdinalIgnoreCase);
                var head = end > 0 ? clause[..end] : clause;
                // "Although the law prohibits A, B does not meet …": only the main clause counts.
                if (Subordinate().IsMatch(head))
                {
                    var comma = head.LastIndexOf(", ", Math.Min(before.Index, head.Length - 1), StringComparison.Ordinal);
                    head = comma > 0 ? head[(comma + 2)..] : head;
                }

                found.UnionWith(StandardsNamedIn(head));
            }
        }

        return found;
    }

    internal static IEnumerable<string> StandardsNamedIn(string text)
    {
        var lower = text.ToLowerInvariant();
        if (MinimumAgeForWork().IsMatch(lower)) yield return "minimum_age_work";
        if (HazardousWork().IsMatch(lower)) yield return "minimum_age_hazardous_work";
        if (HazardousOccupations().IsMatch(lower)) yield return "hazardous_occupations_identified";
        if (ForcedLabor().IsMatch(lower)) yield return "prohibition_forced_labor";
        if (ChildTrafficking().IsMatch(lower)) yield return "prohibition_child_trafficking";
        if (Csec().IsMatch(lower)) yield return "prohibition_csec";
        if (lower.Contains("illicit activit", StringComparison.Ordinal)) yield return "prohibition_illicit_activities";
        if (VoluntaryMilitary().IsMatch(lower)) yield return "minimum_age_voluntary_military";
        if (CompulsoryMilitary().IsMatch(lower)) yield return "prohibition_compulsory_military";
        if (lower.Contains("non-state armed", StringComparison.Ordinal)) yield return "prohibition_non_state_military";
        if (lower.Contains("compulsory education", StringComparison.Ordinal)) yield return "compulsory_education_age";
        if (FreeEducation().IsMatch(lower)) yield return "free_public_education";
    }

    [GeneratedRegex(@"^(?:table \d+\.?\s*)?(?:child labor )?laws and regulations(?: (?:on|related to) child labor)?\b")]
    private static partial Regex TableTitle();

    [GeneratedRegex(@"^(?:[ivx]+\.\s*)?enforcement of laws\b|^enforcement mechanisms and efforts\b")]
    private static partial Regex EnforcementHeading();

    [GeneratedRegex(@"^table [5-9]\.")]
    private static partial Regex NextTable();

    [GeneratedRegex(@"\s(Yes|No|N/A|✓|✗)[*†‡]*$")]
    private static partial Regex LastWord();

    [GeneratedRegex(@",\s*(\d{1,2})\s+Years\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgeInLabel();

    [GeneratedRegex(@"\bno law (?:clearly )?(?:criminalizes|prohibits)\b|\b(?:do|does|did) not (?:clearly )?(?:criminally )?(?:prohibit|criminalize)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LacksLaw();

    [GeneratedRegex(@"\b(?:do|does|did) not meet international (?:labor )?standards|\b(?:are|is) insufficient\b|\bnot in compliance with international standards\b|\bfalls? short\b", RegexOptions.IgnoreCase)]
    private static partial Regex FallsShort();

    [GeneratedRegex(@"^\s*(?:although|while|though|whereas)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Subordinate();

    [GeneratedRegex(@"\s(?:to align|so that|in order to|to match|to ensure)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Purpose();

    [GeneratedRegex(@"^(?:Criminally prohibit|Ensure that (?:the )?laws?\b|Ensure that minimum age|Increase the (?:minimum|compulsory education) age|Raise the (?:minimum|compulsory)|Establish (?:by law|a minimum age|a compulsory|a list)|Determine by (?:national )?law|Adopt (?:a|the) list)", RegexOptions.IgnoreCase)]
    private static partial Regex LegalSuggestion();

    [GeneratedRegex(@"minimum age (?:for work|for employment|provisions)\b|minimum age of \d+ (?:years )?(?:for work|does not)")]
    private static partial Regex MinimumAgeForWork();

    [GeneratedRegex(@"(?:minimum age for|prohibitions? (?:on|against)|age for) hazardous work|hazardous work prohibitions")]
    private static partial Regex HazardousWork();

    [GeneratedRegex(@"(?:list|identification|types) of hazardous (?:occupations|work|activities)")]
    private static partial Regex HazardousOccupations();

    [GeneratedRegex(@"forced labor|slavery|debt bondage")]
    private static partial Regex ForcedLabor();

    [GeneratedRegex(@"child trafficking|trafficking (?:of|in) children|trafficking of minors")]
    private static partial Regex ChildTrafficking();

    [GeneratedRegex(@"commercial sex|prostitution|pornograph")]
    private static partial Regex Csec();

    [GeneratedRegex(@"voluntary (?:state )?military")]
    private static partial Regex VoluntaryMilitary();

    [GeneratedRegex(@"compulsory (?:military )?recruitment|conscription")]
    private static partial Regex CompulsoryMilitary();

    [GeneratedRegex(@"free (?:basic |public |primary )?education")]
    private static partial Regex FreeEducation();
}
