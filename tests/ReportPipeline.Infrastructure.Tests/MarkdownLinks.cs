using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportPipeline.Infrastructure.Tests;

/// <summary>
/// Finds relative links and <c>#anchors</c> in Markdown that point nowhere, and headings that skip
/// a level. Anchors follow GitHub's rule (lower case, punctuation dropped, spaces to hyphens,
/// repeats suffixed -1, -2 …) plus explicit <c>id</c> attributes, so a link that works on GitHub
/// passes here.
/// </summary>
public static partial class MarkdownLinks
{
    /// <summary>Problems of <paramref name="file"/>, each naming file, line and target; empty when every link resolves.</summary>
    public static IReadOnlyList<string> Check(string file, string repositoryRoot)
    {
        var problems = new List<string>();
        var lines = File.ReadAllLines(file);
        var directory = Path.GetDirectoryName(Path.GetFullPath(file))!;
        var root = Path.GetFullPath(repositoryRoot);
        var name = Path.GetRelativePath(root, file);
        var previousLevel = 0;
        var fenced = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
                continue;
            }

            if (fenced)
            {
                continue;
            }

            var heading = Heading().Match(line);
            if (heading.Success)
            {
                var level = heading.Groups[1].Value.Length;
                // Skipping a level (## then ####) is the mis-nesting the old README had.
                if (level > previousLevel + 1)
                {
                    problems.Add($"{name}:{i + 1}: heading level {level} under level {previousLevel}: {line}");
                }

                previousLevel = level;
            }

            foreach (Match link in Link().Matches(CodeSpan().Replace(line, "")))
            {
                var problem = CheckTarget(link.Groups[1].Value, file, directory, root);
                if (problem is not null)
                {
                    problems.Add($"{name}:{i + 1}: ({link.Groups[1].Value}) {problem}");
                }
            }
        }

        return problems;
    }

    /// <summary>The anchors a Markdown file offers: its headings' GitHub slugs and explicit ids.</summary>
    public static IReadOnlySet<string> Anchors(string file)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var fenced = false;
        foreach (var line in File.ReadLines(file))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
                continue;
            }

            if (fenced)
            {
                continue;
            }

            var heading = Heading().Match(line);
            if (heading.Success)
            {
                var slug = Slug(heading.Groups[2].Value);
                var count = seen.GetValueOrDefault(slug);
                seen[slug] = count + 1;
                anchors.Add(count == 0 ? slug : $"{slug}-{count}");
            }

            foreach (Match id in HtmlId().Matches(line))
            {
                anchors.Add(id.Groups[1].Value);
            }
        }

        return anchors;
    }

    /// <summary>GitHub's heading slug: rendered text, lower case, only letters, digits, '-', '_' and spaces kept, spaces to '-'.</summary>
    public static string Slug(string headingText)
    {
        ArgumentNullException.ThrowIfNull(headingText);
        var rendered = InlineLink().Replace(headingText, "$1").Replace("`", "", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal);
        var slug = new StringBuilder();
        foreach (var c in rendered.Trim().ToLowerInvariant())
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsLetterOrDigit(c) || c is '-' or '_' || category is UnicodeCategory.NonSpacingMark)
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    private static string? CheckTarget(string target, string file, string directory, string root)
    {
        // Absolute URLs (https:, mailto:) are not checked: tests stay on loopback.
        if (Scheme().IsMatch(target))
        {
            return null;
        }

        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var pathPart = Uri.UnescapeDataString(hash < 0 ? target : target[..hash]);
        var anchor = hash < 0 ? null : target[(hash + 1)..];
        var resolved = pathPart.Length == 0 ? Path.GetFullPath(file) : Path.GetFullPath(Path.Combine(directory, pathPart));
        if (!resolved.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return "points outside the repository (a fresh clone does not have it)";
        }

        if (!File.Exists(resolved) && !Directory.Exists(resolved))
        {
            return "no such file";
        }

        if (anchor is null)
        {
            return null;
        }

        if (!resolved.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return "an anchor into a file that is not Markdown";
        }

        return Anchors(resolved).Contains(anchor) ? null : $"no heading or id '{anchor}' in {Path.GetFileName(resolved)}";
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.*?)\s*#*\s*$")]
    private static partial Regex Heading();

    // [text](target) and ![alt](target), with an optional "title"; the target has no spaces.
    [GeneratedRegex(@"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+""[^""]*"")?\s*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"\b(?:id|name)=""([^""]+)""")]
    private static partial Regex HtmlId();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();
}
