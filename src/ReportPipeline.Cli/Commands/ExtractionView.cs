using ReportPipeline.Core.Model;
using Spectre.Console;

namespace ReportPipeline.Cli.Commands;

/// <summary>The readable form of one extraction: identity, a facts table and the statements.</summary>
internal static class ExtractionView
{
    public static void Write(IAnsiConsole console, ExtractionResult result)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(result.File)}[/]").LeftJustified());
        if (result.Document is not { } document)
        {
            // The errors themselves go to stderr (ExtractCommand), where scripts and people look for them.
            console.MarkupLine("[red]not extracted[/] (see the error on stderr)");
            return;
        }

        var review = document.NeedsReview ? " [yellow](needs review)[/]" : string.Empty;
        console.MarkupLine($"{Markup.Escape(document.Country ?? "country unknown")} ({Markup.Escape(document.Iso2 ?? "??")}), year {Markup.Escape(document.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown")}, source {Markup.Escape(document.Source)}{review}");
        foreach (var warning in result.Warnings)
        {
            console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning)}");
        }

        if (result.Facts.Count > 0)
        {
            var table = new Table().AddColumn("facet").AddColumn("value").AddColumn("page").AddColumn("evidence");
            foreach (var fact in result.Facts)
            {
                table.AddRow(
                    Markup.Escape(fact.Facet),
                    Markup.Escape(fact.Period is null ? fact.Value : $"{fact.Value} ({fact.Period})"),
                    Markup.Escape(fact.Page?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty),
                    Markup.Escape(Shorten(fact.Evidence, 80)));
            }

            console.Write(table);
        }

        if (result.Statements.Count > 0)
        {
            var table = new Table().AddColumn("category").AddColumn("action").AddColumn("fields").AddColumn("text");
            foreach (var statement in result.Statements)
            {
                table.AddRow(
                    Markup.Escape(statement.Category),
                    Markup.Escape(statement.Action ?? string.Empty),
                    Markup.Escape(string.Join(", ", statement.Fields.Select(f => $"{f.Key}={f.Value}"))),
                    Markup.Escape(Shorten(statement.Text, 90)));
            }

            console.Write(table);
        }

        console.MarkupLine($"{result.Facts.Count} facts, {result.Statements.Count} statements");
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
