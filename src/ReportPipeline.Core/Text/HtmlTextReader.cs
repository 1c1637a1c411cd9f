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

    /// <summary>Elements whose end tag a page may omit, and void elements: not counted by <see cref="RefuseRunawayNesting"/>.</summary>
    private static readonly HashSet<string> ImpliedEndOrVoid = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "td", "th", "tr", "tbody", "thead", "tfoot", "option", "optgroup", "rb", "rt", "rp",
        "colgroup", "caption", "html", "head", "body", "area", "base", "br", "col", "embed", "hr", "img", "input",
        "link", "meta", "source", "track", "wbr", "param",
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
        RefuseRunawayNesting(html, budget.Limits.MaxMarkupDepth);
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

    /// <summary>
    /// The parser's own depth limit keeps the tree shallow, but each end tag past it still searches the stack of
    /// open elements: a quarter of a million nested &lt;div&gt; take minutes before the parser returns. One linear
    /// pass over the tags estimates the nesting first. Elements whose end tag HTML lets a page omit (p, li, td, …)
    /// and void elements are not counted, so untidy real pages never come near the bound, which is far above the
    /// limit: nesting just above the limit is still refused by the parser and the walk, with the same reason.
    /// </summary>
    private static void RefuseRunawayNesting(string html, int maxDepth)
    {
        var bound = Math.Max(maxDepth * 16, 1024);
        var depth = 0;
        for (var i = html.IndexOf('<', StringComparison.Ordinal); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }

            if (end == start || (end < html.Length && html[end] == ':'))
            {
                continue;
            }

            var name = html.AsSpan(start, end - start);
            if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                // Script and style hold text, not tags: "i<n" in minified code is a comparison, not an element.
                var skipTo = html.IndexOf("</" + name.ToString(), end, StringComparison.OrdinalIgnoreCase);
                if (skipTo < 0)
                {
                    break;
                }

                i = skipTo + 1;
                continue;
            }

            if (ImpliedEndOrVoid.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
            {
                continue;
            }

            var close = html.IndexOf('>', end);
            if (close < 0)
            {
                // No tag is closed from here on: nothing more nests.
                break;
            }

            if (html[close - 1] == '/')
            {
                continue;
            }

            depth = closing ? Math.Max(0, depth - 1) : depth + 1;
            if (depth > bound)
            {
                throw new ReportTooLargeException($"The markup nests elements deeper than {maxDepth} levels (ReportPipeline:Limits:MaxMarkupDepth).");
            }
        }
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
