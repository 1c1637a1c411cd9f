using System.Text.RegularExpressions;

namespace ReportPipeline.Core.Text;

/// <summary>
/// Cleans text that another tool already extracted from a report (the seeds): markdown bold,
/// LaTeX check-mark artefacts and stray HTML paragraph tags, keeping tab-separated table cells.
/// </summary>
public static partial class PreextractedText
{
    public static IReadOnlyList<string> Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            var line = raw.Replace("**", string.Empty, StringComparison.Ordinal);
            line = MathBold().Replace(line, "$1");
            line = ParagraphTag().Replace(line, " ");
            line = line.Replace('\u00A0', ' ').TrimEnd();
            if (line.Trim().Length > 0)
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    [GeneratedRegex(@"\$?\\mathbf\{([^}]*)\}\$?")]
    private static partial Regex MathBold();

    [GeneratedRegex(@"</?p\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphTag();
}
