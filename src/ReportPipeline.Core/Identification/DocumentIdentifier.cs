using System.Text.RegularExpressions;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Identification;

/// <summary>
/// Decides a document's source, country and reporting year from its text (status-schema.md
/// rules). Whatever the text does not say stays null, so the document is flagged
/// needs-review instead of being filed under a guess.
/// </summary>
public sealed partial class DocumentIdentifier(CountryCatalog countries)
{
    /// <summary>Chapter openings sit in the first lines; reading further only invites quotes of other reports.</summary>
    private const int HeadLineCount = 80;

    private readonly Lock _gate = new();
    private CountryNameMatcher? _matcher;
    private int _matcherRevision = -1;

    public CountryCatalog Countries { get; } = countries;

    /// <summary>The matcher for the catalog as it is now (rebuilt when countries were added).</summary>
    public CountryNameMatcher Matcher
    {
        get
        {
            lock (_gate)
            {
                if (_matcher is null || _matcherRevision != Countries.Revision)
                {
                    _matcherRevision = Countries.Revision;
                    _matcher = new CountryNameMatcher(Countries);
                }

                return _matcher;
            }
        }
    }

    public DocumentInfo Identify(TextDocument text, string sha256)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Lines.Select(l => l.Text).ToList();
        var head = CountryNameMatcher.Fold(string.Join('\n', lines.Take(HeadLineCount)));
        var source = DetectSource(text.Format, lines, head);
        var matcher = Matcher;
        var (country, year) = source switch
        {
            // A chapter is one country's: a text assessing several (a whole volume, an export read as
            // text) is not attributed to the first one it happens to name.
            Sources.UsdolFindings when AssessedCountries(matcher, text).Count > 1 => (null, null),
            Sources.UsdolFindings => IdentifyUsdolChapter(matcher, lines, head),
            Sources.IloAnnualReview => IdentifyIloBaseline(matcher, head),
            _ => IdentifyOther(matcher, lines, text.FullText, head),
        };
        return new DocumentInfo(country?.Name, country?.Iso2, year, source, sha256);
    }

    /// <summary>
    /// The countries whose assessment the text states ("In 2016, Afghanistan made moderate advancement …"),
    /// in order of first mention. A USDOL chapter states one; more means the file holds several chapters.
    /// </summary>
    public IReadOnlyList<Country> AssessedCountries(TextDocument text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return AssessedCountries(Matcher, text);
    }

    private static List<Country> AssessedCountries(CountryNameMatcher matcher, TextDocument text)
    {
        var found = new List<Country>();
        foreach (Match sentence in CountryAssessed().Matches(Flatten(CountryNameMatcher.Fold(text.FullText))))
        {
            if (matcher.Exact(sentence.Groups["name"].Value) is { } country && !found.Any(c => c.Iso2 == country.Iso2))
            {
                found.Add(country);
            }
        }

        return found;
    }

    /// <summary>The source vocabulary of status-schema.md, decided by markers each publisher prints.</summary>
    internal static string DetectSource(InputFormat format, IReadOnlyList<string> lines, string head)
    {
        if (IloBaselineTitle().IsMatch(head))
        {
            return Sources.IloAnnualReview;
        }

        if (format == InputFormat.Html)
        {
            return Sources.WebPage;
        }

        // The opening assessment sentence, or the publisher's running header (all capitals, with
        // the year; a citation of the report title in prose is neither).
        // The assessment heading on a line of its own ("MODERATE ADVANCEMENT") is printed on every chapter too; the opening
        // sentence is not always worded the same ("made a moderate advancement against the worst forms of child labor").
        if (AssessmentSentence().IsMatch(head) || AssessmentReceived().IsMatch(head) || AssessmentHeading().IsMatch(head) || HeaderYears(lines).Any())
        {
            return Sources.UsdolFindings;
        }

        return WikiHeading().IsMatch(head) || PageMarker().IsMatch(head) ? Sources.WebPage : Sources.Unknown;
    }

    private static (Country? Country, int? Year) IdentifyUsdolChapter(CountryNameMatcher matcher, IReadOnlyList<string> lines, string head)
    {
        var flat = Flatten(head);
        var sentences = InYearCountryMade().Matches(flat);
        foreach (Match sentence in sentences)
        {
            var named = matcher.Exact(sentence.Groups["name"].Value);
            if (named is not null)
            {
                return (named, PlausibleYear(sentence.Groups["year"].Value));
            }
        }

        // The opening sentence names a country the catalog does not know: its year still stands.
        var statedYear = sentences.Count > 0 ? PlausibleYear(sentences[0].Groups["year"].Value) : null;

        // No readable opening sentence: the chapter title names the country and the running
        // header "YYYY FINDINGS ON THE WORST FORMS OF CHILD LABOR" carries the reporting year
        // (in every corpus chapter 2013-2021 it equals the "In YYYY" year, not the publication year).
        var title = lines.Take(5).Select(matcher.Exact).FirstOrDefault(c => c is not null);
        var years = HeaderYears(lines).GroupBy(y => y).OrderByDescending(g => g.Count()).ToList();
        var headerYear = years.Count == 1 || (years.Count > 1 && years[0].Count() > years[1].Count()) ? years[0].Key : (int?)null;
        return (title, statedYear ?? headerYear);
    }

    private static (Country? Country, int? Year) IdentifyIloBaseline(CountryNameMatcher matcher, string head)
    {
        foreach (Match title in IloCountryYear().Matches(head))
        {
            var named = matcher.Exact(title.Groups["name"].Value);
            if (named is not null)
            {
                return (named, PlausibleYear(title.Groups["year"].Value));
            }
        }

        return (null, null);
    }

    /// <summary>
    /// Web pages and unknown text: the country the title names, else the one that clearly
    /// dominates the text; the year only when the page states one.
    /// </summary>
    private static (Country? Country, int? Year) IdentifyOther(CountryNameMatcher matcher, IReadOnlyList<string> lines, string fullText, string head)
    {
        var title = lines.FirstOrDefault(l => l.Trim().Length > 0) ?? string.Empty;
        var inTitle = matcher.Find(title).Select(m => m.Country).DistinctBy(c => c.Iso2).ToList();
        Country? country = inTitle.Count == 1 ? inTitle[0] : null;
        if (country is null)
        {
            // A country that dominates a page does so early; scanning megabytes would only cost time.
            var sample = fullText.Length > 200_000 ? fullText[..200_000] : fullText;
            var counts = matcher.Find(sample).GroupBy(m => m.Country.Iso2)
                .Select(g => (g.First().Country, Count: g.Count()))
                .OrderByDescending(c => c.Count)
                .ToList();
            if (counts.Count > 0 && counts[0].Count >= 3 && (counts.Count == 1 || counts[0].Count >= 2 * counts[1].Count))
            {
                country = counts[0].Country;
            }
        }

        int? year = null;
        var flat = Flatten(head);
        foreach (Match sentence in InYearCountryMade().Matches(flat))
        {
            if (country is not null && matcher.Exact(sentence.Groups["name"].Value)?.Iso2 == country.Iso2)
            {
                year = PlausibleYear(sentence.Groups["year"].Value);
                break;
            }
        }

        if (year is null)
        {
            var edges = lines.Take(10).Concat(lines.Skip(Math.Max(10, lines.Count - 10)));
            year = edges.Select(l => StatedDate().Match(l)).Where(m => m.Success).Select(m => PlausibleYear(m.Groups["year"].Value)).FirstOrDefault(y => y is not null);
        }

        return (country, year);
    }

    /// <summary>Years of the running header, also when it is letter-spaced ("2 0 1 3 F I N D I N G S …").</summary>
    private static IEnumerable<int> HeaderYears(IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            if (line.Length > 400)
            {
                continue;
            }

            var squeezed = Whitespace().Replace(line, string.Empty);
            var header = RunningHeader().Match(squeezed);
            if (header.Success && PlausibleYear(header.Groups["year"].Value) is { } year)
            {
                yield return year;
            }
        }
    }

    private static int? PlausibleYear(string digits) =>
        int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
        && year >= 1990 && year <= DateTime.UtcNow.Year + 1
            ? year
            : null;

    private static string Flatten(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"COUNTRY\s+BASELINE\s+UNDER\s+THE\s+ILO\s+DECLARATION\s+ANNUAL\s+REVIEW", RegexOptions.IgnoreCase)]
    private static partial Regex IloBaselineTitle();

    [GeneratedRegex(@"^[ \t]*(?<name>[^\d\n\t]{2,80}?)[ \t]+[-–—][ \t]+(?<year>(?:19|20)\d{2})[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex IloCountryYear();

    [GeneratedRegex(@"\bmade\s+(?:a\s+)?(?:no|minimal|moderate|significant)\s+(?:advancement\s+in\s+(?:its\s+)?)?efforts\s+to\s+eliminate\s+the\s+worst\s+forms\s+of\s+child\s+labou?r", RegexOptions.IgnoreCase)]
    private static partial Regex AssessmentSentence();

    [GeneratedRegex(@"^[ \t]*(?:No|Minimal|Moderate|Significant)[ \t]+Advancement\b[^\n]{0,90}$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex AssessmentHeading();

    [GeneratedRegex(@"\b(?:is\s+receiving|received)\s+an\s+assessment\s+of\s+(?:no|minimal|moderate|significant)\s+advancement", RegexOptions.IgnoreCase)]
    private static partial Regex AssessmentReceived();

    [GeneratedRegex(@"\bIn (?<year>(?:19|20)\d{2}), (?<name>[^,.;:()\t\n]{2,80}?) (?:made|is receiving|received|was assessed)\b")]
    private static partial Regex InYearCountryMade();

    [GeneratedRegex(@"\bIn (?:19|20)\d{2}, (?<name>[^,.;:()\t\n]{2,80}?) (?:made (?:a )?(?:no|minimal|moderate|significant) advancement|(?:is receiving|received) an assessment of)", RegexOptions.IgnoreCase)]
    private static partial Regex CountryAssessed();

    [GeneratedRegex(@"^(?<year>(?:19|20)\d{2})FINDINGSONTHEWORSTFORMSOFCHILDLABOU?R")]
    private static partial Regex RunningHeader();

    [GeneratedRegex(@"^=+[ \t]*[^=\n]+?[ \t]*=+[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex WikiHeading();

    [GeneratedRegex(@"\b(?:Ministry\s+of|Wikipedia|encyclopedia|Retrieved\s+from|Press\s+release)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PageMarker();

    [GeneratedRegex(@"^\s*(?:Published(?:\s+on)?|Updated(?:\s+on)?|Last\s+updated|Last\s+modified|Posted(?:\s+on)?|Date|Reporting\s+(?:year|period))\b\s*:?\s*[^\n]{0,30}?\b(?<year>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatedDate();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
