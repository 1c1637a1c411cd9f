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

    private static readonly ISentenceRule[] DefaultRules =
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

    private readonly IReadOnlyList<ISentenceRule> _rules;

    public RulesStatementClassifier()
        : this(DefaultRules)
    {
    }

    /// <summary>A classifier with other rules, for tests of what happens around them.</summary>
    internal RulesStatementClassifier(IReadOnlyList<ISentenceRule> rules) => _rules = rules;

    public Task<IReadOnlyList<Statement>> ClassifyAsync(TextDocument text, DocumentInfo document, CancellationToken cancellationToken = default) =>
        ClassifyAsync(text, document, [], cancellationToken);

    public Task<IReadOnlyList<Statement>> ClassifyAsync(TextDocument text, DocumentInfo document, ICollection<string> warnings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(warnings);
        return Task.FromResult(Classify(text, document, _rules, warnings, cancellationToken));
    }

    public static IReadOnlyList<Statement> Classify(TextDocument text, DocumentInfo document, CancellationToken cancellationToken = default) =>
        Classify(text, document, DefaultRules, [], cancellationToken);

    internal static IReadOnlyList<Statement> Classify(TextDocument text, DocumentInfo document, IReadOnlyList<ISentenceRule> rules, ICollection<string> warnings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(document);
        var sentences = SentenceSplitter.Split(text);
        var unread = new UnreadSentences(warnings);
        var tellsStop = sentences.Select(s => unread.Guard(s, () => MoratoriumRule.Mentions(s.Text), false)).ToArray();
        var context = new RuleContext(document)
        {
            MoratoriumScope = sentences.Where((_, i) => tellsStop[i]).Select(s => unread.Guard(s, () => MoratoriumRule.ScopeOf(s.Text), null)).FirstOrDefault(s => s is not null),
            HasMoratorium = sentences.Where((s, i) => s.Kind == SentenceKind.Prose && s.Section != ReportSections.SuggestedActions
                && (tellsStop[i] || unread.Guard(s, () => MoratoriumRule.TellsResumption(s.Text) is not null, false))).Any(),
        };

        var statements = new StatementSet();
        string? previousLabel = null;
        var sentencesSincePlan = 0;
        var recentPlanFrom = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            cancellationToken.ThrowIfCancellationRequested();
            if (sentence.Kind == SentenceKind.Heading)
            {
                previousLabel = null;
                context.RecentPlanName = null;
                continue;
            }

            var labelChanged = !string.Equals(sentence.Label, previousLabel, StringComparison.Ordinal);
            context.FirstUnderLabel = sentence.Label is not null && labelChanged;
            previousLabel = sentence.Label;
            if (labelChanged)
            {
                // A new table row (or prose after a table) is about another plan: "the Plan" there cannot mean the row above.
                context.RecentPlanName = null;
            }

            try
            {
                context.NextTellsBillPending = sentences.Skip(i + 1).Take(3).Any(s => s.Kind == SentenceKind.Prose && LawRule.TellsBillPending(s.Text));
                var drafts = ClassifySentence(sentence, context, rules, unread);
                if (context.RecentPlanName is { } described && ActionPlanRule.TellsPlanNotAdopted(sentence.Text)
                    && drafts.Any(d => d.Category == StatementCategories.ActionPlan && d.Action == StatementActions.Drafted && d.Fields.GetValueOrDefault(StatementFields.Name) == described))
                {
                    // The description read the plan as in force from its period alone; the chapter then says it was never adopted.
                    statements.RemoveFrom(recentPlanFrom, s => s.Category == StatementCategories.ActionPlan && s.Action == StatementActions.Active && s.Field(StatementFields.Name) == described);
                }

                var countBefore = statements.Count;
                foreach (var draft in drafts)
                {
                    statements.Add(ToStatement(draft, sentence.Text, sentence.Page, sentence.Offset));
                }

                var law = drafts.FirstOrDefault(d => d.Category == StatementCategories.Law);
                context.RecentLaw = law ?? context.PreviousLaw;
                context.PreviousLaw = law;
                context.PreviousTellsStop = sentence.Kind == SentenceKind.Prose
                    && (tellsStop[i] || drafts.Any(d => d.Category == StatementCategories.InspectionMoratorium));
                context.PreviousPlanName = drafts.FirstOrDefault(d => d.Category == StatementCategories.ActionPlan)?.Fields.GetValueOrDefault(StatementFields.Name)
                    ?? ActionPlanRule.PurposePlanIn(sentence.Text);
                if ((context.PreviousPlanName ?? ActionPlanRule.NamedPlanIn(sentence.Text)) is { } named)
                {
                    context.RecentPlanName = named;
                    sentencesSincePlan = 0;
                    recentPlanFrom = countBefore;
                }
                else if (++sentencesSincePlan > 2)
                {
                    context.RecentPlanName = null;
                }
            }
            catch (RegexMatchTimeoutException timeout)
            {
                // The sentence tripped the generator fault (PatternLimits) outside a rule: it is skipped and reported.
                unread.Add(sentence, null, timeout);
            }
        }

        foreach (var (draft, question, line) in IloBaselineAnswers.Read(text))
        {
            statements.Add(ToStatement(draft, question, line.Page, line.Offset));
        }

        unread.Report();
        return WithoutBareMentions(statements.ToList());
    }

    /// <summary>
    /// A moratorium named without a verb ("the Prime Minister described the moratorium as …") says
    /// only that one exists; when the chapter also says what happened to it, that is the statement.
    /// </summary>
    private static List<Statement> WithoutBareMentions(List<Statement> statements)
    {
        var told = statements.Any(s => s.Category == StatementCategories.InspectionMoratorium && s.Confidence >= 0.8);
        return told
            ? statements.Where(s => s.Category != StatementCategories.InspectionMoratorium || s.Confidence >= 0.6).ToList()
            : statements;
    }

    /// <summary>The statements one sentence makes, for tests and tools that classify text directly.</summary>
    internal static IReadOnlyList<Draft> ClassifySentence(Sentence sentence, RuleContext context) =>
        ClassifySentence(sentence, context, DefaultRules, new UnreadSentences([]));

    private static List<Draft> ClassifySentence(Sentence sentence, RuleContext context, IReadOnlyList<ISentenceRule> rules, UnreadSentences unread)
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

        // A cell of the policies or programmes table may describe its row in the imperative ("Provide a framework for …").
        var rowDescription = sentence.Label is not null && sentence.Section is ReportSections.Policies or ReportSections.Programs;
        if (sentence.Section == ReportSections.SuggestedActions || (SuggestedActionRule.IsImperative(sentence.Text) && !rowDescription))
        {
            // "Lift the moratorium" suggests an event; it does not report one.
            return [];
        }

        var drafts = rules
            .SelectMany(rule => unread.Guard(sentence, () => rule.Match(sentence, context).ToList(), [], rule))
            .Where(d => SentenceRoles.MayState(sentence, d.Category) || SentenceRoles.IsDatedEvent(sentence, d, context.Document.Year))
            .Select(d => Background.Settle(d, context.Document.Year))
            .OfType<Draft>()
            .ToList();
        if (sentence.Kind == SentenceKind.Prose && unread.Guard(sentence, () => LawRule.SourceOfLimit(sentence.Text, drafts, context.Document.Year), null) is { } source)
        {
            drafts.Add(source);
        }

        if (drafts.Count == 0 && sentence.Kind == SentenceKind.Prose && IsNearMiss(sentence.Text))
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

    /// <summary>
    /// What makes a sentence a near miss worth keeping as <c>other</c>: a tracked topic together with
    /// the kind of verb its rule looks for. A law that merely "prohibits" something, or a plan that
    /// "includes" objectives, is description, not a near miss.
    /// </summary>
    private static readonly (Regex Topic, Regex Event)[] NearMisses =
    [
        (MoratoriumTopic(), Anything()),
        (RatificationTopic(), Anything()),
        (PlanTopic(), PlanEvent()),
        (LawTopic(), LawEvent()),
        (InspectionTopic(), InspectionEvent()),
        (ProgramTopic(), ProgramEvent()),
    ];

    private static bool IsNearMiss(string text) => NearMisses.Any(n => n.Topic.IsMatch(text) && n.Event.IsMatch(text));

    [GeneratedRegex(@"\bmoratori", RegexOptions.IgnoreCase)]
    private static partial Regex MoratoriumTopic();

    [GeneratedRegex(@"\bratif(?:y|ied|ies|ying)\b|\bacced(?:e|ed|es|ing)\b|\baccession to\b", RegexOptions.IgnoreCase)]
    private static partial Regex RatificationTopic();

    [GeneratedRegex(@".")]
    private static partial Regex Anything();

    [GeneratedRegex(@"\baction plan\b|\bplan of action\b|\bNAP\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlanTopic();

    [GeneratedRegex(@"\b(?:adopt|approv|draft|expir|extend|launch|validat|finali[sz]|implement)\w*", RegexOptions.IgnoreCase)]
    private static partial Regex PlanEvent();

    [GeneratedRegex(@"\b(?:laws?|decrees?|legislation|code|act|bill|amendments?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LawTopic();

    [GeneratedRegex(@"\b(?:signed|enact\w*|adopt(?:ed|s)?|pass(?:ed)?|amend(?:ed)?|sign\b|repeal\w*|(?:came|come|entered|enter) into (?:force|effect)|drafted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LawEvent();

    [GeneratedRegex(@"\b(?:unannounced|unscheduled)\s+(?:\w+\s+)?inspections\b", RegexOptions.IgnoreCase)]
    private static partial Regex InspectionTopic();

    [GeneratedRegex(@"\b(?:restrict|prohibit|ban|suspend|permit|allow)\w*", RegexOptions.IgnoreCase)]
    private static partial Regex InspectionEvent();

    [GeneratedRegex(@"\b(?:program(?:me)?|project|campaign)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProgramTopic();

    [GeneratedRegex(@"\b(?:launch\w*|remained active|ended|discontinued)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProgramEvent();

}
