using System.Reflection;

namespace ReportPipeline.Core.Identification;

/// <summary>
/// The countries the pipeline knows, loaded from data (an embedded ISO 3166 list with the
/// names reports use) and extendable with more rows, e.g. an invented country for tests and the demo.
/// </summary>
public sealed class CountryCatalog
{
    private readonly Dictionary<string, Country> _byIso2 = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Country> _byName = new(StringComparer.OrdinalIgnoreCase);

    public CountryCatalog(IEnumerable<Country> countries)
    {
        ArgumentNullException.ThrowIfNull(countries);
        foreach (var country in countries)
        {
            Add(country);
        }
    }

    public IReadOnlyCollection<Country> All => _byIso2.Values;

    /// <summary>Grows on every <see cref="Add"/>, so that matchers built from the catalog know when to rebuild.</summary>
    public int Revision { get; private set; }

    /// <summary>The embedded list, optionally extended by TSV files (iso2, name, aliases separated by '|').</summary>
    public static CountryCatalog Load(params string[] extraTsvFiles)
    {
        ArgumentNullException.ThrowIfNull(extraTsvFiles);
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ReportPipeline.Core.countries.tsv")
            ?? throw new InvalidOperationException("The embedded country list is missing.");
        using var reader = new StreamReader(stream);
        var countries = ParseTsv(reader.ReadToEnd()).ToList();
        foreach (var file in extraTsvFiles)
        {
            countries.AddRange(ParseTsv(File.ReadAllText(file)));
        }

        return new CountryCatalog(countries);
    }

    public static CountryCatalog Default { get; } = Load();

    public static IEnumerable<Country> ParseTsv(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < 2 || cells[0].Length != 2)
            {
                throw new FormatException($"Country line must be 'ISO2<TAB>Name[<TAB>alias|alias]': '{line}'.");
            }

            var aliases = cells.Length > 2
                ? cells[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [];
            yield return new Country(cells[0].ToUpperInvariant(), cells[1].Trim(), aliases);
        }
    }

    public void Add(Country country)
    {
        ArgumentNullException.ThrowIfNull(country);
        Revision++;
        _byIso2[country.Iso2] = country;
        _byName[country.Name] = country;
        foreach (var alias in country.Aliases)
        {
            _byName[alias] = country;
        }
    }

    public Country? ByIso2(string iso2) => _byIso2.GetValueOrDefault(iso2);

    /// <summary>Exact match on a name or alias, ignoring case.</summary>
    public Country? ByName(string name) => _byName.GetValueOrDefault(name.Trim());

    /// <summary>ISO-2 code or name.</summary>
    public Country? Find(string codeOrName) =>
        codeOrName.Trim().Length == 2 ? ByIso2(codeOrName.Trim()) ?? ByName(codeOrName) : ByName(codeOrName);

    /// <summary>
    /// Countries whose name, alias or code is close to <paramref name="value"/> (a typo, a prefix), closest
    /// first: what to offer when <see cref="Find"/> found nothing. Only countries of this catalog are offered,
    /// so an invented country appears only where its list was loaded.
    /// </summary>
    public IReadOnlyList<Country> Suggest(string value, int max = 3)
    {
        ArgumentNullException.ThrowIfNull(value);
        var wanted = value.Trim().ToUpperInvariant();
        if (wanted.Length == 0)
        {
            return [];
        }

        var tolerance = Math.Max(1, wanted.Length / 4);
        return _byName.Select(kv => (Country: kv.Value, Distance: Closeness(wanted, kv.Key.ToUpperInvariant(), tolerance)))
            .Concat(_byIso2.Values.Select(c => (Country: c, Distance: wanted.Length == 2 ? Closeness(wanted, c.Iso2, 0) : int.MaxValue)))
            .Where(c => c.Distance != int.MaxValue)
            .GroupBy(c => c.Country.Iso2, StringComparer.Ordinal)
            .Select(g => (g.First().Country, Distance: g.Min(c => c.Distance)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Country.Name, StringComparer.Ordinal)
            .Take(max)
            .Select(c => c.Country)
            .ToList();
    }

    /// <summary>0 for a prefix of at least three letters, else the edit distance when within <paramref name="tolerance"/>, else int.MaxValue.</summary>
    private static int Closeness(string wanted, string name, int tolerance)
    {
        if (wanted.Length >= 3 && name.StartsWith(wanted, StringComparison.Ordinal))
        {
            return 0;
        }

        if (Math.Abs(name.Length - wanted.Length) > tolerance)
        {
            return int.MaxValue;
        }

        var previous = new int[name.Length + 1];
        var current = new int[name.Length + 1];
        for (var j = 0; j <= name.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= wanted.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= name.Length; j++)
            {
                var cost = wanted[i - 1] == name[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[name.Length] <= tolerance ? previous[name.Length] : int.MaxValue;
    }

    /// <summary>
    /// Why <paramref name="value"/> is not a country, for a message: the closest countries of this catalog, else an
    /// example of a code and a name (from the ISO list, never an invented country).
    /// </summary>
    public string UnknownCountryHint(string value)
    {
        var close = Suggest(value);
        return close.Count > 0
            ? $"did you mean {string.Join(", ", close.Select(c => $"{c.Name} ({c.Iso2})"))}?"
            : "give an ISO-2 code such as FR or a name such as France";
    }

    /// <summary>All names and aliases, longest first, for scanning text.</summary>
    public IEnumerable<(string Name, Country Country)> Names() =>
        _byName.Select(kv => (kv.Key, kv.Value)).OrderByDescending(n => n.Key.Length);
}
