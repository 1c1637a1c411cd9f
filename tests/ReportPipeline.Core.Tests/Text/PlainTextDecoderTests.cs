using System.Text;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Tests.Text;

public class PlainTextDecoderTests
{
    private const string Sample = "In 2023, Ruritania made moderate advancement — Côte d'Ivoire’s neighbour.";

    [Fact]
    public void Utf16_without_bom_is_detected()
    {
        var text = PlainTextDecoder.Decode(Encoding.Unicode.GetBytes(Sample), out var encoding);
        text.ShouldBe(Sample);
        encoding.ShouldBe("utf-16");
    }

    [Fact]
    public void Windows1252_is_the_fallback_when_bytes_are_not_utf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = PlainTextDecoder.Decode(Encoding.GetEncoding(1252).GetBytes(Sample), out var encoding);
        text.ShouldBe(Sample);
        encoding.ShouldBe("windows-1252");
    }

    [Fact]
    public void Utf8_with_bom_loses_the_bom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Sample)).ToArray();
        PlainTextDecoder.Decode(bytes, out _).ShouldBe(Sample);
    }
    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    [InlineData("utf-32BE")]
    public void Every_unicode_bom_names_its_encoding(string name)
    {
        var encoding = Encoding.GetEncoding(name);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Sample)).ToArray();

        var text = PlainTextDecoder.Decode(bytes, out var detected);

        text.ShouldBe(Sample);
        detected.ShouldBe(encoding.WebName);
    }

    [Fact]
    public void Utf16_big_endian_without_bom_is_detected()
    {
        PlainTextDecoder.Decode(Encoding.BigEndianUnicode.GetBytes(Sample), out var encoding).ShouldBe(Sample);
        encoding.ShouldBe("utf-16BE");
    }

    [Fact]
    public void Utf8_without_bom_is_read_as_utf8_not_as_windows1252()
    {
        PlainTextDecoder.Decode(Encoding.UTF8.GetBytes(Sample), out var encoding).ShouldBe(Sample);
        encoding.ShouldBe("utf-8");
    }
}
