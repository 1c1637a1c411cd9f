using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Tests.Text;

public class DecodingCheckTests
{
    private static readonly string[] Decoded =
    [
        "In 2016, Ruritania made a significant advancement in efforts to eliminate the worst forms of",
        "child labor. The government approved a new law that criminalizes child trafficking for labor and",
        "sexual exploitation, adopted a pact for the eradication of forced labor and increased the number",
        "of inspections. Sources: http://www.example.org/getResults?articleId=12&docName=fotoNav",
    ];

    [Fact]
    public void Prose_with_links_is_decoded() => DecodingCheck.LooksDecoded(Decoded).ShouldBeTrue();

    [Fact]
    public void Control_characters_in_place_of_ligatures_mean_not_decoded()
    {
        var garbled = Decoded.Select(l => l.Replace("fi", "\u001F", StringComparison.Ordinal).Replace("ff", "\u001E", StringComparison.Ordinal)
            .Replace("ti", "\u0019", StringComparison.Ordinal)).ToList();
        DecodingCheck.LooksDecoded(garbled).ShouldBeFalse();
    }

    [Fact]
    public void Letters_swapped_by_a_wrong_encoding_mean_not_decoded()
    {
        // "maTe a Vigni cant aTvancement": d -> T, s -> V, as a font with a wrong encoding shows it.
        var garbled = Decoded.Select(l => l.Replace('d', 'T').Replace('s', 'V').Replace('h', 'O')).ToList();
        DecodingCheck.LooksDecoded(garbled).ShouldBeFalse();
    }

    [Fact]
    public void A_short_title_page_is_judged_on_its_characters_only()
    {
        DecodingCheck.LooksDecoded(["Ruritania", "MODERATE ADVANCEMENT"]).ShouldBeTrue();
        DecodingCheck.LooksDecoded(["\u0003\u0004\u0005"]).ShouldBeFalse();
    }
}
