using System.Globalization;
using System.Text.RegularExpressions;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Facts.Usdol;

/// <summary>
/// The assessment heading under the country name: "MINIMAL ADVANCEMENT – EFFORTS MADE BUT
/// CONTINUED LAW THAT DELAYED ADVANCEMENT" (upper case, or mixed case where a small-caps font
/// was decoded as "MiniMal advanceMent") gives the level and the qualifier.
/// </summary>
internal static partial class AssessmentReader
{
    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "but", "for", "in", "of", "on", "or", "that", "the", "to", "with",
    };

    public static IEnumerable<Fact> Read(UsdolChapter chapter)
    {
        // The heading is on the first page; later pages repeat it as a running header.
        foreach (var row in chapter.Rows.Take(60))
        {
            var match = Heading().Match(row.Key);
            if (!match.Success)
            {
                continue;
            }

            var level = match.Groups["level"].Value == "no assessment"
                ? "No Assessment"
                : TitleCase(match.Groups["level"].Value) + " Advancement";
            yield return UsdolChapter.FromRows(FacetKeys.AssessmentLevel, level, row);
            var qualifier = match.Groups["qualifier"].Value.Trim();
            if (qualifier.Length > 0)
            {
                yield return UsdolChapter.FromRows(FacetKeys.AssessmentQualifier, TitleCase(qualifier), row);
            }

            yield break;
        }
    }

    /// <summary>"efforts made but continued law that delayed advancement" → "Efforts Made but Continued Law that Delayed Advancement".</summary>
    internal static string TitleCase(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].ToLowerInvariant();
            words[i] = i > 0 && SmallWords.Contains(word)
                ? word
                : char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];
        }

        return string.Join(' ', words);
    }

    [GeneratedRegex(@"^(?:(?<level>significant|moderate|minimal|no) advancement|(?<level>no assessment))(?:\s*-\s*(?<qualifier>[a-z ,]+))?$")]
    private static partial Regex Heading();
}
