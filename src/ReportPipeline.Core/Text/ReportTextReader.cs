using System.Text.RegularExpressions;

namespace ReportPipeline.Core.Text;

/// <summary>
/// Reads any supported input (PDF, HTML, plain or already-extracted text) into a
/// <see cref="TextDocument"/>, choosing the format from the bytes, not the file name.
/// </summary>
public static partial class ReportTextReader
{
    public static async Task<TextDocument> ReadAsync(Stream input, ExtractionLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(limits);
        var bytes = await ReadBoundedAsync(input, limits.MaxFileBytes, cancellationToken).ConfigureAwait(false);
        return Read(bytes, limits, cancellationToken);
    }

    /// <summary>The same from bytes already read (and bounded) by the caller, without copying them again.</summary>
    public static TextDocument Read(byte[] bytes, ExtractionLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(limits);
        if (bytes.Length == 0)
        {
            throw new UnreadableReportException("The file is empty.");
        }

        var budget = new ExtractionBudget(limits, cancellationToken);

        if (LooksLikePdf(bytes))
        {
            // A cut-off download can still open leniently and silently lose its last pages,
            // whose facts would then look removed in the next comparison.
            if (!EndsLikePdf(bytes))
            {
                throw new UnreadableReportException("The PDF is truncated (it has no end-of-file marker); the file was cut short and was not read.");
            }

            try
            {
                using var pdf = new MemoryStream(bytes, writable: false);
                return PdfTextReader.Read(pdf, budget);
            }
            catch (UglyToad.PdfPig.Exceptions.PdfDocumentEncryptedException ex)
            {
                throw new UnreadableReportException("The PDF is encrypted (password-protected) and cannot be read without its password.", ex);
            }
            catch (Exception ex) when (ex is not (OperationCanceledException or ReportTooLargeException or UnreadableReportException))
            {
                throw new UnreadableReportException($"The PDF cannot be read: {ex.Message}", ex);
            }
        }

        var text = PlainTextDecoder.Decode(bytes, out _);
        if (PlainTextDecoder.LooksBinary(text))
        {
            throw new UnreadableReportException("The file is neither a PDF nor text (binary content).");
        }

        if (LooksLikeHtml(text))
        {
            return HtmlTextReader.Read(text, budget);
        }

        return TextDocument.FromPlainLines(InputFormat.Text, PreextractedText.Clean(text));
    }

    /// <summary>Reads at most <paramref name="maxBytes"/>; a larger input fails before it is held in memory.</summary>
    public static async Task<byte[]> ReadBoundedAsync(Stream input, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.CanSeek && input.Length - input.Position > maxBytes)
        {
            throw new ReportTooLargeException($"The file is {input.Length:N0} bytes; the limit is {maxBytes:N0}.");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new ReportTooLargeException($"The file is larger than the limit of {maxBytes:N0} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static bool LooksLikePdf(ReadOnlySpan<byte> bytes)
    {
        // The header may follow a little junk; readers accept it within the first 1 KB.
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        return head.IndexOf("%PDF-"u8) >= 0;
    }

    private static bool EndsLikePdf(ReadOnlySpan<byte> bytes) =>
        bytes[Math.Max(0, bytes.Length - 1024)..].IndexOf("%%EOF"u8) >= 0;

    private static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048)).TrimStart();
        return head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || HtmlBody().IsMatch(text.AsSpan(0, Math.Min(text.Length, 4096)).ToString());
    }

    [GeneratedRegex(@"<(body|head)[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlBody();
}
