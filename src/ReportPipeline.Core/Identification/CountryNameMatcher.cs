using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

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
public sealed class CountryNameMatcher
{
    private readonly Dictionary<string, (string Written, Country Country)> _byFoldedName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Regex _names;

    public CountryNameMatcher(CountryCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        foreach (var (name, country) in catalog.Names())
        {
            var folded = CollapseSpaces(Fold(name));
            _byFoldedName.TryAdd(folded, (folded, country));
        }

        var alternatives = _byFoldedName.Keys
            .OrderByDescending(n => n.Length)
            .Select(n => Regex.Escape(n).Replace("\\ ", "\\s+", StringComparison.Ordinal));
        _names = new Regex(
            @"(?<![\p{L}\p{N}])(?:" + string.Join('|', alternatives) + @")(?![\p{L}\p{N}]|-\p{L})",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled,
            TimeSpan.FromSeconds(5));
    }

    /// <summary>Every country name in <paramref name="text"/>, in order of appearance.</summary>
    public IEnumerable<CountryMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text);
        foreach (Match match in _names.Matches(folded))
        {
            var written = CollapseSpaces(match.Value);
            if (_byFoldedName.TryGetValue(written, out var name)
                && (string.Equals(name.Written, written, StringComparison.Ordinal) || IsAllCapitals(written)))
            {
                yield return new CountryMention(name.Country, match.Index, match.Length);
            }
        }
    }

    /// <summary>The country a whole phrase names ("the Kyrgyz Republic", "KAZAKHSTAN"), or null.</summary>
    public Country? Exact(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var trimmed = phrase.Trim().Trim('.', ',', ':', ';', '=', '*', '#', ' ');
        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !_byFoldedName.ContainsKey(CollapseSpaces(Fold(trimmed))))
        {
            trimmed = trimmed[4..];
        }

        var mentions = Find(trimmed).ToList();
        return mentions.Count == 1 && mentions[0].Index == 0 && mentions[0].Length == trimmed.Length ? mentions[0].Country : null;
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

    private static char FoldChar(char c)
    {
        if (c < 128)
        {
            return c;
        }

        switch (c)
        {
            case '\u2018' or '\u2019' or '\u02BC' or '\u00B4' or '`':
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

    private static string CollapseSpaces(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    private static bool IsAllCapitals(string text) =>
        text.Any(char.IsLetter) && text.Where(char.IsLetter).All(char.IsUpper);
}
