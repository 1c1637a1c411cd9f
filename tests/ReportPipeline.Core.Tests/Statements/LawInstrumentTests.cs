using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, laws: government decisions, hazardous work lists and numbered decrees are laws; a law
/// noun the verb does not act on is no event; a decree that created a body this year was issued;
/// "the changes were approved" takes its law from the sentence before. Invented Ruritania text, reporting year 2025.
/// </summary>
public class LawInstrumentTests
{
    private static List<Statement> Laws(params string[] lines) =>
        Classify(lines).Where(s => s.Category == StatementCategories.Law).ToList();

    [Fact]
    public void A_numbered_government_decision_is_a_law()
    {
        var law = Laws("In 2025, the Government adopted Decision No. 212 to update its register of jobs closed to minors.").ShouldHaveSingleItem();
        law.Action.ShouldBe(StatementActions.Enacted);
        law.Field(StatementFields.Name).ShouldBe("Decision No. 212");
    }

    [Fact]
    public void A_revised_hazardous_work_list_adopted_is_enacted_not_amended() =>
        Laws("In 2025, the Ministry of Labour adopted a revised list of hazardous work forbidden to anyone under 18.")
            .ShouldHaveSingleItem().Action.ShouldBe(StatementActions.Enacted);

    [Theory]
    [InlineData("The Ministry of Labour also drafted an update to the hazardous work list, which would add salt panning if approved.")]
    [InlineData("The ministry drafted and began parliamentary review of a comprehensive Labour Code reform package.")]
    [InlineData("The labour office continued finalizing a longer list of hazardous work, but this legislation was not approved in 2025.")]
    [InlineData("The Ministry of Labour drafted a new labour code which the lower chamber approved.")]
    public void Lists_codes_and_packages_in_preparation_are_drafted(string sentence) =>
        Laws(sentence).ShouldContain(l => l.Action == StatementActions.Drafted);

    [Theory]
    [InlineData("During 2025, labour inspectors issued citations for 14 child labour law violations.")]
    [InlineData("Inspectors proposed fines in six cases, which under Ruritanian law must be confirmed by a judge before they are issued.")]
    [InlineData("The cabinet issued a formal interpretation of Article 12 of the Labour Code on night work.")]
    [InlineData("The decree tasks the Ministry of Education to draft legislation on school fees.")]
    public void A_law_noun_the_verb_does_not_act_on_is_no_law_event(string sentence) =>
        Laws(sentence).ShouldBeEmpty();

    [Theory]
    [InlineData("The Children's Ombudsman was created in March 2025 by Presidential Decree No. UP-77.", "2025-03")]
    [InlineData("A June 4, 2025 presidential decree established the National Commission on Child Labour.", "2025-06-04")]
    public void A_decree_that_created_a_body_in_the_year_was_issued(string sentence, string date)
    {
        var law = Laws(sentence).ShouldHaveSingleItem();
        law.Action.ShouldBe(StatementActions.Enacted);
        law.Field(StatementFields.Date).ShouldBe(date);
    }

    [Fact]
    public void A_decree_that_created_a_body_years_ago_is_the_body_s_history() =>
        Laws("The Children's Council was created in 2012 by Presidential Decree No. 5.").ShouldBeEmpty();

    [Fact]
    public void A_published_numbered_decree_is_enacted_with_its_number()
    {
        var law = Laws("In 2025, the Zenda city council published Decree 4471, which established a children's department.").ShouldHaveSingleItem();
        law.Action.ShouldBe(StatementActions.Enacted);
        law.Field(StatementFields.Name).ShouldBe("Decree 4471");
    }

    [Fact]
    public void Amendments_made_earlier_are_the_law_as_it_stands()
    {
        var law = Laws("Amendments made to Decree 310 in 2023 cap the inspectorate's staff at 40.").ShouldHaveSingleItem();
        law.Action.ShouldBe(StatementActions.Enacted);
        law.Field(StatementFields.Name).ShouldBe("Decree 310");
        law.Field(StatementFields.Date).ShouldBe("2023");
    }

    [Fact]
    public void The_changes_approved_are_the_law_drafted_in_the_sentence_before()
    {
        var laws = Laws(
            "In 2025, the government drafted changes to the Family Code on guardianship of children.",
            "The changes were approved by Parliament in July 2025.");
        var approved = laws.Where(l => l.Action == StatementActions.Amended).ShouldHaveSingleItem();
        approved.Field(StatementFields.Name).ShouldBe("Family Code");
        approved.Field(StatementFields.Date).ShouldBe("2025-07");
    }

    [Fact]
    public void Changes_approved_with_nothing_drafted_before_are_not_guessed() =>
        Laws("Inspectors visited 300 farms.", "The changes were approved by Parliament in July 2025.").ShouldBeEmpty();
}
