using System.Text;
using ReportPipeline.Core.Datasets;
using ReportPipeline.Core.Identification;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Tests.Datasets;

/// <summary>
/// The XML export is recognised by its structure; a DOCTYPE is refused with its reason; one file's
/// content is never attributed to the country it happens to name first (issue 19, item 4).
/// </summary>
public class DoctypeAndAttributionTests
{
    private static readonly CountryCatalog Countries = new([.. CountryCatalog.Default.All, new Country("XR", "Ruritania", [])]);

    private static string Country(string name, string level) => $"""
          <Country>
            <Name>{name}</Name>
            <Multiple_Territories>No</Multiple_Territories>
            <Advancement_Level>{level} Advancement</Advancement_Level>
            <Description>In 2021, {name} made {level.ToLowerInvariant()} advancement in efforts to eliminate the worst forms of child labor.</Description>
            <Enforcements><Labor_Inspectors>120</Labor_Inspectors></Enforcements>
          </Country>
        """;

    private static readonly string Body = "<Countries>\n" + Country("Afghanistan", "Moderate") + Country("Ruritania", "Minimal") + "</Countries>\n";

    private static readonly string Declaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<Countries><Country/></Countries>", XmlShape.Export)]
    [InlineData("<?xml version=\"1.0\"?>\n<?publisher export?>\n<!-- yearly -->\n<Countries>", XmlShape.Export)]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE Countries>\n<Countries><Country/></Countries>", XmlShape.ExportWithDtd)]
    [InlineData("<!-- x --><!DOCTYPE Countries SYSTEM \"http://127.0.0.1:9/countries.dtd\"><Countries/>", XmlShape.ExportWithDtd)]
    [InlineData("<!DOCTYPE Countries [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><Countries><Country><Name>&b;</Name></Country></Countries>", XmlShape.ExportWithDtd)]
    [InlineData("<!DOCTYPE note [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><note>&x;</note>", XmlShape.OtherXmlWithDtd)]
    [InlineData("<!DOCTYPE html>\n<html><body><p>Countries<br></body></html>", XmlShape.None)]
    [InlineData("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\"><html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>", XmlShape.None)]
    [InlineData("<p>In 2021, Ruritania made minimal advancement.</p>", XmlShape.None)]
    [InlineData("In 2021, Ruritania made minimal advancement. <Countries>", XmlShape.None)]
    [InlineData("%PDF-1.7 <Countries>", XmlShape.None)]
    public void The_export_and_a_dtd_are_recognised_by_structure(string content, XmlShape expected) =>
        UsdolDatasetReader.Recognise(Encoding.UTF8.GetBytes(content)).ShouldBe(expected);

    [Fact]
    public void A_utf16_export_is_recognised_too() =>
        UsdolDatasetReader.Recognise(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"utf-16\"?><!DOCTYPE Countries><Countries/>")).ToArray())
            .ShouldBe(XmlShape.ExportWithDtd);

    [Fact]
    public async Task An_export_is_one_document_per_country_year_through_the_extractor()
    {
        var results = await ReportExtractor.CreateDefault(Countries).ExtractAllAsync(Encoding.UTF8.GetBytes(Declaration + Body), "countries_2021.xml", sha256: null);

        results.Select(r => (r.Document!.Iso2, r.Document.Year, r.Document.Source)).ShouldBe([("AF", (int?)2021, "usdol-dataset"), ("XR", (int?)2021, "usdol-dataset")]);
        results.ShouldAllBe(r => r.Facts.Any(f => f.Facet == "enforcement.labor.inspectors" && f.Value == "120"));
    }

    [Theory]
    [InlineData("<!DOCTYPE Countries>\n")]
    [InlineData("<!DOCTYPE Countries [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n")]
    [InlineData("<!DOCTYPE Countries SYSTEM \"countries.dtd\">\n")]
    public async Task An_export_with_a_doctype_is_failed_with_the_reason_and_not_read_as_a_chapter(string doctype)
    {
        var results = await ReportExtractor.CreateDefault(Countries).ExtractAllAsync(Encoding.UTF8.GetBytes(Declaration + doctype + Body), "countries_2021.xml", sha256: null);

        var result = results.ShouldHaveSingleItem();
        result.Document.ShouldBeNull();
        result.Errors.ShouldHaveSingleItem().ShouldBe(
            "The publisher's XML export (<Countries>) declares a DTD (<!DOCTYPE …>); DTDs are refused and never processed (no entities, no external definitions), so the file was not read. Remove the DOCTYPE and upload it again.");
    }

    [Fact]
    public async Task Other_xml_with_a_dtd_is_refused_too_and_html_with_a_doctype_is_read()
    {
        var extractor = ReportExtractor.CreateDefault(Countries);

        var xxe = await extractor.ExtractAllAsync(Encoding.UTF8.GetBytes("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>In 2021, Ruritania made minimal advancement. &x;</r>"), "r.xml", sha256: null);
        xxe.ShouldHaveSingleItem().Errors.ShouldHaveSingleItem().ShouldStartWith("The XML file declares a DTD");

        var page = await extractor.ExtractAllAsync(Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Ruritania</title></head><body><p>Ruritania's ministry of labour hired 40 inspectors. Ruritania. Ruritania.</p></body></html>"), "news.html", sha256: null);
        page.ShouldHaveSingleItem().Document.ShouldNotBeNull().Source.ShouldBe(Sources.WebPage);
    }

    [Fact]
    public async Task Text_stating_several_countries_assessments_is_attributed_to_none_of_them()
    {
        // The export's text read as a chapter: Afghanistan's opening sentence comes first.
        var text = string.Join("\n",
            "In 2021, Afghanistan made moderate advancement in efforts to eliminate the worst forms of child labor.",
            "Table 6. Labor Law Enforcement Efforts Related to Child Labor",
            "In 2021, Ruritania made minimal advancement in efforts to eliminate the worst forms of child labor.",
            "In 2021, Kazakhstan made moderate advancement in efforts to eliminate the worst forms of child labor.");

        var result = (await ReportExtractor.CreateDefault(Countries).ExtractAllAsync(Encoding.UTF8.GetBytes(text), "volume.txt", sha256: null)).ShouldHaveSingleItem();

        result.Document.ShouldNotBeNull().ShouldSatisfyAllConditions(
            d => d.Source.ShouldBe(Sources.UsdolFindings),
            d => d.Iso2.ShouldBeNull(),
            d => d.Year.ShouldBeNull(),
            d => d.NeedsReview.ShouldBeTrue());
        result.Warnings.ShouldContain("The text states the assessments of 3 countries (Afghanistan, Ruritania, Kazakhstan); it is not attributed to any one of them.");
    }

    [Fact]
    public async Task A_chapter_that_mentions_another_country_in_passing_keeps_its_own()
    {
        var text = string.Join("\n",
            "Ruritania",
            "In 2021, Ruritania made minimal advancement in efforts to eliminate the worst forms of child labor.",
            "Children from Kazakhstan were found working in Strelsau; Kazakhstan signed an agreement with Ruritania in 2021.");

        var result = (await ReportExtractor.CreateDefault(Countries).ExtractAllAsync(Encoding.UTF8.GetBytes(text), "ruritania-2021.txt", sha256: null)).ShouldHaveSingleItem();

        result.Document.ShouldNotBeNull().Iso2.ShouldBe("XR");
        result.Document.Year.ShouldBe(2021);
    }
}
