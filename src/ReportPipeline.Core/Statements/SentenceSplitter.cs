using System.Text.RegularExpressions;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Statements;

/// <summary>
/// Splits a document into sentences and table rows. PDF lines are joined across line and
/// page breaks (running headers, footers and page numbers are dropped first), a word broken
/// by an end-of-line hyphen is mended, footnote citations stay with their sentence, and a
/// table row is its own unit: text in a cell is never glued to the prose around it. Text and
/// HTML inputs are already one paragraph per line; a line is joined to the previous one only
/// when it plainly continues it (it starts in lower case).
/// Everything after the references heading is left out: bibliographies are full of "Enacted:"
/// dates and law names that are not statements.
/// </summary>
public static partial class SentenceSplitter
{
    public static IReadOnlyList<Sentence> Split(TextDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var pdf = document.Format == InputFormat.Pdf;
        var furniture = PageFurniture.Find(document);
        var builder = new Builder(pdf);
        var lines = document.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (furniture.Contains(i))
            {
                continue;
            }

            var line = lines[i];
            // "Key Policies Related to Child Labor Drevnia established …": a key table's title run into its first cell, as copied
            // text has it (no tab between them), is the title cell all the same, so it opens its section.
            var text = Clean(KeyTableTitleGap().Replace(line.Text, "${title}\t", 1));
            if (text.Trim('\t').Length == 0)
            {
                continue;
            }

            var cells = text.Split('\t').Select(c => c.Trim()).ToList();
            if (IsReferencesHeading(cells.First(c => c.Length > 0)))
            {
                break;
            }

            if (pdf && IsNoise(text))
            {
                continue;
            }

            while (cells.Count > 0 && cells[^1].Length == 0)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            if (pdf && cells.Count(c => c.Length > 0) >= 2 && YearCell().IsMatch(cells[^1]) && WordCount(cells[^2]) >= 6)
            {
                // The "Year(s) Suggested" column of suggestion tables sits in the middle of a sentence.
                cells.RemoveAt(cells.Count - 1);
            }

            var leadingEmpty = cells.TakeWhile(c => c.Length == 0).Count();
            var filled = cells.Count(c => c.Length > 0);
            if (filled >= 2 || (filled == 1 && leadingEmpty > 0 && builder.RowOpen))
            {
                builder.AddRow(cells, line);
                continue;
            }

            var single = cells.First(c => c.Length > 0);
            var next = NextText(lines, i, furniture);
            if (builder.ContinuesTitle(single))
            {
                builder.AppendToTitle(single, line);
            }
            else if (pdf && builder.ContinuesRowLabel(single))
            {
                builder.AppendToRowLabel(single, line);
            }
            else if (pdf && TableKey().IsMatch(single))
            {
                builder.AddTableKey(single, line);
            }
            else if (builder.ContinuesRow(single))
            {
                builder.AppendToRow(single, line);
            }
            else if (IsHeading(single, next, pdf, builder.ParagraphEndsSentence))
            {
                builder.AddHeading(single, line);
            }
            else
            {
                builder.AddProse(single, line);
            }
        }

        builder.Flush();
        RejoinCutTitles(builder.Sentences);
        return builder.Sentences;
    }

    /// <summary>Start and end of each sentence in running text.</summary>
    public static IEnumerable<(int Start, int End)> Boundaries(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            if (c == '.' && !EndsSentenceAt(text, i))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '”' or '’' or '\'' or ')' or ']' or '‡' or '†' or '*')
            {
                end++;
            }

            // A citation right after the full stop, "(13,39,40)", belongs to the sentence it closes.
            var citation = Citation().Match(text, end);
            if (citation.Success && citation.Index == end)
            {
                end += citation.Length;
            }

            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= text.Length)
            {
                break;
            }

            if (next == end || !StartsSentence(text[next]))
            {
                continue;
            }

            yield return (start, end);
            start = next;
            i = next - 1;
        }

        if (text.AsSpan(start).Trim().Length > 0)
        {
            yield return (start, text.Length);
        }
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '(' or '[' or '•' or '-' or '–';

    private static bool EndsSentenceAt(string text, int dot)
    {
        // 5.3 million, No.12
        if (dot + 1 < text.Length && char.IsLetterOrDigit(text[dot + 1]))
        {
            return false;
        }

        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            // An initial or "ILO C. 182".
            return false;
        }

        return !Abbreviations.Contains(word);
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "etc", "No", "Nos", "Art", "Arts", "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Inc", "Ltd", "Co",
        "vs", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "U.S", "U.N",
        "U.K", "Vol", "para", "approx", "Govt", "Dept", "pp", "cf", "al", "Fig", "Corp", "Gen", "Rev", "Para",
    };

    internal static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>True when a cell is running text rather than a short value or a name.</summary>
    internal static bool IsProse(string cell)
    {
        // A short description that ends with a citation, "Establishes the policy framework to address forced labor.(98)", is prose too.
        var words = WordCount(cell);
        return words >= 15 || (words >= 5 && (SentenceEnd().IsMatch(cell) || CitedSentenceEnd().IsMatch(cell)));
    }

    /// <summary>True when text ends a sentence or a cell: a full stop, a colon, or a closing citation such as "(32)".</summary>
    internal static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length == 0 || TrailingCitation().IsMatch(trimmed))
        {
            return true;
        }

        trimmed = trimmed.TrimEnd('"', '”', '’', '‡', '†', '*', ' ');
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' or ':';
    }

    private static string Clean(string text) =>
        MultipleSpaces().Replace(InlineTag().Replace(text.Replace('\u00A0', ' ').Replace('\u2009', ' '), string.Empty), " ").Trim(' ');

    private static bool IsReferencesHeading(string firstCell)
    {
        var cell = firstCell.Trim().TrimEnd(':').ToUpperInvariant();
        return cell is "REFERENCES" or "ENDNOTES" or "END NOTES" or "BIBLIOGRAPHY";
    }

    /// <summary>Page numbers, a lone "2009 – 2013" from a years column, stray marks.</summary>
    private static bool IsNoise(string text) => Noise().IsMatch(text);

    private static string? NextText(IReadOnlyList<TextLine> lines, int index, HashSet<int> furniture)
    {
        for (var j = index + 1; j < lines.Count; j++)
        {
            if (!furniture.Contains(j) && lines[j].Text.Trim().Length > 0)
            {
                return lines[j].Text.Trim();
            }
        }

        return null;
    }

    internal static bool IsHeading(string text, string? next, bool pdf, bool previousEnded)
    {
        if (text.Length > 160 || (next is { Length: > 0 } && char.IsLower(next[0])))
        {
            return false;
        }

        // "VII. SUGGESTED GOVERNMENT ACTIONS", "Table 11. Suggested…": the numbering's full stop is no sentence end.
        var numbered = TableTitle().Match(text) is { Success: true } table ? table : SectionNumber().Match(text);
        if (numbered.Success && !SentenceEnd().IsMatch(text[numbered.Length..]))
        {
            return true;
        }

        // "However, the Plan has yet to be adopted.(4, 11)": a full stop with its citation ends a sentence too.
        if (SentenceEnd().IsMatch(text) || CitedSentenceEnd().IsMatch(text) || text.TrimEnd().EndsWith(',') || text.TrimEnd().EndsWith(';'))
        {
            return false;
        }

        var letters = text.Where(char.IsLetter).ToList();
        if (letters.Count >= 6 && letters.All(char.IsUpper))
        {
            return true;
        }

        var words = WordCount(text);
        if (!pdf)
        {
            // "C 29 and C 105: ratified" and "The NAP remained active" are statements, not titles.
            return words <= 14 && !char.IsLower(text[0]) && !InnerColon().IsMatch(text) && !FiniteVerb().IsMatch(text);
        }

        // In a PDF a short line after a finished sentence, followed by a capital, is a title, unless a finite verb makes it the
        // first line of a sentence in a narrow column ("The President signed legislation establishing Child" / "Protection …").
        return words <= 10 && previousEnded && !char.IsLower(text[0]) && next is { Length: > 0 } && !char.IsLower(next[0]) && !FiniteVerb().IsMatch(text);
    }

    /// <summary>The section a heading opens, or null for a section that holds nothing special.</summary>
    internal static string? SectionOf(string heading)
    {
        var upper = heading.ToUpperInvariant();
        if (upper.Contains("SUGGESTED", StringComparison.Ordinal) && upper.Contains("ACTION", StringComparison.Ordinal))
        {
            return ReportSections.SuggestedActions;
        }

        if (upper.Contains("SOCIAL PROGRAM", StringComparison.Ordinal) || upper.Contains("KEY PROGRAMS", StringComparison.Ordinal))
        {
            return ReportSections.Programs;
        }

        if (upper.Contains("POLICIES RELATED", StringComparison.Ordinal) || upper.Contains("KEY POLICIES", StringComparison.Ordinal)
            || upper.Contains("GOVERNMENT POLICIES ON", StringComparison.Ordinal) || upper.Contains("POLICIES ON THE WORST", StringComparison.Ordinal))
        {
            return ReportSections.Policies;
        }

        if (upper.Contains("COORDINAT", StringComparison.Ordinal) || upper.Contains("MECHANISM", StringComparison.Ordinal) && !upper.Contains("ENFORCEMENT", StringComparison.Ordinal))
        {
            return ReportSections.Coordination;
        }

        if (upper.Contains("ENFORCEMENT", StringComparison.Ordinal))
        {
            return ReportSections.Enforcement;
        }

        if (upper.Contains("LEGAL FRAMEWORK", StringComparison.Ordinal) || upper.Contains("LAWS AND REGULATIONS", StringComparison.Ordinal))
        {
            return ReportSections.Legal;
        }

        return null;
    }

    /// <summary>The area column of suggestion tables.</summary>
    internal static string? AreaOf(string text)
    {
        var match = AreaName().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        return match.Groups[1].Value.ToUpperInvariant() switch
        {
            "LEGAL FRAMEWORK" => "Legal Framework",
            "ENFORCEMENT" => "Enforcement",
            "COORDINATION" => "Coordination",
            "GOVERNMENT POLICIES" => "Government Policies",
            "SOCIAL PROGRAMS" => "Social Programs",
            _ => null,
        };
    }

    /// <summary>"National Action Plan on X (2020–2024): Aimed to…" names what the paragraph is about.</summary>
    internal static (string Label, int BodyStart)? LeadIn(string text)
    {
        var match = LeadInLabel().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var label = match.Groups["label"].Value.Trim();
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 25)
        {
            return null;
        }

        var significant = words.Where(w => w.Length > 3).ToList();
        var titled = significant.Count(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || w[0] == '(');
        if (significant.Count == 0 || titled * 10 < significant.Count * 6)
        {
            return null;
        }

        return (label, match.Length);
    }

    [GeneratedRegex(@"[.!?][""”’)]*(\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\G\s?\(\d[\d,;\s\-–]*\)")]
    private static partial Regex Citation();

    [GeneratedRegex(@"\s*\(\d[\d,;\s\-–]*\)\s*$")]
    private static partial Regex TrailingCitation();

    // "… to address forced labor.(98)", "… child labor issues.(16, 60, 65) Also …": a full stop with its citation.
    [GeneratedRegex(@"[.!?][""”’]*\s*\(\d[\d,;\s\-–]*\)")]
    private static partial Regex CitedSentenceEnd();

    [GeneratedRegex(@"^(?:\d{1,4}|(?:19|20)\d{2}\s*[–\-]\s*(?:19|20)\d{2}|[\s*†‡⁺•,.\-–]+)$")]
    private static partial Regex Noise();

    [GeneratedRegex(@"^(?:19|20)\d{2}(?:\s*[–\-]\s*(?:19|20)\d{2})?$")]
    private static partial Regex YearCell();

    // A row title cut mid-phrase: "Second Plan for the Eradication of", "Second National Plan to Combat", "Plan (2016–".
    [GeneratedRegex(@"(?:\b(?:of|for|the|and|to|on|in|against|a|an|with|by|from|at)|\bto\s+[A-Z][\w’'\-]*|\([^)]*)$")]
    private static partial Regex OpenTitle();

    // It runs on every line: the cheap test for "Key" comes first, the scan of the whole line for a tab only after it.
    [GeneratedRegex(@"^(?=\s*Key\b)(?![^\t]*\t)\s*(?<title>Key\s+(?:Policies|Mechanisms?|Programs|Social\s+Programs)\b[^\t.:;]{0,80}?\bChild\s+Labou?r)\s+(?=[A-Z])")]
    private static partial Regex KeyTableTitleGap();

    [GeneratedRegex(@"^table\s+\d+\.\s*", RegexOptions.IgnoreCase)]
    private static partial Regex TableTitle();

    [GeneratedRegex(@"^[IVX]{1,4}\.\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"^(Legal Framework|Enforcement|Coordination|Government Policies|Social Programs)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex AreaName();

    [GeneratedRegex(@"^(?<label>[A-Z][^.:;!?\t]{2,220}?)\s?:\s*[‡†*⁺]?\s+(?=\S)")]
    private static partial Regex LeadInLabel();

    [GeneratedRegex(@"</?(?:i|b|em|strong|u|span|sup|sub)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineTag();

    [GeneratedRegex(@":\s*\S")]
    private static partial Regex InnerColon();

    [GeneratedRegex(@"\b(?:is|are|was|were|has|have|had|remained|remains|ratified|signed|adopted|approved|enacted|extended|lifted|launched|established)\b")]
    private static partial Regex FiniteVerb();

    // "† Policy was approved during the reporting period.", "‡ Age calculated based on available information": a table's key.
    [GeneratedRegex(@"^[†‡]\s*\S")]
    private static partial Regex TableKey();

    // "Sindh Labor Policy†", "National Strategy (2020–2025)*": a title that ends with the table's mark.
    [GeneratedRegex(@"^[A-Z].*\S\s*[†‡]\*?$")]
    private static partial Regex MarkedTitle();

    // "10-Year Plan for Children", "4-year Development Plan": a title whose first word is a numbered compound.
    [GeneratedRegex(@"^\d{1,3}[-‐–][A-Za-z]+\s+[A-Z]")]
    internal static partial Regex NumberedTitle();

    // "(2013–2016)", "(2016–2018)†": a row's period on a line of its own.
    [GeneratedRegex(@"^\(?(?:19|20)\d{2}\s*[–—\-]\s*(?:(?:19|20)?\d{2})?\)?\s*[†‡*]*$")]
    private static partial Regex LonePeriod();

    [GeneratedRegex(@"\((?:19|20)\d{2}")]
    private static partial Regex HasPeriod();

    [GeneratedRegex(@" {2,}")]
    private static partial Regex MultipleSpaces();
}
