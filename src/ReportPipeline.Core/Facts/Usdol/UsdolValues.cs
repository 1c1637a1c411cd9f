using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportPipeline.Core.Facts.Usdol;

/// <summary>
/// Turns the cells of USDOL tables into schema values: footnote marks and citation numbers
/// dropped, counts as plain integers, check marks as Yes/No.
/// </summary>
internal static partial class UsdolValues
{
    /// <summary>"2,168 (13)" → "2,168"; "103† (1)" → "103"; "Unknown*" → "Unknown".</summary>
    public static string Clean(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var text = Citation().Replace(cell, " ");
        text = text.Replace("‡", string.Empty, StringComparison.Ordinal)
            .Replace("†", string.Empty, StringComparison.Ordinal)
            .Replace("*", string.Empty, StringComparison.Ordinal)
            .Replace('\u00A0', ' ');
        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>A Yes/No-type cell: Yes, No, Unknown, N/A or Unavailable; null when the cell is something else.</summary>
    public static string? Status(string cell)
    {
        var text = Clean(cell);
        return text.ToUpperInvariant() switch
        {
            "YES" => "Yes",
            "NO" => "No",
            "UNKNOWN" => "Unknown",
            "N/A" or "NOT APPLICABLE" or "NA" => "N/A",
            "UNAVAILABLE" => "Unavailable",
            _ => null,
        };
    }

    /// <summary>A count cell: a plain integer ("2168"), or Unknown / N/A / Unavailable; null otherwise.</summary>
    public static string? Count(string cell)
    {
        var text = Clean(cell);
        var number = CountNumber().Match(text);
        if (number.Success)
        {
            return ParseInteger(number.Groups[1].Value);
        }

        var status = Status(text);
        return status is "Yes" or "No" ? null : status;
    }

    /// <summary>"6,926" → "6926"; null when it is not a whole number.</summary>
    public static string? ParseInteger(string digits)
    {
        var plain = digits.Replace(",", string.Empty, StringComparison.Ordinal);
        return long.TryParse(plain, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value.ToString(CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>
    /// The laws table's "Meets International Standards" cell: words (Yes/No/N/A) or check marks.
    /// Returns <see cref="MeetsMark.Unreadable"/> for marks that survived as a stray glyph
    /// ("O", "&gt;") whose meaning was lost, and <see cref="MeetsMark.None"/> for anything else.
    /// </summary>
    public static MeetsMark Meets(string cell)
    {
        var text = Clean(cell);
        switch (text.ToUpperInvariant())
        {
            case "YES":
            case "✓":
            case "✔":
            case "√":
            case "☑":
                return MeetsMark.Yes;
            case "NO":
            case "✗":
            case "✘":
            case "X":
            case "Х": // Cyrillic Kha, as some converters emit the cross
            case "×":
            case "☒":
                return MeetsMark.No;
            case "N/A":
            case "NOT APPLICABLE":
                return MeetsMark.NotApplicable;
            case "O":
            case "0":
            case ">":
            case "<":
            case "■":
            case "□":
                return MeetsMark.Unreadable;
            default:
                return MeetsMark.None;
        }
    }

    /// <summary>An age cell ("16", "17‡"), or null.</summary>
    public static string? Age(string cell)
    {
        var text = Clean(cell);
        return AgeNumber().IsMatch(text) ? ParseInteger(text) : null;
    }

    /// <summary>A percentage cell ("2.1 (638,943)", "9.2%", "3.2% (79,690)"), as an invariant number; null otherwise.</summary>
    public static string? Percent(string cell)
    {
        var match = PercentNumber().Match(Clean(cell));
        if (!match.Success)
        {
            return null;
        }

        return decimal.TryParse(match.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value.ToString(CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>
    /// The lower-case, single-spaced form of a label used to compare it with the known labels:
    /// typographic apostrophes, list bullets and footnote marks removed.
    /// </summary>
    public static string Key(string label)
    {
        var builder = new StringBuilder(label.Length);
        foreach (var c in label)
        {
            switch (c)
            {
                case '’' or '‘':
                    builder.Append('\'');
                    break;
                case '‡' or '†' or '*' or '■' or '•' or '\u25AA':
                    break;
                case '–' or '—':
                    builder.Append('-');
                    break;
                default:
                    builder.Append(char.ToLowerInvariant(c));
                    break;
            }
        }

        var text = Spaces().Replace(builder.ToString(), " ").Trim();
        return IsBulletedRow(label) ? text[2..] : text;
    }

    // The 2015 layout bullets sub-rows with a ZapfDingbats square that text extraction reads as "n".
    private static bool IsBulletedRow(string label)
    {
        var trimmed = label.TrimStart();
        return trimmed.Length > 3 && trimmed[0] == 'n' && trimmed[1] == ' ' && char.IsUpper(trimmed[2]);
    }

    // Citation groups: "(13)", "(2,8,39)", "(45, 46)", "(1-3,28-30)", "(1–3)".
    [GeneratedRegex(@"\s*\(\s*\d+(?:\s*[-–,;]\s*\d+)*\s*\)")]
    private static partial Regex Citation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(\d{1,3}(?:,\d{3})+|\d+)$")]
    private static partial Regex CountNumber();

    [GeneratedRegex(@"^\d{1,2}$")]
    private static partial Regex AgeNumber();

    [GeneratedRegex(@"^(\d{1,3}(?:\.\d+)?)\s*%?(?:\s*\([\d,.\s]+\)|\s*\(Unavailable\))?$", RegexOptions.IgnoreCase)]
    private static partial Regex PercentNumber();
}

internal enum MeetsMark
{
    None,
    Yes,
    No,
    NotApplicable,
    Unreadable,
}
