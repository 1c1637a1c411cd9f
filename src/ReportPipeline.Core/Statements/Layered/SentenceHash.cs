using System.Security.Cryptography;
using System.Text;

namespace ReportPipeline.Core.Statements;

/// <summary>Identity of a sentence for caching: the same words with other line breaks or spacing are the same sentence.</summary>
public static class SentenceHash
{
    public static string Of(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(sentence))));
    }

    /// <summary>Whitespace runs collapsed to one space, ends trimmed.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
