using System.Globalization;
using ReportPipeline.Core.Ingestion;

namespace ReportPipeline.Storage.Tables;

/// <summary>The keys of the Documents, Facts and Statements tables (docs/storage.md, "Table layout").</summary>
public static class DocumentKeys
{
    /// <summary>The partition of documents whose country is unknown (failed, or needing review).</summary>
    public const string UnknownCountry = "__";

    /// <summary>Characters of a document id used in row keys: 64 bits, collisions are not a practical concern.</summary>
    public const int IdPrefix = 16;

    public static string Partition(string? iso2) => iso2 ?? UnknownCountry;

    /// <summary><c>YYYY-idprefix</c>; year 0000 when unknown, so a country's documents sort by year.</summary>
    public static string Row(int? year, string id) =>
        $"{(year ?? 0).ToString("D4", CultureInfo.InvariantCulture)}-{Short(id)}";

    public static string Short(string id) => TableText.Key(id.Length <= IdPrefix ? id : id[..IdPrefix]);

    public static string FactRow(int year, string facet, string documentId) =>
        TableText.Key($"{year.ToString("D4", CultureInfo.InvariantCulture)}|{facet}|{Short(documentId)}");

    public static string StatementPartition(string iso2, int year) => $"{iso2}-{year.ToString("D4", CultureInfo.InvariantCulture)}";

    public static string StatementRow(string documentId, string statementHash) => $"{Short(documentId)}-{statementHash}";

    public static void RequireIngested(StoredDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Iso2 is null || document.Year is null)
        {
            throw new ArgumentException($"Document {document.Id} has no country or year; only ingested documents have facts and statements.", nameof(document));
        }
    }
}
