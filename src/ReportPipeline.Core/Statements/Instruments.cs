using System.Text.RegularExpressions;

namespace ReportPipeline.Core.Statements;

/// <summary>An international instrument named in text, as its status-schema.md key.</summary>
public readonly record struct InstrumentMention(string Key, int Index, int Length);

/// <summary>
/// Maps the ways reports name conventions and protocols ("ILO C. 182", "C 29", "P29", "the
/// Optional Protocol to the Convention on the Rights of the Child on a Communications
/// Procedure", "Palermo Protocol") to the schema's instrument keys.
/// </summary>
public static partial class Instruments
{
    public const string IloC29 = "ilo_c29";
    public const string IloP29 = "ilo_p29";
    public const string IloC105 = "ilo_c105";
    public const string IloC138 = "ilo_c138";
    public const string IloC182 = "ilo_c182";
    public const string UnCrc = "un_crc";
    public const string UnCrcOpArmedConflict = "un_crc_op_armed_conflict";
    public const string UnCrcOpSaleOfChildren = "un_crc_op_sale_of_children";
    public const string UnCrcOpCommunications = "un_crc_op_communications";
    public const string PalermoProtocol = "palermo_protocol";

    public static IReadOnlyList<string> All { get; } =
        [IloC29, IloP29, IloC105, IloC138, IloC182, UnCrc, UnCrcOpArmedConflict, UnCrcOpSaleOfChildren, UnCrcOpCommunications, PalermoProtocol];

    /// <summary>
    /// Instruments in <paramref name="text"/>, left to right. The specific patterns run first and
    /// hide what they cover, so "Protocol of 2014 to the Forced Labour Convention" is P29 only and
    /// an optional protocol is not also the CRC.
    /// </summary>
    public static IReadOnlyList<InstrumentMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var taken = new bool[text.Length];
        var found = new List<InstrumentMention>();
        foreach (var (key, pattern) in Patterns)
        {
            foreach (Match match in pattern.Matches(text))
            {
                var free = true;
                for (var i = match.Index; i < match.Index + match.Length && free; i++)
                {
                    free = !taken[i];
                }

                if (!free)
                {
                    continue;
                }

                // "Minimum Age Convention, 1973 (No. 138)": the year and number belong to the name, not to any event.
                var suffix = NameSuffix().Match(text, match.Index + match.Length);
                var length = match.Length + (suffix.Success ? suffix.Length : 0);
                Array.Fill(taken, true, match.Index, length);
                found.Add(new InstrumentMention(key, match.Index, length));
            }
        }

        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    private static readonly (string Key, Regex Pattern)[] Patterns =
    [
        (IloP29, P29()),
        (UnCrcOpCommunications, OpCommunications()),
        (UnCrcOpArmedConflict, OpArmedConflict()),
        (UnCrcOpSaleOfChildren, OpSaleOfChildren()),
        (PalermoProtocol, Palermo()),
        (IloC105, C105()),
        (IloC138, C138()),
        (IloC182, C182()),
        (IloC29, C29()),
        (UnCrc, Crc()),
    ];

    [GeneratedRegex(@"\G(?:,?\s*(?:19|20)\d{2}\b)?(?:\s*\(No\.?\s*\d+\))?")]
    private static partial Regex NameSuffix();

    [GeneratedRegex(@"\bP\.?\s?0?29\b|\bProtocol of 2014 to the Forced Labou?r Convention(?:,\s*1930)?|\bProtocol of 2014\b|\b2014 Protocol(?: to (?:the )?(?:Forced Labou?r )?Convention(?: No\.?\s?29)?)?|\bForced Labou?r Protocol\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex P29();

    // "UN CRC Optional Protocol on …" (the tables' wording): the "CRC" before it is part of the protocol's name, not the CRC itself.
    [GeneratedRegex(@"(?:\b(?:UN\s+)?CRC(?:’s|\x27s)?\s+)?\bOptional Protocol\b[^.;]{0,140}?\bCommunications? Procedure\b|\bOP3\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpCommunications();

    [GeneratedRegex(@"(?:\b(?:UN\s+)?CRC(?:’s|\x27s)?\s+)?\bOptional Protocol\b[^.;]{0,140}?\bArmed Conflicts?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpArmedConflict();

    [GeneratedRegex(@"(?:\b(?:UN\s+)?CRC(?:’s|\x27s)?\s+)?\bOptional Protocol\b[^.;]{0,140}?\bSale of Children\b(?:,? Child Prostitution,? and Child Pornography)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpSaleOfChildren();

    [GeneratedRegex(@"\bPalermo Protocol\b|\bProtocol to Prevent, Suppress,? and Punish Trafficking in Persons\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Palermo();

    [GeneratedRegex(@"\bC\.?\s?105\b|\bConvention No\.?\s?105\b|\bAbolition of Forced Labou?r Convention\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex C105();

    [GeneratedRegex(@"\bC\.?\s?138\b|\bConvention No\.?\s?138\b|\bMinimum Age Convention\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex C138();

    [GeneratedRegex(@"\bC\.?\s?182\b|\bConvention No\.?\s?182\b|\bWorst Forms of Child Labou?r Convention\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex C182();

    [GeneratedRegex(@"\bC\.?\s?0?29\b|\bConvention No\.?\s?29\b|\bForced Labou?r Convention\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex C29();

    [GeneratedRegex(@"\bConvention on the Rights of the Child\b|\bUN CRC\b|\bCRC\b", RegexOptions.CultureInvariant)]
    private static partial Regex Crc();
}
