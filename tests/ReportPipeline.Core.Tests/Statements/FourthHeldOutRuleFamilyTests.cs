using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using ReportPipeline.Core.Text;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, rule families the fourth blind set (eval/statement-labels-blind-4) showed missing: bills and amendments
/// "still under consideration", an act "drafted and endorsed by the cabinet", a bill that "awaits approval", regulations
/// being drafted, committees whose names hold a law noun, and owners who may refuse an inspector's visit.
/// Invented Ruritania text, reporting year 2025.
/// </summary>
public class FourthHeldOutRuleFamilyTests
{
    private static List<Statement> Laws(IReadOnlyList<Statement> statements) =>
        statements.Where(s => s.Category == StatementCategories.Law).ToList();

    [Fact]
    public void Amendments_and_a_bill_still_under_consideration_are_two_drafts()
    {
        var laws = Laws(Classify("Amendments to the Ruritanian Labour Act and the Child Welfare Bill 2024 are still under government consideration, as the elections stalled parliament in 2025."));

        laws.Count.ShouldBe(2);
        laws.ShouldAllBe(l => l.Action == StatementActions.Drafted);
        laws.Select(l => l.Field(StatementFields.Name)).ShouldContain("Child Welfare Bill 2024");
    }

    [Theory]
    [InlineData("In 2025, the Schools Act was drafted and endorsed by the cabinet, and it will raise the school-leaving age once Parliament adopts it.")]
    [InlineData("The Senate's Justice Committee approved a bill banning night work for children; the bill awaits approval from the Chamber of Deputies.")]
    [InlineData("At the end of 2025, the Ministry of Justice was still drafting regulations for the implementation of the amended Trafficking Act.")]
    [InlineData("The revised Labour Code is still under review, and parliament is expected to vote on it next year.")]
    public void A_law_on_its_way_to_parliament_is_drafted_not_enacted(string sentence)
    {
        var laws = Laws(Classify(sentence));
        laws.ShouldNotBeEmpty();
        laws.ShouldAllBe(l => l.Action == StatementActions.Drafted);
    }

    [Theory]
    [InlineData("In 2025, the Constitution, Justice, and Citizenship Committee approved a report on child labour in quarries.")]
    [InlineData("The Senate's Constitution, Justice and Citizenship Committee held two hearings on the school census in 2025.")]
    public void A_committee_whose_name_holds_a_law_noun_is_no_law(string sentence) =>
        Laws(Classify(sentence)).ShouldBeEmpty();

    [Theory]
    [InlineData("Labour inspectors act only as advisers, and factory owners have the right to refuse an inspector's visit.")]
    [InlineData("Employers may refuse entry to labour inspectors who arrive without a court warrant.")]
    public void Owners_who_may_refuse_the_inspector_restrict_inspections(string sentence)
    {
        var restriction = Single(Classify(sentence), StatementCategories.InspectionRestriction);
        restriction.Action.ShouldBe(StatementActions.Imposed);
    }

    [Theory]
    [InlineData("Employers who refuse an inspector's visit are fined 500 dollars.")]
    [InlineData("Inspectors may refuse gifts from employers during an inspector's visit.")]
    public void Refusing_something_else_or_being_fined_for_refusing_is_no_restriction(string sentence) =>
        Classify(sentence).ShouldNotContain(s => s.Category == StatementCategories.InspectionRestriction);

    [Fact]
    public void A_policy_row_title_the_layout_cut_after_its_description_is_read_whole()
    {
        string[] lines =
        [
            "Ruritania",
            "V. GOVERNMENT POLICIES ON CHILD LABOR",
            "The government has established policies related to child labor (Table 9).",
            "Table 9. Key Policies Related to Child Labor",
            "Policy\tDescription",
            "Second Plan for the Eradication of\tSets out the framework against forced labour.(12)",
            "Forced Labour",
            "National Pact against Forced Labour\tAims to share data between the provinces.(13)",
            "Second National Plan to Combat\tGuides efforts against trafficking, including of children.(14)",
            "Trafficking in Persons (2021–2026)",
            "National Education Plan (2020–2030)\tAims to expand access to education.(15)",
        ];
        var document = new TextDocument(InputFormat.Pdf, lines, [.. lines.Select(_ => (int?)6)], 6, []);

        var labels = SentenceSplitter.Split(document).Select(s => s.Label).ToList();
        labels.ShouldContain("Second Plan for the Eradication of Forced Labour");
        labels.ShouldContain("Second National Plan to Combat Trafficking in Persons (2021–2026)");
        labels.ShouldNotContain("Second Plan for the Eradication of");
        labels.ShouldContain("National Pact against Forced Labour");
    }

    [Fact]
    public void A_first_column_line_after_a_finished_title_starts_no_title_continuation()
    {
        string[] lines =
        [
            "Table 9. Key Policies Related to Child Labor",
            "Policy\tDescription",
            "National Education Plan (2020–2030)\tAims to expand access to education.(15)",
            "Research found no evidence of a policy on child labour in mining",
        ];
        var document = new TextDocument(InputFormat.Pdf, lines, [.. lines.Select(_ => (int?)6)], 6, []);

        SentenceSplitter.Split(document).Select(s => s.Label).ShouldNotContain(l => l != null && l.Contains("Research", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Establishes the policy framework to address forced labour.(98)")]
    [InlineData("Includes a national policy on child labour.(16, 60, 65) Also covers forced labour.(48)")]
    public void A_short_description_ending_in_a_citation_is_prose(string cell) =>
        SentenceSplitter.IsProse(cell).ShouldBeTrue();

    [Theory]
    [InlineData("Article 403 of the Labor Code (50)")]
    [InlineData("Yes (65)")]
    public void A_legal_reference_or_a_yes_cell_is_no_prose(string cell) =>
        SentenceSplitter.IsProse(cell).ShouldBeFalse();

    [Theory]
    [InlineData("In 2025, several local youth and women's groups joined the monitoring units.")]
    [InlineData("In 2025, the dockworkers joined the union of transport workers.")]
    public void Joining_a_body_whose_name_begins_with_un_is_no_ratification(string sentence) =>
        Classify(sentence).ShouldNotContain(s => s.Category == StatementCategories.Ratification);

    [Fact]
    public void Joining_a_UN_treaty_is_still_a_ratification() =>
        Classify("In 2025, Ruritania joined the UN Convention against Transnational Organized Crime.")
            .ShouldContain(s => s.Category == StatementCategories.Ratification && s.Action == StatementActions.Ratified);
}
