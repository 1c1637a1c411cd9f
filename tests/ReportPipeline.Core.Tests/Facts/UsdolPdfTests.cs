using ReportPipeline.Core.Facts;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Tests.Facts;

/// <summary>Chapters built as PDFs, read through the PDF text reader and the USDOL extractor.</summary>
public sealed class UsdolPdfTests
{
    private static async Task<TextDocument> ReadAsync(ChapterPdf pdf)
    {
        using var stream = new MemoryStream(pdf.Build());
        return await ReportTextReader.ReadAsync(stream, ExtractionLimits.Default);
    }

    private static Dictionary<string, Fact> Extract(TextDocument text) =>
        new UsdolFindingsFactExtractor()
            .Extract(text, new DocumentInfo("Ruritania", "XR", 2020, Sources.UsdolFindings, "0"))
            .ToDictionary(f => f.Facet);

    private static ChapterPdf Layout2020()
    {
        var pdf = new ChapterPdf()
            .Line("Ruritania")
            .Line("MINIMAL ADVANCEMENT – EFFORTS MADE BUT CONTINUED LAW THAT DELAYED ADVANCEMENT")
            .Line("In 2020, Ruritania made minimal advancement in efforts to eliminate the worst forms of child labor.")
            .NewPage()
            .Line("II. LEGAL FRAMEWORK FOR CHILD LABOR")
            .Line("Ruritania has ratified most key international conventions concerning child labor (Table 3).")
            .Line("Table 3. Ratification of International Conventions on Child Labor")
            .Line((60, "Convention"), (480, "Ratification"))
            .Line((60, "ILO C. 138, Minimum Age")).Tick(500)
            .Line((60, "ILO C. 182, Worst Forms of Child Labor")).Tick(500, raise: 3.5)
            .Line((60, "UN CRC")).Tick(500)
            .Line((60, "UN CRC Optional Protocol on Armed Conflict")).Tick(500)
            .Line((60, "UN CRC Optional Protocol on the Sale of Children, Child Prostitution and Child Pornography")).Tick(500)
            .Line((60, "Palermo Protocol on Trafficking in Persons")).Square(300)
            .Line("III. ENFORCEMENT OF LAWS ON CHILD LABOR")
            .Line("Table 6. Labor Law Enforcement Efforts Related to Child Labor")
            .Line((60, "Overview of Labor Law Enforcement"), (400, "2019"), (480, "2020"))
            .Line((60, "Number of Labor Inspectors"), (400, "41 (30)"), (480, "1,052 (31)"))
            .Line((60, "Inspectorate Authorized to Assess Penalties"), (400, "Yes (30)"), (480, "No (31)"))
            .Line((60, "Unannounced Inspections Permitted"), (400, "Yes (30)"), (480, "Unknown (31)"))
            .Line("IV. COORDINATION OF GOVERNMENT EFFORTS ON CHILD LABOR");
        return pdf;
    }

    [Fact]
    public async Task Drawn_ticks_become_ratified_and_an_empty_cell_not_ratified_with_the_page()
    {
        var facts = Extract(await ReadAsync(Layout2020()));
        facts[FacetKeys.Ratification("ilo_c138")].Value.ShouldBe("Ratified");
        facts[FacetKeys.Ratification("ilo_c138")].Evidence.ShouldBe("ILO C. 138, Minimum Age ✓");
        facts[FacetKeys.Ratification("ilo_c138")].Page.ShouldBe(2);
        facts[FacetKeys.Ratification("un_crc_op_sale_of_children")].Value.ShouldBe("Ratified");
        facts[FacetKeys.Ratification("palermo_protocol")].Value.ShouldBe("Not ratified");
        facts[FacetKeys.Ratification("palermo_protocol")].Page.ShouldBe(2);
    }

    [Fact]
    public async Task A_tick_drawn_above_the_baseline_still_joins_its_row()
    {
        var facts = Extract(await ReadAsync(Layout2020()));
        facts[FacetKeys.Ratification("ilo_c182")].Value.ShouldBe("Ratified");
        facts[FacetKeys.Ratification("ilo_c182")].Evidence.ShouldBe("ILO C. 182, Worst Forms of Child Labor ✓");
    }

    [Fact]
    public async Task A_filled_square_is_not_taken_for_a_tick()
    {
        var text = await ReadAsync(Layout2020());
        text.Lines.Count(l => l.Text.Contains('✓', StringComparison.Ordinal)).ShouldBe(5);
        text.Lines.Single(l => l.Text.StartsWith("Palermo", StringComparison.Ordinal)).Text.ShouldBe("Palermo Protocol on Trafficking in Persons");
    }

    [Fact]
    public async Task Columns_with_wide_gaps_become_cells_and_the_reporting_year_is_read()
    {
        var text = await ReadAsync(Layout2020());
        text.Lines.ShouldContain(l => l.Text == "Number of Labor Inspectors\t41 (30)\t1,052 (31)");
        var facts = Extract(text);
        facts[FacetKeys.LaborInspectors].Value.ShouldBe("1052");
        facts[FacetKeys.LaborInspectors].Page.ShouldBe(2);
        facts[FacetKeys.LaborCivilPenalties].Value.ShouldBe("No");
        facts[FacetKeys.LaborUnannouncedPermitted].Value.ShouldBe("Unknown");
        facts[FacetKeys.AssessmentLevel].Page.ShouldBe(1);
        facts[FacetKeys.AssessmentQualifier].Value.ShouldBe("Efforts Made but Continued Law that Delayed Advancement");
    }
    /// <summary>
    /// The 2023 layout typeset: two label/value pairs per row, and right-hand labels too long
    /// for their column wrap onto the next line, with the value beside the first or the last line.
    /// </summary>
    private static ChapterPdf Layout2023WithWrappedLabels() =>
        new ChapterPdf()
            .Line("Ruritania")
            .Line("MINIMAL ADVANCEMENT – EFFORTS MADE BUT CONTINUED LAW THAT DELAYED ADVANCEMENT")
            .Line("In 2023, Ruritania made minimal advancement in efforts to eliminate the worst forms of child labor.")
            .Line("III. ENFORCEMENT OF LAWS ON CHILD LABOR")
            .Line("Table 5. Enforcement Mechanisms and Efforts")
            .Line((60, "Has a Labor Inspectorate"), (250, "Yes"), (300, "Has a Complaint Mechanism"), (540, "Yes"))
            .Line((60, "Able to Assess Civil Penalties"), (250, "No"), (300, "Imposed Penalties for Child Labor Violations"), (540, "Unknown"))
            .Line((60, "Routinely Conducts Worksite Inspections"), (250, "Yes"), (300, "Routinely Conducted Criminal Investigations for"), (540, "No"))
            .Line((300, "Worst Forms of Child Labor Crimes"))
            .Line((60, "Unannounced Inspections Permitted"), (250, "No"), (300, "Imposed Penalties for Worst Forms of Child"))
            .Line((300, "Labor Crimes"), (540, "Unknown"))
            .Line("IV. COORDINATION OF GOVERNMENT EFFORTS ON CHILD LABOR");

    [Fact]
    public async Task Layout_2023_right_hand_labels_that_wrap_keep_their_own_values()
    {
        var facts = Extract(await ReadAsync(Layout2023WithWrappedLabels()));
        facts[FacetKeys.LaborRoutineInspections].Value.ShouldBe("Yes");
        facts[FacetKeys.LaborRoutineInspections].Evidence.ShouldBe("Routinely Conducts Worksite Inspections Yes");
        facts[FacetKeys.CriminalInvestigationsConducted].Value.ShouldBe("No");
        facts[FacetKeys.CriminalInvestigationsConducted].Evidence.ShouldBe("Routinely Conducted Criminal Investigations for No Worst Forms of Child Labor Crimes");
        facts[FacetKeys.LaborUnannouncedPermitted].Value.ShouldBe("No");
        facts[FacetKeys.LaborUnannouncedPermitted].Evidence.ShouldBe("Unannounced Inspections Permitted No");
        facts[FacetKeys.CriminalPenaltiesImposed].Value.ShouldBe("Unknown");
        facts[FacetKeys.LaborCivilPenalties].Value.ShouldBe("No");
        facts[FacetKeys.LaborPenaltiesImposed].Value.ShouldBe("Unknown");
    }
}
