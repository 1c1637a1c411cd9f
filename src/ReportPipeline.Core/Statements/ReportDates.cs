using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportPipeline.Core.Statements;

/// <summary>A date found in text: <see cref="Iso"/> is <c>2026-01-01</c>, <c>2023-12</c> or <c>2015</c> depending on what the text gives.</summary>
public readonly record struct DateMention(string Iso, int Index, int Length)
{
    public int End => Index + Length;
}

/// <summary>A span of years such as <c>2024–2026</c>, written <c>2024-2026</c>.</summary>
public readonly record struct PeriodMention(string Period, int StartYear, int EndYear, int Index, int Length)
{
    public int End => Index + Length;
}

/// <summary>
/// Dates and periods in the forms reports write them ("January 1, 2026", "1 January 2026",
/// "December 2023", "2024–2026", "for 2022 to 2024"), as ISO strings with the precision the
/// text gives: a month-only date stays <c>2023-12</c> rather than inventing a day.
/// </summary>
public static partial class ReportDates
{
    private const string Month =
        @"(?<m>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)";

    private const string Year = @"(?<y>(?:19|20)\d{2})";

    /// <summary>Every date in <paramref name="text"/>, left to right, longest reading first (a year inside "January 1, 2026" is not reported again).</summary>
    public static IReadOnlyList<DateMention> FindDates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var taken = new bool[text.Length];
        var found = new List<DateMention>();
        foreach (var periods in FindPeriods(text))
        {
            Take(taken, periods.Index, periods.Length);
        }

        foreach (var pattern in new[] { DayMonthYear(), MonthDayYear(), IsoDate(), MonthYear(), YearOnly() })
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (IsTaken(taken, match.Index, match.Length) || ToIso(match) is not { } iso)
                {
                    continue;
                }

                Take(taken, match.Index, match.Length);
                found.Add(new DateMention(iso, match.Index, match.Length));
            }
        }

        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    /// <summary>The ISO form of text that is exactly one date ("on December 30, 2021" included), or null.</summary>
    public static string? ParseDate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = LeadingPreposition().Replace(text.Trim().TrimEnd('.', ',', ';'), string.Empty);
        var dates = FindDates(trimmed);
        return dates.Count == 1 && dates[0].Index == 0 && dates[0].Length == trimmed.Length ? dates[0].Iso : null;
    }

    /// <summary>Every span of years ("2024–2026", "2022-2024", "from 2022 to 2024", "2016-20").</summary>
    public static IReadOnlyList<PeriodMention> FindPeriods(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<PeriodMention>();
        foreach (Match match in Period().Matches(text))
        {
            var start = int.Parse(match.Groups["a"].Value, CultureInfo.InvariantCulture);
            var endText = match.Groups["b"].Value;
            var end = int.Parse(endText, CultureInfo.InvariantCulture);
            if (endText.Length == 2)
            {
                end += start / 100 * 100;
            }

            if (end < start || end - start > 40)
            {
                continue;
            }

            found.Add(new PeriodMention(string.Create(CultureInfo.InvariantCulture, $"{start}-{end}"), start, end, match.Index, match.Length));
        }

        return found;
    }

    /// <summary>The period of text that is one period ("for 2022 to 2024", "(2022–2024)"), or null.</summary>
    public static string? ParsePeriod(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = LeadingPreposition().Replace(text.Trim().Trim('(', ')', '.', ',', ' '), string.Empty);
        var periods = FindPeriods(trimmed);
        return periods.Count == 1 && periods[0].Index == 0 && periods[0].Length == trimmed.Length ? periods[0].Period : null;
    }

    /// <summary>The first date after a word such as "until" or "through" (<paramref name="marker"/>), within a few words of it.</summary>
    public static DateMention? DateAfter(string text, Regex marker)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(marker);
        var dates = FindDates(text);
        foreach (Match match in marker.Matches(text))
        {
            var end = match.Index + match.Length;
            foreach (var date in dates)
            {
                if (date.Index < end || date.Index - end > 20)
                {
                    continue;
                }

                var endOfYear = EndOf().IsMatch(text.AsSpan(end, date.Index - end));
                if (date.Index - end <= 12 || endOfYear)
                {
                    // "through the end of 2022" runs to the year's last day, not to some day of it.
                    return date.Length == 4 && endOfYear ? date with { Iso = date.Iso + "-12-31" } : date;
                }
            }
        }

        return null;
    }

    private static string? ToIso(Match match)
    {
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var monthGroup = match.Groups["m"];
        if (!monthGroup.Success)
        {
            return year.ToString(CultureInfo.InvariantCulture);
        }

        var month = MonthNumber(monthGroup.Value);
        if (month == 0)
        {
            return null;
        }

        var dayGroup = match.Groups["d"];
        if (!dayGroup.Success)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");
        }

        var day = int.Parse(dayGroup.Value, CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
    }

    private static int MonthNumber(string value)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number is >= 1 and <= 12 ? number : 0;
        }

        var head = value.TrimEnd('.');
        head = head.Length >= 3 ? head[..3] : head;
        return head.ToLowerInvariant() switch
        {
            "jan" => 1,
            "feb" => 2,
            "mar" => 3,
            "apr" => 4,
            "may" => 5,
            "jun" => 6,
            "jul" => 7,
            "aug" => 8,
            "sep" => 9,
            "oct" => 10,
            "nov" => 11,
            "dec" => 12,
            _ => 0,
        };
    }

    private static bool IsTaken(bool[] taken, int index, int length)
    {
        for (var i = index; i < index + length; i++)
        {
            if (taken[i])
            {
                return true;
            }
        }

        return false;
    }

    private static void Take(bool[] taken, int index, int length) => Array.Fill(taken, true, index, length);

    [GeneratedRegex(@"(?<![\w.])(?<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @",?\s+" + Year + @"(?![\d\-–])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + Month + @"\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+" + Year + @"(?![\d\-–])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<![\d\-])" + Year + @"-(?<m>0[1-9]|1[0-2])-(?<d>[0-3]\d)(?![\d\-])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b" + Month + @",?\s+(?:of\s+)?" + Year + @"(?![\d\-–])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    // A bare year; not a number inside a code ("Decree No. 2015-12"), an amount or a span.
    [GeneratedRegex(@"(?<!\d[,.])(?<![\d\-–/])" + Year + @"(?![\d%\-–/]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"(?<![\d,.])(?<a>(?:19|20)\d{2})\s*(?:[–—‒\-]|\bto\b|\bthrough\b|\buntil\b)\s*(?<b>(?:19|20)\d{2}|\d{2}(?!\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))(?![\d%]|,\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Period();

    [GeneratedRegex(@"^(?:on|in|since|from|until|through|by|as of|for|for the period|during)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingPreposition();

    [GeneratedRegex(@"^\s*the\s+(?:end|close)\s+of\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex EndOf();
}
