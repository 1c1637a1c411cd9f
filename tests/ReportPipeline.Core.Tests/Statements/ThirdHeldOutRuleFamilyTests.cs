using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, the law rule families the third blind set (eval/statement-labels-blind-3) showed missing:
/// drafts told by "developed a revised version of", "worked on" and "has yet to pass"; enactments of
/// directives, public notices, implementing rules and hazardous-work lists "issued", "published" or
/// "released"; orders issued whatever their subject; and an enactment research found no evidence of.
/// Invented Ruritania text, reporting year 2025.
/// </summary>
public class ThirdHeldOutRuleFamilyTests
{
    private static List<Statement> Laws(IReadOnlyList<Statement> statements) =>
        statements.Where(s => s.Category == StatementCategories.Law).ToList();

    // Drafts told by other verbs

    [Theory]
    [InlineData("The Ministry of Labour and the ILO have developed a revised version of the Ruritanian Labour Code, which would raise the minimum working age.")]
    [InlineData("In 2025, the Interministerial Council worked on a decree to extend the child protection plan to the provinces.")]
    [InlineData("In 2025, the Ministry of Social Affairs continued to work on bylaws setting out how inspectors refer working children to shelters.")]
    [InlineData("The government has yet to pass the Domestic Workers Bill of 2019, which sets the minimum age for domestic work at 16.")]
    public void A_law_being_worked_on_or_still_to_pass_is_drafted(string sentence)
    {
        var laws = Laws(Classify(sentence));
        laws.ShouldNotBeEmpty();
        laws.ShouldAllBe(l => l.Action == StatementActions.Drafted);
    }

    [Theory]
    [InlineData("Labour inspectors worked on cases of child labour in the capital.")]
    [InlineData("The Upland commission worked on the implementation of the law on education throughout 2025.")]
    public void Working_on_something_other_than_a_text_is_no_draft(string sentence) =>
        Laws(Classify(sentence)).ShouldNotContain(l => l.Action == StatementActions.Drafted);

    // Enactments by issuing, publishing and releasing

    [Theory]
    [InlineData("In March 2025, the Ministry of Labour released a list of 41 hazardous occupations prohibited for children.", "2025-03")]
    [InlineData("In 2025, the government issued a directive ordering provincial police to enforce the Law on Trafficking.", "2025")]
    [InlineData("In June 2025, the Ministry of Justice published the implementing rules for the Anti-Trafficking Act.", "2025-06")]
    [InlineData("In May 2025, the Government of Ruritania issued a Public Notice naming the kinds of work forbidden to children under 18.", "2025-05")]
    public void A_list_directive_implementing_rules_or_notice_issued_in_the_year_is_a_law_enacted(string sentence, string date)
    {
        var law = Single(Classify(sentence), StatementCategories.Law);
        law.Action.ShouldBe(StatementActions.Enacted);
        law.Field(StatementFields.Date).ShouldBe(date);
    }

    [Theory]
    [InlineData("In August 2025, the Government of Ruritania issued a mandatory evacuation order for the residents of the Lower Valley after the floods.", "mandatory evacuation order")]
    [InlineData("In 2025, the Minister of the Interior issued an emergency order closing the northern mines to anyone under 18.", "emergency order")]
    public void An_order_issued_in_the_year_is_a_law_whatever_its_subject(string sentence, string name)
    {
        var law = Single(Classify(sentence), StatementCategories.Law);
        law.Action.ShouldBe(StatementActions.Enacted);
        law.Field(StatementFields.Name).ShouldBe(name);
    }

    [Theory]
    [InlineData("In 2025, the police issued an arrest order for the owner of a brick kiln.")]
    [InlineData("In 2025, a district judge issued a protection order for a trafficked child.")]
    [InlineData("The Ministry of Labour released a report on child labour in the cotton harvest.")]
    [InlineData("In 2023, the government issued a directive ordering provincial police to enforce the Law on Trafficking.")]
    public void Arrest_and_protection_orders_released_reports_and_directives_of_earlier_years_are_no_laws(string sentence) =>
        Laws(Classify(sentence)).ShouldBeEmpty();

    // Inspections announced by duty

    [Theory]
    [InlineData("However, Ruritanian inspectors have to announce their visit to employers, which weakens the inspections.")]
    [InlineData("Labour inspectors are required to give prior notice of all inspections to the employer.")]
    public void Inspectors_who_must_announce_their_visits_are_restricted(string sentence)
    {
        var restriction = Single(Classify(sentence), StatementCategories.InspectionRestriction);
        restriction.Action.ShouldBe(StatementActions.Imposed);
    }

    [Fact]
    public void Inspectors_announcing_results_are_not_restricted() =>
        Classify("Inspectors have to announce the results of their inspections within a month.")
            .ShouldNotContain(s => s.Category == StatementCategories.InspectionRestriction);

    // Enactments denied

    [Theory]
    [InlineData("However, research did not find evidence that the Compulsory Schooling Act was passed during the reporting period.")]
    [InlineData("Research found no evidence that the Labour Code amendments were adopted in 2025.")]
    public void An_enactment_research_found_no_evidence_of_is_no_enactment(string sentence) =>
        Laws(Classify(sentence)).ShouldNotContain(l => l.Action == StatementActions.Enacted || l.Action == StatementActions.Amended);

    [Fact]
    public void Evidence_that_a_law_was_passed_still_enacts_it()
    {
        var law = Single(Classify("Research found evidence that the Compulsory Schooling Act was passed in April 2025."), StatementCategories.Law);
        law.Action.ShouldBe(StatementActions.Enacted);
    }
}
