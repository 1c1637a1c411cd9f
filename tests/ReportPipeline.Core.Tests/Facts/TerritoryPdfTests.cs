using ReportPipeline.Core.Facts;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Tests.Facts;

/// <summary>
/// An invented chapter of Valdoria (XV), reported territory by territory (the Northern March
/// and the Isle of Sorn), built as a PDF: a laws table whose labels and territory names wrap onto
/// lines of their own, and enforcement tables with a "Related Entity" column.
/// </summary>
public sealed class TerritoryPdfTests
{
    // Column starts, as in the publisher's layout: standard, related entity, meets, age, legislation.
    private const double Label = 60;
    private const double Entity = 170;
    private const double Meets = 270;
    private const double Age = 340;
    private const double Law = 380;

    private static ChapterPdf Chapter() => new ChapterPdf()
        .Line("Valdoria")
        .Line("MODERATE ADVANCEMENT")
        .Line("In 2020, Valdoria made moderate advancement in efforts to eliminate the worst forms of child labor.")
        .Line("The Isle of Sorn (IS) has its own labor code.")
        .Line("II. LEGAL FRAMEWORK FOR CHILD LABOR")
        .Line("Table 4. Laws and Regulations on Child Labor")
        .Line((Meets, "Meets"))
        .Line((Label, "Standard"), (Entity, "Related Entity"), (Meets, "International"), (Age, "Age"), (Law, "Legislation"))
        .Line((Meets, "Standards"))
        .Line((Label, "Minimum Age for Work"), (Entity, "Northern"), (Meets, "No"), (Age, "14"), (Law, "Article 3 of the March Labor Act"))
        .Line((Entity, "March (NM)"))
        .Line((Entity, "IS"), (Meets, "Yes"), (Age, "15"), (Law, "Article 8 of the Sorn Labor Law"))
        .Line((Label, "Minimum Age for"), (Entity, "NM"), (Meets, "Yes"), (Age, "18"), (Law, "Article 4 of the March Labor Act"))
        .Line((Label, "Hazardous Work"), (Law, "and its schedule"))
        .Line((Entity, "IS"), (Meets, "Yes†"), (Age, "18"), (Law, "Article 9 of the Sorn Labor Law"))
        .Line((Label, "Prohibition of Forced"), (Entity, "NM, IS"), (Meets, "Yes"), (Law, "Article 20 of the Penal Code"))
        .Line((Label, "Labor"))
        .Line((Label, "Prohibition of Military"), (Entity, "All"), (Meets, "No"), (Law, "None"))
        .Line((Label, "Recruitment by Non-"))
        .Line((Label, "state Armed Groups"))
        .Line((Label, "Compulsory Education"), (Entity, "various"), (Meets, "Yes"), (Age, "16"), (Law, "Article 2 of the Schools Act"))
        .Line((Label, "Age"))
        .Line("† Applies to registered enterprises only")
        .Line("III. ENFORCEMENT OF LAWS ON CHILD LABOR")
        .Line("Table 6. Labor Law Enforcement Efforts Related to Child Labor")
        .Line((Label, "Overview of Labor Law Enforcement"), (300, "Related Entity"), (400, "2019"), (480, "2020"))
        .Line((Label, "Number of Labor Inspectors"), (300, "NM"), (400, "41 (30)"), (480, "52 (31)"))
        .Line((300, "IS"), (400, "9 (30)"), (480, "Unknown"))
        .Line((Label, "Unannounced Inspections Permitted"), (300, "NM/IS"), (400, "Yes (30)"), (480, "Yes (31)"))
        .Line((Label, "Number of Labor Inspections Conducted"), (300, "NM"), (400, "100"), (480, "120"))
        .Line((300, "IS"), (400, "12"), (480, "8"))
        .Line((Label, "Number of Child Labor Violations Found"), (300, "Northern March 3 (30)"), (480, "7 (31)"))
        .Line((300, "IS"), (400, "Unknown"), (480, "0"))
        .Line("Table 7. Criminal Law Enforcement Efforts Related to Child Labor")
        .Line((Label, "Overview of Criminal Law Enforcement"), (300, "Related Entity"), (400, "2019"), (480, "2020"))
        .Line((Label, "Number of Investigations"), (300, "NM, IS"), (400, "5"), (480, "6"))
        .Line((300, "Capital District (CD)"), (400, "1"), (480, "2"))
        .Line((300, "NM"), (400, "3"), (480, "4"))
        .Line((Label, "Number of Convictions"), (300, "All (Valdoria)"), (400, "1"), (480, "2"))
        .Line("IV. COORDINATION OF GOVERNMENT EFFORTS ON CHILD LABOR");

    private static Task<(Dictionary<string, Fact> Facts, List<string> Warnings)> ExtractAsync() =>
        Chapter().ExtractFactsAsync(new DocumentInfo("Valdoria", "XV", 2020, Sources.UsdolFindings, "0"));

    [Fact]
    public async Task Each_territory_of_the_laws_table_gets_its_own_value_and_cell()
    {
        var (facts, _) = await ExtractAsync();
        facts["legal.minimum_age_work.meets@northern-march"].Value.ShouldBe("No");
        facts["legal.minimum_age_work.age@northern-march"].Value.ShouldBe("14");
        facts["legal.minimum_age_work.meets@isle-of-sorn"].Value.ShouldBe("Yes");
        facts["legal.minimum_age_work.age@isle-of-sorn"].Value.ShouldBe("15");
        facts["legal.minimum_age_work.meets@isle-of-sorn"].Evidence.ShouldBe("Minimum Age for Work: IS Yes 15");
        facts["legal.minimum_age_work.meets@northern-march"].Evidence.ShouldBe("Minimum Age for Work: Northern March (NM) No 14");
        facts.ShouldNotContainKey("legal.minimum_age_work.meets");
    }

    [Fact]
    public async Task A_wrapped_label_a_footnote_mark_and_a_list_of_territories()
    {
        var (facts, _) = await ExtractAsync();
        facts["legal.minimum_age_hazardous_work.meets@northern-march"].Value.ShouldBe("Yes");
        facts["legal.minimum_age_hazardous_work.meets@isle-of-sorn"].Value.ShouldBe("Yes");
        facts["legal.minimum_age_hazardous_work.age@isle-of-sorn"].Value.ShouldBe("18");

        // "NM, IS" names two territories: the line holds for each of them, quoting the list; "All" is the whole country.
        facts["legal.prohibition_forced_labor.meets@northern-march"].Value.ShouldBe("Yes");
        facts["legal.prohibition_forced_labor.meets@isle-of-sorn"].Value.ShouldBe("Yes");
        facts["legal.prohibition_forced_labor.meets@isle-of-sorn"].Evidence.ShouldBe("Prohibition of Forced Labor: NM, IS Yes");
        facts.ShouldNotContainKey("legal.prohibition_forced_labor.meets");
        facts["legal.prohibition_non_state_military.meets"].Value.ShouldBe("No");
    }

    [Fact]
    public async Task Enforcement_rows_per_territory_and_a_figure_for_several_territories_is_given_to_each()
    {
        var (facts, warnings) = await ExtractAsync();
        facts["enforcement.labor.inspectors@northern-march"].Value.ShouldBe("52");
        facts["enforcement.labor.inspectors@isle-of-sorn"].Value.ShouldBe("Unknown");
        facts["enforcement.labor.inspectors@isle-of-sorn"].Evidence.ShouldBe("Number of Labor Inspectors: IS 9 (30) Unknown");
        facts.ShouldNotContainKey("enforcement.labor.inspectors");
        facts["enforcement.labor.unannounced_inspections_permitted@northern-march"].Value.ShouldBe("Yes");
        facts["enforcement.labor.unannounced_inspections_permitted@isle-of-sorn"].Value.ShouldBe("Yes");
        facts.ShouldNotContainKey("enforcement.labor.unannounced_inspections_permitted");
        facts["enforcement.labor.inspections@northern-march"].Value.ShouldBe("120");
        facts["enforcement.labor.inspections@isle-of-sorn"].Value.ShouldBe("8");
        facts["enforcement.criminal.investigations@northern-march"].Value.ShouldBe("4");
        facts["enforcement.criminal.investigations@capital-district"].Value.ShouldBe("2");
        facts["enforcement.criminal.convictions"].Value.ShouldBe("2");

        // "NM, IS 6": one figure given for both together is each one's figure (as the publisher's
        // data records it), quoting the list; NM's own line says more and wins though it comes later.
        facts["enforcement.criminal.investigations@isle-of-sorn"].Value.ShouldBe("6");
        facts["enforcement.criminal.investigations@isle-of-sorn"].Evidence.ShouldBe("Number of Investigations: NM, IS 5 6");
        facts["enforcement.criminal.investigations@northern-march"].Value.ShouldBe("4");
        facts.ShouldNotContainKey("enforcement.criminal.investigations");
        warnings.ShouldNotContain(w => w.Contains("NM, IS", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_territory_name_run_into_its_first_value_is_cut_before_the_value()
    {
        var (facts, warnings) = await ExtractAsync();
        facts["enforcement.labor.violations@northern-march"].Value.ShouldBe("7");
        facts["enforcement.labor.violations@northern-march"].Evidence.ShouldBe("Number of Child Labor Violations Found: Northern March 3 (30) 7 (31)");
        facts["enforcement.labor.violations@isle-of-sorn"].Value.ShouldBe("0");
        warnings.ShouldNotContain(w => w.Contains("Northern March 3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_territory_that_cannot_be_read_is_a_warning_not_a_value()
    {
        var (facts, warnings) = await ExtractAsync();
        facts.Keys.ShouldNotContain(k => k.StartsWith("legal.compulsory_education_age", StringComparison.Ordinal));
        warnings.ShouldContain(w => w.Contains("Compulsory Education Age: various", StringComparison.Ordinal) && w.Contains("could not be read", StringComparison.Ordinal));
    }
}
