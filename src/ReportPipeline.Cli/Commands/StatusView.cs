using System.Globalization;
using ReportPipeline.Core.Comparison;
using Spectre.Console;

namespace ReportPipeline.Cli.Commands;

/// <summary>Readable and JSON forms of country statuses and timelines.</summary>
internal static class StatusView
{
    public static void Write(IAnsiConsole console, IReadOnlyList<CountryYearStatus> statuses)
    {
        foreach (var status in statuses)
        {
            console.Write(new Rule(Markup.Escape($"{status.Country} ({status.Iso2}) {status.Year}: {status.DocumentIds.Count} document(s)")).LeftJustified());
            var table = new Table().AddColumn("facet").AddColumn("value").AddColumn("sources");
            foreach (var facet in status.Facets.Values.OrderBy(f => f.Facet, StringComparer.Ordinal))
            {
                var value = facet.IsConflict
                    ? $"[red]conflict: {Markup.Escape(string.Join(" vs ", facet.Values.Select(v => v.Value)))}[/]"
                    : Markup.Escape(facet.Settled!.Period is { } period ? $"{facet.Settled.Value} ({period})" : facet.Settled.Value);
                var sources = string.Join("; ", facet.Values.SelectMany(v => v.Sources.Select(s => Source(s, facet.IsConflict ? v.Value : null))));
                table.AddRow(Markup.Escape(facet.Facet), value, Markup.Escape(sources));
            }

            console.Write(table);
        }
    }

    public static void WriteTimeline(IAnsiConsole console, CountryTimeline timeline)
    {
        console.MarkupLine(Markup.Escape($"{timeline.Country} ({timeline.Iso2}): * marks a change raised as an alert, ! a conflict between documents, blank: not reported."));
        var table = new Table().AddColumn("facet");
        foreach (var year in timeline.Years)
        {
            table.AddColumn(year.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var row in timeline.Rows)
        {
            table.AddRow([Markup.Escape(row.Label), .. row.Cells.Select(Cell)]);
        }

        console.Write(table);
    }

    public static object ToJson(CountryYearStatus status) => new
    {
        status.Iso2,
        status.Country,
        status.Year,
        documents = status.DocumentIds,
        facets = status.Facets.Values.OrderBy(f => f.Facet, StringComparer.Ordinal).Select(f => new
        {
            f.Facet,
            value = f.Settled?.Value,
            period = f.Settled?.Period,
            conflict = f.IsConflict,
            values = f.Values.Select(v => new { v.Value, v.Period, sources = v.Sources }),
        }),
    };

    private static string Cell(TimelineCell cell)
    {
        if (cell.Conflict)
        {
            return $"[red]! {Markup.Escape(string.Join(" / ", cell.ConflictingValues))}[/]";
        }

        var value = Markup.Escape(cell.Value ?? string.Empty);
        return cell.Changed ? $"[bold yellow]* {value}[/]" : value;
    }

    private static string Source(ValueSource source, string? value)
    {
        var page = source.Page is { } p ? $" p.{p.ToString(CultureInfo.InvariantCulture)}" : string.Empty;
        var said = value is null ? string.Empty : $" says {value}";
        return $"{source.Source} {source.BlobName ?? Short(source.DocumentId)}{page}{said}";
    }

    private static string Short(string id) => id.Length > 12 ? id[..12] : id;
}
