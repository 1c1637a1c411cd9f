using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Comparison;

/// <summary>
/// What counts as a meaningful change, facet by facet, and how severe it is. docs/comparison.md
/// ("What is a change") is the user's copy of this table; keep them together.
/// </summary>
internal static class ChangeRules
{
    private static readonly string[] Levels = ["No Advancement", "Minimal Advancement", "Moderate Advancement", "Significant Advancement"];

    // Yes -> No on these removes the inspectorate's power to act; on the others it reports a year without activity.
    private static readonly HashSet<string> AuthorityFacets = new(StringComparer.Ordinal)
    {
        "enforcement.labor.inspectorate",
        "enforcement.labor.civil_penalties",
        "enforcement.labor.unannounced_inspections_permitted",
        "enforcement.labor.complaint_mechanism",
    };

    private static readonly HashSet<string> InspectionCapacity = new(StringComparer.Ordinal)
    {
        "enforcement.labor.inspectors",
        "enforcement.labor.inspections",
    };

    // Found violations go up with better inspection as much as with more child labor: no direction.
    private static readonly HashSet<string> NeutralFigures = new(StringComparer.Ordinal)
    {
        "enforcement.labor.violations",
    };

    private static readonly string[] InEffect = ["Adopted", "Active"];

    public static Change? Compare(string facet, Side old, Side now, CountryYearStatus nowStatus, ComparisonOptions options)
    {
        var label = FacetLabels.Of(facet);
        if (facet.StartsWith(StatusBuilder.ActionPlanPrefix, StringComparison.Ordinal))
        {
            return ActionPlan(facet, old, now);
        }

        if (old.Text == now.Text || FacetValues.SameNumber(old.Text, now.Text))
        {
            return null;
        }

        // "Yes" one year and "15" the next say whether, then how many: no alert can say what changed in words.
        if (FacetValues.YesNoAgainstNumber(old.Text, now.Text))
        {
            return null;
        }

        if (FacetValues.IsNotAnAnswer(old.Text) || FacetValues.IsNotAnAnswer(now.Text))
        {
            var phrase = FacetValues.IsNotAnAnswer(now.Text)
                ? $"{label} now reported as {now.Text} (was {old.Text})"
                : $"{label} reported again: {now.Text} (was {old.Text})";
            return Make(facet, old, now, AlertDirection.Neutral, AlertSeverity.Info, phrase);
        }

        return facet switch
        {
            "assessment.level" => Assessment(facet, old, now),
            _ when facet.StartsWith("enforcement.", StringComparison.Ordinal) => Enforcement(facet, label, old, now, nowStatus, options),
            _ when facet.StartsWith("legal.", StringComparison.Ordinal) => Legal(facet, label, old, now, nowStatus, options),
            _ when facet.StartsWith(StatusBuilder.RatificationPrefix, StringComparison.Ordinal) => Ratification(facet, label, old, now),
            _ when facet.StartsWith("statistics.", StringComparison.Ordinal) => Statistics(facet, label, old, now, options),
            _ => Make(facet, old, now, AlertDirection.Neutral, AlertSeverity.Low, $"{label} changed from {old.Text} to {now.Text}"),
        };
    }

    /// <summary>
    /// A facet seen for the first time is not a change, unless the report itself says something
    /// happened that year: a plan adopted. Moratoriums are told by <see cref="MoratoriumChanges"/>.
    /// </summary>
    public static Change? Declared(string facet, int previousYear, Side now) =>
        facet.StartsWith(StatusBuilder.ActionPlanPrefix, StringComparison.Ordinal) && now.Text == "Adopted"
            ? Make(facet, previousYear, null, now, AlertDirection.Improving, AlertSeverity.Medium, $"{FacetLabels.Of(facet)} adopted{PeriodWords(now)}", now.Value.Primary.Date)
            : null;

    /// <summary>
    /// True when a year's value says nothing about the previous one, which then stays the facet's
    /// baseline: a plan in effect followed by a draft is a successor being prepared, not the plan
    /// ending (the draft of the next plan shares the name), so the next report is compared with the
    /// plan in effect.
    /// </summary>
    public static bool KeepsBaseline(string facet, Side previous, SourcedValue current) =>
        facet.StartsWith(StatusBuilder.ActionPlanPrefix, StringComparison.Ordinal)
        && InEffect.Contains(previous.Text)
        && current.Value == "Drafted";

    /// <summary>
    /// "Number Conducted at Worksite" often repeats "Number of Labor Inspections" cell for cell: one
    /// move, one alert, on the total.
    /// </summary>
    public static IEnumerable<Change> DropEchoes(IEnumerable<Change> changes)
    {
        var list = changes.ToList();
        var totals = list
            .Where(c => c.Facet == "enforcement.labor.inspections")
            .Select(c => (c.FromYear, c.To.Year, c.OldValue, c.NewValue))
            .ToHashSet();
        return list.Where(c => c.Facet != "enforcement.labor.worksite_inspections" || !totals.Contains((c.FromYear, c.To.Year, c.OldValue, c.NewValue)));
    }

    /// <summary>A plan expiring and another adopted in the same year is one event: the plan was replaced.</summary>
    public static IEnumerable<Change> MergeReplacedPlans(IReadOnlyList<Change> changes)
    {
        var merged = new List<Change>(changes);
        foreach (var year in changes.Where(IsPlan).GroupBy(c => c.To.Year))
        {
            var expired = year.Where(c => c.NewValue == "Expired").ToList();
            var adopted = year.Where(c => c.NewValue == "Adopted" && c.OldValue is null or "Expired" or "Drafted").ToList();
            foreach (var (gone, added) in expired.Zip(adopted))
            {
                merged.Remove(gone);
                merged.Remove(added);
                var oldName = gone.Facet[StatusBuilder.ActionPlanPrefix.Length..];
                merged.Add(added with
                {
                    FromYear = gone.FromYear,
                    OldValue = $"{oldName}: Expired",
                    OldEvidence = gone.To.Value.Primary,
                    Direction = AlertDirection.Neutral,
                    Severity = AlertSeverity.Medium,
                    Phrase = $"{FacetLabels.Of(gone.Facet)} replaced by {FacetLabels.Of(added.Facet)}{PeriodWords(added.To)}",
                });
            }
        }

        return merged;

        static bool IsPlan(Change c) => c.Facet.StartsWith(StatusBuilder.ActionPlanPrefix, StringComparison.Ordinal);
    }

    private static Change? Assessment(string facet, Side old, Side now)
    {
        var from = Array.IndexOf(Levels, old.Text);
        var to = Array.IndexOf(Levels, now.Text);
        if (from < 0 || to < 0)
        {
            return Make(facet, old, now, AlertDirection.Neutral, AlertSeverity.Low, $"assessment changed from {old.Text} to {now.Text}");
        }

        var steps = Math.Abs(to - from);
        return to < from
            ? Make(facet, old, now, AlertDirection.Worsening, steps >= 2 ? AlertSeverity.High : AlertSeverity.Medium, $"assessment fell from {old.Text} to {now.Text}")
            : Make(facet, old, now, AlertDirection.Improving, steps >= 2 ? AlertSeverity.Medium : AlertSeverity.Low, $"assessment rose from {old.Text} to {now.Text}");
    }

    private static Change? Enforcement(string facet, string label, Side old, Side now, CountryYearStatus nowStatus, ComparisonOptions options)
    {
        if (IsYesNo(old.Text) && IsYesNo(now.Text))
        {
            var authority = AuthorityFacets.Contains(facet);
            var yesNo = FacetLabels.YesNoOf(facet) ?? new FacetLabels.YesNo(label, "reported");
            var effective = facet == "enforcement.labor.unannounced_inspections_permitted" ? EffectiveDates.ForUnannouncedInspections(old, now, nowStatus, options) : null;
            return now.Text == "No"
                ? Make(facet, old, now, AlertDirection.Worsening, authority ? AlertSeverity.High : AlertSeverity.Medium, $"{yesNo.Subject} no longer {yesNo.Predicate}", effective)
                : Make(facet, old, now, AlertDirection.Improving, authority ? AlertSeverity.Medium : AlertSeverity.Low, $"{yesNo.Subject} now {yesNo.Predicate}", effective);
        }

        if (FacetValues.TryNumber(old.Text, out var before) && FacetValues.TryNumber(now.Text, out var after))
        {
            return Figure(facet, label, old, now, before, after, options);
        }

        return Make(facet, old, now, AlertDirection.Neutral, AlertSeverity.Low, $"{label} changed from {old.Text} to {now.Text}");
    }

    private static Change? Figure(string facet, string label, Side old, Side now, decimal before, decimal after, ComparisonOptions options)
    {
        var difference = after - before;
        if (Math.Abs(difference) < options.FigureMinimumDifference)
        {
            return null;
        }

        var fall = before > 0 ? -difference / before : 0;
        var rise = before > 0 ? difference / before : decimal.MaxValue;
        var values = $"({ChangeDetector.Number(before)} → {ChangeDetector.Number(after)})";
        var neutral = NeutralFigures.Contains(facet);
        if (difference < 0 && fall >= options.FigureDropFraction)
        {
            var severity = neutral ? AlertSeverity.Low
                : InspectionCapacity.Contains(facet) ? (fall >= 0.5m ? AlertSeverity.High : AlertSeverity.Medium)
                : (fall >= 0.5m ? AlertSeverity.Medium : AlertSeverity.Low);
            return Make(facet, old, now, neutral ? AlertDirection.Neutral : AlertDirection.Worsening, severity, $"{label} down {Percent(fall)} {values}");
        }

        if (difference > 0 && rise >= options.FigureRiseFraction)
        {
            var percent = before > 0 ? $"up {Percent(rise)} " : "up ";
            return Make(facet, old, now, neutral ? AlertDirection.Neutral : AlertDirection.Improving, AlertSeverity.Low, $"{label} {percent}{values}");
        }

        return null;
    }

    private static Change? Legal(string facet, string label, Side old, Side now, CountryYearStatus nowStatus, ComparisonOptions options)
    {
        if (facet.EndsWith(".meets", StringComparison.Ordinal) && IsYesNo(old.Text) && IsYesNo(now.Text))
        {
            var effective = EffectiveDates.ForLegal(old, now, nowStatus, options);
            return now.Text == "No"
                ? Make(facet, old, now, AlertDirection.Worsening, AlertSeverity.High, $"{label} no longer meets international standards", effective)
                : Make(facet, old, now, AlertDirection.Improving, AlertSeverity.Medium, $"{label} now meets international standards", effective);
        }

        if (facet.EndsWith(".age", StringComparison.Ordinal) && FacetValues.TryNumber(old.Text, out var before) && FacetValues.TryNumber(now.Text, out var after))
        {
            // Every age in the legal table is a floor protecting children: raising it is the improvement.
            var effective = EffectiveDates.ForLegal(old, now, nowStatus, options);
            return after > before
                ? Make(facet, old, now, AlertDirection.Improving, AlertSeverity.Medium, $"{label} raised from {old.Text} to {now.Text}", effective)
                : Make(facet, old, now, AlertDirection.Worsening, AlertSeverity.Medium, $"{label} lowered from {old.Text} to {now.Text}", effective);
        }

        return Make(facet, old, now, AlertDirection.Neutral, AlertSeverity.Low, $"{label} changed from {old.Text} to {now.Text}");
    }

    private static Change? Ratification(string facet, string label, Side old, Side now) => (old.Text, now.Text) switch
    {
        ("Not ratified", "Ratified") => Make(facet, old, now, AlertDirection.Improving, AlertSeverity.Medium, $"ratified {label}", now.Value.Primary.Date),
        ("Ratified", "Not ratified") => Make(facet, old, now, AlertDirection.Worsening, AlertSeverity.Medium, $"{label} no longer listed as ratified"),
        _ => Make(facet, old, now, AlertDirection.Neutral, AlertSeverity.Low, $"{label} changed from {old.Text} to {now.Text}"),
    };

    private static Change? Statistics(string facet, string label, Side old, Side now, ComparisonOptions options)
    {
        if (!FacetValues.TryNumber(old.Text, out var before) || !FacetValues.TryNumber(now.Text, out var after))
        {
            return Make(facet, old, now, AlertDirection.Neutral, AlertSeverity.Info, $"{label} changed from {old.Text} to {now.Text}");
        }

        if (Math.Abs(after - before) < options.StatisticsMinimumPoints)
        {
            return null;
        }

        var up = after > before;
        var direction = facet switch
        {
            "statistics.working_children_percent" => up ? AlertDirection.Worsening : AlertDirection.Improving,
            "statistics.attending_school_percent" => up ? AlertDirection.Improving : AlertDirection.Worsening,
            _ => AlertDirection.Neutral,
        };
        return Make(facet, old, now, direction, AlertSeverity.Low, $"{label} {(up ? "up" : "down")} from {old.Text}% to {now.Text}%");
    }

    private static Change? ActionPlan(string facet, Side old, Side now)
    {
        var label = FacetLabels.Of(facet);
        var wasInEffect = InEffect.Contains(old.Text);
        var isInEffect = InEffect.Contains(now.Text);
        if (!wasInEffect && isInEffect)
        {
            return Make(facet, old, now, AlertDirection.Improving, AlertSeverity.Medium, $"{label} adopted{PeriodWords(now)}", now.Value.Primary.Date);
        }

        if (wasInEffect && now.Text == "Expired")
        {
            return Make(facet, old, now, AlertDirection.Worsening, AlertSeverity.Medium, $"{label} expired");
        }

        if (wasInEffect && isInEffect)
        {
            var (before, after) = (old.Value.Period, now.Value.Period);
            return before is not null && after is not null && before != after
                ? Make(facet, old.Year, $"{old.Text} {before}", now, AlertDirection.Improving, AlertSeverity.Low, $"{label} renewed for {after} (was {before})", now.Value.Primary.Date, old.Value.Primary, $"{now.Text} {after}")
                : null;
        }

        return old.Text == now.Text
            ? null
            : Make(facet, old, now, AlertDirection.Neutral, AlertSeverity.Low, $"{label} changed from {old.Text} to {now.Text}");
    }

    private static string PeriodWords(Side side) => side.Value.Period is { } period ? $" for {period}" : string.Empty;

    private static bool IsYesNo(string value) => value is "Yes" or "No";

    private static string Percent(decimal fraction) => $"{Math.Round(fraction * 100m, MidpointRounding.AwayFromZero):0}%";

    private static Change Make(string facet, Side old, Side now, AlertDirection direction, AlertSeverity severity, string phrase, string? effectiveDate = null) =>
        new(facet, old.Year, old.Text, now.Text, old.Value.Primary, now, direction, severity, phrase, effectiveDate);

    private static Change Make(string facet, int fromYear, string? oldValue, Side now, AlertDirection direction, AlertSeverity severity, string phrase, string? effectiveDate, ValueSource? oldEvidence = null, string? newValue = null) =>
        new(facet, fromYear, oldValue, newValue ?? now.Text, oldEvidence, now, direction, severity, phrase, effectiveDate);
}
