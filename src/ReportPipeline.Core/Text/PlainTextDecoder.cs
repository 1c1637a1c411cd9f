using System.Text;

namespace ReportPipeline.Core.Text;

/// <summary>
/// Turns bytes of unknown encoding into text: BOM first, then UTF-16 without BOM (by the
/// pattern of zero bytes), then strict UTF-8, then Windows-1252 as the fallback that never fails.
/// </summary>
public static class PlainTextDecoder
{
    static PlainTextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // Longest first: the UTF-32 little-endian mark begins with the UTF-16 one.
    private static readonly (byte[] Mark, Encoding Encoding)[] ByteOrderMarks =
    [
        ([0xFF, 0xFE, 0x00, 0x00], new UTF32Encoding(bigEndian: false, byteOrderMark: true)),
        ([0x00, 0x00, 0xFE, 0xFF], new UTF32Encoding(bigEndian: true, byteOrderMark: true)),
        ([0xEF, 0xBB, 0xBF], Encoding.UTF8),
        ([0xFF, 0xFE], Encoding.Unicode),
        ([0xFE, 0xFF], Encoding.BigEndianUnicode),
    ];

    /// <param name="encodingName">The encoding's web name (<c>utf-8</c>, <c>utf-16</c>, <c>utf-16BE</c>, <c>utf-32</c>, <c>windows-1252</c> …).</param>
    public static string Decode(ReadOnlySpan<byte> bytes, out string encodingName)
    {
        foreach (var (mark, encoding) in ByteOrderMarks)
        {
            if (bytes.StartsWith(mark))
            {
                encodingName = encoding.WebName;
                return encoding.GetString(bytes[mark.Length..]);
            }
        }

        var utf16 = GuessUtf16WithoutBom(bytes);
        if (utf16 is not null)
        {
            encodingName = utf16.WebName;
            return utf16.GetString(bytes);
        }

        try
        {
            encodingName = "utf-8";
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            encodingName = "windows-1252";
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    private static Encoding? GuessUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        if (sample.Length < 4)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenZeros++;
            if (sample[i + 1] == 0) oddZeros++;
        }

        var pairs = sample.Length / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return Encoding.Unicode;
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return Encoding.BigEndianUnicode;
        return null;
    }

    /// <summary>True when decoded text looks like binary junk rather than prose.</summary>
    public static bool LooksBinary(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var control = 0;
        foreach (var c in sample)
        {
            if ((char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) || c == '\uFFFD')
            {
                control++;
            }
        }

        return control * 20 > sample.Length;
    }
}
