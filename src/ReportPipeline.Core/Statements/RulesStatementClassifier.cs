using System.Text.RegularExpressions;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements.Rules;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Statements;

/// <summary>
/// The rules classifier: splits the document into sentences and table rows, and runs one rule
/// per category over each. A sentence may yield several statements (a law signed and the
/// restriction it imposes); repeated text yields one. A sentence that touches a tracked topic
/// (a moratorium, a ratification, a plan, a law's passage) but states nothing classifiable —
/// denied, planned, or unclear — is kept as <c>other</c> so an analyst can see the near miss;
/// sentences with no such signal are not emitted at all.
/// </summary>
public sealed partial class RulesStatementClassifier : IStatementClassifier
{
    public const string ClassifierName = "rules";

    private static readonly ISentenceRule[] Rules =
    [
        new AssessmentRule(),
        new MoratoriumRule(),
        new RestrictionRule(),
        new ActionPlanRule(),
        new RatificationRule(),
        new LawRule(),
        new InstitutionRule(),
        new ProgramRule(),
        new EnforcementFigureRule(),
    ];

    public Task<IReadOnlyList<Statement>> ClassifyAsync(TextDocument text, DocumentInfo document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(document);
        return Task.FromResult(Classify(text, document, cancellationToken));
    }

    public static IReadOnlyList<Statement> Classify(TextDocument text, DocumentInfo document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(document);
        var sentences = SentenceSplitter.Split(text);
        var context = new RuleContext(document)
        {
            MoratoriumScope = sentences.Select(s => MoratoriumRule.Mentions(s.Text) ? MoratoriumRule.ScopeOf(s.Text) : null).FirstOrDefault(s => s is not null),
        };

        var statements = new StatementSet();
        string? previousLabel = null;
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sentence.Kind == SentenceKind.Heading)
            {
                previousLabel = null;
                continue;
            }

            context.FirstUnderLabel = sentence.Label is not null && !string.Equals(sentence.Label, previousLabel, StringComparison.Ordinal);
            previousLabel = sentence.Label;
            foreach (var draft in ClassifySentence(sentence, context))
            {
                statements.Add(ToStatement(draft, sentence.Text, sentence.Page, sentence.Offset));
            }
        }

        foreach (var (draft, question, line) in IloBaselineAnswers.Read(text))
        {
            statements.Add(ToStatement(draft, question, line.Page, line.Offset));
        }

        return statements.ToList();
    }

    /// <summary>The statements one sentence makes, for tests and tools that classify text directly.</summary>
    internal static IReadOnlyList<Draft> ClassifySentence(Sentence sentence, RuleContext context)
    {
        if (IsQuestion(sentence.Text))
        {
            // Questionnaire questions ("If you have ratified…?") assert nothing; their answers are read in pairs.
            return [];
        }

        if (SuggestedActionRule.Match(sentence) is { } suggestion)
        {
            return [suggestion];
        }

        if (sentence.Section == ReportSections.SuggestedActions)
        {
            return [];
        }

        var drafts = Rules.SelectMany(rule => rule.Match(sentence, context)).ToList();
        if (drafts.Count == 0 && sentence.Kind == SentenceKind.Prose && Topic().IsMatch(sentence.Text) && EventWord().IsMatch(sentence.Text))
        {
            drafts.Add(Draft.Of(StatementCategories.Other, null, 0.3));
        }

        return drafts;
    }

    private static Statement ToStatement(Draft draft, string text, int? page, int offset) =>
        new(draft.Category, draft.Action, text, Math.Round(draft.Confidence, 2), ClassifierName, draft.Fields, page, offset);

    private static bool IsQuestion(string text) => Question().IsMatch(text);

    [GeneratedRegex(@"\?\s*(?:\[[\d.a-z]+\]\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Question();

    [GeneratedRegex(@"\bmoratori|\bratif|\baccession\b|\bacced(?:e|ed)\b|\baction plan\b|\bplan of action\b|\bNAP\b|\blaws?\b|\bdecrees?\b|\blegislation\b|\bcode\b|\bunannounced inspections\b|\bprogram(?:me)?s?\b|\bprotocol\b|\bconvention\b", RegexOptions.IgnoreCase)]
    private static partial Regex Topic();

    [GeneratedRegex(@"\b(?:extend|lift|impos|adopt|approv|ratif|acced|sign(?:ed|s)?\b|enact|amend|repeal|into (?:force|effect)|draft|implement|expir|launch|remain(?:ed|s)? active|establish|abolish|suspend|restrict|prohibit)", RegexOptions.IgnoreCase)]
    private static partial Regex EventWord();

}
