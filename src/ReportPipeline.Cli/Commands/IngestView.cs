using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportPipeline.Core.Ingestion;
using Spectre.Console;

namespace ReportPipeline.Cli.Commands;

/// <summary>How ingest outcomes and stored documents are shown: a summary table, or one JSON object per line.</summary>
internal static class IngestView
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteSummary(IAnsiConsole console, IReadOnlyList<IngestOutcome> outcomes, IReadOnlyList<string> missing, int alreadyProcessed, string endpoint)
    {
        var table = new Table().AddColumn("file").AddColumn("outcome").AddColumn(new TableColumn("documents").RightAligned())
            .AddColumn(new TableColumn("facts").RightAligned()).AddColumn(new TableColumn("statements").RightAligned()).AddColumn("reason");
        foreach (var outcome in outcomes.OrderBy(o => o.Kind).ThenBy(o => o.BlobName, StringComparer.Ordinal))
        {
            table.AddRow(
                Markup.Escape(outcome.BlobName),
                Label(outcome.Kind),
                Number(outcome.Documents.Count),
                Number(outcome.FactCount),
                Number(outcome.StatementCount),
                Markup.Escape(outcome.Reason ?? string.Empty));
        }

        foreach (var path in missing)
        {
            table.AddRow(Markup.Escape(path), "[red]not found[/]", "0", "0", "0", "No such file or folder; nothing was uploaded.");
        }

        console.Write(table);
        var counts = Enum.GetValues<IngestOutcomeKind>()
            .Select(kind => (kind, count: outcomes.Count(o => o.Kind == kind)))
            .Where(c => c.count > 0)
            .Select(c => $"{c.count} {Name(c.kind)}");
        var processed = alreadyProcessed > 0 ? $", {alreadyProcessed} already processed in the container" : string.Empty;
        console.MarkupLine(Markup.Escape($"{string.Join(", ", counts.DefaultIfEmpty("nothing ingested"))}{processed}; " +
            $"{outcomes.Sum(o => o.Documents.Count)} documents, {outcomes.Sum(o => o.FactCount)} facts, {outcomes.Sum(o => o.StatementCount)} statements in {endpoint}"));
    }

    /// <summary>One line of progress when no progress bar can be drawn: <c>[12/92] pdf/x.pdf: ingested, 1 document, 310 facts, 95 statements (1.4 s)</c>.</summary>
    public static string ProgressLine(int done, int total, IngestOutcome outcome)
    {
        var width = total.ToString(CultureInfo.InvariantCulture).Length;
        var counts = outcome.Kind is IngestOutcomeKind.Ingested or IngestOutcomeKind.NeedsReview
            ? $", {outcome.Documents.Count} document{(outcome.Documents.Count == 1 ? string.Empty : "s")}, {Number(outcome.FactCount)} facts, {Number(outcome.StatementCount)} statements"
            : string.Empty;
        var reason = outcome.Kind is IngestOutcomeKind.Ingested || outcome.Reason is null ? string.Empty : $": {outcome.Reason}";
        return string.Create(CultureInfo.InvariantCulture,
            $"[{done.ToString(CultureInfo.InvariantCulture).PadLeft(width)}/{total}] {outcome.BlobName}: {Name(outcome.Kind)}{counts}{reason} ({outcome.Elapsed.TotalSeconds:0.0} s)");
    }

    public static string Json(IngestOutcome outcome)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("blob", outcome.BlobName);
            writer.WriteString("outcome", Name(outcome.Kind));
            writer.WriteString("reason", outcome.Reason);
            writer.WriteString("contentKey", outcome.ContentKey);
            if (outcome.DuplicateOf is { } first)
            {
                writer.WriteString("duplicateOf", first.BlobName);
            }

            writer.WriteNumber("facts", outcome.FactCount);
            writer.WriteNumber("statements", outcome.StatementCount);
            writer.WriteStartArray("documents");
            foreach (var document in outcome.Documents)
            {
                WriteDocument(writer, document);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string Json(StoredDocument document)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            WriteDocument(writer, document);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void WriteDocuments(IAnsiConsole console, IReadOnlyList<StoredDocument> documents)
    {
        var table = new Table().AddColumn("status").AddColumn("country").AddColumn("year").AddColumn("source")
            .AddColumn("blob").AddColumn(new TableColumn("facts").RightAligned()).AddColumn(new TableColumn("statements").RightAligned()).AddColumn("reason");
        foreach (var d in documents)
        {
            table.AddRow(
                Status(d.Status),
                Markup.Escape(d.Iso2 is null ? d.Country ?? "?" : $"{d.Country} ({d.Iso2})"),
                d.Year?.ToString(CultureInfo.InvariantCulture) ?? "?",
                Markup.Escape(d.Source),
                Markup.Escape(d.BlobName),
                Number(d.FactCount),
                Number(d.StatementCount),
                Markup.Escape(d.Reason ?? string.Empty));
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape($"{documents.Count} documents"));
    }

    private static void WriteDocument(Utf8JsonWriter writer, StoredDocument d)
    {
        writer.WriteStartObject();
        writer.WriteString("id", d.Id);
        writer.WriteString("status", d.Status);
        writer.WriteString("country", d.Country);
        writer.WriteString("iso2", d.Iso2);
        if (d.Year is { } year) writer.WriteNumber("year", year); else writer.WriteNull("year");
        writer.WriteString("source", d.Source);
        writer.WriteString("blob", d.BlobName);
        writer.WriteString("reason", d.Reason);
        writer.WriteNumber("facts", d.FactCount);
        writer.WriteNumber("statements", d.StatementCount);
        writer.WriteNumber("pages", d.PageCount);
        writer.WriteString("preservedAt", d.PreservedAt);
        writer.WriteString("ingestedAt", d.IngestedAt);
        writer.WriteString("supersededBy", d.SupersededBy);
        if (d.RetiredAt is { } retiredAt) writer.WriteString("retiredAt", retiredAt); else writer.WriteNull("retiredAt");
        writer.WriteStartArray("warnings");
        foreach (var warning in d.Warnings)
        {
            writer.WriteStringValue(warning);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static string Name(IngestOutcomeKind kind) => kind switch
    {
        IngestOutcomeKind.Ingested => "ingested",
        IngestOutcomeKind.Duplicate => "duplicate",
        IngestOutcomeKind.NeedsReview => DocumentStatus.NeedsReview,
        IngestOutcomeKind.Failed => DocumentStatus.Failed,
        _ => "in-progress-elsewhere",
    };

    private static string Label(IngestOutcomeKind kind) => kind switch
    {
        IngestOutcomeKind.Ingested => "[green]ingested[/]",
        IngestOutcomeKind.Duplicate => "[grey]duplicate[/]",
        IngestOutcomeKind.NeedsReview => "[yellow]needs-review[/]",
        IngestOutcomeKind.Failed => "[red]failed[/]",
        _ => "[blue]in progress elsewhere[/]",
    };

    private static string Status(string status) => status switch
    {
        DocumentStatus.Ingested => "[green]ingested[/]",
        DocumentStatus.NeedsReview => "[yellow]needs-review[/]",
        DocumentStatus.Failed => "[red]failed[/]",
        DocumentStatus.Superseded or DocumentStatus.Retracted => $"[grey]{status}[/]",
        _ => Markup.Escape(status),
    };

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
