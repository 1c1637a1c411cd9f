using System.Text.RegularExpressions;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Statements;

/// <summary>
/// Finds running headers, footers and page numbers in a PDF's lines: text at the top or bottom
/// of a page that recurs on other pages once digits are ignored ("4 BUREAU OF INTERNATIONAL
/// LABOR AFFAIRS", "2018 FINDINGS ON THE WORST FORMS OF CHILD LABOR 3", the country name).
/// Left in, they would split sentences that run across a page break.
/// </summary>
internal static partial class PageFurniture
{
    private const int EdgeLines = 3;

    public static HashSet<int> Find(TextDocument document)
    {
        var furniture = new HashSet<int>();
        if (document.Format != InputFormat.Pdf)
        {
            return furniture;
        }

        var pages = document.Lines
            .Select((line, index) => (line, index))
            .Where(x => x.line.Page is not null)
            .GroupBy(x => x.line.Page!.Value)
            .ToList();
        var edges = new List<(int Index, int Page, string Key)>();
        foreach (var page in pages)
        {
            var onPage = page.ToList();
            var edgeIndices = onPage.Take(EdgeLines).Concat(onPage.TakeLast(EdgeLines)).Select(x => x.index).Distinct();
            foreach (var index in edgeIndices)
            {
                var text = document.Lines[index].Text;
                var key = Key(text);
                if (key.Length == 0)
                {
                    // A page number alone.
                    furniture.Add(index);
                }
                else if (key.Length <= 120)
                {
                    edges.Add((index, page.Key, key));
                }
            }
        }

        foreach (var group in edges.GroupBy(e => e.Key))
        {
            if (group.Select(e => e.Page).Distinct().Count() >= 2)
            {
                furniture.UnionWith(group.Select(e => e.Index));
            }
        }

        return furniture;
    }

    private static string Key(string text) => Spaces().Replace(Digits().Replace(text.ToLowerInvariant(), " "), " ").Trim();

    [GeneratedRegex(@"[\d\t|]+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
