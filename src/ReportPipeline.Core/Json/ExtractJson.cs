using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Json;

/// <summary>
/// Writes an <see cref="ExtractionResult"/> as the <c>extract --json</c> contract of
/// status-schema.md: one object per file, statement fields flattened into the statement.
/// Outside evaluation tools read this; keep it exact.
/// </summary>
public static class ExtractJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static string Serialize(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, result);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(Utf8JsonWriter writer, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteString("file", result.File);
        if (result.Document is { } document)
        {
            writer.WriteStartObject("document");
            writer.WriteString("country", document.Country);
            writer.WriteString("iso2", document.Iso2);
            if (document.Year is { } year) writer.WriteNumber("year", year); else writer.WriteNull("year");
            writer.WriteString("source", document.Source);
            writer.WriteString("sha256", document.Sha256);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("document");
        }

        writer.WriteStartArray("facts");
        foreach (var fact in result.Facts)
        {
            writer.WriteStartObject();
            writer.WriteString("facet", fact.Facet);
            WriteValue(writer, "value", fact.Value);
            writer.WriteString("evidence", fact.Evidence);
            WritePosition(writer, fact.Page, fact.Offset);
            if (fact.Period is not null) writer.WriteString("period", fact.Period);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("statements");
        foreach (var statement in result.Statements)
        {
            writer.WriteStartObject();
            writer.WriteString("category", statement.Category);
            if (statement.Action is not null) writer.WriteString("action", statement.Action);
            foreach (var (name, value) in statement.Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                writer.WriteString(name, value);
            }

            writer.WriteString("text", statement.Text);
            writer.WriteNumber("confidence", Math.Round(statement.Confidence, 2));
            writer.WriteString("classifier", statement.Classifier);
            WritePosition(writer, statement.Page, statement.Offset);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("errors");
        foreach (var error in result.Errors)
        {
            writer.WriteStringValue(error);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Counts and percentages are numbers in the contract; vocabulary values are strings.</summary>
    private static void WriteValue(Utf8JsonWriter writer, string name, string value)
    {
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var integer))
        {
            writer.WriteNumber(name, integer);
        }
        else if (decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WritePosition(Utf8JsonWriter writer, int? page, int? offset)
    {
        if (page is { } p) writer.WriteNumber("page", p);
        else if (offset is { } o) writer.WriteNumber("offset", o);
    }
}
