using ReportPipeline.Core.Facts;
using ReportPipeline.Core.Model;
using ReportPipeline.Testing;

namespace ReportPipeline.Core.Tests.Facts;

/// <summary>The two USDOL chapters among the seeds (already-extracted text), read end to end.</summary>
public sealed class SeedChapterFactsTests
{
    private static async Task<ExtractionResult> ExtractSeedAsync(string prefix)
    {
        var path = SharedData.Seed(prefix);
        await using var stream = File.OpenRead(path);
        return await ReportExtractor.CreateDefault().ExtractAsync(stream, Path.GetFileName(path));
    }

    private static void Expect(ExtractionResult result, string facet, string value)
    {
        var fact = result.Facts.SingleOrDefault(f => f.Facet == facet);
        fact.ShouldNotBeNull($"{facet} was not extracted");
        fact.Value.ShouldBe(value, $"facet {facet}");
        fact.Evidence.ShouldNotBeNullOrWhiteSpace();
        fact.Offset.ShouldNotBeNull("unpaged text points to a character offset");
    }

    [SharedDataFact]
    public async Task Azerbaijan_2024_chapter()
    {
        var result = await ExtractSeedAsync("000");
        result.Document.ShouldNotBeNull();
        result.Document.Source.ShouldBe(Sources.UsdolFindings);
        result.Facts.Select(f => f.Facet).ShouldBeUnique();

        Expect(result, FacetKeys.AssessmentLevel, "Minimal Advancement");
        Expect(result, FacetKeys.AssessmentQualifier, "Efforts Made but Continued Law that Delayed Advancement");
        Expect(result, FacetKeys.LaborInspectorate, "Yes");
        Expect(result, FacetKeys.LaborCivilPenalties, "Yes");
        Expect(result, FacetKeys.LaborRoutineInspections, "Unknown");
        Expect(result, FacetKeys.LaborUnannouncedPermitted, "No");
        Expect(result, FacetKeys.LaborComplaintMechanism, "Yes");
        Expect(result, FacetKeys.LaborPenaltiesImposed, "Unknown");
        Expect(result, FacetKeys.CriminalInvestigationsConducted, "Unknown");
        Expect(result, FacetKeys.CriminalPenaltiesImposed, "Unknown");
        // "it is unknown how many labor inspectors were employed …, nor how many inspections they conducted or child labor violations they found"
        Expect(result, FacetKeys.LaborInspectors, "Unknown");
        Expect(result, FacetKeys.LaborInspections, "Unknown");
        Expect(result, FacetKeys.LaborViolations, "Unknown");
        Expect(result, FacetKeys.CriminalInvestigations, "Unknown");
        Expect(result, FacetKeys.CriminalProsecutions, "Unknown");
        Expect(result, FacetKeys.CriminalConvictions, "Unknown");

        Expect(result, FacetKeys.LegalAge("minimum_age_work"), "15");
        Expect(result, FacetKeys.LegalMeets("minimum_age_work"), "Yes");
        Expect(result, FacetKeys.LegalAge("minimum_age_hazardous_work"), "18");
        Expect(result, FacetKeys.LegalMeets("hazardous_occupations_identified"), "Yes");
        Expect(result, FacetKeys.LegalMeets("prohibition_forced_labor"), "Yes");
        Expect(result, FacetKeys.LegalMeets("prohibition_child_trafficking"), "Yes");
        Expect(result, FacetKeys.LegalMeets("prohibition_csec"), "No");
        Expect(result, FacetKeys.LegalMeets("prohibition_illicit_activities"), "Yes");
        Expect(result, FacetKeys.LegalAge("minimum_age_voluntary_military"), "19");
        Expect(result, FacetKeys.LegalMeets("prohibition_non_state_military"), "Yes");
        Expect(result, FacetKeys.LegalAge("compulsory_education_age"), "15");
        Expect(result, FacetKeys.LegalMeets("compulsory_education_age"), "Yes");
        Expect(result, FacetKeys.LegalMeets("free_public_education"), "No");

        foreach (var instrument in new[] { "ilo_c138", "ilo_c182", "un_crc", "un_crc_op_armed_conflict", "un_crc_op_sale_of_children", "palermo_protocol" })
        {
            Expect(result, FacetKeys.Ratification(instrument), "Ratified");
        }

        Expect(result, FacetKeys.WorkingChildrenPercent, "9.2");
        Expect(result, FacetKeys.AttendingSchoolPercent, "94.3");
        Expect(result, FacetKeys.CombiningWorkAndSchoolPercent, "14.4");
    }

    [SharedDataFact]
    public async Task Kazakhstan_2023_chapter()
    {
        var result = await ExtractSeedAsync("004");
        result.Document.ShouldNotBeNull();
        result.Document.Source.ShouldBe(Sources.UsdolFindings);
        result.Facts.Select(f => f.Facet).ShouldBeUnique();

        Expect(result, FacetKeys.AssessmentLevel, "Minimal Advancement");
        Expect(result, FacetKeys.AssessmentQualifier, "Efforts Made but Continued Law that Delayed Advancement");
        // Two label/value pairs per row in this layout.
        Expect(result, FacetKeys.LaborInspectorate, "Yes");
        Expect(result, FacetKeys.LaborComplaintMechanism, "Yes");
        Expect(result, FacetKeys.LaborCivilPenalties, "Yes");
        Expect(result, FacetKeys.LaborPenaltiesImposed, "Yes");
        Expect(result, FacetKeys.LaborRoutineInspections, "Yes");
        Expect(result, FacetKeys.CriminalInvestigationsConducted, "Yes");
        Expect(result, FacetKeys.LaborUnannouncedPermitted, "No");
        Expect(result, FacetKeys.CriminalPenaltiesImposed, "Yes");
        result.Facts.Single(f => f.Facet == FacetKeys.LaborUnannouncedPermitted).Evidence.ShouldBe("Unannounced Inspections Permitted No");
        // "An unknown number of labor inspectors conducted 6,926 worksite inspections and found 1 child labor violation."
        Expect(result, FacetKeys.LaborInspectors, "Unknown");
        Expect(result, FacetKeys.LaborInspections, "6926");
        Expect(result, FacetKeys.LaborViolations, "1");
        Expect(result, FacetKeys.CriminalInvestigations, "11");
        Expect(result, FacetKeys.CriminalProsecutions, "Unknown");
        Expect(result, FacetKeys.CriminalConvictions, "1");

        // Check marks survived only as \mathbf{X} / \mathbf{O}; the prose says which standards fall short.
        Expect(result, FacetKeys.LegalMeets("minimum_age_work"), "No");
        Expect(result, FacetKeys.LegalAge("minimum_age_work"), "18");
        Expect(result, FacetKeys.LegalMeets("minimum_age_hazardous_work"), "No");
        Expect(result, FacetKeys.LegalMeets("hazardous_occupations_identified"), "Yes");
        Expect(result, FacetKeys.LegalMeets("prohibition_forced_labor"), "No");
        Expect(result, FacetKeys.LegalMeets("prohibition_child_trafficking"), "Yes");
        Expect(result, FacetKeys.LegalMeets("prohibition_csec"), "No");
        Expect(result, FacetKeys.LegalMeets("prohibition_illicit_activities"), "Yes");
        Expect(result, FacetKeys.LegalAge("minimum_age_voluntary_military"), "19");
        Expect(result, FacetKeys.LegalMeets("compulsory_education_age"), "No");
        Expect(result, FacetKeys.LegalAge("compulsory_education_age"), "17");
        Expect(result, FacetKeys.LegalMeets("free_public_education"), "Yes");

        Expect(result, FacetKeys.Ratification("ilo_c138"), "Ratified");
        Expect(result, FacetKeys.Ratification("palermo_protocol"), "Ratified");
        Expect(result, FacetKeys.WorkingChildrenPercent, "3.2");
        Expect(result, FacetKeys.AttendingSchoolPercent, "90.7");
        Expect(result, FacetKeys.CombiningWorkAndSchoolPercent, "3.6");
    }
}
