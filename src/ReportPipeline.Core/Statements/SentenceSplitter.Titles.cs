using System.Text.RegularExpressions;

namespace ReportPipeline.Core.Statements;

public static partial class SentenceSplitter
{
    /// <summary>
    /// Joins a policy-table row title the PDF layout cut in two, each half labelling sentences of its own, so the row is
    /// read under its whole title. Two cuts recur:
    /// <list type="bullet">
    /// <item>the title's first line was read as a lead-in of the description ("Declaration of the Regional Initiative: Aims to
    /// … through"), and the second line starts a row of its own whose description goes on in lower case ("… Free of Child
    /// Labor" / "efforts to strengthen …"): the sentence the second half labels carries on the one the first half labels;</item>
    /// <item>the second line is the title's bare head noun ("Education and Training Sectorial" / "Program (PSEF) (2014–2024)"),
    /// which names nothing alone.</item>
    /// </list>
    /// Without this the row's second half passes for a plan of its own ("Program (PSEF)", a regional declaration's slogan).
    /// </summary>
    private static void RejoinCutTitles(List<Sentence> sentences)
    {
        for (var i = 1; i < sentences.Count; i++)
        {
            var previous = sentences[i - 1];
            var current = sentences[i];
            if (previous is not { Section: ReportSections.Policies, Kind: SentenceKind.Prose, Label: { } first }
                || current is not { Section: ReportSections.Policies, Kind: SentenceKind.Prose, Label: { } second }
                || string.Equals(first, second, StringComparison.Ordinal))
            {
                continue;
            }

            string? whole = null;
            if (char.IsLower(current.Text[0]) && !EndsSentence(previous.Text) && previous.Text.StartsWith(first + ":", StringComparison.Ordinal))
            {
                whole = first + ": " + second;
            }
            else if (BareHead().IsMatch(second) && !TitleHasHead().IsMatch(first) && sentences.Count(s => s.Label == first) == 1)
            {
                whole = first + " " + second;
            }

            if (whole is null)
            {
                continue;
            }

            for (var k = 0; k < sentences.Count; k++)
            {
                if (sentences[k].Section == ReportSections.Policies && (sentences[k].Label == first || sentences[k].Label == second))
                {
                    sentences[k] = sentences[k] with { Label = whole };
                }
            }
        }
    }

    // A title line that is only its head noun, with an acronym, period or table mark: "Program (PSEF) (2014–2024)", "Plan†".
    [GeneratedRegex(@"^(?:Program(?:me)?|Plan|Policy|Strategy|Framework|Agenda)(?:\s*\([^)]{1,20}\))*\s*[†‡*]*$")]
    private static partial Regex BareHead();

    // A title that already ends in (or holds) its head noun names something alone.
    [GeneratedRegex(@"\b(?:Program(?:me)?s?|Plans?|Polic(?:y|ies)|Strateg(?:y|ies)|Framework|Agenda|Initiative|Declaration|Campaign|Project|Act|Law|Code|Decree|Roadmap|Road Map|Concept)\b")]
    private static partial Regex TitleHasHead();
}
