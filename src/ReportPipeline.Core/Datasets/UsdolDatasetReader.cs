using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using ReportPipeline.Core.Facts;
using ReportPipeline.Core.Identification;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Datasets;

/// <summary>What a file is as XML, by its structure.</summary>
public enum XmlShape
{
    /// <summary>Not XML, HTML, or XML this pipeline reads as text.</summary>
    None,

    /// <summary>The publisher's export: root element <c>&lt;Countries&gt;</c>.</summary>
    Export,

    /// <summary>The export's structure, with a DOCTYPE: refused.</summary>
    ExportWithDtd,

    /// <summary>Other XML with a DOCTYPE: refused.</summary>
    OtherXmlWithDtd,
}

/// <summary>One country-year of the publisher's XML export, as read.</summary>
/// <param name="DatasetName">The country name exactly as the export writes it (whitespace squeezed).</param>
/// <param name="MultipleTerritories">The export splits this country's tables by territory.</param>
public sealed record DatasetEntry(string DatasetName, bool MultipleTerritories, ExtractionResult Result);

/// <summary>
/// Reads the publisher's structured export (<c>usdol-dataset</c>: <c>countries_YYYY.xml</c>, one
/// <c>&lt;Country&gt;</c> per country) into one document per country-year with facts straight
/// from the data. Streams the file country by country; never resolves DTDs or external entities.
/// </summary>
/// <remarks>
/// Territory rule: where a table holds <c>&lt;Territory&gt;</c> children, each territory's value goes
/// under <c>facet@territory-slug</c> (e.g. <c>enforcement.labor.inspectors@zanzibar</c>, slugged by
/// <see cref="Territories.Slug"/> like the PDF chapters); a single territory named "All Territories",
/// "All" or "All (country)" (or identical repeats of it) covers the whole country and keeps the plain facet.
/// </remarks>
public sealed partial class UsdolDatasetReader(CountryCatalog countries)
{
    public const string Classifier = "usdol-dataset";

    private static readonly char[] FootnoteMarks = ['‡', '†', '*'];

    private static readonly Lazy<CountryCatalog> PublisherNames = new(LoadPublisherNames);

    private static readonly Dictionary<string, string> Conventions = new(StringComparer.Ordinal)
    {
        ["C_138_Ratified"] = "ilo_c138",
        ["C_182_Ratified"] = "ilo_c182",
        ["Convention_on_the_Rights_of_the_Child_Ratified"] = "un_crc",
        ["CRC_Armed_Conflict_Ratified"] = "un_crc_op_armed_conflict",
        ["CRC_Commercial_Sexual_Exploitation_of_Children_Ratified"] = "un_crc_op_sale_of_children",
        ["Palermo_Ratified"] = "palermo_protocol",
    };

    // The export's tag names, misspellings included ("Minumum").
    internal static readonly Dictionary<string, string> LegalStandards = new(StringComparer.Ordinal)
    {
        ["Minimum_Work"] = "minimum_age_work",
        ["Minimum_Hazardous_Work"] = "minimum_age_hazardous_work",
        ["Types_Hazardous_Work"] = "hazardous_occupations_identified",
        ["Prohibition_Forced_Labor"] = "prohibition_forced_labor",
        ["Prohibition_Child_Trafficking"] = "prohibition_child_trafficking",
        ["Prohibition_CSEC"] = "prohibition_csec",
        ["Prohibition_Illicit_Activities"] = "prohibition_illicit_activities",
        ["Minimum_Compulsory_Military"] = "prohibition_compulsory_military",
        ["Minumum_Voluntary_Military"] = "minimum_age_voluntary_military",
        ["Minumum_Non_State_Military"] = "prohibition_non_state_military",
        ["Compulsory_Education"] = "compulsory_education_age",
        ["Free_Public_Education"] = "free_public_education",
    };

    internal static readonly Dictionary<string, string> Enforcements = new(StringComparer.Ordinal)
    {
        ["Labor_Inspectors"] = "enforcement.labor.inspectors",
        ["Authorized_Access_Penalties"] = "enforcement.labor.civil_penalties",
        ["Labor_Routine_Inspections_Conducted"] = "enforcement.labor.routine_inspections_conducted",
        ["Labor_Unannounced_Inspections_Premitted"] = "enforcement.labor.unannounced_inspections_permitted",
        ["Labor_Complaint_Mechanism"] = "enforcement.labor.complaint_mechanism",
        ["Labor_Inspections"] = "enforcement.labor.inspections",
        ["Labor_Violations"] = "enforcement.labor.violations",
        ["Labor_Penalties_Imposed"] = "enforcement.labor.violations_penalized",
        ["Criminal_Investigations"] = "enforcement.criminal.investigations",
        ["Criminal_Prosecutions"] = "enforcement.criminal.prosecutions",
        ["Criminal_Convictions"] = "enforcement.criminal.convictions",
        ["Criminal_Penalties_for_WFCL"] = "enforcement.criminal.penalties_imposed",
    };

    private static readonly (string Table, string Value, string Facet)[] Statistics =
    [
        ("Children_Work_Statistics", "Total_Percentage_of_Working_Children", "statistics.working_children_percent"),
        ("Education_Statistics_Attendance_Statistics", "Percentage", "statistics.attending_school_percent"),
        ("Children_Working_and_Studying_7-14_yrs_old", "Total", "statistics.combining_work_and_school_percent"),
    ];

    private static readonly Dictionary<string, string> SuggestedActionAreas = new(StringComparer.Ordinal)
    {
        ["Legal_Framework"] = "Legal Framework",
        ["Enforcement"] = "Enforcement",
        ["Coordination"] = "Coordination",
        ["Government_Policies"] = "Government Policies",
        ["Social_Programs"] = "Social Programs",
    };

    /// <summary>True when the bytes are XML whose root element is <c>&lt;Countries&gt;</c>, with or without a DOCTYPE.</summary>
    public static bool LooksLikeDataset(ReadOnlySpan<byte> content) => Recognise(content) is XmlShape.Export or XmlShape.ExportWithDtd;

    /// <summary>
    /// What the bytes are as XML, from their structure (the root element, whatever the prolog holds:
    /// declaration, comments, processing instructions, a DOCTYPE). A DTD is never processed here: the
    /// first pass prohibits it, and only when that pass fails does a second one skip it to find the root.
    /// </summary>
    public static XmlShape Recognise(ReadOnlySpan<byte> content)
    {
        var start = content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var first = content[start..].IndexOfAnyExcept((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']);
        // UTF-16 XML starts with a BOM or a zero byte; anything else must open with '<'.
        var utf16 = content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (!utf16 && (first < 0 || content[start + first] != (byte)'<'))
        {
            return XmlShape.None;
        }

        var bytes = content.ToArray();
        var root = RootElement(bytes, DtdProcessing.Prohibit);
        var dtd = false;
        if (root is null)
        {
            root = RootElement(bytes, DtdProcessing.Ignore);
            dtd = root is not null;
        }

        return root switch
        {
            null => XmlShape.None,
            "Countries" => dtd ? XmlShape.ExportWithDtd : XmlShape.Export,
            // HTML and XHTML pages carry a DOCTYPE by design; the HTML reader never processes it.
            _ when root.Equals("html", StringComparison.OrdinalIgnoreCase) => XmlShape.None,
            _ => dtd ? XmlShape.OtherXmlWithDtd : XmlShape.None,
        };
    }

    /// <summary>The recorded reason for a file refused because it declares a DTD.</summary>
    public static string DtdRefused(XmlShape shape) =>
        (shape == XmlShape.ExportWithDtd ? "The publisher's XML export (<Countries>)" : "The XML file")
        + " declares a DTD (<!DOCTYPE …>); DTDs are refused and never processed (no entities, no external definitions), so the file was not read. Remove the DOCTYPE and upload it again.";

    private static string? RootElement(byte[] content, DtdProcessing dtd)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = dtd,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            MaxCharactersFromEntities = 1024,
        };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(content, writable: false), settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    return reader.LocalName;
                }
            }
        }
        catch (XmlException)
        {
            // Not XML, or not well-formed before its root element.
        }

        return null;
    }

    /// <summary>Reads every country of the export. A malformed file fails as a whole: nothing half-read is returned.</summary>
    /// <exception cref="UnreadableReportException">The XML is not well-formed or is not the publisher's export.</exception>
    public async Task<IReadOnlyList<DatasetEntry>> ReadAsync(Stream xml, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var parsed = new List<ParsedCountry>();
        var settings = new XmlReaderSettings
        {
            Async = true,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
        };
        try
        {
            using var reader = XmlReader.Create(xml, settings);
            await reader.MoveToContentAsync().ConfigureAwait(false);
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Countries")
            {
                throw new UnreadableReportException($"The XML's root element is <{reader.LocalName}>, not the publisher's <Countries> export.");
            }

            await reader.ReadAsync().ConfigureAwait(false);
            while (!reader.EOF)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Country")
                {
                    var element = (XElement)await XNode.ReadFromAsync(reader, cancellationToken).ConfigureAwait(false);
                    parsed.Add(Parse(element));
                }
                else
                {
                    await reader.ReadAsync().ConfigureAwait(false);
                }
            }
        }
        catch (XmlException ex)
        {
            throw new UnreadableReportException($"The XML is not well-formed (line {ex.LineNumber}, position {ex.LinePosition}): {ex.Message}", ex);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (parsed.Count == 0)
        {
            throw new UnreadableReportException("The XML export holds no <Country> elements.");
        }

        // The file is one report year; a country whose summary does not state it (territories
        // without an assessment) takes the year every other country of the file states.
        var fileYear = parsed.Where(p => p.StatedYear is not null).GroupBy(p => p.StatedYear!.Value)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => (int?)g.Key).FirstOrDefault();
        return [.. parsed.Select(p => ToEntry(p, fileName, fileYear))];
    }

    private DatasetEntry ToEntry(ParsedCountry p, string fileName, int? fileYear)
    {
        var warnings = new List<string>(p.Warnings);
        var year = p.StatedYear;
        if (year is null && fileYear is not null)
        {
            year = fileYear;
            warnings.Add($"The summary does not state the year; {fileYear} is the year the other countries of this file state.");
        }

        var country = Resolve(p.Name);
        if (country is null)
        {
            warnings.Add($"Country name '{p.Name}' is not in the country list; add it (or an alias) with --countries.");
        }

        var document = new DocumentInfo(country?.Name ?? p.Name, country?.Iso2, year, Sources.UsdolDataset, p.Sha256);
        var result = new ExtractionResult($"{fileName}#{p.Name}", document, p.Facts, p.Statements, []) { Warnings = warnings };
        return new DatasetEntry(p.Name, p.MultipleTerritories, result);
    }

    private Country? Resolve(string name)
    {
        if (name.Length == 0)
        {
            return null;
        }

        if (countries.ByName(name) is { } known)
        {
            return known;
        }

        return PublisherNames.Value.ByName(name) is { } published
            ? countries.ByIso2(published.Iso2) ?? published
            : null;
    }

    private sealed record ParsedCountry(
        string Name,
        bool MultipleTerritories,
        int? StatedYear,
        string Sha256,
        List<Fact> Facts,
        List<Statement> Statements,
        List<string> Warnings);

    private static ParsedCountry Parse(XElement country)
    {
        var name = Squeeze(country.Element("Name")?.Value);
        var facts = new List<Fact>();
        var statements = new List<Statement>();
        var warnings = new List<string>();
        var multiple = string.Equals(Squeeze(country.Element("Multiple_Territories")?.Value), "Yes", StringComparison.OrdinalIgnoreCase);

        // The names this country's tables use, so that a list ("BiH, FBiH, RS, BD") is read as
        // its territories, as the chapters' lists are and as evaluation counts them.
        var territoryNames = new TerritoryNames();
        territoryNames.Learn(country.Descendants("Territory_Name").Select(n => Squeeze(n.Value)));

        var advancement = Squeeze(country.Element("Advancement_Level")?.Value);
        if (Clean(advancement) is { Length: > 0 } level)
        {
            var parts = LevelSeparator().Split(level, 2);
            var evidence = $"Advancement_Level: {advancement}";
            facts.Add(new Fact("assessment.level", parts[0], evidence));
            if (parts.Length > 1)
            {
                facts.Add(new Fact("assessment.qualifier", parts[1], evidence));
            }

            statements.Add(new Statement("assessment", "assessed", advancement, 1.0, Classifier, new Dictionary<string, string> { ["level"] = parts[0] }));
        }

        foreach (var convention in Elements(country, "Conventions"))
        {
            if (Conventions.TryGetValue(convention.Name.LocalName, out var instrument) && Token(convention.Value) is { Length: > 0 } value)
            {
                var ratified = value switch { "Yes" => "Ratified", "No" => "Not ratified", _ => value };
                facts.Add(new Fact($"ratification.{instrument}", ratified, $"Conventions/{convention.Name.LocalName}: {Squeeze(convention.Value)}"));
            }
        }

        foreach (var standard in Elements(country, "Legal_Standards"))
        {
            if (!LegalStandards.TryGetValue(standard.Name.LocalName, out var key))
            {
                continue;
            }

            foreach (var (territory, holder) in TerritoriesOf(standard, territoryNames))
            {
                var evidence = $"Legal_Standards/{standard.Name.LocalName}{TerritoryLabel(holder, territory)}: Standard {Squeeze(holder.Element("Standard")?.Value)}, Age {Squeeze(holder.Element("Age")?.Value)}, Conforms_To_Intl_Standard {Squeeze(holder.Element("Conforms_To_Intl_Standard")?.Value)}";
                if (Token(holder.Element("Conforms_To_Intl_Standard")?.Value) is { Length: > 0 } meets)
                {
                    facts.Add(new Fact(Qualify($"legal.{key}.meets", territory), meets, evidence));
                }

                if (Number(holder.Element("Age")?.Value) is { } age)
                {
                    facts.Add(new Fact(Qualify($"legal.{key}.age", territory), age, evidence));
                }
            }
        }

        foreach (var enforcement in Elements(country, "Enforcements"))
        {
            if (!Enforcements.TryGetValue(enforcement.Name.LocalName, out var facet))
            {
                continue;
            }

            foreach (var (territory, holder) in TerritoriesOf(enforcement, territoryNames))
            {
                var raw = holder == enforcement ? enforcement.Value : holder.Element("Enforcement")?.Value;
                var value = FacetKeys.Counts.Contains(facet) ? Count(raw) : Token(raw);
                if (value.Length > 0)
                {
                    facts.Add(new Fact(Qualify(facet, territory), value, $"Enforcements/{enforcement.Name.LocalName}{TerritoryLabel(holder, territory)}: {Squeeze(raw)}"));
                }
            }
        }

        var statistics = country.Element("Country_Statistics");
        foreach (var (table, valueTag, facet) in Statistics)
        {
            var values = statistics?.Element(table)?.Elements(valueTag).ToList() ?? [];
            if (values.Count > 1)
            {
                warnings.Add($"Country_Statistics/{table} holds {values.Count} values without territory names; {facet} was left out.");
                continue;
            }

            if (values.Count == 1 && Percent(values[0].Value) is { } percent)
            {
                var ages = Squeeze(statistics!.Element(table)!.Element("Age_Range")?.Value);
                var evidence = $"Country_Statistics/{table}/{valueTag}: {Squeeze(values[0].Value)}" + (ages.Length > 0 ? $" (ages {ages})" : string.Empty);
                facts.Add(new Fact(facet, percent, evidence));
            }
        }

        foreach (var area in Elements(country, "Suggested_Actions"))
        {
            if (!SuggestedActionAreas.TryGetValue(area.Name.LocalName, out var areaName))
            {
                continue;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var action in area.Descendants("Name"))
            {
                var text = Squeeze(action.Value);
                if (text.Length > 0 && seen.Add(text))
                {
                    statements.Add(new Statement("suggested_action", "suggested", text, 1.0, Classifier, new Dictionary<string, string> { ["area"] = areaName }));
                }
            }
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(country.ToString(SaveOptions.DisableFormatting))));
        var description = Squeeze(country.Element("Description")?.Value);
        var yearMatch = StatedYear().Match(description);
        int? year = yearMatch.Success ? int.Parse(yearMatch.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        return new ParsedCountry(name, multiple, year, sha256, Deduplicate(facts, warnings), statements, warnings);
    }

    private static List<Fact> Deduplicate(List<Fact> facts, List<string> warnings)
    {
        var kept = new List<Fact>(facts.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            if (seen.Add(fact.Facet))
            {
                kept.Add(fact);
            }
            else
            {
                warnings.Add($"{fact.Facet} appears more than once; the first value was kept ({fact.Evidence}).");
            }
        }

        return kept;
    }

    private static IEnumerable<XElement> Elements(XElement country, string table) =>
        country.Element(table)?.Elements() ?? [];

    /// <summary>
    /// The value holders of a table cell: the cell itself, or one per territory; a territory named
    /// as a list of the country's territories holds the value for each of them, and one named as
    /// the whole country ("All Territories") holds the plain facet's.
    /// </summary>
    private static IEnumerable<(string? Territory, XElement Holder)> TerritoriesOf(XElement cell, TerritoryNames names)
    {
        var territories = cell.Elements("Territory").ToList();
        if (territories.Count == 0)
        {
            yield return (null, cell);
            yield break;
        }

        // The export sometimes repeats the whole-country entry (Somalia 2020's inspections): identical
        // copies are one value, while copies that disagree stay apart for an analyst to see.
        if (territories.All(t => Territories.IsWholeCountry(Squeeze(t.Element("Territory_Name")?.Value)))
            && territories.Skip(1).All(t => XNode.DeepEquals(t, territories[0])))
        {
            yield return (null, territories[0]);
            yield break;
        }

        var wholeCountryEntries = territories.Count(t => Territories.IsWholeCountry(Squeeze(t.Element("Territory_Name")?.Value)));
        foreach (var territory in territories)
        {
            var name = Squeeze(territory.Element("Territory_Name")?.Value);
            var slugs = names.SlugsOf(name.Length > 0 ? name : "unnamed");
            if (slugs.Count == 0)
            {
                // Whole-country copies that disagree (seen above) stay apart under their name.
                yield return (wholeCountryEntries > 1 ? Slug(name) : null, territory);
            }

            foreach (var slug in slugs)
            {
                yield return (slug, territory);
            }
        }
    }

    private static string TerritoryLabel(XElement holder, string? territory)
    {
        if (holder.Name.LocalName != "Territory")
        {
            return string.Empty;
        }

        var display = Squeeze(holder.Element("Territory_Display_Name")?.Value);
        return $" ({(display.Length > 0 ? display : Squeeze(holder.Element("Territory_Name")?.Value))})";
    }

    private static string Qualify(string facet, string? territory) => Territories.Qualify(facet, territory);

    /// <summary>The territory slug of a facet: see <see cref="Territories.Slug"/>.</summary>
    public static string Slug(string name) => Territories.Slug(name);

    internal static string Squeeze(string? value) =>
        value is null ? string.Empty : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Whitespace squeezed, footnote marks (‡ † *) removed from the ends.</summary>
    private static string Clean(string? value) => Squeeze(value).Trim(FootnoteMarks).Trim();

    /// <summary>A vocabulary value: "Not Applicable" is written "N/A" like everywhere else.</summary>
    internal static string Token(string? value)
    {
        var cleaned = Clean(value);
        return string.Equals(cleaned, "Not Applicable", StringComparison.OrdinalIgnoreCase) ? "N/A" : cleaned;
    }

    /// <summary>A count: "2,168‡" -> "2168"; words (Unknown, N/A) stay words.</summary>
    internal static string Count(string? value)
    {
        var token = Token(value);
        return CountPattern().IsMatch(token) && long.TryParse(token.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number.ToString(CultureInfo.InvariantCulture)
            : token;
    }

    internal static string? Number(string? value)
    {
        var token = Token(value);
        return decimal.TryParse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number.ToString("0.##########", CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>The export gives shares as fractions (0.364); the schema wants percent (36.4).</summary>
    private static string? Percent(string? value)
    {
        var token = Token(value);
        if (!decimal.TryParse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        // A value above 1 was already written as a percentage.
        var percent = number <= 1m ? number * 100m : number;
        return percent.ToString("0.##########", CultureInfo.InvariantCulture);
    }

    private static CountryCatalog LoadPublisherNames()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ReportPipeline.Core.dataset-country-names.tsv")
            ?? throw new InvalidOperationException("The embedded list of the export's country names is missing.");
        using var reader = new StreamReader(stream);
        return new CountryCatalog(CountryCatalog.ParseTsv(reader.ReadToEnd()));
    }

    [GeneratedRegex(@"\s+[–—-]\s+")]
    private static partial Regex LevelSeparator();

    [GeneratedRegex(@"\A(?:In|For the)\s+((?:19|20)\d{2})\b")]
    private static partial Regex StatedYear();

    [GeneratedRegex(@"\A(\d{1,3}(,\d{3})+|\d+)\z")]
    private static partial Regex CountPattern();
}
