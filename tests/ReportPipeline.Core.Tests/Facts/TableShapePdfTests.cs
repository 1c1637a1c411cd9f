using ReportPipeline.Core.Facts;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Tests.Facts;

/// <summary>
/// Table shapes of single-territory chapters that held-out checks found missed, each in an
/// invented Ruritania chapter built as a PDF.
/// </summary>
public sealed class TableShapePdfTests
{
    private static async Task<Dictionary<string, Fact>> ExtractAsync(ChapterPdf pdf)
    {
        using var stream = new MemoryStream(pdf.Build());
        var text = await ReportTextReader.ReadAsync(stream, ExtractionLimits.Default);
        return new UsdolFindingsFactExtractor()
            .Extract(text, new DocumentInfo("Ruritania", "XR", 2020, Sources.UsdolFindings, "0"))
            .ToDictionary(f => f.Facet);
    }

    private static ChapterPdf Opening() => new ChapterPdf()
        .Line("Ruritania")
        .Line("MINIMAL ADVANCEMENT")
        .Line("In 2020, Ruritania made minimal advancement in efforts to eliminate the worst forms of child labor.")
        .Line("II. LEGAL FRAMEWORK FOR CHILD LABOR");

    [Fact]
    public async Task A_statistics_title_wrapped_beside_a_figure_and_an_age_range_cut_in_two()
    {
        var facts = await ExtractAsync(new ChapterPdf()
            .Line("Ruritania")
            .Line("MINIMAL ADVANCEMENT")
            .Line("In 2020, Ruritania made minimal advancement in efforts to eliminate the worst forms of child labor.")
            .Line((54, "Table 1. Statistics on Children's Work and"), (400, "Figure 1. Working Children by Sector"))
            .Line((54, "Education"))
            .Line((60, "Children"), (240, "Age"), (300, "Percent"))
            .Line((60, "Working (% and population)"), (240, "5 to 14"), (300, "3.8 (51,000)"))
            .Line((60, "Combining Work and School (%)"), (240, "7"), (430, "Services 22.5%"))
            .Line((250, "to 14"), (300, "1.6"))
            .Line("Source for all other data: an invented survey of Ruritania, 2018."));

        facts[FacetKeys.WorkingChildrenPercent].Value.ShouldBe("3.8");
        facts[FacetKeys.CombiningWorkAndSchoolPercent].Value.ShouldBe("1.6");
    }

    [Fact]
    public async Task A_ratification_table_without_a_single_mark_reads_not_ratified()
    {
        var facts = await ExtractAsync(Opening()
            .Line("Table 3. Ratification of International Conventions on Child Labor")
            .Line((60, "Convention"), (480, "Ratification"))
            .Line((60, "ILO C. 138, Minimum Age"))
            .Line((60, "ILO C. 182, Worst Forms of Child Labor"))
            .Line((60, "UN CRC"))
            .Line((60, "Palermo Protocol on Trafficking in Persons")));

        facts[FacetKeys.Ratification("ilo_c138")].Value.ShouldBe("Not ratified");
        facts[FacetKeys.Ratification("un_crc")].Value.ShouldBe("Not ratified");
        facts[FacetKeys.Ratification("palermo_protocol")].Value.ShouldBe("Not ratified");
    }

    [Fact]
    public async Task A_table_without_marks_in_a_chapter_that_says_it_ratified_some_says_nothing()
    {
        var facts = await ExtractAsync(Opening()
            .Line("Ruritania has ratified some key international conventions concerning child labor.")
            .Line("Table 3. Ratification of International Conventions on Child Labor")
            .Line((60, "Convention"), (480, "Ratification"))
            .Line((60, "ILO C. 138, Minimum Age"))
            .Line((60, "UN CRC")));

        facts.Keys.ShouldNotContain(k => k.StartsWith("ratification.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sentence_that_none_of_the_instruments_apply_reads_not_ratified_for_each()
    {
        var facts = await ExtractAsync(Opening()
            .Line("As a territory of another state, none of the international conventions concerning child labor apply to Ruritania.")
            .Line("Table 4. Laws and Regulations on Child Labor"));

        foreach (var instrument in new[] { "ilo_c138", "ilo_c182", "un_crc", "un_crc_op_armed_conflict", "un_crc_op_sale_of_children", "palermo_protocol" })
        {
            facts[FacetKeys.Ratification(instrument)].Value.ShouldBe("Not ratified");
            facts[FacetKeys.Ratification(instrument)].Evidence.ShouldStartWith("As a territory of another state");
        }
    }

    [Fact]
    public async Task A_label_that_wraps_leaves_the_value_beside_its_first_words()
    {
        var facts = await ExtractAsync(Opening()
            .Line("Table 4. Laws and Regulations on Child Labor")
            .Line((60, "Standard"), (260, "Meets International Standards"), (380, "Age"), (420, "Legislation"))
            .Line((60, "Minimum Age for"), (260, "No"), (380, "13"), (420, "Article 4 of the Labor Code"))
            .Line((60, "Work"))
            .Line((60, "Minimum Age for"), (260, "Yes†"), (380, "18"), (420, "Article 5 of the Labor Code"))
            .Line((60, "Hazardous Work"))
            .Line((60, "Prohibition of"), (260, "Yes"), (420, "Article 70 of the Penal Code"))
            .Line((60, "Child Trafficking"))
            .Line("† Applies to the formal sector only")
            .Line("III. ENFORCEMENT OF LAWS ON CHILD LABOR"));

        facts[FacetKeys.LegalMeets("minimum_age_work")].Value.ShouldBe("No");
        facts[FacetKeys.LegalAge("minimum_age_work")].Value.ShouldBe("13");
        facts[FacetKeys.LegalMeets("minimum_age_work")].Evidence.ShouldBe("Minimum Age for No 13 Article 4 of the Labor Code Work");
        facts[FacetKeys.LegalMeets("minimum_age_hazardous_work")].Value.ShouldBe("Yes");
        facts[FacetKeys.LegalAge("minimum_age_hazardous_work")].Value.ShouldBe("18");
        facts[FacetKeys.LegalMeets("prohibition_child_trafficking")].Value.ShouldBe("Yes");
    }

    [Fact]
    public async Task A_mark_run_into_its_label_keeps_its_footnote()
    {
        var facts = await ExtractAsync(Opening()
            .Line("Table 4. Laws and Regulations on Child Labor")
            .Line((60, "Standard"), (260, "Meets International Standards"), (420, "Legislation"))
            .Line((60, "Prohibition of Forced Labor Yes†"), (420, "Article 31 of the Penal Code"))
            .Line("III. ENFORCEMENT OF LAWS ON CHILD LABOR"));

        facts[FacetKeys.LegalMeets("prohibition_forced_labor")].Value.ShouldBe("Yes");
    }

    [Fact]
    public async Task Violations_found_for_which_penalties_were_imposed_and_footnoted_values()
    {
        var facts = await ExtractAsync(Opening()
            .Line("III. ENFORCEMENT OF LAWS ON CHILD LABOR")
            .Line("Table 6. Labor Law Enforcement Efforts Related to Child Labor")
            .Line((60, "Overview of Labor Law Enforcement"), (400, "2019"), (480, "2020"))
            .Line((60, "Number of Child Labor Violations Found"), (400, "12"), (480, "9"))
            .Line((60, "Violations Found for Which Penalties Were Imposed"), (400, "4"), (480, "3†"))
            .Line((60, "Unannounced Inspections Permitted"), (400, "Yes"), (480, "Yes†"))
            .Line("† Data from January to June")
            .Line("IV. COORDINATION OF GOVERNMENT EFFORTS ON CHILD LABOR"));

        facts[FacetKeys.LaborViolationsPenalized].Value.ShouldBe("3");
        facts[FacetKeys.LaborUnannouncedPermitted].Value.ShouldBe("Yes");
    }

    [Fact]
    public async Task An_inspector_count_only_in_the_prose_is_read_when_there_is_no_table()
    {
        var facts = await ExtractAsync(Opening()
            .Line("III. ENFORCEMENT OF LAWS ON CHILD LABOR")
            .Line("The Ministry of Labor has 25 labor inspectors for the whole country, which is likely insufficient.")
            .Line("IV. COORDINATION OF GOVERNMENT EFFORTS ON CHILD LABOR"));

        facts[FacetKeys.LaborInspectors].Value.ShouldBe("25");
        facts[FacetKeys.LaborInspectors].Evidence.ShouldStartWith("The Ministry of Labor has 25 labor inspectors");
    }
}
