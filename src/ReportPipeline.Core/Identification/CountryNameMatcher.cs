using System.Globalization;
using System.Text;

namespace ReportPipeline.Core.Identification;

/// <summary>A country name found in text: where, and which country it names.</summary>
public sealed record CountryMention(Country Country, int Index, int Length);

/// <summary>
/// Finds the countries of a <see cref="CountryCatalog"/> in running text. Names match as whole
/// words, longest first (so "Guinea-Bissau" is not read as "Guinea", nor "Nigeria" as "Niger"),
/// ignoring diacritics and apostrophe style ("Cote d'Ivoire" = "Côte d’Ivoire"), and across line
/// breaks. Case matters except in all-capital text: "turkey" or "chad" in prose are not countries,
/// "KAZAKHSTAN" in a title is.
/// </summary>
/// <remarks>
/// Text and names are cut into the same tokens (runs of letters and digits, and single
/// punctuation marks) and names are looked up by their first token, so a page costs one pass
/// whatever the size of the catalog.
/// </remarks>
public sealed class CountryNameMatcher
{
    private readonly Dictionary<string, List<Name>> _byFirstToken = new(StringComparer.OrdinalIgnoreCase);

    public CountryNameMatcher(CountryCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        foreach (var (written, country) in catalog.Names())
        {
            var folded = Fold(written);
            var tokens = Tokenize(folded).Select(t => folded.Substring(t.Start, t.Length)).ToArray();
            if (tokens.Length == 0)
            {
                continue;
            }

            if (!_byFirstToken.TryGetValue(tokens[0], out var names))
            {
                names = [];
                _byFirstToken[tokens[0]] = names;
            }

            names.Add(new Name(tokens, country));
        }

        foreach (var names in _byFirstToken.Values)
        {
            names.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        }
    }

    private sealed record Name(string[] Tokens, Country Country);

    private readonly record struct Token(int Start, int Length);

    /// <summary>Every country name in <paramref name="text"/>, in order of appearance.</summary>
    public IEnumerable<CountryMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text);
        var tokens = Tokenize(folded).ToList();
        var mentions = new List<CountryMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var first = folded.AsSpan(tokens[i].Start, tokens[i].Length);
            if (!char.IsLetterOrDigit(first[0])
                || !_byFirstToken.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(first, out var names))
            {
                continue;
            }

            foreach (var name in names)
            {
                if (Matches(folded, tokens, i, name))
                {
                    var last = tokens[i + name.Tokens.Length - 1];
                    mentions.Add(new CountryMention(name.Country, tokens[i].Start, last.Start + last.Length - tokens[i].Start));
                    i += name.Tokens.Length - 1;
                    break;
                }
            }
        }

        return mentions;
    }

    /// <summary>The country a whole phrase names ("the Kyrgyz Republic", "KAZAKHSTAN"), or null.</summary>
    public Country? Exact(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var trimmed = phrase.Trim().Trim('.', ',', ':', ';', '=', '*', '#', ' ');
        var mentions = Find(trimmed).ToList();
        if (mentions.Count == 1 && mentions[0].Index == 0 && mentions[0].Length == trimmed.Length)
        {
            return mentions[0].Country;
        }

        return trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? Exact(trimmed[4..]) : null;
    }

    /// <summary>
    /// Removes diacritics and unifies apostrophes and dashes, one character for one, so that
    /// indexes in the folded text are indexes in the original.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(FoldChar(c));
        }

        return result.ToString();
    }

    /// <summary>
    /// The name's tokens are the text's tokens, compared ignoring case; then the case must be the
    /// name's own or all capitals.
    /// </summary>
    private static bool Matches(string folded, List<Token> tokens, int start, Name name)
    {
        if (start + name.Tokens.Length > tokens.Count)
        {
            return false;
        }

        var exactCase = true;
        var hasLetter = false;
        var allCapitals = true;
        for (var k = 0; k < name.Tokens.Length; k++)
        {
            var token = folded.AsSpan(tokens[start + k].Start, tokens[start + k].Length);
            if (!token.Equals(name.Tokens[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            exactCase &= token.SequenceEqual(name.Tokens[k]);
            foreach (var c in token)
            {
                if (char.IsLetter(c))
                {
                    hasLetter = true;
                    allCapitals &= char.IsUpper(c);
                }
            }
        }

        return exactCase || (hasLetter && allCapitals);
    }

    private static IEnumerable<Token> Tokenize(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                yield return new Token(start, i - start);
            }
            else
            {
                yield return new Token(i++, 1);
            }
        }
    }

    private static char FoldChar(char c)
    {
        if (c < 128)
        {
            return c;
        }

        switch (c)
        {
            case '\u2018' or '\u2019' or '\u02BC' or '\u00B4':
                return '\'';
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014':
                return '-';
            case '\u00A0':
                return ' ';
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 1 && CharUnicodeInfo.GetUnicodeCategory(decomposed[1]) == UnicodeCategory.NonSpacingMark
            ? decomposed[0]
            : c;
    }
}
