using ReportPipeline.Core.Identification;

namespace ReportPipeline.Core.Tests.Identification;

public class CountryNameMatcherTests
{
    private static readonly CountryNameMatcher Matcher = new(CountryCatalog.Default);

    private static List<string> Codes(string text) => [.. Matcher.Find(text).Select(m => m.Country.Iso2)];

    [Theory]
    [InlineData("Côte d'Ivoire", "CI")]
    [InlineData("Cote d’Ivoire", "CI")]
    [InlineData("Türkiye", "TR")]
    [InlineData("Turkey", "TR")]
    [InlineData("West Bank and the Gaza Strip", "PS")]
    [InlineData("Republic of Azerbaijan", "AZ")]
    [InlineData("Burma", "MM")]
    [InlineData("Myanmar", "MM")]
    [InlineData("Cabo Verde", "CV")]
    [InlineData("Congo, Democratic Republic of the", "CD")]
    [InlineData("Democratic Republic of the Congo", "CD")]
    [InlineData("Republic of the Congo", "CG")]
    [InlineData("Eswatini", "SZ")]
    [InlineData("Swaziland", "SZ")]
    [InlineData("Timor-Leste", "TL")]
    [InlineData("Republic of Moldova", "MD")]
    [InlineData("Kyrgyz Republic", "KG")]
    [InlineData("the Kyrgyz Republic", "KG")]
    [InlineData("KAZAKHSTAN", "KZ")]
    [InlineData("Kosovo", "XK")]
    [InlineData("São Tomé and Príncipe", "ST")]
    public void Names_reports_use_resolve_to_their_code(string name, string iso2) =>
        Matcher.Exact(name).ShouldNotBeNull().Iso2.ShouldBe(iso2);

    [Fact]
    public void Longer_names_win_over_names_they_contain()
    {
        Codes("Guinea-Bissau, Papua New Guinea, Equatorial Guinea and Guinea").ShouldBe(["GW", "PG", "GQ", "GN"]);
        Codes("Nigeria and Niger").ShouldBe(["NG", "NE"]);
        Codes("South Sudan and Sudan; American Samoa and Samoa").ShouldBe(["SS", "SD", "AS", "WS"]);
    }

    [Fact]
    public void Common_words_in_lower_case_are_not_countries()
    {
        Codes("a turkey, a chad of paper and a jordan almond").ShouldBeEmpty();
        Codes("Azerbaijani citizens").ShouldBeEmpty();
    }

    [Fact]
    public void A_name_may_wrap_across_lines()
    {
        Codes("the Kyrgyz\nRepublic made").ShouldBe(["KG"]);
    }

    [Fact]
    public void Unknown_names_match_nothing() => Matcher.Exact("Freedonia").ShouldBeNull();
}
