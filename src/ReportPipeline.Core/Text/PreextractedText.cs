using System.Text.RegularExpressions;

namespace ReportPipeline.Core.Text;

/// <summary>
/// Cleans text that another tool already extracted from a report (the seeds): markdown
/// emphasis (<c>**unknown**</c>, <c>***TITLE***</c>), LaTeX artefacts where check marks were
/// (<c>\mathbf{X}</c>, <c>$\checkmark$</c>) and stray HTML tags (<c>&lt;p&gt;</c>, <c>&lt;i&gt;</c>),
/// keeping tab-separated table cells in place (an empty cell stays an empty cell).
/// </summary>
public static partial class PreextractedText
{
    public static IReadOnlyList<string> Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            var cells = raw.Split('\t').Select(CleanCell).ToList();
            while (cells.Count > 1 && cells[^1].Length == 0)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            var line = string.Join('\t', cells);
            if (line.Trim('\t').Length > 0)
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    private static string CleanCell(string cell)
    {
        var clean = Emphasis().Replace(cell, string.Empty);
        clean = LatexCommand().Replace(clean, m => m.Groups["arg"].Success ? m.Groups["arg"].Value : Symbol(m.Groups["name"].Value));
        clean = HtmlTag().Replace(clean, " ");
        clean = System.Net.WebUtility.HtmlDecode(clean);
        return Spaces().Replace(clean.Replace('\u00A0', ' '), " ").Trim();
    }

    /// <summary>Argument-less LaTeX symbols that stood for table marks keep their meaning.</summary>
    private static string Symbol(string command) => command switch
    {
        "checkmark" or "surd" => "✓",
        "times" => "X",
        _ => string.Empty,
    };

    [GeneratedRegex(@"\*{2,}")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\$?\\(?<name>mathbf|textbf|mathrm|text|mathit|textit|checkmark|surd|times)(?:\{(?<arg>[^}]*)\})?\$?")]
    private static partial Regex LatexCommand();

    [GeneratedRegex(@"</?(?:p|i|b|em|strong|u|span|br|div|sup|sub)(?:\s[^>]*)?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@" {2,}")]
    private static partial Regex Spaces();
}
