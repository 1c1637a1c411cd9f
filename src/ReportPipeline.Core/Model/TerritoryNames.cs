using System.Text.RegularExpressions;

namespace ReportPipeline.Core.Model;

/// <summary>
/// Reads the territory names of one country's document ("Related Entity" cells of a chapter, or
/// the export's Territory_Name values) into slugs. A name may be an abbreviation the document
/// defines elsewhere ("FBiH" after "Federation of Bosnia and Herzegovina (FBiH)"), or a list of
/// territories ("BiH, FBiH, RS, BD", "FBiH/RS/BD", "Iraq and Kurdistan Region"), or the whole
/// country ("All", "All Territories"). A list is split only where every part is a name the
/// document uses on its own, so that "Bosnia and Herzegovina" stays one name.
/// </summary>
public sealed partial class TerritoryNames
{
    private readonly Dictionary<string, string> _abbreviations = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Learns the names a document uses: each alone, and each "Name (ABBR)" as an abbreviation.</summary>
    public void Learn(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (var raw in names)
        {
            var name = Squeeze(raw);
            if (name.Length == 0 || Territories.IsWholeCountry(name))
            {
                continue;
            }

            if (Abbreviated().Match(name) is { Success: true } match)
            {
                var full = match.Groups["name"].Value;
                var abbreviation = match.Groups["abbr"].Value;
                _names.Add(full);
                if (IsAbbreviationOf(abbreviation, full))
                {
                    _abbreviations.TryAdd(abbreviation, full);
                }
            }
            else if (!IsList(name) && LooksLikeName().IsMatch(name))
            {
                _names.Add(name);
            }
        }
    }

    /// <summary>Learns "Full Name (ABBR)" definitions from running text, e.g. "governing Brčko District (BD)".</summary>
    public void LearnAbbreviations(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in Defined().Matches(text))
        {
            var abbreviation = match.Groups["abbr"].Value;
            var words = match.Groups["name"].Value.Split(' ');
            // The definition's name is the shortest run of trailing words whose initials make the abbreviation.
            for (var take = 1; take <= words.Length; take++)
            {
                var candidate = string.Join(' ', words[^take..]);
                if (char.IsUpper(candidate[0]) && IsAbbreviationOf(abbreviation, candidate))
                {
                    _abbreviations.TryAdd(abbreviation, candidate);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The slugs a name stands for: one for a territory, several for a list, none for the whole
    /// country; null when it cannot be read with confidence.
    /// </summary>
    public IReadOnlyList<string>? Resolve(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var name = Squeeze(raw);
        if (name.Length == 0)
        {
            return null;
        }

        if (Territories.IsWholeCountry(name))
        {
            return [];
        }

        if (Single(name) is { } single && !IsList(name))
        {
            return [single];
        }

        var parts = ListSeparator().Split(name).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count > 1)
        {
            var slugs = new List<string>();
            foreach (var part in parts)
            {
                if (Known(part) is not { } slug)
                {
                    return null;
                }

                if (!slugs.Contains(slug))
                {
                    slugs.Add(slug);
                }
            }

            return slugs;
        }

        return Single(name) is { } alone ? [alone] : null;
    }

    /// <summary>
    /// The slugs a name of the publisher's data stands for: its territories when it can be read
    /// (none for the whole country), else the name slugged as it stands, so that no value is lost.
    /// </summary>
    public IReadOnlyList<string> SlugsOf(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        return Resolve(raw) ?? [Territories.Slug(raw)];
    }

    /// <summary>The name (or abbreviation) a text ends with, as written there; null when it ends with none.</summary>
    public string? NameAtEnd(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = Squeeze(text);
        return _names.Concat(_abbreviations.Keys)
            .Where(n => trimmed.Length > n.Length + 1 && trimmed.EndsWith(" " + n, StringComparison.Ordinal))
            .MaxBy(n => n.Length);
    }

    /// <summary>A name read as one territory: its abbreviation resolved, or the name itself when it looks like a name.</summary>
    private string? Single(string name)
    {
        if (Known(name) is { } known)
        {
            return known;
        }

        // "Punjab Province" where the document calls it "Punjab" elsewhere: the same territory.
        if (ProvinceSuffix().Match(name) is { Success: true } suffixed && Known(suffixed.Groups["name"].Value) is { } stem)
        {
            return stem;
        }

        return LooksLikeName().IsMatch(name) ? Territories.Slug(name) : null;
    }

    /// <summary>A name the document defines or uses on its own, as a slug; null otherwise.</summary>
    private string? Known(string name)
    {
        if (_abbreviations.TryGetValue(name, out var full))
        {
            return Territories.Slug(full);
        }

        if (Abbreviated().Match(name) is { Success: true } match && _names.Contains(match.Groups["name"].Value))
        {
            return Territories.Slug(match.Groups["name"].Value);
        }

        return _names.Contains(name) ? Territories.Slug(name) : null;
    }

    /// <summary>"BiH, FBiH, RS, BD", "FBiH/RS/BD", or "A and B" where A and B are both names of their own.</summary>
    private bool IsList(string name)
    {
        if (name.Contains(',', StringComparison.Ordinal) || name.Contains('/', StringComparison.Ordinal) || name.Contains(';', StringComparison.Ordinal))
        {
            return true;
        }

        var parts = ListSeparator().Split(name);
        return parts.Length > 1 && parts.All(p => _names.Contains(p.Trim()) || _abbreviations.ContainsKey(p.Trim()));
    }

    /// <summary>"FBiH" for "Federation of Bosnia and Herzegovina": its capitals are the initials of the name's words, in order.</summary>
    private static bool IsAbbreviationOf(string abbreviation, string name)
    {
        var capitals = abbreviation.Where(char.IsUpper).Select(char.ToUpperInvariant).ToList();
        var initials = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0])).ToList();
        if (capitals.Count < 2 || capitals[0] != initials[0])
        {
            return false;
        }

        var i = 0;
        foreach (var initial in initials)
        {
            if (i < capitals.Count && capitals[i] == initial)
            {
                i++;
            }
        }

        return i == capitals.Count;
    }

    private static string Squeeze(string value) =>
        string.Join(' ', value.Replace("‡", string.Empty, StringComparison.Ordinal).Replace("†", string.Empty, StringComparison.Ordinal)
            .Replace("*", string.Empty, StringComparison.Ordinal).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^(?<name>.+?) (?:Province|State|Region|Territory)$")]
    private static partial Regex ProvinceSuffix();

    [GeneratedRegex(@"^(?<name>[^()]+?)\s*\((?<abbr>[A-Za-z]{1,8})\)$")]
    private static partial Regex Abbreviated();

    [GeneratedRegex(@"(?<name>(?:[A-Z][\p{L}'’-]*|of|and|the)(?: (?:[A-Z][\p{L}'’-]*|of|and|the)){0,6}) \((?<abbr>[A-Z][A-Za-z]{1,7})\)")]
    private static partial Regex Defined();

    [GeneratedRegex(@"\s*(?:,\s*and\s+|,|/|;|\s+and\s+)\s*")]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"^[A-Z][\p{L}'’.-]*(?: (?:[A-Z][\p{L}'’.-]*|of|and|the|de|da))*$")]
    private static partial Regex LooksLikeName();
}
