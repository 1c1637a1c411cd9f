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

    public static TextDocument Read(string html) => Read(html, ExtractionBudget.Unlimited());

    /// <summary>
    /// Parses with <paramref name="budget"/> checked every few hundred elements, and refuses markup nested deeper
    /// than <see cref="ExtractionLimits.MaxMarkupDepth"/> (the parser stops nesting one level below it, so the tree
    /// stays shallow enough to walk whatever the input).
    /// </summary>
    public static TextDocument Read(string html, ExtractionBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var created = 0;
        var parser = new HtmlParser(new HtmlParserOptions
        {
            MaximumDepth = budget.Limits.MaxMarkupDepth + 1,
            OnCreated = (_, _) =>
            {
                if (++created % 256 == 0)
                {
                    budget.Check();
                }
            },
        });
        var document = parser.ParseDocument(html);
        budget.Check();
        // Navigation menus list other countries and would sway which country a page is about.
        foreach (var element in document.QuerySelectorAll("script, style, noscript, template, nav, [hidden], [aria-hidden=true]").ToList())
        {
            element.Remove();
        }

        var lines = new List<string>();
        var current = new System.Text.StringBuilder();
        var walk = new WalkState(budget);
        Walk(document.DocumentElement, current, lines, walk, depth: 1);
        Flush(current, lines);
        return TextDocument.FromPlainLines(InputFormat.Html, lines);
    }

    /// <summary>The budget and how many nodes the walk has visited, so that it checks the budget every few hundred.</summary>
    private sealed class WalkState(ExtractionBudget budget)
    {
        public ExtractionBudget Budget => budget;

        public int Visited { get; set; }
    }

    private static void Walk(INode node, System.Text.StringBuilder current, List<string> lines, WalkState walk, int depth)
    {
        if (++walk.Visited % 512 == 0)
        {
            walk.Budget.Check();
        }

        if (depth > walk.Budget.Limits.MaxMarkupDepth)
        {
            throw new ReportTooLargeException($"The markup nests elements deeper than {walk.Budget.Limits.MaxMarkupDepth} levels (ReportPipeline:Limits:MaxMarkupDepth).");
        }

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
            Walk(child, current, lines, walk, depth + 1);
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
