using System.Text.RegularExpressions;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using ReportPipeline.Core.Statements.Rules;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// The safety net under the regex source generator's fault (<see cref="GeneratedPatternTests"/>): every pattern of the
/// faulty shape has a time limit, the limit does stop a generated match the fault would never end, and a sentence a rule
/// gives up on becomes a warning of the document while every other statement is still made.
/// </summary>
public sealed partial class PatternLimitTests
{
    // Two bounded lazy group loops in a row: the .NET 10 generator loops forever on this on most sentences that hold
    // "a" or "the" with no "may" after it, where the interpreter finds no match at once.
    private const string FaultyShape = @"(?:[\w\-]+\s+){1,3}?(?:\w+\s+){0,2}?(?:a|the)\s+\bmay\s+";

    private const string TrapSentence = "In March 2025, Parliament passed the Child Protection Act, which labor inspectors in the capital enforce.";

    [GeneratedRegex(FaultyShape, RegexOptions.IgnoreCase, matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex LimitedFaultyShape();

    [Fact]
    public void Every_generated_pattern_of_the_faulty_shape_carries_the_limit()
    {
        var patterns = GeneratedPatternTests.LazyLoopPatterns();

        patterns.Count.ShouldBeGreaterThanOrEqualTo(20);
        patterns.Where(p => p.Pattern.MatchTimeout != TimeSpan.FromMilliseconds(PatternLimits.MatchTimeoutMilliseconds))
            .Select(p => p.Name)
            .ShouldBeEmpty("a generated pattern with a bounded lazy group loop needs matchTimeoutMilliseconds: PatternLimits.MatchTimeoutMilliseconds");
    }

    [Fact]
    public void The_limit_stops_a_generated_match_the_fault_would_never_end()
    {
        new Regex(FaultyShape, RegexOptions.IgnoreCase).IsMatch(TrapSentence).ShouldBeFalse("what the pattern means, by the interpreter");

        // On a thread of its own, so that if the limit failed to stop the match this test fails instead of hanging.
        Exception? thrown = null;
        var matched = false;
        var thread = new Thread(() =>
        {
            try
            {
                matched = LimitedFaultyShape().IsMatch(TrapSentence);
            }
            catch (RegexMatchTimeoutException timeout)
            {
                thrown = timeout;
            }
        }) { IsBackground = true };
        thread.Start();

        thread.Join(TimeSpan.FromSeconds(60)).ShouldBeTrue("the limited generated pattern was still matching after 60 s");
        matched.ShouldBeFalse();
        thrown.ShouldNotBeNull(
            "the generated pattern ended by itself: this SDK's generator no longer has the fault (dotnet/runtime#129628), " +
            "so PatternLimits and this test can go");
    }

    [Fact]
    public async Task A_sentence_a_rule_gives_up_on_is_a_warning_and_every_other_statement_is_made()
    {
        var text = TextDocument.FromPlainLines(InputFormat.Text,
        [
            "Ruritania",
            "II. LEGAL FRAMEWORK FOR CHILD LABOR",
            "In 2025, Ruritania ratified the ILO Protocol of 2014 to the Forced Labour Convention.",
            TrapSentence,
        ]);
        var classifier = new RulesStatementClassifier([new TrappedRule(), new RatificationRule(), new LawRule()]);
        var warnings = new List<string>();

        var statements = await classifier.ClassifyAsync(text, StatementTestKit.Ruritania, warnings, CancellationToken.None);

        statements.ShouldContain(s => s.Category == StatementCategories.Ratification);
        // The other rules still read the sentence the trapped rule gave up on.
        statements.ShouldContain(s => s.Category == StatementCategories.Law && s.Text == TrapSentence);
        var warning = warnings.ShouldHaveSingleItem();
        warning.ShouldContain("gave up on \"In March 2025, Parliament passed the Child Protection Act");
        warning.ShouldContain(nameof(TrappedRule));
    }

    [Fact]
    public async Task The_extractor_keeps_the_warning_with_the_document()
    {
        var extractor = ReportExtractor.CreateDefault()
            .WithStatementClassifiers(_ => new RulesStatementClassifier([new TrappedRule(), new LawRule()]));
        var text = TextDocument.FromPlainLines(InputFormat.Text, ["Ruritania", "II. LEGAL FRAMEWORK FOR CHILD LABOR", TrapSentence]);

        var result = await extractor.ExtractAsync(text, "trap.txt", "0000");

        result.Warnings.ShouldContain(w => w.Contains(nameof(TrappedRule), StringComparison.Ordinal));
        result.Statements.ShouldContain(s => s.Category == StatementCategories.Law);
    }

    [Fact]
    public void A_pattern_that_runs_out_of_time_once_is_read_again_and_the_sentence_kept()
    {
        var warnings = new List<string>();
        var unread = new UnreadSentences(warnings);
        var sentence = new Sentence(TrapSentence, 1, 0, SentenceKind.Prose);
        var calls = 0;

        var read = unread.Guard(sentence, () => ++calls == 1 ? throw new RegexMatchTimeoutException(TrapSentence, FaultyShape, TimeSpan.FromSeconds(2)) : "read", "given up");
        unread.Report();

        read.ShouldBe("read");
        calls.ShouldBe(2);
        warnings.ShouldBeEmpty();
    }

    [Fact]
    public void A_pattern_that_runs_out_of_time_twice_gives_the_sentence_up_with_a_warning()
    {
        var warnings = new List<string>();
        var unread = new UnreadSentences(warnings);
        var sentence = new Sentence(TrapSentence, 1, 0, SentenceKind.Prose);
        var calls = 0;

        var read = unread.Guard<string>(sentence, () => { calls++; throw new RegexMatchTimeoutException(TrapSentence, FaultyShape, TimeSpan.FromSeconds(2)); }, "given up");
        unread.Report();

        read.ShouldBe("given up");
        calls.ShouldBe(2);
        warnings.ShouldHaveSingleItem().ShouldContain("Page 1: the statement rules gave up on");
    }

    /// <summary>A rule whose pattern trips the fault on the one sentence that names the Child Protection Act.</summary>
    private sealed class TrappedRule : ISentenceRule
    {
        public IEnumerable<Draft> Match(Sentence sentence, RuleContext context)
        {
            if (sentence.Text.Contains("Child Protection Act", StringComparison.Ordinal) && LimitedFaultyShape().IsMatch(sentence.Text))
            {
                yield return Draft.Of(StatementCategories.Law, StatementActions.Enacted, 0.9);
            }
        }
    }
}
