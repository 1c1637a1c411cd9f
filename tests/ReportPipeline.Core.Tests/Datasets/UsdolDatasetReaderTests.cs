using System.Text;
using ReportPipeline.Core.Datasets;
using ReportPipeline.Core.Identification;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Tests.Datasets;

/// <summary>The export reader on an invented export in the publisher's format (Ruritania, XR).</summary>
public class UsdolDatasetReaderTests
{
    private static readonly CountryCatalog Countries = new([
        new Country("XR", "Ruritania", ["Republic of Ruritania"]),
        new Country("XB", "Borduria", []),
    ]);

    private const string Export = """
        <?xml version="1.0" encoding="utf-8"?>
        <Countries>
          <Country>
            <Name>Ruritania</Name>
            <Multiple_Territories>Yes</Multiple_Territories>
            <Advancement_Level>Minimal Advancement – Efforts Made but Continued Practice that Delayed Advancement</Advancement_Level>
            <Description>In 2023, Ruritania made minimal advancement. The Zenda labour office reopened.</Description>
            <Country_Statistics>
              <Children_Work_Statistics><Age_Range>5-14</Age_Range><Total_Percentage_of_Working_Children>0.052</Total_Percentage_of_Working_Children></Children_Work_Statistics>
              <Education_Statistics_Attendance_Statistics>
                <Age_Range>5-14</Age_Range><Percentage>0.91</Percentage>
                <Age_Range>5-14</Age_Range><Percentage>0.87</Percentage>
              </Education_Statistics_Attendance_Statistics>
            </Country_Statistics>
            <Conventions>
              <C_138_Ratified>Yes</C_138_Ratified>
              <Palermo_Ratified>No</Palermo_Ratified>
              <CRC_Armed_Conflict_Ratified>Not Applicable</CRC_Armed_Conflict_Ratified>
            </Conventions>
            <Legal_Standards>
              <Minimum_Work>
                <Territory><Territory_Name>Mainland</Territory_Name><Territory_Display_Name>Mainland</Territory_Display_Name><Standard>Yes</Standard><Age>15</Age><Conforms_To_Intl_Standard>Yes</Conforms_To_Intl_Standard></Territory>
                <Territory><Territory_Name>Zenda Province</Territory_Name><Territory_Display_Name>Zenda Province</Territory_Display_Name><Standard>Yes</Standard><Age>13</Age><Conforms_To_Intl_Standard>No</Conforms_To_Intl_Standard></Territory>
              </Minimum_Work>
              <Minimum_Compulsory_Military><Standard>N/A</Standard><Age>N/A</Age><Conforms_To_Intl_Standard>N/A*†</Conforms_To_Intl_Standard></Minimum_Compulsory_Military>
            </Legal_Standards>
            <Enforcements>
              <Labor_Inspectors>
                <Territory><Territory_Name>All Territories</Territory_Name><Territory_Display_Name>All Territories</Territory_Display_Name><Enforcement>1,204‡</Enforcement></Territory>
              </Labor_Inspectors>
              <Labor_Unannounced_Inspections_Premitted>
                <Territory><Territory_Name>Mainland</Territory_Name><Enforcement>No</Enforcement></Territory>
                <Territory><Territory_Name>Zenda Province</Territory_Name><Enforcement>Yes</Enforcement></Territory>
              </Labor_Unannounced_Inspections_Premitted>
              <Criminal_Investigations>Unknown* </Criminal_Investigations>
            </Enforcements>
            <Suggested_Actions>
              <Enforcement><Action><Name>Lift the moratorium on labour inspections in Strelsau.</Name></Action></Enforcement>
              <Legal_Framework><Action><Name>Raise the minimum age for work in Zenda Province to 15.</Name></Action></Legal_Framework>
            </Suggested_Actions>
          </Country>
          <Country>
            <Name>Borduria</Name>
            <Multiple_Territories>No</Multiple_Territories>
            <Description>Research found no evidence of child labor.</Description>
            <Enforcements><Labor_Inspectors>12</Labor_Inspectors></Enforcements>
          </Country>
          <Country>
            <Name>Grand Fenwick</Name>
            <Multiple_Territories>No</Multiple_Territories>
            <Advancement_Level>Moderate Advancement</Advancement_Level>
            <Description>In 2023, Grand Fenwick made moderate advancement.</Description>
          </Country>
        </Countries>
        """;

    private static async Task<IReadOnlyList<DatasetEntry>> ReadAsync(string xml) =>
        await new UsdolDatasetReader(Countries).ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "countries_2023.xml");

    [Fact]
    public async Task One_document_per_country_with_source_and_file_year()
    {
        var entries = await ReadAsync(Export);
        entries.Select(e => (e.DatasetName, e.Result.Document!.Iso2, e.Result.Document.Year, e.Result.Document.Source))
            .ShouldBe([("Ruritania", "XR", 2023, "usdol-dataset"), ("Borduria", "XB", 2023, "usdol-dataset"), ("Grand Fenwick", null, 2023, "usdol-dataset")]);
        entries.Select(e => e.Result.Document!.Sha256).Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public async Task Territory_values_go_under_territory_qualified_facets_and_all_territories_keeps_the_plain_facet()
    {
        var facts = (await ReadAsync(Export))[0].Result.Facts.ToDictionary(f => f.Facet, f => f.Value);
        facts["legal.minimum_age_work.meets@mainland"].ShouldBe("Yes");
        facts["legal.minimum_age_work.meets@zenda-province"].ShouldBe("No");
        facts["legal.minimum_age_work.age@zenda-province"].ShouldBe("13");
        facts["enforcement.labor.unannounced_inspections_permitted@mainland"].ShouldBe("No");
        facts["enforcement.labor.inspectors"].ShouldBe("1204");
        facts.ShouldNotContainKey("legal.minimum_age_work.meets");
    }

    [Theory]
    [InlineData("2", "2", "enforcement.labor.inspections")]
    [InlineData("2", "5", "enforcement.labor.inspections@all-territories")]
    public async Task A_repeated_all_territories_entry_is_one_value_when_the_copies_agree(string first, string second, string facet)
    {
        static string Entry(string value) =>
            $"<Territory><Territory_Name>All Territories</Territory_Name><Territory_Display_Name>All Territories</Territory_Display_Name><Enforcement>{value}</Enforcement></Territory>";
        var export = $"""
            <Countries><Country><Name>Borduria</Name><Description>In 2023, Borduria made minimal advancement.</Description>
            <Enforcements><Labor_Inspections>{Entry(first)}{Entry(second)}</Labor_Inspections></Enforcements></Country></Countries>
            """;

        var facts = (await ReadAsync(export))[0].Result.Facts.Where(f => f.Facet.StartsWith("enforcement.labor.inspections", StringComparison.Ordinal)).ToList();

        facts.Select(f => f.Facet).Distinct().ShouldBe([facet]);
        facts.First().Value.ShouldBe(first);
    }

    [Fact]
    public async Task A_territory_list_gives_the_value_to_each_listed_territory_as_evaluation_counts_it()
    {
        const string export = """
            <Countries><Country><Name>Borduria</Name><Multiple_Territories>Yes</Multiple_Territories><Description>In 2023, Borduria made minimal advancement.</Description>
            <Enforcements>
              <Criminal_Investigations>
                <Territory><Territory_Name>Upper Valley (UV)</Territory_Name><Enforcement>3</Enforcement></Territory>
                <Territory><Territory_Name>Coastal League</Territory_Name><Enforcement>1</Enforcement></Territory>
              </Criminal_Investigations>
              <Criminal_Convictions>
                <Territory><Territory_Name>UV, Coastal League</Territory_Name><Enforcement>4</Enforcement></Territory>
              </Criminal_Convictions>
              <Labor_Complaint_Mechanism>
                <Territory><Territory_Name>Upper Valley and Coastal League</Territory_Name><Enforcement>Yes</Enforcement></Territory>
              </Labor_Complaint_Mechanism>
            </Enforcements></Country></Countries>
            """;

        var facts = (await ReadAsync(export))[0].Result.Facts.ToDictionary(f => f.Facet, f => f.Value);

        facts["enforcement.criminal.investigations@upper-valley"].ShouldBe("3");
        facts["enforcement.criminal.convictions@upper-valley"].ShouldBe("4");
        facts["enforcement.criminal.convictions@coastal-league"].ShouldBe("4");
        facts["enforcement.labor.complaint_mechanism@upper-valley"].ShouldBe("Yes");
        facts["enforcement.labor.complaint_mechanism@coastal-league"].ShouldBe("Yes");
        facts.Keys.ShouldNotContain(k => k.Contains("uv-coastal", StringComparison.Ordinal) || k.Contains("and-coastal", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Values_are_normalised_to_the_status_schema()
    {
        var entry = (await ReadAsync(Export))[0];
        var facts = entry.Result.Facts.ToDictionary(f => f.Facet, f => f.Value);
        facts["assessment.level"].ShouldBe("Minimal Advancement");
        facts["assessment.qualifier"].ShouldBe("Efforts Made but Continued Practice that Delayed Advancement");
        facts["ratification.ilo_c138"].ShouldBe("Ratified");
        facts["ratification.palermo_protocol"].ShouldBe("Not ratified");
        facts["ratification.un_crc_op_armed_conflict"].ShouldBe("N/A");
        facts["legal.prohibition_compulsory_military.meets"].ShouldBe("N/A");
        facts["enforcement.criminal.investigations"].ShouldBe("Unknown");
        facts["statistics.working_children_percent"].ShouldBe("5.2");
        entry.Result.Facts.Single(f => f.Facet == "enforcement.labor.inspectors").Evidence.ShouldBe("Enforcements/Labor_Inspectors (All Territories): 1,204‡");
    }

    [Fact]
    public async Task Statistics_with_several_unnamed_values_are_left_out_with_a_warning()
    {
        var entry = (await ReadAsync(Export))[0];
        entry.Result.Facts.ShouldNotContain(f => f.Facet == "statistics.attending_school_percent");
        entry.Result.Warnings.ShouldContain(w => w.Contains("statistics.attending_school_percent", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Suggested_actions_and_the_assessment_become_statements()
    {
        var statements = (await ReadAsync(Export))[0].Result.Statements;
        statements.Select(s => (s.Category, s.Field("area") ?? s.Field("level"))).ShouldBe([
            ("assessment", "Minimal Advancement"),
            ("suggested_action", "Enforcement"),
            ("suggested_action", "Legal Framework"),
        ]);
        statements.ShouldAllBe(s => s.Classifier == "usdol-dataset");
    }

    [Fact]
    public async Task A_country_without_a_stated_year_takes_the_year_of_the_file_and_says_so()
    {
        var borduria = (await ReadAsync(Export))[1];
        borduria.Result.Document!.Year.ShouldBe(2023);
        borduria.Result.Warnings.ShouldContain(w => w.Contains("does not state the year", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_country_is_kept_with_its_name_and_a_warning()
    {
        var fenwick = (await ReadAsync(Export))[2];
        fenwick.Result.Document!.Country.ShouldBe("Grand Fenwick");
        fenwick.Result.Document.NeedsReview.ShouldBeTrue();
        fenwick.Result.Warnings.ShouldContain(w => w.Contains("'Grand Fenwick' is not in the country list", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_truncated_export_fails_as_a_whole_with_the_line()
    {
        var ex = await Should.ThrowAsync<UnreadableReportException>(() => ReadAsync(Export[..(Export.Length / 2)]));
        ex.Message.ShouldContain("not well-formed (line");
    }

    [Fact]
    public async Task An_export_with_a_dtd_is_refused()
    {
        const string Xxe = "<?xml version=\"1.0\"?><!DOCTYPE Countries [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Countries><Country><Name>&x;</Name></Country></Countries>";
        await Should.ThrowAsync<UnreadableReportException>(() => ReadAsync(Xxe));
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\r\n<Countries>\r\n", true)]
    [InlineData("\uFEFF<Countries><Country/></Countries>", true)]
    [InlineData("<!-- export --> <Countries>", true)]
    [InlineData("<html><body>Countries</body></html>", false)]
    [InlineData("%PDF-1.7 <Countries>", false)]
    [InlineData("In 2023, Ruritania made moderate advancement.", false)]
    public void The_export_is_recognised_by_its_root_element(string head, bool expected) =>
        UsdolDatasetReader.LooksLikeDataset(Encoding.UTF8.GetBytes(head)).ShouldBe(expected);

    [Theory]
    [InlineData("Brčko District", "brcko-district")]
    [InlineData("Federation of Bosnia and Herzegovina", "federation-of-bosnia-and-herzegovina")]
    [InlineData("Khyber Pakhtunkhwa (KP)", "khyber-pakhtunkhwa")]
    [InlineData("Brčko District (BD)", "brcko-district")]
    public void Territory_slugs_are_ascii(string name, string slug) => UsdolDatasetReader.Slug(name).ShouldBe(slug);
}
