using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Ingestion;

/// <summary>
/// Identities derived from content only, so that re-ingesting the same bytes (a retry, a second
/// ingester, a re-run after a crash) produces the same keys and rewrites the same rows.
/// </summary>
public static class IngestionKeys
{
    public static string Sha256(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>A blob refused unread (too large) is known by its name and length only.</summary>
    public static string Unread(string blobName, long length) =>
        "unread-" + Sha256(Encoding.UTF8.GetBytes($"{blobName}\n{length.ToString(CultureInfo.InvariantCulture)}"))[..40];

    /// <summary>
    /// A statement's identity within its document: category, action, fields and text. Repeated
    /// text (PDF tables repeat) collapses to one statement.
    /// </summary>
    public static string StatementHash(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var text = new StringBuilder();
        text.Append(statement.Category).Append('\n').Append(statement.Action).Append('\n');
        foreach (var field in statement.Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            text.Append(field.Key).Append('=').Append(field.Value).Append('\n');
        }

        text.Append(statement.Text);
        return Sha256(Encoding.UTF8.GetBytes(text.ToString()))[..24];
    }
}
