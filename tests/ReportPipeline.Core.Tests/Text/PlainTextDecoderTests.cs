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
}
