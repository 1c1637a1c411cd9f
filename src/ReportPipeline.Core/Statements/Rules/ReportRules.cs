using System.Globalization;
using System.Text.RegularExpressions;
using static ReportPipeline.Core.Statements.StatementActions;
using static ReportPipeline.Core.Statements.StatementCategories;
using static ReportPipeline.Core.Statements.StatementFields;

namespace ReportPipeline.Core.Statements.Rules;

/// <summary>The publisher's assessment: "In 2024, Ruritania made moderate advancement…".</summary>
internal sealed partial class AssessmentRule : ISentenceRule
{
    public IEnumerable<Draft> Match(Sentence sentence, RuleContext context)
    {
        var match = AssessmentPhrase().Match(sentence.Text);
        if (!match.Success || !Clauses.IsAffirmed(sentence.Text, match.Index))
        {
            yield break;
        }

        var word = match.Groups["level"].Value.ToLowerInvariant();
        var level = string.Concat(char.ToUpperInvariant(word[0]).ToString(), word[1..], " Advancement");
        yield return Draft.Of(Assessment, Assessed, 0.95, (Level, level));
    }

    [GeneratedRegex(@"\b(?:made|making|assessed as having made|assessment of|receiv(?:ing|ed|es) an assessment of)\s+[""“]?(?:only\s+)?(?<level>significant|moderate|minimal|no)\s+(?:advancement|efforts to eliminate)", RegexOptions.IgnoreCase)]
    private static partial Regex AssessmentPhrase();
}

/// <summary>
/// Enforcement figures stated in running text ("conducted 6,926 worksite inspections", "an
/// unknown number of labor inspectors", "it is unknown how many prosecutions were initiated").
/// Table rows are left to the fact extractors, which read them column by column.
/// </summary>
internal sealed partial class EnforcementFigureRule : ISentenceRule
{
    public IEnumerable<Draft> Match(Sentence sentence, RuleContext context)
    {
        if (sentence.Kind != SentenceKind.Prose)
        {
            yield break;
        }

        var text = sentence.Text;
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (measure, pattern) in Measures)
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (found.ContainsKey(measure) || Clauses.IsHypothetical(text, match.Index))
                {
                    continue;
                }

                var number = match.Groups["n"].Value;
                if (number.Contains("unknown", StringComparison.OrdinalIgnoreCase))
                {
                    found[measure] = "Unknown";
                }
                else if (long.TryParse(number.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                    && !(value is >= 1990 and <= 2035 && !number.Contains(',', StringComparison.Ordinal)))
                {
                    found[measure] = value.ToString(CultureInfo.InvariantCulture);
                }
            }
        }

        if (UnknownHowMany().Match(text) is { Success: true } unknown)
        {
            var rest = text[unknown.Index..];
            foreach (var (measure, noun) in UnknownNouns)
            {
                if (!found.ContainsKey(measure) && noun.IsMatch(rest))
                {
                    found[measure] = "Unknown";
                }
            }
        }

        foreach (var (measure, value) in found)
        {
            yield return Draft.Of(EnforcementFigure, Reported, value == "Unknown" ? 0.75 : 0.85, (Measure, measure), (Value, value));
        }
    }

    private const string Number = @"(?<n>\d{1,3}(?:,\d{3})+|\d+|an? unknown number of)";

    private static readonly (string Measure, Regex Pattern)[] Measures =
    [
        ("labor.inspectors", Inspectors()),
        ("labor.inspections", Inspections()),
        ("labor.violations", Violations()),
        ("criminal.investigations", Investigations()),
        ("criminal.prosecutions", Prosecutions()),
        ("criminal.convictions", Convictions()),
    ];

    private static readonly (string Measure, Regex Noun)[] UnknownNouns =
    [
        ("labor.inspectors", InspectorWord()),
        ("labor.inspections", InspectionWord()),
        ("labor.violations", ViolationWord()),
        ("criminal.investigations", InvestigationWord()),
        ("criminal.prosecutions", ProsecutionWord()),
        ("criminal.convictions", ConvictionWord()),
    ];

    [GeneratedRegex(Number + @"\s+(?:(?:labou?r|full-time|part-time|state|child labou?r)\s+){0,2}inspectors\b", RegexOptions.IgnoreCase)]
    private static partial Regex Inspectors();

    [GeneratedRegex(Number + @"\s+(?:(?:worksite|labou?r|routine|unannounced|targeted|onsite|on-site|complaint-based|total|child labou?r)\s+){0,3}inspections\b", RegexOptions.IgnoreCase)]
    private static partial Regex Inspections();

    [GeneratedRegex(Number + @"\s+(?:(?:child labou?r|labou?r)\s+)?violations?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Violations();

    [GeneratedRegex(Number + @"\s+(?:criminal\s+)?investigations?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Investigations();

    [GeneratedRegex(Number + @"\s+(?:criminal\s+)?prosecutions?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Prosecutions();

    [GeneratedRegex(Number + @"\s+(?:(?:perpetrators?|persons?|individuals?|traffickers?|offenders?|people)\s+(?:were|was)\s+convicted|convictions?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Convictions();

    [GeneratedRegex(@"\bunknown how many\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnknownHowMany();

    [GeneratedRegex(@"\binspectors\b", RegexOptions.IgnoreCase)]
    private static partial Regex InspectorWord();

    [GeneratedRegex(@"\binspections\b", RegexOptions.IgnoreCase)]
    private static partial Regex InspectionWord();

    [GeneratedRegex(@"\bviolations\b", RegexOptions.IgnoreCase)]
    private static partial Regex ViolationWord();

    [GeneratedRegex(@"\binvestigations\b", RegexOptions.IgnoreCase)]
    private static partial Regex InvestigationWord();

    [GeneratedRegex(@"\bprosecutions\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProsecutionWord();

    [GeneratedRegex(@"\bconvicted\b|\bconvictions\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConvictionWord();
}

/// <summary>
/// The publisher's suggested actions: an imperative sentence in the suggested-actions section
/// (or in a row whose first cell is an area), with its area.
/// </summary>
internal sealed partial class SuggestedActionRule
{
    /// <summary>The suggestion, or null when the sentence is not one. Sentences of that section state nothing else.</summary>
    public static Draft? Match(Sentence sentence)
    {
        var labelArea = sentence.Label is { } label ? SentenceSplitter.AreaOf(label) : null;
        if (sentence.Section != ReportSections.SuggestedActions && labelArea is null)
        {
            return null;
        }

        var text = sentence.Text;
        string? gluedArea = null;
        var prefix = AreaPrefix().Match(text);
        if (prefix.Success)
        {
            // Garbled tables glue the area cell to the suggestion: "Enforcement Enforcement Ensure that…".
            gluedArea = SentenceSplitter.AreaOf(prefix.Groups["area"].Value);
            text = text[prefix.Length..];
        }

        if (!Imperative().IsMatch(text))
        {
            return null;
        }

        var area = labelArea ?? gluedArea;
        return Draft.Of(SuggestedAction, Suggested, sentence.Section == ReportSections.SuggestedActions ? 0.9 : 0.8, (Area, area));
    }

    /// <summary>An imperative sentence outside the suggestions table ("Lift the moratorium on …"): a suggestion, never an event.</summary>
    public static bool IsImperative(string text) => Imperative().Match(text) is { Success: true } verb && ImperativeObject().IsMatch(text.AsSpan(verb.Length));

    [GeneratedRegex(@"^\s+(?:the|a|an|all|any|that|and|or|legal|labou?r|national|adequate|sufficient|\w+ly)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ImperativeObject();

    [GeneratedRegex(@"^(?:(?<area>Legal Framework|Enforcement|Coordination|Government Policies|Social Programs)\s+)+(?=[A-Z])")]
    private static partial Regex AreaPrefix();

    [GeneratedRegex(@"^(?:\w+ly\s+)?(?:Abolish|Address|Adopt|Align|Allocate|Allow|Amend|Apply|Approve|Assess|Authorize|Bring|Build|Cease|Clarify|Collect|Complete|Conduct|Consider|Continue|Create|Criminalize|Define|Designate|Develop|Disaggregate|Eliminate|Employ|Enact|End|Enforce|Enhance|Ensure|Establish|Evaluate|Expand|Extend|Facilitate|Finalize|Fund|Guarantee|Harmonize|Hire|Identify|Implement|Improve|Include|Increase|Initiate|Institute|Institutionalize|Integrate|Investigate|Issue|Lift|Make|Monitor|Permit|Prohibit|Promote|Protect|Provide|Publish|Pursue|Raise|Ratify|Reduce|Reform|Register|Regulate|Reinstate|Remove|Repeal|Require|Restore|Resume|Revise|Screen\w*|Set|Stop|Strengthen|Support|Take|Target|Train|Undertake|Update|Prevent|Review|Expedite|Dedicate|Adequately|Systematically|Criminally|Strictly|Fully)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Imperative();
}
