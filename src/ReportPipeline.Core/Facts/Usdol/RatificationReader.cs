using System.Text.RegularExpressions;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Facts.Usdol;

/// <summary>
/// "Ratification of International Conventions on Child Labor": a ✓ per ratified instrument and an
/// empty cell otherwise (2013–2021), and the sentence above it ("has ratified all key
/// international conventions concerning child labor"), which is all the 2023–2024 layouts keep.
/// An empty cell reads as "not ratified" only when the table's other marks were readable.
/// </summary>
internal static partial class RatificationReader
{
    private sealed record InstrumentLabel(Regex Pattern, string Instrument);

    private static readonly InstrumentLabel[] Labels =
    [
        new(IloC138(), "ilo_c138"),
        new(IloC182(), "ilo_c182"),
        new(OptionalProtocolArmedConflict(), "un_crc_op_armed_conflict"),
        new(OptionalProtocolSale(), "un_crc_op_sale_of_children"),
        new(OptionalProtocolCommunications(), "un_crc_op_communications"),
        new(UnCrc(), "un_crc"),
        new(Palermo(), "palermo_protocol"),
    ];

    /// <summary>The instruments of the USDOL table; "all key international conventions" means these.</summary>
    private static readonly string[] KeyInstruments =
        ["ilo_c138", "ilo_c182", "un_crc", "un_crc_op_armed_conflict", "un_crc_op_sale_of_children", "palermo_protocol"];

    private enum Mark
    {
        None,
        Ratified,
        NotRatified,
    }

    public static IEnumerable<Fact> Read(UsdolChapter chapter)
    {
        var allRatified = chapter.Sentences.FirstOrDefault(s => AllRatified().IsMatch(s.Text));
        var noneApply = chapter.Sentences.FirstOrDefault(s => NoneApply().IsMatch(s.Text));
        var rows = ReadTable(chapter);
        if (rows.Count == 0 && allRatified is null && noneApply is not null)
        {
            // The table replaced by a sentence saying none of the instruments apply.
            foreach (var instrument in KeyInstruments)
            {
                yield return UsdolChapter.FromSentence(FacetKeys.Ratification(instrument), "Not ratified", noneApply);
            }

            yield break;
        }

        // A PDF's drawn ticks are read, so a PDF table without a single mark is one where nothing is
        // ratified; text from other formats may have lost its marks and says nothing.
        var marksReadable = rows.Values.Any(r => r.Mark != Mark.None)
            || (rows.Count > 0 && allRatified is null && rows.Values.All(r => r.Evidence.All(e => e.Lefts is not null))
                && !chapter.Sentences.Any(s => HasRatified().IsMatch(s.Text)));
        foreach (var (instrument, (mark, evidence)) in rows)
        {
            var facet = FacetKeys.Ratification(instrument);
            if (mark == Mark.Ratified)
            {
                yield return UsdolChapter.FromRows(facet, "Ratified", evidence);
            }
            else if (mark == Mark.NotRatified)
            {
                yield return UsdolChapter.FromRows(facet, "Not ratified", evidence);
            }
            else if (allRatified is not null)
            {
                yield return UsdolChapter.FromSentence(facet, "Ratified", allRatified);
            }
            else if (marksReadable)
            {
                yield return UsdolChapter.FromRows(facet, "Not ratified", evidence);
            }
        }

        if (allRatified is not null)
        {
            foreach (var instrument in KeyInstruments.Where(i => !rows.ContainsKey(i)))
            {
                yield return UsdolChapter.FromSentence(FacetKeys.Ratification(instrument), "Ratified", allRatified);
            }
        }
    }

    private static Dictionary<string, (Mark Mark, Row[] Evidence)> ReadTable(UsdolChapter chapter)
    {
        var result = new Dictionary<string, (Mark, Row[])>(StringComparer.Ordinal);
        var rows = chapter.Rows;
        var start = chapter.Find(r => TableTitle().IsMatch(r.Key));
        if (start < 0)
        {
            return result;
        }

        string? lastInstrument = null;
        for (var i = start + 1; i < rows.Count && i < start + 30; i++)
        {
            var row = rows[i];
            if (row.Key.Contains("laws and regulations", StringComparison.Ordinal))
            {
                break;
            }

            var mark = MarkOf(row);
            var label = Labels.FirstOrDefault(l => l.Pattern.IsMatch(row.Key));
            if (label is null)
            {
                // A mark on a line of its own, or on the second line of a wrapped label, belongs
                // to the instrument above when that one has none yet.
                if (mark != Mark.None && lastInstrument is not null && result[lastInstrument].Item1 == Mark.None)
                {
                    result[lastInstrument] = (mark, [.. result[lastInstrument].Item2, row]);
                }

                continue;
            }

            if (!result.ContainsKey(label.Instrument))
            {
                result[label.Instrument] = (mark, [row]);
                lastInstrument = label.Instrument;
            }
        }

        return result;
    }

    private static Mark MarkOf(Row row)
    {
        foreach (var cell in row.Cells)
        {
            foreach (var token in cell.Split(' '))
            {
                // "✓†": a footnote mark beside the tick.
                switch (token.TrimEnd('*', '†', '‡'))
                {
                    case "✓" or "✔" or "√":
                        return Mark.Ratified;
                    case "✗" or "✘" or "X" or "Х":
                        return Mark.NotRatified;
                }
            }
        }

        return Mark.None;
    }

    [GeneratedRegex(@"ratification of international conventions")]
    private static partial Regex TableTitle();

    [GeneratedRegex(@"\bhas ratified all key international conventions\b", RegexOptions.IgnoreCase)]
    private static partial Regex AllRatified();

    [GeneratedRegex(@"\bnone of the (?:key |relevant )?international (?:conventions|instruments)(?: concerning child labor)? (?:apply|applies|have been (?:ratified|extended))\b|\bhas not ratified any of the (?:key )?international conventions\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoneApply();

    // "has ratified most key international conventions": some marks were there to be read.
    [GeneratedRegex(@"\bha(?:s|ve) ratified\b", RegexOptions.IgnoreCase)]
    private static partial Regex HasRatified();

    [GeneratedRegex(@"^ilo c\.?\s?138\b")]
    private static partial Regex IloC138();

    [GeneratedRegex(@"^ilo c\.?\s?182\b")]
    private static partial Regex IloC182();

    [GeneratedRegex(@"^un crc optional protocol on armed conflict\b")]
    private static partial Regex OptionalProtocolArmedConflict();

    [GeneratedRegex(@"^un crc optional protocol on the sale\b")]
    private static partial Regex OptionalProtocolSale();

    [GeneratedRegex(@"^un crc optional protocol on (?:a )?communications\b")]
    private static partial Regex OptionalProtocolCommunications();

    [GeneratedRegex(@"^un crc(?: [✓✔√✗✘xх])?$")]
    private static partial Regex UnCrc();

    [GeneratedRegex(@"^palermo protocol\b")]
    private static partial Regex Palermo();
}
