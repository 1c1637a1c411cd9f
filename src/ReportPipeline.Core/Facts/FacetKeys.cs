namespace ReportPipeline.Core.Facts;

/// <summary>The facet keys of status-schema.md that the fact extractors write.</summary>
public static class FacetKeys
{
    public const string AssessmentLevel = "assessment.level";
    public const string AssessmentQualifier = "assessment.qualifier";

    public const string LaborInspectorate = "enforcement.labor.inspectorate";
    public const string LaborCivilPenalties = "enforcement.labor.civil_penalties";
    public const string LaborRoutineInspections = "enforcement.labor.routine_inspections_conducted";
    public const string LaborUnannouncedPermitted = "enforcement.labor.unannounced_inspections_permitted";
    public const string LaborComplaintMechanism = "enforcement.labor.complaint_mechanism";
    public const string LaborPenaltiesImposed = "enforcement.labor.penalties_imposed";
    public const string LaborInspectors = "enforcement.labor.inspectors";
    public const string LaborInspections = "enforcement.labor.inspections";

    /// <summary>"Number Conducted at Worksite" in the 2015–2021 tables, beside the total of inspections.</summary>
    public const string LaborWorksiteInspections = "enforcement.labor.worksite_inspections";
    public const string LaborViolations = "enforcement.labor.violations";
    public const string LaborViolationsPenalized = "enforcement.labor.violations_penalized";

    public const string CriminalInvestigationsConducted = "enforcement.criminal.investigations_conducted";
    public const string CriminalPenaltiesImposed = "enforcement.criminal.penalties_imposed";
    public const string CriminalInvestigations = "enforcement.criminal.investigations";
    public const string CriminalProsecutions = "enforcement.criminal.prosecutions";
    public const string CriminalConvictions = "enforcement.criminal.convictions";

    /// <summary>
    /// Facets whose value is a count of people or cases. A whole-country count is the sum over the
    /// territories, so it never stands for one territory the way a Yes/No or an age does.
    /// </summary>
    public static IReadOnlySet<string> Counts { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        LaborInspectors, LaborInspections, LaborWorksiteInspections, LaborViolations, LaborViolationsPenalized,
        CriminalInvestigations, CriminalProsecutions, CriminalConvictions,
    };

    public const string WorkingChildrenPercent = "statistics.working_children_percent";
    public const string AttendingSchoolPercent = "statistics.attending_school_percent";
    public const string CombiningWorkAndSchoolPercent = "statistics.combining_work_and_school_percent";

    /// <summary>The <c>&lt;standard&gt;</c> names of the laws and regulations table.</summary>
    public static IReadOnlyList<string> LegalStandards { get; } =
    [
        "minimum_age_work", "minimum_age_hazardous_work", "hazardous_occupations_identified",
        "prohibition_forced_labor", "prohibition_child_trafficking", "prohibition_csec",
        "prohibition_illicit_activities", "minimum_age_voluntary_military", "prohibition_compulsory_military",
        "prohibition_non_state_military", "compulsory_education_age", "free_public_education",
    ];

    /// <summary>The <c>&lt;instrument&gt;</c> names of ratification facets.</summary>
    public static IReadOnlyList<string> Instruments { get; } =
    [
        "ilo_c29", "ilo_p29", "ilo_c105", "ilo_c138", "ilo_c182", "un_crc", "un_crc_op_armed_conflict",
        "un_crc_op_sale_of_children", "un_crc_op_communications", "palermo_protocol",
    ];

    public static string LegalMeets(string standard) => $"legal.{standard}.meets";

    public static string LegalAge(string standard) => $"legal.{standard}.age";

    public static string Ratification(string instrument) => $"ratification.{instrument}";
}
