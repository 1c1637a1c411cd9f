using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Tests.Text;

public class HtmlTextReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head><title>Ruritania: Ministry of Labour</title><style>p { color: red }</style>
        <script>var countries = ["Borduria", "Syldavia"];</script></head>
        <body>
        <nav><ul><li>Borduria</li><li>Syldavia</li></ul></nav>
        <h1>Labour inspection in Ruritania</h1>
        <p>In <b>2023</b>, the inspectorate of Ruritania&nbsp;conducted <em>1,204</em> inspections &amp; found 12 violations.</p>
        <table>
          <thead><tr><th>Standard</th><th>Meets International Standards</th><th>Age</th></tr></thead>
          <tbody>
            <tr><td>Minimum Age for Work</td><td>Yes</td><td>15</td></tr>
            <tr><td>Minimum Age for Hazardous Work</td><td></td><td>18</td></tr>
            <tr><td><p>Prohibition of</p><p>Forced Labor</p></td><td>No<br>(see text)</td><td></td></tr>
          </tbody>
        </table>
        <ul><li>First item</li><li>Second item</li></ul>
        <div hidden>Hidden text about Borduria</div>
        </body></html>
        """;

    private static IReadOnlyList<string> Lines() => HtmlTextReader.Read(Page).Lines.Select(l => l.Text).ToList();

    [Fact]
    public void Blocks_become_lines_and_inline_markup_does_not_break_them()
    {
        var lines = Lines();
        lines[0].ShouldBe("Ruritania: Ministry of Labour");
        lines.ShouldContain("Labour inspection in Ruritania");
        lines.ShouldContain("In 2023, the inspectorate of Ruritania conducted 1,204 inspections & found 12 violations.");
        lines.ShouldContain("First item");
        lines.ShouldContain("Second item");
    }

    [Fact]
    public void Table_rows_are_tab_separated_cells_with_empty_cells_kept()
    {
        var lines = Lines();
        lines.ShouldContain("Standard\tMeets International Standards\tAge");
        lines.ShouldContain("Minimum Age for Work\tYes\t15");
        lines.ShouldContain("Minimum Age for Hazardous Work\t\t18");
        lines.ShouldContain("Prohibition of Forced Labor\tNo (see text)\t");
    }

    [Fact]
    public void Scripts_styles_menus_and_hidden_elements_are_dropped()
    {
        var text = HtmlTextReader.Read(Page).FullText;
        text.ShouldNotContain("Borduria");
        text.ShouldNotContain("Syldavia");
        text.ShouldNotContain("color");
    }
}
