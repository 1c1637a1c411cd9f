using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Comparison;

/// <summary>Plain words for facet keys, used in alert titles and the timeline.</summary>
public static class FacetLabels
{
    /// <summary>A yes/no facet: what it is about and what "Yes" says about it.</summary>
    public sealed record YesNo(string Subject, string Predicate);

    private static readonly Dictionary<string, YesNo> YesNoFacets = new(StringComparer.Ordinal)
    {
        ["enforcement.labor.inspectorate"] = new("a labor inspectorate", "in place"),
        ["enforcement.labor.civil_penalties"] = new("the labor inspectorate", "authorized to assess penalties"),
        ["enforcement.labor.routine_inspections_conducted"] = new("routine worksite inspections", "conducted"),
        ["enforcement.labor.unannounced_inspections_permitted"] = new("unannounced labor inspections", "permitted"),
        ["enforcement.labor.complaint_mechanism"] = new("a child labor complaint mechanism", "in place"),
        ["enforcement.labor.penalties_imposed"] = new("penalties for child labor violations", "imposed"),
        ["enforcement.criminal.investigations_conducted"] = new("criminal investigations of worst forms of child labor", "conducted"),
        ["enforcement.criminal.penalties_imposed"] = new("penalties for worst forms of child labor crimes", "imposed"),
    };

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["assessment.level"] = "assessment",
        ["assessment.qualifier"] = "assessment qualifier",
        ["enforcement.labor.inspectors"] = "number of labor inspectors",
        ["enforcement.labor.inspections"] = "number of labor inspections",
        ["enforcement.labor.worksite_inspections"] = "number of labor inspections at worksites",
        ["enforcement.labor.violations"] = "child labor violations found",
        ["enforcement.labor.violations_penalized"] = "child labor violations penalized",
        ["enforcement.criminal.investigations"] = "criminal investigations",
        ["enforcement.criminal.prosecutions"] = "criminal prosecutions",
        ["enforcement.criminal.convictions"] = "criminal convictions",
        ["labor_inspection.moratorium"] = "moratorium on labor inspections",
        ["labor_inspection.moratorium_until"] = "end of the moratorium on labor inspections",
        ["statistics.working_children_percent"] = "share of children (5-14) working",
        ["statistics.attending_school_percent"] = "share of children attending school",
        ["statistics.combining_work_and_school_percent"] = "share of children combining work and school",
        ["legal.minimum_age_work"] = "minimum age for work",
        ["legal.minimum_age_hazardous_work"] = "minimum age for hazardous work",
        ["legal.hazardous_occupations_identified"] = "list of hazardous occupations",
        ["legal.prohibition_forced_labor"] = "prohibition of forced labor",
        ["legal.prohibition_child_trafficking"] = "prohibition of child trafficking",
        ["legal.prohibition_csec"] = "prohibition of commercial sexual exploitation of children",
        ["legal.prohibition_illicit_activities"] = "prohibition of using children in illicit activities",
        ["legal.minimum_age_voluntary_military"] = "minimum age for voluntary military recruitment",
        ["legal.prohibition_compulsory_military"] = "prohibition of compulsory recruitment of children",
        ["legal.prohibition_non_state_military"] = "prohibition of recruitment by non-state armed groups",
        ["legal.compulsory_education_age"] = "compulsory education age",
        ["legal.free_public_education"] = "free public education",
        ["ratification.ilo_c29"] = "ILO C29 (Forced Labour)",
        ["ratification.ilo_p29"] = "ILO Protocol of 2014 to the Forced Labour Convention",
        ["ratification.ilo_c105"] = "ILO C105 (Abolition of Forced Labour)",
        ["ratification.ilo_c138"] = "ILO C138 (Minimum Age)",
        ["ratification.ilo_c182"] = "ILO C182 (Worst Forms of Child Labour)",
        ["ratification.un_crc"] = "the UN Convention on the Rights of the Child",
        ["ratification.un_crc_op_armed_conflict"] = "the CRC Optional Protocol on Armed Conflict",
        ["ratification.un_crc_op_sale_of_children"] = "the CRC Optional Protocol on the Sale of Children",
        ["ratification.un_crc_op_communications"] = "the CRC Optional Protocol on a Communications Procedure",
        ["ratification.palermo_protocol"] = "the Palermo Protocol on Trafficking in Persons",
    };

    public static YesNo? YesNoOf(string facet) => YesNoFacets.GetValueOrDefault(facet);

    /// <summary>Words for any facet key; unknown keys fall back to their last segments.</summary>
    public static string Of(string facet)
    {
        ArgumentNullException.ThrowIfNull(facet);
        if (Territories.Split(facet) is (var plain, { } territory))
        {
            return $"{Of(plain)} ({Territories.Display(territory)})";
        }

        if (Names.TryGetValue(facet, out var name))
        {
            return name;
        }

        if (YesNoFacets.TryGetValue(facet, out var yesNo))
        {
            return $"{yesNo.Subject} {yesNo.Predicate}";
        }

        if (facet.StartsWith("legal.", StringComparison.Ordinal))
        {
            var standard = facet[..facet.LastIndexOf('.')];
            if (Names.TryGetValue(standard, out var standardName))
            {
                return standardName;
            }
        }

        if (facet.StartsWith(StatusBuilder.ActionPlanPrefix, StringComparison.Ordinal))
        {
            return $"the {Humanize(facet[StatusBuilder.ActionPlanPrefix.Length..])} action plan";
        }

        var dot = facet.IndexOf('.', StringComparison.Ordinal);
        return Humanize(dot < 0 ? facet : facet[(dot + 1)..]);
    }

    /// <summary>
    /// The label of a timeline row. Unlike <see cref="Of"/> (which alert titles complete into a sentence) it tells apart
    /// the facets a title names alike: a standard's "meets" and "age" rows, and one territory of a country from another.
    /// </summary>
    public static string RowLabel(string facet)
    {
        ArgumentNullException.ThrowIfNull(facet);
        var (key, territory) = Territories.Split(facet);
        var label = key switch
        {
            _ when key.StartsWith("legal.", StringComparison.Ordinal) && key.EndsWith(".meets", StringComparison.Ordinal) =>
                $"{Of(key[..^".meets".Length])}: meets international standards",
            _ when key.StartsWith("legal.", StringComparison.Ordinal) && key.EndsWith(".age", StringComparison.Ordinal) =>
                $"{Of(key[..^".age".Length])}: age",
            _ => Of(key),
        };
        return territory is null ? label : $"{label} ({Territories.Display(territory)})";
    }

    private static string Humanize(string key) => key.Replace('.', ' ').Replace('_', ' ');
}
