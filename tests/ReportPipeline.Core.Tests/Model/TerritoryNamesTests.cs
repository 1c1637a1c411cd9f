using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Tests.Model;

public sealed class TerritoryNamesTests
{
    private static TerritoryNames Valdoria()
    {
        var names = new TerritoryNames();
        names.Learn(["Northern March (NM)", "Isle of Sorn", "Capital District", "NM, IS, CD", "North and South"]);
        names.LearnAbbreviations("The Isle of Sorn (IS) and the Capital District (CD) keep their own inspectorates.");
        return names;
    }

    [Theory]
    [InlineData("Northern March (NM)", "northern-march")]
    [InlineData("NM", "northern-march")]
    [InlineData("nm", "northern-march")]
    [InlineData("Isle of Sorn", "isle-of-sorn")]
    [InlineData("IS", "isle-of-sorn")]
    [InlineData("Capital District (CD)", "capital-district")]
    [InlineData("North and South", "north-and-south")]
    public void A_name_or_its_abbreviation_is_one_territory(string name, string slug) =>
        Valdoria().Resolve(name).ShouldBe([slug]);

    [Theory]
    [InlineData("NM, IS, CD")]
    [InlineData("NM/IS/CD")]
    [InlineData("Northern March and Isle of Sorn and Capital District")]
    public void A_list_names_each_territory(string name) =>
        Valdoria().Resolve(name).ShouldBe(["northern-march", "isle-of-sorn", "capital-district"]);

    [Theory]
    [InlineData("All")]
    [InlineData("All Territories")]
    [InlineData("All (Valdoria)")]
    public void All_is_the_whole_country(string name) => Valdoria().Resolve(name).ShouldBe([]);

    [Theory]
    [InlineData("various")]
    [InlineData("NM, Atlantis")]
    [InlineData("")]
    public void What_is_not_a_name_is_not_guessed(string name) => Valdoria().Resolve(name).ShouldBeNull();

    [Fact]
    public void A_name_run_into_a_label_is_found_at_its_end() =>
        Valdoria().NameAtEnd("Prohibition of Using Children Isle of Sorn").ShouldBe("Isle of Sorn");

    [Theory]
    [InlineData("legal.minimum_age_work.meets@isle-of-sorn", "legal.minimum_age_work.meets", "isle-of-sorn")]
    [InlineData("legal.minimum_age_work.meets", "legal.minimum_age_work.meets", null)]
    public void A_facet_splits_into_its_plain_part_and_territory(string facet, string plain, string? territory) =>
        Territories.Split(facet).ShouldBe((plain, territory));

    [Fact]
    public void The_place_reads_in_words() =>
        Territories.Place("Valdoria", "isle-of-sorn").ShouldBe("Valdoria (Isle of Sorn)");
}
