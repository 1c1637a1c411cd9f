using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Tests.Text;

public class PreextractedTextTests
{
    [Fact]
    public void Markdown_emphasis_is_removed()
    {
        PreextractedText.Clean("An **unknown** number of inspectors conducted **6,926** inspections.")
            .ShouldBe(["An unknown number of inspectors conducted 6,926 inspections."]);
        PreextractedText.Clean("***THE ELIMINATION OF FORCED\nLABOUR***").ShouldBe(["THE ELIMINATION OF FORCED", "LABOUR"]);
    }

    [Fact]
    public void Latex_check_mark_artefacts_keep_their_letter_or_symbol()
    {
        PreextractedText.Clean("Minimum Age for Work, 16 Years\t\\mathbf{O}\tArticle 31 of the Labour Code")
            .ShouldBe(["Minimum Age for Work, 16 Years\tO\tArticle 31 of the Labour Code"]);
        PreextractedText.Clean("Prohibition of Forced Labor\t$\\mathbf{X}$\tArticle 7").ShouldBe(["Prohibition of Forced Labor\tX\tArticle 7"]);
        PreextractedText.Clean("Free Public Education\t$\\checkmark$\tArticle 9").ShouldBe(["Free Public Education\t✓\tArticle 9"]);
    }

    [Fact]
    public void Html_fragments_go_and_cells_stay_cells()
    {
        PreextractedText.Clean("<p>68. Is there a national plan of action? [1.5]</p>\t<p>Yes</p>")
            .ShouldBe(["68. Is there a national plan of action? [1.5]\tYes"]);
        PreextractedText.Clean("\t<i>Juvenile Care Centers:</i> run by the Ministry")
            .ShouldBe(["\tJuvenile Care Centers: run by the Ministry"]);
    }

    [Fact]
    public void Empty_lines_and_trailing_empty_cells_are_dropped_but_inner_empty_cells_are_not()
    {
        PreextractedText.Clean("Statistics on Children's Work\t\t\t\t\r\n\r\n\t\t\nBoys\t\t12.2%\t\t")
            .ShouldBe(["Statistics on Children's Work", "Boys\t\t12.2%"]);
    }
}
