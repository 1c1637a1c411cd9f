using ReportPipeline.Core.Evaluation;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;

namespace ReportPipeline.Core.Tests.Evaluation;

/// <summary>The matching rules of statement-labels.md on invented Ruritanian labels and statements.</summary>
public class StatementMatcherTests
{
    private const string File = "Ruritania_2024.pdf";

    private static HandLabel Label(string category, string action, int page, string quote) => new(File, page, category, action, quote);

    private static Statement Said(string category, string? action, string text, int? page, params (string Key, string Value)[] fields) =>
        new(category, action, text, 0.9, "rules", fields.ToDictionary(f => f.Key, f => f.Value), page);

    private static readonly HandLabel Moratorium = Label(StatementCategories.InspectionMoratorium, StatementActions.Extended, 4, "extended the moratorium on inspections") with { Until = "2026-01-01" };

    [Fact]
    public void A_statement_from_the_labelled_sentence_matches()
    {
        var statement = Said(StatementCategories.InspectionMoratorium, StatementActions.Extended,
            "In 2024, the Cabinet extended the moratorium on inspections of small farms until January 1, 2026.", 4);

        StatementMatcher.Matches(Moratorium, statement).ShouldBeTrue();
    }

    [Fact]
    public void Quotes_fold_typography_case_and_line_breaks()
    {
        var label = Label(StatementCategories.Law, StatementActions.Enacted, 2, "the Senate’s Act No. 12—on");
        var statement = Said(StatementCategories.Law, StatementActions.Enacted, "In May, THE SENATE'S Act\nNo. 12 - on apprentices was passed.", 2);

        StatementMatcher.Matches(label, statement).ShouldBeTrue();
    }

    [Fact]
    public void A_quote_matches_whole_words_only()
    {
        var label = Label(StatementCategories.Law, StatementActions.Enacted, 2, "Law No. 12");
        var statement = Said(StatementCategories.Law, StatementActions.Enacted, "Law No. 123 was passed.", 2);

        StatementMatcher.Matches(label, statement).ShouldBeFalse();
    }

    [Fact]
    public void The_sentence_must_be_on_the_labelled_page_or_the_next()
    {
        var text = "In 2024, the Cabinet extended the moratorium on inspections.";

        StatementMatcher.Matches(Moratorium, Said(StatementCategories.InspectionMoratorium, StatementActions.Extended, text, 5)).ShouldBeTrue();
        StatementMatcher.Matches(Moratorium, Said(StatementCategories.InspectionMoratorium, StatementActions.Extended, text, 7)).ShouldBeFalse();
        StatementMatcher.Matches(Moratorium, Said(StatementCategories.InspectionMoratorium, StatementActions.Extended, text, null)).ShouldBeTrue();
    }

    [Fact]
    public void Another_sentence_about_the_same_event_matches_through_its_anchor()
    {
        var label = Moratorium with { Also = [new LabelAnchor(1, "inspection freeze now runs")] };
        var statement = Said(StatementCategories.InspectionMoratorium, StatementActions.Continued, "The inspection freeze now runs into 2026.", 1);

        StatementMatcher.Matches(label, statement).ShouldBeTrue();
    }

    [Fact]
    public void Another_category_never_matches()
    {
        var statement = Said(StatementCategories.InspectionRestriction, StatementActions.Imposed, "In 2024, the Cabinet extended the moratorium on inspections.", 4);

        StatementMatcher.Matches(Moratorium, statement).ShouldBeFalse();
    }

    [Theory]
    [InlineData(StatementCategories.InspectionMoratorium, StatementActions.Extended, StatementActions.Continued, true)]
    [InlineData(StatementCategories.InspectionMoratorium, StatementActions.Continued, StatementActions.Extended, true)]
    [InlineData(StatementCategories.InspectionMoratorium, StatementActions.Imposed, StatementActions.Continued, false)]
    [InlineData(StatementCategories.InspectionMoratorium, StatementActions.Extended, StatementActions.Lifted, false)]
    [InlineData(StatementCategories.ActionPlan, StatementActions.Adopted, StatementActions.Active, true)]
    [InlineData(StatementCategories.ActionPlan, StatementActions.Active, StatementActions.Adopted, true)]
    [InlineData(StatementCategories.ActionPlan, StatementActions.Active, StatementActions.Drafted, false)]
    [InlineData(StatementCategories.ActionPlan, StatementActions.Drafted, StatementActions.Adopted, false)]
    [InlineData(StatementCategories.Law, StatementActions.Enacted, StatementActions.Signed, true)]
    [InlineData(StatementCategories.Law, StatementActions.Enacted, StatementActions.Amended, false)]
    [InlineData(StatementCategories.InspectionRestriction, StatementActions.Imposed, StatementActions.Eased, false)]
    public void Actions_follow_the_equivalences_of_the_conventions(string category, string labelled, string said, bool allowed)
    {
        StatementMatcher.ActionAllowed(Label(category, labelled, 1, "anything"), said).ShouldBe(allowed);
    }

    [Fact]
    public void A_label_may_accept_further_actions()
    {
        var label = Label(StatementCategories.Law, StatementActions.Amended, 3, "adopted amendments to the") with { Accept = [StatementActions.Enacted] };

        StatementMatcher.ActionAllowed(label, StatementActions.Enacted).ShouldBeTrue();
        StatementMatcher.ActionAllowed(label, StatementActions.Signed).ShouldBeTrue();
        StatementMatcher.ActionAllowed(label, StatementActions.Repealed).ShouldBeFalse();
        StatementMatcher.ActionAllowed(label, null).ShouldBeFalse();
    }

    [Fact]
    public void A_statement_elsewhere_that_names_the_same_plan_matches()
    {
        var label = Label(StatementCategories.ActionPlan, StatementActions.Active, 6, "Strategy for Turnip Growers") with { Name = "Strategy for Turnip Growers", Period = "2022-2026" };
        var same = Said(StatementCategories.ActionPlan, StatementActions.Active, "The ministry reported on the turnip strategy.", 9, ("name", "National Strategy for Turnip Growers"), ("period", "2022–2026"));
        var otherPeriod = Said(StatementCategories.ActionPlan, StatementActions.Active, "The ministry reported on the turnip strategy.", 9, ("name", "National Strategy for Turnip Growers"), ("period", "2027-2031"));
        var generic = Said(StatementCategories.ActionPlan, StatementActions.Active, "The ministry reported on its strategy.", 9, ("name", "National Strategy"));

        StatementMatcher.Matches(label, same).ShouldBeTrue();
        StatementMatcher.Matches(label, otherPeriod).ShouldBeFalse();
        StatementMatcher.Matches(label, generic).ShouldBeFalse();
    }

    [Theory]
    [InlineData("National Labour Policy", "National Labor Policy", true)]
    [InlineData("Turnip Growers Sectorial Programme", "Turnip Growers Sectorial Program", true)]
    [InlineData("Strategy for Harmonisation of Turnip Centres", "Strategy for Harmonization of Turnip Centers", true)]
    [InlineData("National Labour Policy", "National Harbor Policy", false)]
    [InlineData("National Education Plan", "National Educational Plan", false)]
    public void British_and_American_spellings_of_a_title_name_the_same_thing(string labelled, string said, bool same)
    {
        StatementMatcher.SimilarNames(labelled, said).ShouldBe(same);
    }

    [Fact]
    public void A_statement_elsewhere_that_names_the_same_instrument_or_end_date_matches()
    {
        var ratified = Label(StatementCategories.Ratification, StatementActions.Ratified, 2, "Ruritania ratified the Protocol") with { Instrument = Instruments.IloP29 };

        StatementMatcher.Matches(ratified, Said(StatementCategories.Ratification, StatementActions.Ratified, "P29 is in force.", 8, ("instrument", Instruments.IloP29))).ShouldBeTrue();
        StatementMatcher.Matches(ratified, Said(StatementCategories.Ratification, StatementActions.Ratified, "C138 is in force.", 8, ("instrument", Instruments.IloC138))).ShouldBeFalse();
        StatementMatcher.Matches(Moratorium, Said(StatementCategories.InspectionMoratorium, StatementActions.Continued, "The freeze holds.", 9, ("until", "2026"))).ShouldBeTrue();
        StatementMatcher.Matches(Moratorium, Said(StatementCategories.InspectionMoratorium, StatementActions.Continued, "The freeze holds.", 9, ("until", "2027-01-01"))).ShouldBeFalse();
    }

    [Theory]
    [InlineData("2022", "2022-01-01", true)]
    [InlineData("2022-01", "2022-01-01", true)]
    [InlineData("2022-01-01", "2022-01-02", false)]
    [InlineData("2021", "2022", false)]
    public void End_dates_agree_to_the_coarser_precision(string a, string b, bool same) =>
        StatementMatcher.SameDate(a, b).ShouldBe(same);

    [Fact]
    public void Each_label_is_matched_once_and_the_same_event_again_is_a_duplicate_not_an_error()
    {
        var plan = Label(StatementCategories.ActionPlan, StatementActions.Adopted, 1, "adopted the Turnip Plan") with { Also = [new LabelAnchor(6, "Turnip Plan")] };
        var statements = new[]
        {
            Said(StatementCategories.ActionPlan, StatementActions.Adopted, "In 2024, the Cabinet adopted the Turnip Plan.", 1),
            Said(StatementCategories.ActionPlan, StatementActions.Active, "Turnip Plan (2024–2028): sets out the steps.", 6),
            Said(StatementCategories.Law, StatementActions.Enacted, "The Turnip Act was passed.", 3),
            Said(StatementCategories.Assessment, "assessed", "Ruritania made moderate advancement.", 1),
        };

        var score = StatementMatcher.Score(File, [plan], statements);

        score.Matched.ShouldHaveSingleItem().Statement.ShouldBe(statements[0]);
        score.Duplicates.ShouldHaveSingleItem().Statement.ShouldBe(statements[1]);
        score.False.ShouldHaveSingleItem().ShouldBe(statements[2]);
        score.Missed.ShouldBeEmpty();
    }

    [Fact]
    public void The_matching_is_maximal_not_greedy()
    {
        // The first statement fits both labels (same sentence names two laws); the second only the first law.
        var first = Label(StatementCategories.Law, StatementActions.Amended, 3, "amended the Labour Code and");
        var second = Label(StatementCategories.Law, StatementActions.Amended, 3, "the Penal Code");
        var both = Said(StatementCategories.Law, StatementActions.Amended, "Parliament amended the Labour Code and the Penal Code.", 3);
        var onlyFirst = Said(StatementCategories.Law, StatementActions.Amended, "Parliament amended the Labour Code and the Penal Code.", 3);

        var score = StatementMatcher.Score(File, [first, second], [both, onlyFirst with { Text = "It amended the Labour Code and its annex." }]);

        score.Matched.Count.ShouldBe(2);
        score.Missed.ShouldBeEmpty();
    }

    [Fact]
    public void A_label_without_a_statement_is_missed()
    {
        var score = StatementMatcher.Score(File, [Moratorium], []);

        score.Missed.ShouldHaveSingleItem().ShouldBe(Moratorium);
        score.Matched.ShouldBeEmpty();
    }
}
