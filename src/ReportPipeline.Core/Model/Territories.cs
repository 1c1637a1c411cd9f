using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportPipeline.Core.Model;

/// <summary>
/// Territory-qualified facets (<c>facet@territory-slug</c>) for countries whose reports give laws
/// and enforcement territory by territory. The XML export and the PDF chapters name a territory
/// in several ways ("Brčko District", "Brčko District (BD)", "BD"); both readers slug the name
/// here so that the same territory is the same facet whichever document told it.
/// </summary>
public static partial class Territories
{
    public const char Separator = '@';

    /// <summary>
    /// Lower-case ASCII letters and digits joined by '-', without a trailing abbreviation in
    /// brackets: "Brčko District (BD)" -> "brcko-district"; a federal level by any of its names
    /// ("Federal Government of Somalia") -> "federal".
    /// </summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = TrailingAbbreviation().Replace(name, string.Empty).Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().TrimEnd('-');

        // A country's federal level goes by several names ("Federal", "Federal Government",
        // "Federal Government of Somalia"): one territory, one slug.
        return result is "federal-government" or "federal-level" || result.StartsWith("federal-government-of-", StringComparison.Ordinal)
            ? "federal"
            : result;
    }

    /// <summary>"All", "All Territories", "All (Somalia)", "All [Somalia]", "All Tanzania": a value for the whole country.</summary>
    public static bool IsWholeCountry(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return WholeCountry().IsMatch(name.Trim());
    }

    /// <summary><c>legal.minimum_age_work.meets@republika-srpska</c>.</summary>
    public static string Qualify(string facet, string? territory) =>
        territory is null ? facet : $"{facet}{Separator}{territory}";

    /// <summary>Splits a facet into its plain part and its territory slug (null for a whole-country facet).</summary>
    public static (string Facet, string? Territory) Split(string facet)
    {
        ArgumentNullException.ThrowIfNull(facet);
        var at = facet.IndexOf(Separator, StringComparison.Ordinal);
        return at < 0 ? (facet, null) : (facet[..at], facet[(at + 1)..]);
    }

    /// <summary>
    /// The words people read for a slug, best effort: "republika-srpska" -> "Republika Srpska",
    /// "brcko-district" -> "Brcko District" (accents are not in the slug).
    /// </summary>
    public static string Display(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        var words = slug.Split('-', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            words[i] = i > 0 && word is "and" or "of" or "the"
                ? word
                : char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];
        }

        return string.Join(' ', words);
    }

    /// <summary>"Bosnia and Herzegovina (Republika Srpska)", or the country alone for a whole-country facet.</summary>
    public static string Place(string country, string? territory) =>
        territory is null ? country : $"{country} ({Display(territory)})";

    [GeneratedRegex(@"\s*\([A-Za-z]{1,8}\)\s*$")]
    private static partial Regex TrailingAbbreviation();

    [GeneratedRegex(@"^All(?:\s+Territories|\s*\([^)]*\)|\s*\[[^\]]*\]|\s+[A-Z][\p{L}' ]*)?$")]
    private static partial Regex WholeCountry();
}
