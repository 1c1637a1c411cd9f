namespace ReportPipeline.Core.Model;

public enum AlertSeverity
{
    Info = 0,
    Low = 1,
    Medium = 2,
    High = 3,
}

public enum AlertDirection
{
    Neutral = 0,
    Worsening = 1,
    Improving = 2,
}

/// <summary>Where one side of a change was read: a document's verbatim text.</summary>
public sealed record AlertEvidence(string DocumentId, string Source, int Year, string Text, int? Page = null, string? BlobName = null);

/// <summary>An analyst's triage of an alert. A dismissed alert is a false positive and is never raised again.</summary>
public sealed record AlertReview(AlertReviewState State, string By, string? Note, DateTimeOffset At);

public enum AlertReviewState
{
    Reviewed = 1,
    Dismissed = 2,
}

/// <summary>
/// One meaningful change in a country's legal or enforcement status between two reporting
/// years (or a conflict between two documents of one year). <see cref="Id"/> is derived from
/// country, facet, years and values, so re-running a comparison rewrites the same alert.
/// </summary>
public sealed record Alert
{
    public required string Id { get; init; }

    public required string Iso2 { get; init; }

    public required string Country { get; init; }

    /// <summary>The facet that changed, e.g. <c>enforcement.labor.unannounced_inspections_permitted</c>.</summary>
    public required string Facet { get; init; }

    /// <summary>One of <see cref="FacetFamilies"/>; subscriptions filter on it.</summary>
    public required string Family { get; init; }

    /// <summary><c>change</c>, <c>statement</c> (a statement moved a status, e.g. a new moratorium end date) or <c>conflict</c>.</summary>
    public required string Kind { get; init; }

    public required int FromYear { get; init; }

    public required int ToYear { get; init; }

    public string? OldValue { get; init; }

    public string? NewValue { get; init; }

    public required AlertDirection Direction { get; init; }

    public required AlertSeverity Severity { get; init; }

    /// <summary>Plain words, e.g. "Ukraine: unannounced labor inspections no longer permitted (2018 → 2019)".</summary>
    public required string Title { get; init; }

    public AlertEvidence? OldEvidence { get; init; }

    public AlertEvidence? NewEvidence { get; init; }

    /// <summary>ISO date the change takes effect when the text gives one (entry into force, a moratorium's end).</summary>
    public string? EffectiveDate { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public AlertReview? Review { get; init; }
}

/// <summary>The facet families alerts and subscriptions are grouped by.</summary>
public static class FacetFamilies
{
    public const string Assessment = "assessment";
    public const string Enforcement = "enforcement";
    public const string Legal = "legal";
    public const string Ratification = "ratification";
    public const string Moratorium = "moratorium";
    public const string ActionPlan = "action_plan";
    public const string Statistics = "statistics";
    public const string Conflict = "conflict";

    public static IReadOnlyList<string> All { get; } = [Assessment, Enforcement, Legal, Ratification, Moratorium, ActionPlan, Statistics, Conflict];

    /// <summary>The family of a facet key from status-schema.md.</summary>
    public static string Of(string facet)
    {
        ArgumentNullException.ThrowIfNull(facet);
        if (facet.StartsWith("labor_inspection.moratorium", StringComparison.Ordinal)) return Moratorium;
        if (facet.StartsWith("policy.action_plan", StringComparison.Ordinal)) return ActionPlan;
        var head = facet.Split('.')[0];
        return head switch
        {
            "assessment" => Assessment,
            "enforcement" => Enforcement,
            "legal" => Legal,
            "ratification" => Ratification,
            "statistics" => Statistics,
            _ => head,
        };
    }
}
