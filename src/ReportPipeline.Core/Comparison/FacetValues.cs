using System.Globalization;
using System.Text;

namespace ReportPipeline.Core.Comparison;

/// <summary>How values of the status vocabulary are compared: spelling variants are one value.</summary>
public static class FacetValues
{
    public const string Unknown = "Unknown";
    public const string NotApplicable = "N/A";
    public const string Unavailable = "Unavailable";
    public const string NoAssessment = "No Assessment";

    private static readonly string[] NotAnswers = [Unknown, NotApplicable, Unavailable, NoAssessment];

    /// <summary>
    /// The canonical spelling: footnote marks dropped, whitespace squeezed, Yes/No/Unknown in
    /// vocabulary case, "Not Applicable" as N/A, numbers without thousands separators.
    /// </summary>
    public static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value)
        {
            if (c is '‡' or '†' or '*')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        var text = builder.ToString();
        if (text.Equals("not applicable", StringComparison.OrdinalIgnoreCase) || text.Equals("n/a", StringComparison.OrdinalIgnoreCase))
        {
            return NotApplicable;
        }

        foreach (var word in (string[])["Yes", "No", Unknown, Unavailable, NoAssessment, "Ratified", "Not ratified", "Active", "Lifted", "None", "Adopted", "Expired", "Drafted"])
        {
            if (text.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return word;
            }
        }

        var digits = text.Replace(",", string.Empty, StringComparison.Ordinal);
        if (digits.Length > 0 && digits.Length < 20 && decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return Canonical(number);
        }

        return text;
    }

    /// <summary>
    /// A number in one spelling: "48.0", "48" and "48.00" are all "48" (a decimal keeps the scale it was
    /// parsed with, so 48.0m prints as "48.0"; dividing by 1.000… gives the smallest scale that holds it).
    /// </summary>
    public static string Canonical(decimal number) =>
        (number / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>True when two normalized values are the same number, however written.</summary>
    public static bool SameNumber(string a, string b) =>
        TryNumber(a, out var x) && TryNumber(b, out var y) && x == y;

    /// <summary>A Yes/No answer against a figure: two ways of reporting, not a change one can put in words.</summary>
    public static bool YesNoAgainstNumber(string a, string b) =>
        (IsYesNo(a) && TryNumber(b, out _)) || (TryNumber(a, out _) && IsYesNo(b));

    public static bool IsYesNo(string normalized) => normalized is "Yes" or "No";

    /// <summary>Unknown, N/A, Unavailable, No Assessment: the report answers, but not with a status.</summary>
    public static bool IsNotAnAnswer(string normalized) => NotAnswers.Contains(normalized, StringComparer.Ordinal);

    public static bool TryNumber(string normalized, out decimal number) =>
        decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);

    public static bool TryDate(string normalized, out DateOnly date) =>
        DateOnly.TryParseExact(normalized, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>An ISO date as precise as the text gave it: yyyy, yyyy-MM or yyyy-MM-dd.</summary>
    public static bool IsIsoDate(string normalized) =>
        normalized.Length is 4 or 7 or 10
        && (TryDate(normalized, out _)
            || DateOnly.TryParseExact(normalized + (normalized.Length == 4 ? "-01-01" : "-01"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));

    /// <summary>An ISO date in plain words: 2026-01-01 -> "1 January 2026"; anything else unchanged.</summary>
    public static string Words(string value) =>
        TryDate(value, out var date) ? date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : value;
}
