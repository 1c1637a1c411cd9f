using System.Text.RegularExpressions;
using ReportPipeline.Core.Statements.Rules;
using ReportPipeline.Core.Text;
using static ReportPipeline.Core.Statements.StatementActions;
using static ReportPipeline.Core.Statements.StatementCategories;
using static ReportPipeline.Core.Statements.StatementFields;

namespace ReportPipeline.Core.Statements;

/// <summary>
/// ILO Declaration annual-review baselines are questionnaires: the statement is in the pair of
/// a question and its answer, not in either alone. "What are the prospects for ratification of
/// the Protocol?" + "Likely" is an intention to ratify P29; "Is there a national policy and plan
/// of action…?" + "Yes" is a plan in force. The answer sits in the next cell of the row or on
/// the next line.
/// </summary>
internal static partial class IloBaselineAnswers
{
    public static IEnumerable<(Draft Draft, string Text, TextLine Line)> Read(TextDocument document)
    {
        var lines = document.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var cells = lines[i].Text.Split('\t').Select(Clean).Where(c => c.Length > 0).ToList();
            if (cells.Count == 0)
            {
                continue;
            }

            var question = cells[0];
            var prospects = Prospects().IsMatch(question);
            var plan = PlanQuestion().IsMatch(question);
            if (!prospects && !plan)
            {
                continue;
            }

            var answer = cells.Count > 1 ? cells[^1] : NextAnswer(lines, i);
            if (answer is null)
            {
                continue;
            }

            var text = $"{question} {answer}";
            if (prospects && Positive().IsMatch(answer))
            {
                var instrument = Instruments.Find(question).Select(m => m.Key).FirstOrDefault(k => k == Instruments.IloP29)
                    ?? (Protocol29().IsMatch(question) ? Instruments.IloP29 : null);
                if (instrument is not null)
                {
                    yield return (Draft.Of(Ratification, Intends, 0.9, (Instrument, instrument)), text, lines[i]);
                }
            }
            else if (plan && Yes().IsMatch(answer))
            {
                var name = Trafficking().IsMatch(question)
                    ? "National plan of action against trafficking in persons for forced labour"
                    : ChildLabour().IsMatch(question)
                        ? "National plan of action on child labour"
                        : "National plan of action on forced labour";
                yield return (Draft.Of(ActionPlan, Active, 0.8, (Name, name)), text, lines[i]);
            }
        }
    }

    private static string? NextAnswer(IReadOnlyList<TextLine> lines, int index)
    {
        for (var j = index + 1; j < lines.Count && j <= index + 3; j++)
        {
            var next = Clean(lines[j].Text.Split('\t')[0]);
            if (next.Length == 0)
            {
                continue;
            }

            // A short line is an answer; a long one is the next question or prose.
            return SentenceSplitter.WordCount(next) <= 6 ? next : null;
        }

        return null;
    }

    private static string Clean(string cell) => Tags().Replace(cell, " ").Trim().Trim('-', '|').Trim();

    [GeneratedRegex(@"prospects for (?:the )?ratification", RegexOptions.IgnoreCase)]
    private static partial Regex Prospects();

    [GeneratedRegex(@"\bIs there a national policy and(?:/or)? plan of action\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlanQuestion();

    [GeneratedRegex(@"^(?:very\s+)?likely\b|^yes\b|^in (?:the )?process\b|^planned\b", RegexOptions.IgnoreCase)]
    private static partial Regex Positive();

    [GeneratedRegex(@"^yes\b", RegexOptions.IgnoreCase)]
    private static partial Regex Yes();

    [GeneratedRegex(@"(?:2014 Protocol|Protocol of 2014|Protocol to Convention No\.?\s?29|P0?29)", RegexOptions.IgnoreCase)]
    private static partial Regex Protocol29();

    [GeneratedRegex(@"\btrafficking\b", RegexOptions.IgnoreCase)]
    private static partial Regex Trafficking();

    [GeneratedRegex(@"\bchild labou?r\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChildLabour();

    [GeneratedRegex(@"</?[a-z][^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Tags();
}
