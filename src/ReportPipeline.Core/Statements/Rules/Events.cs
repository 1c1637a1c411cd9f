using System.Globalization;
using System.Text.RegularExpressions;
using static ReportPipeline.Core.Statements.StatementActions;
using static ReportPipeline.Core.Statements.StatementCategories;
using static ReportPipeline.Core.Statements.StatementFields;

namespace ReportPipeline.Core.Statements.Rules;

/// <summary>
/// Where a sentence may state an event at all. Table rows (the legal-framework, ratification and
/// enforcement tables) are the fact extractors' business, and a cell describing an agency's role
/// ("Enforces labor laws … due to the ongoing moratorium …") describes a mandate, not an event of
/// the year: neither yields a law, plan, moratorium or ratification statement.
/// </summary>
internal static partial class SentenceRoles
{
    public static bool MayState(Sentence sentence, string category)
    {
        if (category is not (Law or ActionPlan or InspectionMoratorium or Ratification))
        {
            return true;
        }

        if (sentence.Kind == SentenceKind.TableRow || IsLegalTableCell(sentence))
        {
            return false;
        }

        return category == Ratification || !IsAgencyRole(sentence);
    }

    /// <summary>
    /// A cell that tells a dated event of the reporting year rather than a mandate or a table value:
    /// a plan approved by the body in an agency's cell ("In 2025, it approved the national policy
    /// on …"), a law the body drafted or made that year ("In 2025, the council worked on a decree to …"), a ratification told
    /// in prose that a table's last cell ran into.
    /// </summary>
    public static bool IsDatedEvent(Sentence sentence, Draft draft, int? year) =>
        sentence.Kind == SentenceKind.Prose
        && year is { } y
        && Background.YearOf(draft.Fields.GetValueOrDefault(Date)) >= y
        && ((draft.Category == ActionPlan && draft.Action == Adopted && IsAgencyRole(sentence))
            || (draft.Category == Law && IsAgencyRole(sentence))
            || (draft.Category == Ratification && draft.Action == Ratified && IsLegalTableCell(sentence)));

    /// <summary>A prose cell of the laws-and-regulations table: in the legal section, under a row label that is not its own lead-in.</summary>
    public static bool IsLegalTableCell(Sentence sentence) =>
        sentence.Section == ReportSections.Legal
        && sentence.Label is { Length: > 0 } label
        && !sentence.Text.StartsWith(label, StringComparison.Ordinal);

    /// <summary>A cell of an agencies or coordinating-mechanisms table: labelled with a body's name, in those sections.</summary>
    public static bool IsAgencyRole(Sentence sentence) =>
        sentence.Section is ReportSections.Enforcement or ReportSections.Coordination
        && sentence.Label is { } label
        && AgencyName().IsMatch(label)
        && !ActionPlanRule.IsPlanName(label);

    [GeneratedRegex(@"\b(?:Ministry|Ministries|Minister|Agency|Service|Inspectorate|Inspection|Police|Prosecutor|Prosecutor's|Office|Court|Courts|Commission|Council|Committee|Department|Directorate|Unit|Cent(?:er|re)|Board|Authority|Secretariat|Bureau|Working Group|Task Force|Government|Parliament|Ombudsman|Guard|Forces|Administration|Judiciary)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgencyName();
}

/// <summary>
/// Events told as history. A statement whose event date falls before the reporting year is
/// background: it says what holds in the reporting year, not what happened in it. "In 2015 the
/// government suspended all inspections", read in a 2024 chapter, states a moratorium still in
/// force (<c>continued</c>); a plan "approved in 2019" read in 2021 is <c>active</c>. The event's
/// date stays on the statement. A moratorium's end announced for after the reporting year
/// ("expires on January 1, 2022" in a 2021 chapter) is its end date, not a lift.
/// </summary>
internal static class Background
{
    /// <summary>The draft as the reporting year sees it, or null when it states nothing that holds that year.</summary>
    public static Draft? Settle(Draft draft, int? reportYear)
    {
        if (reportYear is not { } year || YearOf(draft.Fields.GetValueOrDefault(Date)) is not { } eventYear)
        {
            return draft;
        }

        return (draft.Category, draft.Action) switch
        {
            // A stop that ended years before is history: what holds now is that there is none. One that ended in the year
            // before ("expired on December 31, 2020, and was not renewed" in the 2021 chapter) is the news of this one.
            (InspectionMoratorium, Lifted) when eventYear < year - 1 => null,
            (InspectionMoratorium, Lifted) when eventYear > year => With(draft, Continued, (Until, draft.Fields.GetValueOrDefault(Until) ?? draft.Fields[Date])),
            (InspectionMoratorium, Imposed or Extended) when eventYear < year =>
                YearOf(draft.Fields.GetValueOrDefault(Until)) is { } end && end < year ? null : With(draft, Continued),
            // Likewise a limit a court or government undid years before: the chapter's history, not this year's easing.
            (InspectionRestriction, Eased) when eventYear < year - 1 => null,
            // A plan that ran out years before is history too (one that ended in the year before may still be news).
            (ActionPlan, Expired) when eventYear < year - 1 => null,
            (ActionPlan, Adopted) when eventYear < year => With(draft, PlanEnd(draft) is { } end && end < year ? Expired : Active),
            // An earlier amendment or entry into force: the law as it stands (statement-labels.md: enacted).
            (Law, Amended or EnteredIntoForce) when eventYear < year => With(draft, Enacted),
            _ => draft,
        };
    }

    private static Draft With(Draft draft, string action, params (string Name, string Value)[] fields)
    {
        var map = new Dictionary<string, string>(draft.Fields, StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            map[name] = value;
        }

        return draft with { Action = action, Fields = map };
    }

    private static int? PlanEnd(Draft draft) => draft.Fields.GetValueOrDefault(Period) is { Length: >= 4 } period ? YearOf(period[^4..]) : null;

    public static int? YearOf(string? iso) =>
        iso is { Length: >= 4 } && int.TryParse(iso.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;
}
