using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ReportPipeline.Core.Text;

/// <summary>
/// HTML to structured lines: one line per block element, table rows as tab-separated cells,
/// scripts and styles dropped.
/// </summary>
public static class HtmlTextReader
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br", "section", "article",
        "header", "footer", "blockquote", "pre", "dt", "dd", "caption", "title", "table", "ul", "ol",
    };

    public static TextDocument Read(string html)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument(html);
        // Navigation menus list other countries and would sway which country a page is about.
        foreach (var element in document.QuerySelectorAll("script, style, noscript, template, nav, [hidden], [aria-hidden=true]").ToList())
        {
            element.Remove();
        }

        var lines = new List<string>();
        var current = new System.Text.StringBuilder();
        Walk(document.DocumentElement, current, lines);
        Flush(current, lines);
        return TextDocument.FromPlainLines(InputFormat.Html, lines);
    }

    private static void Walk(INode node, System.Text.StringBuilder current, List<string> lines)
    {
        if (node is IText text)
        {
            current.Append(text.Data);
            return;
        }

        if (node is not IElement element)
        {
            return;
        }

        if (element.LocalName is "tr")
        {
            Flush(current, lines);
            var cells = element.Children.Where(c => c.LocalName is "td" or "th").Select(CellText);
            var row = string.Join('\t', cells);
            if (row.Trim('\t').Length > 0)
            {
                lines.Add(row);
            }

            return;
        }

        var block = BlockTags.Contains(element.LocalName);
        if (block)
        {
            Flush(current, lines);
        }

        foreach (var child in element.ChildNodes)
        {
            Walk(child, current, lines);
        }

        if (block)
        {
            Flush(current, lines);
        }
    }

    /// <summary>A cell's text with its paragraphs and line breaks kept apart by spaces, not glued.</summary>
    private static string CellText(IElement cell)
    {
        var text = new System.Text.StringBuilder();
        foreach (var node in cell.Descendants())
        {
            if (node is IText t)
            {
                text.Append(t.Data);
            }
            else if (node is IElement e && BlockTags.Contains(e.LocalName))
            {
                text.Append(' ');
            }
        }

        return Normalize(text.ToString());
    }

    private static void Flush(System.Text.StringBuilder current, List<string> lines)
    {
        var line = Normalize(current.ToString());
        if (line.Length > 0)
        {
            lines.Add(line);
        }

        current.Clear();
    }

    private static string Normalize(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
}
