using System.Globalization;
using System.Text.RegularExpressions;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Facts;

/// <summary>
/// Facts of an ILO Declaration annual-review country baseline: the ratification status lines
/// (<c>C 29 and C 105: ratified</c>, <c>P29: not ratified yet</c>) and the answers to the
/// questionnaire's "Is there a national policy and plan of action …?" questions.
/// </summary>
public sealed partial class IloBaselineFactExtractor : IFactExtractor
{
    /// <summary>How far below its question an answer on its own line may stand (blank lines are already gone).</summary>
    private const int AnswerLookahead = 2;

    public bool Handles(string source) => source == Sources.IloAnnualReview;

    public IReadOnlyList<Fact> Extract(TextDocument text, DocumentInfo document)
    {
        ArgumentNullException.ThrowIfNull(text);
        var facts = new List<Fact>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < text.Lines.Count; i++)
        {
            var line = text.Lines[i];
            foreach (var fact in Ratifications(line).Concat(PlanOfAction(text.Lines, i)))
            {
                // The baseline repeats its answers in summary tables; the first statement stands.
                if (seen.Add(fact.Facet))
                {
                    facts.Add(fact);
                }
            }
        }

        return facts;
    }

    private static IEnumerable<Fact> Ratifications(TextLine line)
    {
        var match = RatificationLine().Match(line.Text);
        if (!match.Success)
        {
            return [];
        }

        var value = match.Groups["status"].Value.StartsWith("not", StringComparison.OrdinalIgnoreCase) ? "Not ratified" : "Ratified";
        return Instrument().Matches(match.Groups["list"].Value)
            .Select(i => InstrumentKey(i.Groups["kind"].Value, i.Groups["number"].Value))
            .Select(key => new Fact(FacetKeys.Ratification(key), value, line.Text.Trim(), line.Page, line.Offset));
    }

    /// <summary><c>C 029</c> -> <c>ilo_c29</c>, <c>P29</c> -> <c>ilo_p29</c>, as status-schema.md names them.</summary>
    private static string InstrumentKey(string kind, string number) =>
        string.Create(CultureInfo.InvariantCulture, $"ilo_{kind.ToLowerInvariant()}{int.Parse(number, CultureInfo.InvariantCulture)}");

    private static IEnumerable<Fact> PlanOfAction(IReadOnlyList<TextLine> lines, int index)
    {
        var question = lines[index];
        var cells = question.Text.Split('\t', StringSplitOptions.TrimEntries);
        if (!PlanQuestion().IsMatch(cells[0]))
        {
            yield break;
        }

        var slug = PlanSlug(cells[0]);
        if (slug is null)
        {
            yield break;
        }

        // The answer sits in the next cell of the question's row, or alone on a following line.
        var answer = cells.Skip(1).Select(c => YesNo().Match(c)).FirstOrDefault(m => m.Success);
        var evidence = question.Text.Trim();
        for (var next = index + 1; answer is null && next < lines.Count && next <= index + AnswerLookahead; next++)
        {
            var candidate = YesNo().Match(lines[next].Text.Trim());
            if (candidate.Success && candidate.Length == lines[next].Text.Trim().Length)
            {
                answer = candidate;
                evidence = question.Text.Trim() + "\n" + lines[next].Text.Trim();
            }
        }

        if (answer is not null)
        {
            // A plan the government says exists is in force; status-schema.md's "None", as for
            // moratoriums, records a stated absence rather than leaving the facet out.
            var value = answer.Value.Equals("yes", StringComparison.OrdinalIgnoreCase) ? "Active" : "None";
            yield return new Fact($"policy.action_plan.{slug}", value, evidence, question.Page, question.Offset);
        }
    }

    /// <summary>
    /// The plan's subject, named as the statement rules name it, so that the fact read here and
    /// the one derived from the same answer by <see cref="StatementFacts"/> share one facet key.
    /// </summary>
    private static string? PlanSlug(string question)
    {
        var lower = question.ToLowerInvariant();
        string? name = null;
        if (lower.Contains("traffick", StringComparison.Ordinal))
        {
            name = "National plan of action against trafficking in persons for forced labour";
        }
        else if (lower.Contains("child labour", StringComparison.Ordinal) || lower.Contains("child labor", StringComparison.Ordinal))
        {
            name = "National plan of action on child labour";
        }
        else if (lower.Contains("forced or compulsory labour", StringComparison.Ordinal) || lower.Contains("forced labour", StringComparison.Ordinal))
        {
            name = "National plan of action on forced labour";
        }

        return name is null ? null : StatementFacts.PlanSlug(name);
    }

    [GeneratedRegex(@"^\s*(?<list>[CP]\s*0*\d{1,3}(?:\s*(?:,|and|&)\s*[CP]\s*0*\d{1,3})*)\s*:\s*(?<status>not\s+(?:yet\s+)?ratified(?:\s+yet)?|ratified)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RatificationLine();

    [GeneratedRegex(@"(?<kind>[CP])\s*(?<number>\d{1,3})", RegexOptions.IgnoreCase)]
    private static partial Regex Instrument();

    [GeneratedRegex(@"^\s*\d+(?:\.\w+)?\.\s+Is there a national policy and plan of action\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlanQuestion();

    [GeneratedRegex(@"^(?:Yes|No)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YesNo();
}
