using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using ReportPipeline.Core.Text;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, law families the sixth set (eval/statement-labels-blind-6) showed missing: a hazardous-work list drafted but not
/// adopted, a law under review, a law's date never taken from a year in its title.
/// Invented Ruritania sentences, reporting year 2025.
/// </summary>
public class LawDraftFamilyTests
{
    private static List<Statement> Laws(IReadOnlyList<Statement> statements) =>
        statements.Where(s => s.Category == StatementCategories.Law).ToList();

    [Theory]
    [InlineData("The Ministry of Labour has drafted a list to set out more clearly the kinds of dangerous work barred to children, but the list was not approved during the reporting period.")]
    [InlineData("The Ministry of Labour has drafted a list that spells out the hazardous tasks children may not do, but the list stayed in draft form all year.")]
    [InlineData("The Government has not yet codified a list of tasks deemed “harmful” and so barred to children, but officials say it was finalizing the draft during the year.")]
    [InlineData("A list of the occupations unsuitable for anyone under 18 is under review by the labour ministry.")]
    public void A_hazardous_work_list_drafted_but_not_adopted_is_a_law_drafted(string sentence) =>
        Laws(Classify(sentence)).ShouldHaveSingleItem().Action.ShouldBe(StatementActions.Drafted);

    [Fact]
    public void A_hazardous_work_list_adopted_stays_enacted() =>
        Laws(Classify("In 2025, the Ministry of Labour drafted and adopted a list of hazardous work barred to children."))
            .ShouldAllBe(l => l.Action == StatementActions.Enacted);

    [Theory]
    [InlineData("Ruritania has not set a minimum age for hazardous work or developed a list of hazardous activities barred to children.")]
    [InlineData("The list of hazardous work barred to children covers mining and selling goods in the street.")]
    public void A_hazardous_work_list_said_to_be_missing_or_only_described_is_no_event(string sentence) =>
        Laws(Classify(sentence)).ShouldBeEmpty();

    [Theory]
    [InlineData("A working group of the anti-smuggling council was reviewing the Law on the Prevention of Smuggling to close gaps in it.", "Law on the Prevention of Smuggling")]
    [InlineData("In 2025, the Ministry of Justice was reviewing amendments to the Labour Code of Ruritania.", "Labour Code of Ruritania")]
    [InlineData("The ministry began revising the School Attendance Act to raise the leaving age.", "School Attendance Act")]
    [InlineData("The Child Welfare Act is being revised by a committee of the ministry.", "Child Welfare Act")]
    public void A_law_being_reviewed_or_revised_is_a_law_drafted(string sentence, string name)
    {
        var law = Laws(Classify(sentence)).ShouldHaveSingleItem();
        law.Action.ShouldBe(StatementActions.Drafted);
        law.Field(StatementFields.Name).ShouldBe(name);
    }

    [Theory]
    [InlineData("The forum set up a task force to review legislation on children's work against the conventions.")]
    [InlineData("Inspectors were reviewing the records of farms to check the ages of workers.")]
    public void A_mandate_to_review_laws_or_a_review_of_something_else_is_no_law(string sentence) =>
        Laws(Classify(sentence)).ShouldBeEmpty();

    [Theory]
    [InlineData("In 2025, the Penal Ordinance of 1961 was repealed.", StatementActions.Repealed, "2025")]
    [InlineData("The Penal Ordinance of 1961 was repealed.", StatementActions.Repealed, null)]
    [InlineData("The Labour Code of 1995 was amended to raise the minimum age for work to 16.", StatementActions.Amended, null)]
    [InlineData("The Crimes Act 2013 was amended to cover forced begging.", StatementActions.Amended, null)]
    [InlineData("The Juvenile Act of 2014 was amended in March 2025 to protect children who beg.", StatementActions.Amended, "2025-03")]
    [InlineData("The Government passed the School Amendment Act 2024, which raised the leaving age to 16.", StatementActions.Enacted, "2024")]
    public void A_law_is_never_dated_by_a_year_in_its_title(string sentence, string action, string? date)
    {
        var law = Laws(Classify(sentence)).ShouldHaveSingleItem();
        law.Action.ShouldBe(action);
        law.Field(StatementFields.Date).ShouldBe(date);
    }

    [Fact]
    public void A_law_repealed_and_replaced_is_dated_by_the_year_of_the_repeal_not_its_title()
    {
        var laws = Laws(Classify("In 2025, the Penal Ordinance 1961 was repealed and replaced by the Crimes Act 2025."));
        var repealed = laws.Where(l => l.Action == StatementActions.Repealed).ShouldHaveSingleItem();
        repealed.Field(StatementFields.Date).ShouldBe("2025");
        laws.ShouldContain(l => l.Action == StatementActions.Enacted && l.Field(StatementFields.Name) == "Crimes Act 2025");
    }

    [Theory]
    [InlineData("In March 2025, the Ministry of Labour announced a list of 31 jobs and working conditions barred to children, among them quarrying and night work.", "2025-03")]
    [InlineData("The Government announced the adoption of a list of 31 occupations barred to children.", null)]
    [InlineData("A list of the tasks harmful to children was published in the official gazette in May 2025.", "2025-05")]
    public void A_hazardous_work_list_adopted_however_it_is_worded_is_a_law_enacted(string sentence, string? date)
    {
        var law = Laws(Classify(sentence)).ShouldHaveSingleItem();
        law.Action.ShouldBe(StatementActions.Enacted);
        law.Field(StatementFields.Date).ShouldBe(date);
    }

    [Fact]
    public void A_hazardous_work_list_only_promised_is_no_law() =>
        Laws(Classify("The ministry announced that it would draft a list of the occupations harmful to children.")).ShouldBeEmpty();

    [Theory]
    [InlineData("In 2025, the Northern Province enacted the Northern Prohibition of Child Employment, which sets 15 as the minimum age for work.", "Northern Prohibition of Child Employment", "2025")]
    [InlineData("Parliament passed the Protection of Young Workers on 3 May 2025.", "Protection of Young Workers", "2025-05-03")]
    public void A_title_written_without_its_act_after_enacted_or_passed_is_a_law_enacted(string sentence, string name, string date)
    {
        var law = Laws(Classify(sentence)).ShouldHaveSingleItem();
        law.Action.ShouldBe(StatementActions.Enacted);
        law.Field(StatementFields.Name).ShouldBe(name);
        law.Field(StatementFields.Date).ShouldBe(date);
    }

    [Theory]
    [InlineData("The measure passed the National Assembly in June 2025 but still needs the Senate.")]
    [InlineData("Most pupils passed the Primary School Leaving Examination.")]
    public void A_chamber_or_an_examination_passed_is_no_law(string sentence) =>
        Laws(Classify(sentence)).ShouldBeEmpty();

    private const string CoordinationTable = "Table 7. Key Mechanisms to Coordinate Government Efforts on Child Labor";

    private static List<Statement> LawsInCell(string row) =>
        Laws(RulesStatementClassifier.Classify(TextDocument.FromPlainLines(InputFormat.Text, [CoordinationTable, row]), Ruritania));

    [Fact]
    public void A_law_a_coordinating_body_drafted_in_the_year_is_told_in_its_cell()
    {
        var law = LawsInCell("National Children's Council\tIn 2025, the council worked on a decree to bring the child protection plan into force in the districts.").ShouldHaveSingleItem();
        law.Action.ShouldBe(StatementActions.Drafted);
        law.Field(StatementFields.Date).ShouldBe("2025");
    }

    [Theory]
    [InlineData("National Children's Council\tDrafts laws on children's rights and monitors how they are enforced.")]
    [InlineData("National Children's Council\tIn 2019, it worked on a decree on child protection.")]
    public void A_body_s_mandate_or_an_earlier_law_in_its_cell_is_no_law(string row) =>
        LawsInCell(row).ShouldBeEmpty();
}
