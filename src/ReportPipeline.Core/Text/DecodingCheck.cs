using System.Text.RegularExpressions;

namespace ReportPipeline.Core.Text;

/// <summary>
/// Decides whether a page's extracted text is the text printed on it. A font whose glyphs map
/// to the wrong characters yields control characters ("Vigni\u001Fcant"), private-use glyphs,
/// or plausible-looking letters in the wrong case and order ("maTe a Vigni cant aTvancement").
/// Reading facts from such text would produce wrong values, so the page is declared unreadable.
/// </summary>
internal static partial class DecodingCheck
{
    /// <summary>Below this many words a page (a title, a chart) is judged only on its characters.</summary>
    private const int MinWordsForLanguageChecks = 40;

    // Function words of the languages reports come in (en, fr, es, pt, de). Decoded report pages
    // in the corpus have 11% or more of them; a substitution-garbled page has almost none.
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "to", "in", "a", "is", "for", "on", "that", "by", "with", "as", "was", "were", "are", "be", "or",
        "from", "at", "an", "it", "its", "this", "has", "have", "not", "which",
        "le", "la", "les", "de", "des", "du", "et", "en", "un", "une", "est", "pour", "dans", "que", "qui", "au", "aux", "par", "sur",
        "el", "los", "las", "del", "y", "por", "con", "para", "se", "una", "es",
        "o", "os", "as", "da", "do", "dos", "das", "e", "em", "com", "uma",
        "der", "die", "das", "und", "ist", "von", "mit", "den", "dem", "ein", "eine", "zu", "im",
    };

    public static bool LooksDecoded(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        long letters = 0, bad = 0;
        int words = 0, functionWords = 0, wrongCase = 0;
        foreach (var line in lines)
        {
            foreach (var c in line)
            {
                if (char.IsLetterOrDigit(c))
                {
                    letters++;
                }
                else if ((char.IsControl(c) && c != '\t') || (c >= '\uE000' && c <= '\uF8FF') || c == '\uFFFD')
                {
                    bad++;
                }
            }

            foreach (var chunk in line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (LooksLikeAddress(chunk))
                {
                    continue;
                }

                foreach (Match word in Word().Matches(chunk))
                {
                    words++;
                    if (FunctionWords.Contains(word.Value))
                    {
                        functionWords++;
                    }
                    else if (CapitalInsideLowerCase().IsMatch(word.Value))
                    {
                        wrongCase++;
                    }
                }
            }
        }

        if (letters == 0 || bad * 50 > letters)
        {
            return false;
        }

        return words < MinWordsForLanguageChecks
            || (functionWords * 100 >= words * 3 && wrongCase * 100 <= words * 8);
    }

    /// <summary>URLs and file names legitimately mix case ("getResults", "articleId").</summary>
    private static bool LooksLikeAddress(string chunk) =>
        chunk.Contains('/', StringComparison.Ordinal) || chunk.Contains('=', StringComparison.Ordinal)
        || chunk.Contains('_', StringComparison.Ordinal) || chunk.Contains("www", StringComparison.OrdinalIgnoreCase)
        || chunk.Contains('@', StringComparison.Ordinal);

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^\p{Ll}+\p{Lu}")]
    private static partial Regex CapitalInsideLowerCase();
}
