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

    /// <summary>All names and aliases, longest first, for scanning text.</summary>
    public IEnumerable<(string Name, Country Country)> Names() =>
        _byName.Select(kv => (kv.Key, kv.Value)).OrderByDescending(n => n.Key.Length);
}
