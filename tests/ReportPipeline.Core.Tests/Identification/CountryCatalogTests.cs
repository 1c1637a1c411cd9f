using ReportPipeline.Core.Identification;
using ReportPipeline.Testing;

namespace ReportPipeline.Core.Tests.Identification;

public class CountryCatalogTests
{
    [Fact]
    public void Built_in_list_covers_iso_3166_and_kosovo()
    {
        var all = CountryCatalog.Default.All;
        all.Count.ShouldBe(250);
        all.ShouldAllBe(c => c.Iso2.Length == 2 && c.Iso2.All(char.IsAsciiLetterUpper));
        CountryCatalog.Default.ByIso2("XK")!.Name.ShouldBe("Kosovo");
        CountryCatalog.Default.ByIso2("PS")!.Name.ShouldBe("West Bank and the Gaza Strip");
    }

    [Fact]
    public void No_name_or_alias_points_to_two_countries()
    {
        var owners = CountryCatalog.ParseTsv(File.ReadAllText(Path.Combine(
                SharedData.RepositoryRoot, "src", "ReportPipeline.Core", "Identification", "countries.tsv")))
            .SelectMany(c => c.Aliases.Append(c.Name).Select(n => (Name: n.ToUpperInvariant(), c.Iso2)))
            .GroupBy(n => n.Name)
            .Where(g => g.Select(n => n.Iso2).Distinct().Count() > 1)
            .Select(g => g.Key);
        owners.ShouldBeEmpty();
    }

    [Fact]
    public void Extension_rows_add_the_invented_countries()
    {
        var catalog = CountryCatalog.Load(Path.Combine(SharedData.RepositoryRoot, "samples", "countries.tsv"));
        catalog.Find("XR")!.Name.ShouldBe("Ruritania");
        catalog.Find("Republic of Ruritania")!.Iso2.ShouldBe("XR");
        catalog.Find("Federation of Valdoria")!.Iso2.ShouldBe("XV");
        catalog.Find("Republic of Borovia")!.Iso2.ShouldBe("XB");
        catalog.Find("Republic of Drevnia")!.Iso2.ShouldBe("XD");
        catalog.Find("Sulanga")!.Iso2.ShouldBe("XS");
        catalog.Find("Republic of Tarsenia")!.Iso2.ShouldBe("XT");
        catalog.Find("Marivelle")!.Iso2.ShouldBe("XM");
        catalog.Find("Independent State of Nakaru")!.Iso2.ShouldBe("XN");
        catalog.Find("Pelaguan Republic")!.Iso2.ShouldBe("XP");
        catalog.Find("Corvania")!.Iso2.ShouldBe("XC");
        catalog.Find("United Republic of Ambaru")!.Iso2.ShouldBe("XA");
        catalog.Find("Kingdom of Tamsara")!.Iso2.ShouldBe("XY");
        catalog.Find("Qadiran")!.Iso2.ShouldBe("XQ");
        catalog.Find("Republic of Galdora")!.Iso2.ShouldBe("XG");
        catalog.Find("Harvanesh")!.Iso2.ShouldBe("XH");
        catalog.Find("Commonwealth of Westmere")!.Iso2.ShouldBe("XW");
        catalog.Find("Zalindi")!.Iso2.ShouldBe("XZ");
        catalog.Find("Elbaria")!.Iso2.ShouldBe("XE");
        catalog.Find("Republic of Fadoma")!.Iso2.ShouldBe("XF");
        catalog.Find("Kingdom of Jurana")!.Iso2.ShouldBe("XJ");
        catalog.Find("Ostrela")!.Iso2.ShouldBe("XO");
        catalog.Find("Republic of Isvaria")!.Iso2.ShouldBe("XI");
        catalog.Find("Grand Duchy of Lunmark")!.Iso2.ShouldBe("XL");
        catalog.Find("Umbrasi")!.Iso2.ShouldBe("XU");
        catalog.Find("Quelaran Republic")!.Iso2.ShouldBe("QM");
        catalog.Find("Norvessa")!.Iso2.ShouldBe("QN");
        catalog.Find("Federal Democratic Republic of Orlavia")!.Iso2.ShouldBe("QO");
        catalog.Find("Kingdom of Pentaro")!.Iso2.ShouldBe("QP");
        catalog.Find("Republic of Quarrine")!.Iso2.ShouldBe("QQ");
        catalog.Find("Sabrevian Republic")!.Iso2.ShouldBe("QS");
        catalog.Find("Commonwealth of the Wenlock Isles")!.Iso2.ShouldBe("QW");
        catalog.Find("Yelvaro")!.Iso2.ShouldBe("QY");
        catalog.All.Count.ShouldBe(287);
    }
}
