using ReportPipeline.Core.Statements;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Tests.Statements;

public class SentenceSplitterTests
{
    private static TextDocument Pdf(params (int Page, string Text)[] lines) =>
        new(InputFormat.Pdf, [.. lines.Select(l => l.Text)], [.. lines.Select(l => (int?)l.Page)], lines.Max(l => l.Page), []);

    private static readonly TextDocument TwoPages = Pdf(
        (1, "Ruritania"),
        (1, "MODERATE ADVANCEMENT"),
        (1, "In 2025, the Ruritanian cabinet extended the mora-"),
        (1, "torium on labor inspections until 1 January 2027.(4, 5) Inspectors of the U.S.-funded project"),
        (1, "reviewed ILO C. 182 and counted 5.3 million workers, including domestic workers,† in the"),
        (1, "1 ⇥ BUREAU OF INTERNATIONAL LABOR AFFAIRS".Replace(" ⇥ ", "\t", StringComparison.Ordinal)),
        (2, "Ruritania"),
        (2, "MODERATE ADVANCEMENT"),
        (2, "capital. The plan runs for the period (2024–"),
        (2, "2027) under the ministry."),
        (2, "Table 5. Agencies Responsible for Enforcement"),
        (2, "Organization\tRole"),
        (2, "Labour Inspectorate\tEnforces labour laws and reviews complaints from workers across all of the"),
        (2, "provinces of Ruritania, including remote districts. (7)"),
        (2, "Police\tInvestigates crimes."),
        (2, "The inspectorate met twice."),
        (2, "2\tBUREAU OF INTERNATIONAL LABOR AFFAIRS"),
        (3, "REFERENCES\t1. Ruritania. Law on Inspections. Enacted: May 1, 2020."));

    [Fact]
    public void Joins_lines_mends_hyphenation_and_keeps_citations_with_their_sentence()
    {
        var sentences = SentenceSplitter.Split(TwoPages).Where(s => s.Kind == SentenceKind.Prose).Select(s => s.Text).ToList();
        sentences.ShouldContain("In 2025, the Ruritanian cabinet extended the moratorium on labor inspections until 1 January 2027.(4, 5)");
    }

    [Fact]
    public void Abbreviations_footnote_marks_and_page_breaks_do_not_end_a_sentence()
    {
        var sentences = SentenceSplitter.Split(TwoPages).Select(s => s.Text).ToList();
        sentences.ShouldContain("Inspectors of the U.S.-funded project reviewed ILO C. 182 and counted 5.3 million workers, including domestic workers,† in the capital.");
        sentences.ShouldContain("The plan runs for the period (2024–2027) under the ministry.");
    }

    [Fact]
    public void Running_headers_footers_and_page_numbers_are_dropped()
    {
        var text = string.Join(" ", SentenceSplitter.Split(TwoPages).Select(s => s.Text));
        text.ShouldNotContain("BUREAU");
        text.ShouldNotContain("MODERATE ADVANCEMENT");
    }

    [Fact]
    public void Table_cells_stay_in_their_row_and_are_not_glued_to_prose()
    {
        var sentences = SentenceSplitter.Split(TwoPages);
        var inspectorate = sentences.Single(s => s.Text.StartsWith("Enforces labour laws", StringComparison.Ordinal));
        inspectorate.Text.ShouldBe("Enforces labour laws and reviews complaints from workers across all of the provinces of Ruritania, including remote districts. (7)");
        inspectorate.Label.ShouldBe("Labour Inspectorate");
        sentences.ShouldContain(s => s.Kind == SentenceKind.TableRow && s.Text == "Police Investigates crimes.");
        sentences.ShouldContain(s => s.Kind == SentenceKind.Prose && s.Text == "The inspectorate met twice.");
        sentences.ShouldContain(s => s.Kind == SentenceKind.Heading && s.Text.StartsWith("Table 5.", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_sentence_knows_its_page_and_offset()
    {
        var sentences = SentenceSplitter.Split(TwoPages);
        var first = sentences.Single(s => s.Text.StartsWith("In 2025", StringComparison.Ordinal));
        first.Page.ShouldBe(1);
        first.Offset.ShouldBe(TwoPages.FullText.IndexOf("In 2025", StringComparison.Ordinal));
        var plan = sentences.Single(s => s.Text.StartsWith("The plan runs", StringComparison.Ordinal));
        plan.Page.ShouldBe(2);
        plan.Offset.ShouldBe(TwoPages.FullText.IndexOf("The plan runs", StringComparison.Ordinal));
    }

    [Fact]
    public void Nothing_after_the_references_heading_is_read() =>
        SentenceSplitter.Split(TwoPages).ShouldNotContain(s => s.Text.Contains("Enacted", StringComparison.Ordinal));

    [Fact]
    public void Text_paragraphs_are_lines_and_a_lower_case_line_continues_the_one_above()
    {
        var document = TextDocument.FromPlainLines(InputFormat.Text,
        [
            "PROGRESS IN RURITANIA",
            "The ministry trained inspectors on",
            "detecting forced labour. It also hired staff",
            "Key Policies Related to Child Labor",
            "National Action Plan for Rural Youth (2024–2027): Aims to keep children in school. The plan remained in force.",
        ]);
        var sentences = SentenceSplitter.Split(document);
        sentences.Select(s => s.Text).ShouldContain("The ministry trained inspectors on detecting forced labour.");
        sentences.Select(s => s.Text).ShouldContain("It also hired staff");
        var plan = sentences.Single(s => s.Text == "The plan remained in force.");
        plan.Label.ShouldBe("National Action Plan for Rural Youth (2024–2027)");
        plan.Section.ShouldBe(ReportSections.Policies);
    }
}
