namespace ReportPipeline.Core.Statements;

/// <summary>The statement categories of status-schema.md.</summary>
public static class StatementCategories
{
    public const string InspectionMoratorium = "inspection_moratorium";
    public const string InspectionRestriction = "inspection_restriction";
    public const string ActionPlan = "action_plan";
    public const string Ratification = "ratification";
    public const string Law = "law";
    public const string Institution = "institution";
    public const string EnforcementFigure = "enforcement_figure";
    public const string Assessment = "assessment";
    public const string SuggestedAction = "suggested_action";
    public const string Program = "program";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } =
        [InspectionMoratorium, InspectionRestriction, ActionPlan, Ratification, Law, Institution, EnforcementFigure, Assessment, SuggestedAction, Program, Other];
}

/// <summary>The actions of each category (status-schema.md).</summary>
public static class StatementActions
{
    public const string Imposed = "imposed";
    public const string Extended = "extended";
    public const string Continued = "continued";
    public const string Lifted = "lifted";
    public const string Eased = "eased";
    public const string Adopted = "adopted";
    public const string Active = "active";
    public const string Expired = "expired";
    public const string Drafted = "drafted";
    public const string Ratified = "ratified";
    public const string NotRatified = "not_ratified";
    public const string Intends = "intends";
    public const string Enacted = "enacted";
    public const string Amended = "amended";
    public const string Signed = "signed";
    public const string EnteredIntoForce = "entered_into_force";
    public const string Repealed = "repealed";
    public const string Established = "established";
    public const string Abolished = "abolished";
    public const string Reported = "reported";
    public const string Assessed = "assessed";
    public const string Suggested = "suggested";
    public const string Launched = "launched";
    public const string Ended = "ended";
}

/// <summary>Field names of statements; flattened into the statement object of the extract JSON.</summary>
public static class StatementFields
{
    public const string Until = "until";
    public const string Scope = "scope";
    public const string Name = "name";
    public const string Period = "period";
    public const string Instrument = "instrument";
    public const string Date = "date";
    public const string Measure = "measure";
    public const string Value = "value";
    public const string Level = "level";
    public const string Area = "area";

    /// <summary>For restrictions: when inspections are still allowed ("except in the presence of compelling grounds").</summary>
    public const string Condition = "condition";

    /// <summary>For <c>law</c>: <c>law</c> or <c>agreement</c> (a memorandum, protocol or agreement signed between governments).</summary>
    public const string Kind = "kind";
}
