using ReportPipeline.Core.Statements;
using ReportPipeline.Core.Tests.Text;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>A real PDF, read by the PDF reader: statements survive page breaks, running headers and table cells.</summary>
public class PdfStatementTests
{
    private static string Page(int number, params string[] body) =>
        HandmadePdf.Text("Ruritania", 72, 770)
        + HandmadePdf.Paragraph(body, top: 740)
        + HandmadePdf.Text(number.ToString(System.Globalization.CultureInfo.InvariantCulture), 72, 40)
        + HandmadePdf.Text("BUREAU OF INTERNATIONAL LABOR AFFAIRS", 300, 40);

    private static async Task<TextDocument> ReadAsync(byte[] pdf) =>
        await ReportTextReader.ReadAsync(new MemoryStream(pdf), ExtractionLimits.Default);

    [Fact]
    public async Task A_moratorium_sentence_broken_across_a_page_is_one_statement_on_its_first_page()
    {
        var pdf = HandmadePdf.Build(
            Page(1,
                "In 2025, Ruritania made minimal advancement in efforts to eliminate the worst forms of child labor.",
                "During the reporting period, the cabinet extended the moratorium on all worksite labor inspec-",
                "tions until January 1, 2027, and"),
            Page(2,
                "inspectors may only review complaints at their desks. (14,15)")
            + HandmadePdf.Text("Child Shelter Program", 72, 700) + HandmadePdf.Text("Launched in 2025 to house children found working in the streets of the capital.", 250, 700));
        var text = await ReadAsync(pdf);

        var statements = RulesStatementClassifier.Classify(text, StatementTestKit.Ruritania);

        var moratorium = statements.Single(s => s.Category == StatementCategories.InspectionMoratorium);
        moratorium.Action.ShouldBe(StatementActions.Extended);
        moratorium.Field(StatementFields.Until).ShouldBe("2027-01-01");
        moratorium.Field(StatementFields.Scope).ShouldBe("all worksite inspections");
        moratorium.Text.ShouldBe("During the reporting period, the cabinet extended the moratorium on all worksite labor inspections until January 1, 2027, and inspectors may only review complaints at their desks. (14,15)");
        moratorium.Page.ShouldBe(1);
        statements.ShouldNotContain(s => s.Text.Contains("BUREAU", StringComparison.Ordinal) || s.Text.Contains("Child Shelter", StringComparison.Ordinal) && s.Category == StatementCategories.InspectionMoratorium);
        statements.Single(s => s.Category == StatementCategories.Assessment).Page.ShouldBe(1);
        var program = statements.Single(s => s.Category == StatementCategories.Program);
        program.Field(StatementFields.Name).ShouldBe("Child Shelter Program");
        program.Action.ShouldBe(StatementActions.Launched);
        program.Page.ShouldBe(2);
    }
}
