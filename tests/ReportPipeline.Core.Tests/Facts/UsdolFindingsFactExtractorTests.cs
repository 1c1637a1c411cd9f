using ReportPipeline.Core.Facts;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Text;
using static ReportPipeline.Core.Tests.Facts.RuritaniaChapters;

namespace ReportPipeline.Core.Tests.Facts;

public sealed class UsdolFindingsFactExtractorTests
{
    private static void Expect(Dictionary<string, Fact> facts, string facet, string value, string? evidence = null)
    {
        facts.ShouldContainKey(facet);
        facts[facet].Value.ShouldBe(value, $"facet {facet}");
        if (evidence is not null)
        {
            facts[facet].Evidence.ShouldBe(evidence, $"evidence of {facet}");
        }
    }

    [Fact]
    public void Handles_only_usdol_findings()
    {
        var extractor = new UsdolFindingsFactExtractor();
        extractor.Handles(Sources.UsdolFindings).ShouldBeTrue();
        extractor.Handles(Sources.IloAnnualReview).ShouldBeFalse();
        extractor.Handles(Sources.WebPage).ShouldBeFalse();
    }

    [Fact]
    public void Layout_2024_reads_heading_statistics_and_ratifications()
    {
        var facts = ExtractFacts(Layout2024);
        Expect(facts, FacetKeys.AssessmentLevel, "Moderate Advancement", "MODERATE ADVANCEMENT – EFFORTS MADE BUT CONTINUED PRACTICE THAT DELAYED ADVANCEMENT");
        Expect(facts, FacetKeys.AssessmentQualifier, "Efforts Made but Continued Practice that Delayed Advancement");
        Expect(facts, FacetKeys.WorkingChildrenPercent, "7.4", "Working 5 to 14 7.4%");
        Expect(facts, FacetKeys.AttendingSchoolPercent, "91.5");
        Expect(facts, FacetKeys.CombiningWorkAndSchoolPercent, "5.9");
        foreach (var instrument in new[] { "ilo_c138", "ilo_c182", "un_crc", "un_crc_op_armed_conflict", "un_crc_op_sale_of_children", "palermo_protocol" })
        {
            Expect(facts, FacetKeys.Ratification(instrument), "Ratified", "Ruritania has ratified all key international conventions concerning child labor.");
        }
    }

    [Fact]
    public void Layout_2024_reads_check_mark_glyphs_and_resolves_a_lost_mark_from_the_prose()
    {
        var facts = ExtractFacts(Layout2024);
        Expect(facts, FacetKeys.LegalMeets("minimum_age_work"), "Yes", "Minimum Age for Work 15 ✓ Article 12 of the Labor Code");
        Expect(facts, FacetKeys.LegalAge("minimum_age_work"), "15");
        // A Cyrillic Kha stands for the cross in some converted texts.
        Expect(facts, FacetKeys.LegalMeets("minimum_age_hazardous_work"), "No");
        Expect(facts, FacetKeys.LegalAge("minimum_age_hazardous_work"), "16");
        Expect(facts, FacetKeys.LegalMeets("hazardous_occupations_identified"), "Yes");
        Expect(facts, FacetKeys.LegalMeets("prohibition_forced_labor"), "Yes");
        Expect(facts, FacetKeys.LegalMeets("prohibition_csec"), "Yes");
        Expect(facts, FacetKeys.LegalMeets("prohibition_illicit_activities"), "No",
            "The prohibition of using children in illicit activities is insufficient because it does not cover drug production.");
        Expect(facts, FacetKeys.LegalMeets("minimum_age_voluntary_military"), "Yes");
        Expect(facts, FacetKeys.LegalAge("minimum_age_voluntary_military"), "18");
        Expect(facts, FacetKeys.LegalMeets("prohibition_compulsory_military"), "Yes");
        Expect(facts, FacetKeys.LegalMeets("prohibition_non_state_military"), "Yes");
        Expect(facts, FacetKeys.LegalMeets("compulsory_education_age"), "Yes");
        Expect(facts, FacetKeys.LegalAge("compulsory_education_age"), "16");
        Expect(facts, FacetKeys.LegalMeets("free_public_education"), "Yes");
    }

    [Fact]
    public void Layout_2024_reads_the_enforcement_table_and_the_figures_in_prose()
    {
        var facts = ExtractFacts(Layout2024);
        Expect(facts, FacetKeys.LaborInspectorate, "Yes", "Has a Labor Inspectorate Yes");
        Expect(facts, FacetKeys.LaborCivilPenalties, "Yes");
        Expect(facts, FacetKeys.LaborRoutineInspections, "Yes");
        Expect(facts, FacetKeys.LaborUnannouncedPermitted, "No", "Unannounced Inspections Permitted No");
        Expect(facts, FacetKeys.LaborComplaintMechanism, "Yes");
        Expect(facts, FacetKeys.LaborPenaltiesImposed, "Unknown");
        Expect(facts, FacetKeys.CriminalInvestigationsConducted, "Yes");
        Expect(facts, FacetKeys.CriminalPenaltiesImposed, "Unknown");
        const string labor = "An unknown number of labor inspectors conducted 1,204 worksite inspections and found 3 child labor violations.";
        Expect(facts, FacetKeys.LaborInspectors, "Unknown", labor);
        Expect(facts, FacetKeys.LaborInspections, "1204", labor);
        Expect(facts, FacetKeys.LaborViolations, "3", labor);
        Expect(facts, FacetKeys.CriminalInvestigations, "7");
        Expect(facts, FacetKeys.CriminalProsecutions, "Unknown");
        Expect(facts, FacetKeys.CriminalConvictions, "2");
    }

    [Fact]
    public void Layout_2023_reads_two_pairs_per_row_and_quotes_only_its_pair()
    {
        var facts = ExtractFacts(Layout2023);
        Expect(facts, FacetKeys.AssessmentLevel, "Minimal Advancement");
        Expect(facts, FacetKeys.AssessmentQualifier, "Efforts Made but Continued Law that Delayed Advancement");
        Expect(facts, FacetKeys.LaborInspectorate, "Yes", "Has a Labor Inspectorate Yes");
        Expect(facts, FacetKeys.LaborComplaintMechanism, "Yes", "Has a Complaint Mechanism Yes");
        Expect(facts, FacetKeys.LaborCivilPenalties, "No", "Able to Assess Civil Penalties No");
        Expect(facts, FacetKeys.LaborPenaltiesImposed, "Yes");
        Expect(facts, FacetKeys.LaborRoutineInspections, "Yes");
        Expect(facts, FacetKeys.CriminalInvestigationsConducted, "Unknown");
        Expect(facts, FacetKeys.LaborUnannouncedPermitted, "Yes");
        Expect(facts, FacetKeys.CriminalPenaltiesImposed, "No");
        Expect(facts, FacetKeys.LaborInspectors, "Unknown");
        Expect(facts, FacetKeys.LaborInspections, "Unknown");
        Expect(facts, FacetKeys.LaborViolations, "Unknown");
        facts.ShouldNotContainKey(FacetKeys.CriminalInvestigations);
    }

    [Fact]
    public void Layout_2023_marks_lost_in_conversion_follow_the_prose_and_the_legal_suggestions()
    {
        var facts = ExtractFacts(Layout2023);
        // "O" is a mark whose meaning was lost; the prose says the standard falls short.
        Expect(facts, FacetKeys.LegalMeets("minimum_age_work"), "No",
            "The minimum age for work of 16 years does not meet international standards because it excludes family farms.");
        Expect(facts, FacetKeys.LegalAge("minimum_age_work"), "16");
        Expect(facts, FacetKeys.LegalMeets("prohibition_forced_labor"), "No");
        // Named only in an "Although …" clause as something the law does cover.
        Expect(facts, FacetKeys.LegalMeets("prohibition_child_trafficking"), "Yes");
        Expect(facts, FacetKeys.LegalMeets("minimum_age_hazardous_work"), "Yes");
        Expect(facts, FacetKeys.LegalAge("minimum_age_hazardous_work"), "18");
        Expect(facts, FacetKeys.LegalMeets("compulsory_education_age"), "No",
            "Increase the compulsory education age from 14 years old to 16 years old to align with the minimum age for work.");
        Expect(facts, FacetKeys.LegalAge("compulsory_education_age"), "14");
        Expect(facts, FacetKeys.LegalMeets("free_public_education"), "Yes");
    }

    [Fact]
    public void Layout_2019_takes_the_reporting_year_column_and_drops_citations_and_footnote_marks()
    {
        var facts = ExtractFacts(Layout2019);
        Expect(facts, FacetKeys.LaborInspectors, "1052", "Number of Labor Inspectors 41 (30) 1,052 (31)");
        Expect(facts, FacetKeys.LaborCivilPenalties, "No");
        Expect(facts, FacetKeys.LaborInspections, "Unknown");
        Expect(facts, FacetKeys.LaborWorksiteInspections, "Unknown");
        Expect(facts, FacetKeys.LaborViolations, "9");
        Expect(facts, FacetKeys.LaborViolationsPenalized, "Unknown");
        Expect(facts, FacetKeys.LaborRoutineInspections, "Unknown");
        Expect(facts, FacetKeys.LaborUnannouncedPermitted, "Yes");
        Expect(facts, FacetKeys.LaborComplaintMechanism, "Yes");
        Expect(facts, FacetKeys.CriminalInvestigations, "5");
        Expect(facts, FacetKeys.CriminalProsecutions, "3");
        Expect(facts, FacetKeys.CriminalConvictions, "Unknown");
        // The report puts a count in a Yes/No row; the count is what it says.
        Expect(facts, FacetKeys.CriminalPenaltiesImposed, "2");
        facts[FacetKeys.CriminalInvestigations].Page.ShouldBeNull();
        facts[FacetKeys.CriminalInvestigations].Offset.ShouldNotBeNull();
    }

    [Fact]
    public void Layout_2019_reads_ticks_and_empty_cells_of_the_ratification_table()
    {
        var facts = ExtractFacts(Layout2019);
        Expect(facts, FacetKeys.Ratification("ilo_c138"), "Ratified", "ILO C. 138, Minimum Age ✓");
        Expect(facts, FacetKeys.Ratification("ilo_c182"), "Ratified");
        Expect(facts, FacetKeys.Ratification("un_crc"), "Ratified");
        Expect(facts, FacetKeys.Ratification("un_crc_op_armed_conflict"), "Not ratified", "UN CRC Optional Protocol on Armed Conflict");
        // The tick sits between the two lines of a wrapped label.
        Expect(facts, FacetKeys.Ratification("un_crc_op_sale_of_children"), "Ratified");
        Expect(facts, FacetKeys.Ratification("palermo_protocol"), "Ratified");
    }

    [Fact]
    public void Layout_2019_reads_wrapped_labels_and_marks_without_a_column_gap()
    {
        var facts = ExtractFacts(Layout2019);
        Expect(facts, FacetKeys.AssessmentLevel, "Minimal Advancement");
        facts.ShouldNotContainKey(FacetKeys.AssessmentQualifier);
        Expect(facts, FacetKeys.LegalMeets("minimum_age_work"), "No");
        Expect(facts, FacetKeys.LegalAge("minimum_age_work"), "14");
        Expect(facts, FacetKeys.LegalMeets("minimum_age_hazardous_work"), "Yes");
        Expect(facts, FacetKeys.LegalAge("minimum_age_hazardous_work"), "18");
        Expect(facts, FacetKeys.LegalMeets("hazardous_occupations_identified"), "Yes");
        Expect(facts, FacetKeys.LegalMeets("prohibition_csec"), "No");
        Expect(facts, FacetKeys.LegalMeets("prohibition_illicit_activities"), "Yes");
        Expect(facts, FacetKeys.LegalMeets("minimum_age_voluntary_military"), "N/A");
        Expect(facts, FacetKeys.LegalMeets("prohibition_compulsory_military"), "N/A");
        Expect(facts, FacetKeys.LegalMeets("prohibition_non_state_military"), "No");
        Expect(facts, FacetKeys.LegalMeets("compulsory_education_age"), "No");
        Expect(facts, FacetKeys.LegalAge("compulsory_education_age"), "12");
        Expect(facts, FacetKeys.WorkingChildrenPercent, "12.5");
        Expect(facts, FacetKeys.AttendingSchoolPercent, "88.0");
        Expect(facts, FacetKeys.CombiningWorkAndSchoolPercent, "9.1");
    }

    [Fact]
    public void Layout_2016_reads_military_rows_under_their_heading_and_ignores_prose_that_looks_like_a_label()
    {
        var facts = ExtractFacts(Layout2016);
        Expect(facts, FacetKeys.AssessmentLevel, "Significant Advancement");
        Expect(facts, FacetKeys.LegalMeets("minimum_age_work"), "Yes");
        Expect(facts, FacetKeys.LegalMeets("prohibition_compulsory_military"), "N/A", "State Compulsory N/A*");
        Expect(facts, FacetKeys.LegalMeets("minimum_age_voluntary_military"), "Yes");
        Expect(facts, FacetKeys.LegalAge("minimum_age_voluntary_military"), "18");
        Expect(facts, FacetKeys.LegalMeets("prohibition_non_state_military"), "No", "Non-state Compulsory No");
        Expect(facts, FacetKeys.LegalAge("compulsory_education_age"), "15");
        facts.Keys.Where(k => k.StartsWith("ratification.", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void Layout_2013_reads_a_mark_between_the_lines_of_a_label_and_inspectors_from_prose()
    {
        var facts = ExtractFacts(Layout2013);
        Expect(facts, FacetKeys.AssessmentLevel, "No Advancement");
        Expect(facts, FacetKeys.LegalMeets("minimum_age_work"), "Yes");
        Expect(facts, FacetKeys.LegalMeets("hazardous_occupations_identified"), "No", "List of Hazardous Occupations Prohibited No Decree 12 (41)");
        Expect(facts, FacetKeys.LegalMeets("free_public_education"), "Yes");
        Expect(facts, FacetKeys.LaborInspectors, "35");
        facts.ShouldNotContainKey(FacetKeys.CriminalConvictions);
    }

    [Fact]
    public void Ratification_table_without_any_readable_mark_yields_no_ratification_facts()
    {
        const string chapter = """
            Ruritania
            MINIMAL ADVANCEMENT
            Ruritania has ratified most key international conventions concerning child labor (Table 3).
            Table 3. Ratification of International Conventions on Child Labor
            Convention	Ratification
            ILO C. 138, Minimum Age
            ILO C. 182, Worst Forms of Child Labor
            UN CRC
            Palermo Protocol on Trafficking in Persons
            """;
        var facts = ExtractFacts(chapter);
        facts.Keys.Where(k => k.StartsWith("ratification.", StringComparison.Ordinal)).ShouldBeEmpty();
        facts.ShouldContainKey(FacetKeys.AssessmentLevel);
    }

    [Fact]
    public void Text_that_is_not_a_chapter_yields_no_facts()
    {
        const string page = """
            Labour rights in Ruritania
            Ruritania's unions are small. The labor ministry employs inspectors in every province, and the number of labor inspectors rose last year.
            Minimum wage	450 crowns
            """;
        ExtractFacts(page).ShouldBeEmpty();
    }

    [Fact]
    public void Prose_figures_outside_the_enforcement_section_are_not_read()
    {
        var facts = ExtractFacts(Layout2024);
        // "It employed 40 labor inspectors as trainers." stands in the coordination section.
        facts[FacetKeys.LaborInspectors].Value.ShouldBe("Unknown");
    }

    [Fact]
    public void Every_fact_quotes_text_that_is_in_the_document()
    {
        foreach (var chapter in new[] { Layout2024, Layout2023, Layout2019, Layout2016, Layout2013 })
        {
            var text = ChapterText(chapter);
            // Verbatim up to spacing: cells are quoted with one space between them.
            var flat = System.Text.RegularExpressions.Regex.Replace(string.Join(' ', text.Lines.Select(l => l.Text)), @"\s+", " ");
            foreach (var fact in ExtractFacts(chapter).Values)
            {
                flat.ShouldContain(fact.Evidence, customMessage: $"{fact.Facet}: evidence not found verbatim");
            }
        }
    }
}
