using System.Text.RegularExpressions;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Facts.Usdol;

/// <summary>
/// The labor and criminal enforcement tables: one value column (2023–2024 "Enforcement
/// Mechanisms and Efforts", two label/value pairs per line), or previous year and reporting
/// year side by side (2015–2021), under old and new row labels; then the figures the newest
/// layouts state only in prose ("An unknown number of labor inspectors conducted 6,926
/// worksite inspections and found 1 child labor violation").
/// </summary>
internal static partial class EnforcementReader
{
    private enum Kind
    {
        Status,
        Count,
    }

    private sealed record Label(string Text, string Facet, Kind Kind);

    private static readonly Label[] Labels =
    [
        new("has a labor inspectorate", FacetKeys.LaborInspectorate, Kind.Status),
        new("inspectorate authorized to assess penalties", FacetKeys.LaborCivilPenalties, Kind.Status),
        new("mechanism to assess civil penalties", FacetKeys.LaborCivilPenalties, Kind.Status),
        new("able to assess civil penalties", FacetKeys.LaborCivilPenalties, Kind.Status),
        new("routine inspections conducted", FacetKeys.LaborRoutineInspections, Kind.Status),
        new("routinely conducted worksite inspections", FacetKeys.LaborRoutineInspections, Kind.Status),
        new("routinely conducts worksite inspections", FacetKeys.LaborRoutineInspections, Kind.Status),
        new("unannounced inspections permitted", FacetKeys.LaborUnannouncedPermitted, Kind.Status),
        new("complaint mechanism exists", FacetKeys.LaborComplaintMechanism, Kind.Status),
        new("has a complaint mechanism", FacetKeys.LaborComplaintMechanism, Kind.Status),
        new("imposed penalties for child labor violations", FacetKeys.LaborPenaltiesImposed, Kind.Status),
        new("number of labor inspectors", FacetKeys.LaborInspectors, Kind.Count),
        new("number of labor inspections conducted", FacetKeys.LaborInspections, Kind.Count),
        new("number of labor inspections", FacetKeys.LaborInspections, Kind.Count),
        new("number conducted at worksite", FacetKeys.LaborWorksiteInspections, Kind.Count),
        new("number conducted at worksites", FacetKeys.LaborWorksiteInspections, Kind.Count),
        new("number of child labor violations found", FacetKeys.LaborViolations, Kind.Count),
        new("number of child labor violations for which penalties were imposed", FacetKeys.LaborViolationsPenalized, Kind.Count),
        new("number of child labor violations found for which penalties were imposed", FacetKeys.LaborViolationsPenalized, Kind.Count),
        new("number of violations found for which penalties were imposed", FacetKeys.LaborViolationsPenalized, Kind.Count),
        new("violations found for which penalties were imposed", FacetKeys.LaborViolationsPenalized, Kind.Count),
        new("number of investigations", FacetKeys.CriminalInvestigations, Kind.Count),
        new("number of prosecutions initiated", FacetKeys.CriminalProsecutions, Kind.Count),
        new("number of convictions", FacetKeys.CriminalConvictions, Kind.Count),
        new("imposed penalties for violations related to the worst forms of child labor", FacetKeys.CriminalPenaltiesImposed, Kind.Status),
        new("imposed penalties for worst forms of child labor crimes", FacetKeys.CriminalPenaltiesImposed, Kind.Status),
        new("conducted criminal investigations for worst forms of child labor crimes", FacetKeys.CriminalInvestigationsConducted, Kind.Status),
        new("routinely conducted criminal investigations for worst forms of child labor crimes", FacetKeys.CriminalInvestigationsConducted, Kind.Status),
    ];

    // Labels of rows that are not read but must stop a label that wraps from running into them.
    private static readonly string[] OtherLabels =
    [
        "labor inspectorate funding", "number of child labor dedicated inspectors", "training for labor inspectors",
        "initial training for new", "training on new laws", "refresher courses provided", "number conducted by desk reviews",
        "number of child labor penalties imposed that were collected", "number of penalties imposed that were collected",
        "routine inspections targeted", "unannounced inspections conducted", "reciprocal referral mechanism",
        "number of violations found", "training for investigators", "training for criminal investigators",
    ];

    public static IEnumerable<Fact> Read(UsdolChapter chapter)
    {
        var found = new Dictionary<string, Fact>(StringComparer.Ordinal);
        var (byTerritory, taken) = ReadTerritoryTables(chapter);
        foreach (var fact in byTerritory)
        {
            found.TryAdd(fact.Facet, fact);
        }

        var rows = chapter.Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            if (taken.Contains(i))
            {
                continue;
            }

            foreach (var fact in ReadRow(rows, i))
            {
                found.TryAdd(fact.Facet, fact);
            }
        }

        // A figure in the prose is the whole country's: not where the tables gave it territory by territory.
        var qualified = found.Keys.Select(k => Territories.Split(k)).Where(k => k.Territory is not null).Select(k => k.Facet).ToHashSet(StringComparer.Ordinal);
        foreach (var fact in ReadProse(chapter).Where(f => !qualified.Contains(f.Facet)))
        {
            found.TryAdd(fact.Facet, fact);
        }

        return found.Values;
    }

    /// <summary>Every label in one row with the value cells that follow it up to the next label.</summary>
    private static IEnumerable<Fact> ReadRow(IReadOnlyList<Row> rows, int index)
    {
        var row = rows[index];
        var cells = row.Cells;
        for (var c = 0; c < cells.Count; c++)
        {
            var match = MatchLabel(cells[c], rows, index, c);
            if (match.Label is not { } label)
            {
                continue;
            }

            var values = new List<string>();
            if (match.Value is not null)
            {
                values.Add(match.Value);
            }

            var next = c + 1;
            while (next < cells.Count && MatchLabel(cells[next], rows, index, next).Label is null)
            {
                values.Add(cells[next]);
                next++;
            }

            // Quote only this label and its values: a 2023–2024 row holds two label/value pairs.
            var evidence = string.Join(' ', cells.Skip(c).Take(next - c));
            if (match.Continuation is { } wrapped)
            {
                // The label's last words are on the next line; the value sits beside its first line or its last.
                var continuation = rows[index + 1];
                evidence += " " + continuation.Cells[wrapped];
                if (values.Count == 0)
                {
                    foreach (var cell in continuation.Cells.Skip(wrapped + 1))
                    {
                        if (UsdolValues.Status(cell) is null && UsdolValues.Count(cell) is null)
                        {
                            break;
                        }

                        values.Add(cell);
                        evidence += " " + cell;
                    }
                }
            }
            else if (values.Count == 0 && c == 0)
            {
                // A wrapped label whose values sit on the continuation line ("… for Which Penalties" / "Were Imposed  28  20").
                var continuation = index + 1 < rows.Count ? rows[index + 1] : null;
                if (continuation is { IsTableRow: true } && MatchLabel(continuation.First, rows, index + 1, 0).Label is null && !IsOtherLabel(continuation.First))
                {
                    values.AddRange(continuation.Cells.Skip(1));
                    evidence += " " + continuation.Text;
                }
            }

            var value = CurrentValue(values, label.Kind);
            if (value is not null)
            {
                yield return UsdolChapter.FromText(label.Facet, value, evidence, row);
            }

            c = next - 1;
        }
    }

    /// <summary>The reporting year's value: the last cell that reads as a value of the row's kind.</summary>
    private static string? CurrentValue(List<string> values, Kind kind)
    {
        for (var i = values.Count - 1; i >= 0; i--)
        {
            // A Yes/No row sometimes holds a count instead ("Imposed Penalties … 2"); the count is what the report says.
            var value = kind == Kind.Status ? UsdolValues.Status(values[i]) ?? UsdolValues.Count(values[i]) : UsdolValues.Count(values[i]);
            if (value is not null)
            {
                return value;
            }

            // A value cell that is neither (a funding amount, a note) means the column is not ours.
            if (UsdolValues.Clean(values[i]).Length > 0)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The label a cell starts with: the whole cell, the cell followed by its value when no
    /// column gap was wide enough for a tab ("Unannounced Inspections Permitted No"), or the
    /// start of a label that wraps onto the next line. <c>Continuation</c> is the index of the
    /// next line's cell that completes a wrapped label when that had to be found to be sure.
    /// </summary>
    private static (Label? Label, string? Value, int? Continuation) MatchLabel(string cell, IReadOnlyList<Row> rows, int index, int cellIndex)
    {
        var key = UsdolValues.Key(cell);
        if (key.Length < 10)
        {
            return (null, null, null);
        }

        Label? best = null;
        foreach (var label in Labels)
        {
            if (key == label.Text)
            {
                return (label, null, null);
            }

            if (key.StartsWith(label.Text + " ", StringComparison.Ordinal) && (best is null || label.Text.Length > best.Text.Length))
            {
                best = label;
            }
        }

        if (best is not null)
        {
            var rest = cell.TrimStart()[Math.Min(cell.TrimStart().Length, best.Text.Length)..];
            var value = best.Kind == Kind.Status ? UsdolValues.Status(rest) ?? UsdolValues.Count(rest) : UsdolValues.Count(rest);
            if (value is not null)
            {
                return (best, rest, null);
            }
        }

        if (key.Split(' ').Length < 3)
        {
            return (null, null, null);
        }

        var continuation = index + 1 < rows.Count ? rows[index + 1] : null;
        var candidates = Labels.Where(l => l.Text.StartsWith(key + " ", StringComparison.Ordinal)).ToList();
        if (cellIndex == 0)
        {
            if (candidates.Count > 1 && continuation is not null)
            {
                var joined = key + " " + UsdolValues.Key(continuation.First);
                candidates = [.. candidates.Where(l => joined.StartsWith(l.Text, StringComparison.Ordinal) || l.Text.StartsWith(joined, StringComparison.Ordinal))];
            }

            return candidates.Select(l => l.Facet).Distinct().Count() == 1 ? (candidates[0], null, null) : (null, null, null);
        }

        // A right-hand label of a two-pair row (2023 layout) that wraps: only when a cell of the
        // next line completes it exactly, so that a value cell is never taken for a label.
        if (candidates.Count == 0 || continuation is null)
        {
            return (null, null, null);
        }

        for (var k = 0; k < continuation.Cells.Count; k++)
        {
            var joined = key + " " + UsdolValues.Key(continuation.Cells[k]);
            if (candidates.FirstOrDefault(l => l.Text == joined) is { } completed)
            {
                return (completed, null, k);
            }
        }

        return (null, null, null);
    }

    private static bool IsOtherLabel(string cell)
    {
        var key = UsdolValues.Key(cell);
        return OtherLabels.Any(l => key.StartsWith(l, StringComparison.Ordinal)) || Labels.Any(l => key.StartsWith(l.Text, StringComparison.Ordinal));
    }

    /// <summary>Figures stated in sentences, used only where no table row gave the facet.</summary>
    private static IEnumerable<Fact> ReadProse(UsdolChapter chapter)
    {
        var (start, end) = chapter.Section(
            k => k.Contains("enforcement of laws on", StringComparison.Ordinal),
            k => k.Contains("coordination", StringComparison.Ordinal) && (k.Contains("policies", StringComparison.Ordinal) || k.Contains("government efforts", StringComparison.Ordinal)));
        if (end == 0)
        {
            // Some extracted texts lost the heading; the patterns are specific enough for the whole chapter.
            end = chapter.Rows.Count;
        }

        foreach (var sentence in chapter.Sentences.Where(s => s.RowIndex >= start && s.RowIndex < end))
        {
            var text = sentence.Text.Replace("**", string.Empty, StringComparison.Ordinal);
            if (!text.Contains("inspector", StringComparison.OrdinalIgnoreCase)
                && !text.Contains("investigation", StringComparison.OrdinalIgnoreCase)
                && !text.Contains("prosecution", StringComparison.OrdinalIgnoreCase)
                && !text.Contains("convicted", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var (pattern, facet) in ProsePatterns)
            {
                var match = pattern.Match(text);
                if (match.Success && UsdolValues.ParseInteger(match.Groups["n"].Value) is { } value)
                {
                    yield return UsdolChapter.FromSentence(facet, value, sentence);
                }
            }

            if (UnknownInspectors().IsMatch(text))
            {
                yield return UsdolChapter.FromSentence(FacetKeys.LaborInspectors, "Unknown", sentence);
            }

            foreach (var facet in UnknownFigures(text))
            {
                yield return UsdolChapter.FromSentence(facet, "Unknown", sentence);
            }
        }
    }

    /// <summary>
    /// "it is unknown how many labor inspectors were employed …, nor how many inspections they
    /// conducted or child labor violations they found": every measure named after "unknown how
    /// many", up to the first figure the sentence does give.
    /// </summary>
    private static IEnumerable<string> UnknownFigures(string text)
    {
        var start = text.IndexOf("unknown how many ", StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            yield break;
        }

        var tail = text[start..];
        var digit = tail.IndexOfAny("0123456789".ToCharArray());
        if (digit >= 0)
        {
            tail = tail[..digit];
        }

        foreach (var (word, facet) in UnknownMeasures)
        {
            if (tail.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                yield return facet;
            }
        }
    }

    private static readonly (string Word, string Facet)[] UnknownMeasures =
    [
        ("labor inspectors", FacetKeys.LaborInspectors),
        ("inspections", FacetKeys.LaborInspections),
        ("violations", FacetKeys.LaborViolations),
        ("investigations", FacetKeys.CriminalInvestigations),
        ("prosecutions", FacetKeys.CriminalProsecutions),
        ("convicted", FacetKeys.CriminalConvictions),
        ("convictions", FacetKeys.CriminalConvictions),
    ];

    private static readonly (Regex Pattern, string Facet)[] ProsePatterns =
    [
        (InspectorsConducted(), FacetKeys.LaborInspectors),
        (InspectorsEmployed(), FacetKeys.LaborInspectors),
        (InspectorsOnStaff(), FacetKeys.LaborInspectors),
        (InspectionsConducted(), FacetKeys.LaborInspections),
        (ViolationsFound(), FacetKeys.LaborViolations),
        (InvestigationsConducted(), FacetKeys.CriminalInvestigations),
        (ProsecutionsInitiated(), FacetKeys.CriminalProsecutions),
        (Convicted(), FacetKeys.CriminalConvictions),
    ];

    [GeneratedRegex(@"\ban unknown number of labor inspectors\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnknownInspectors();

    [GeneratedRegex(@"\b(?<n>\d[\d,]*) labor inspectors (?:conducted|carried out|performed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InspectorsConducted();

    [GeneratedRegex(@"\b(?:employed|employs|had) (?<n>\d[\d,]*) (?:labor )?inspectors\b", RegexOptions.IgnoreCase)]
    private static partial Regex InspectorsEmployed();

    // "The Ministry of Labor has 25 labor inspectors", "there were 25 labor inspectors", "25 labor inspectors were employed".
    [GeneratedRegex(@"\b(?:has|have|there (?:are|were)|with a staff of) (?<n>\d[\d,]*) (?:labor|work) inspectors\b|\b(?<n>\d[\d,]*) (?:labor|work) inspectors (?:were|are) (?:employed|on staff|in service)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InspectorsOnStaff();

    [GeneratedRegex(@"\binspectors conducted (?<n>\d[\d,]*) (?:worksite |labor )?inspections\b", RegexOptions.IgnoreCase)]
    private static partial Regex InspectionsConducted();

    [GeneratedRegex(@"\binspections and found (?<n>\d[\d,]*) child labor violations?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ViolationsFound();

    [GeneratedRegex(@"\b(?:government|authorities|agencies) (?:also )?conducted (?<n>\d[\d,]*) (?:criminal )?investigations into\b", RegexOptions.IgnoreCase)]
    private static partial Regex InvestigationsConducted();

    [GeneratedRegex(@"\b(?:initiated (?<n>\d[\d,]*) prosecutions?|(?<n>\d[\d,]*) prosecutions? (?:was|were) initiated)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProsecutionsInitiated();

    // Not "how many of these 15 individuals were convicted", which asks rather than states.
    [GeneratedRegex(@"(?<!\bhow many\b[^.]{0,24})\b(?:at least )?(?<n>\d[\d,]*) (?:perpetrators?|persons?|people|individuals?|offenders?) (?:was|were) convicted\b", RegexOptions.IgnoreCase)]
    private static partial Regex Convicted();

}
