using ReportPipeline.Core.Facts;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Tests.Facts;

/// <summary>
/// Multi-territory table shapes found in held-out chapters, in an invented chapter of Marovia
/// (XM: its federal government and the Eastern Cantons), built as a PDF: an enforcement heading
/// wrapped over three lines, row labels whose last word sits beside the next territory, a mark run
/// into the territory's name, and a federal level named by an abbreviation the text defines.
/// </summary>
public sealed class TerritoryTableShapesPdfTests
{
    private const double Label = 60;
    private const double Entity = 250;
    private const double Previous = 400;
    private const double Current = 480;

    private static ChapterPdf Chapter() => new ChapterPdf()
        .Line("Marovia")
        .Line("MODERATE ADVANCEMENT")
        .Line("In 2021, Marovia made moderate advancement in efforts to eliminate the worst forms of child labor.")
        .Line("The Federal Government of Marovia (FGM) shares labor matters with the Eastern Cantons (EC).")
        .Line((54, "Table 1. Statistics on Children's Work and"), (400, "Figure 1. Working Children by Sector"))
        .Line((54, "Education"))
        .Line((Label, "Children"), (150, "Related Entity"), (260, "Age"), (310, "Percent"))
        .Line((Label, "Working"), (150, "All Marovia"), (260, "10 to 14"), (310, "6.1 (80,200)"), (450, "Services"))
        .Line((Label, "(% and"), (150, "Eastern Cantons Region"), (260, "5 to 14"), (310, "9.4"), (455, "31.5%"))
        .Line((Label, "population)"))
        .Line((Label, "Combining"), (150, "All Marovia"), (260, "10"), (450, "44.0%"))
        .Line((270, "to 14"), (310, "0.7"))
        .Line((Label, "Work and"), (150, "Eastern Cantons Region"), (260, "7 to 14"), (310, "Unavailable"))
        .Line("Source for all other data: an invented survey of Marovia, 2019.")
        .Line("II. LEGAL FRAMEWORK FOR CHILD LABOR")
        .Line("Table 4. Laws and Regulations on Child Labor")
        .Line((270, "Meets"))
        .Line((Label, "Standard"), (170, "Related Entity"), (270, "International"), (340, "Age"), (380, "Legislation"))
        .Line((270, "Standards"))
        .Line((Label, "Minimum Age for Work"), (170, "FGM"), (270, "Yes"), (340, "15"), (380, "Section 4 of the Labor Code"))
        .Line((170, "Eastern Cantons (EC) No"), (340, "14"), (380, "Article 2 of the Cantonal Labor Act"))
        .Line("III. ENFORCEMENT OF LAWS ON CHILD LABOR")
        .Line("Table 6. Labor Law Enforcement Efforts Related to Child Labor")
        .Line((Label, "Overview of Labor Law"))
        .Line((Entity, "Related Entity"), (Previous, "2020"), (Current, "2021"))
        .Line((Label, "Enforcement"))
        .Line((Label, "Labor Inspectorate Funding"), (Previous, "Unknown (3)"), (Current, "Unknown (4)"))
        .Line((Label, "Number of Labor Inspectors"), (Entity, "FGM"), (Previous, "40 (3)"), (Current, "44 (4)"))
        .Line((Entity, "EC"), (Previous, "12 (3)"), (Current, "Unknown (4)"))
        .Line((Label, "Number of Labor Inspections"), (Entity, "FGM"), (Previous, "900 (3)"), (Current, "1,250 (4)"))
        .Line((Label, "Conducted"), (Entity, "EC"), (Previous, "Unknown"), (Current, "310 (4)"))
        .Line((Label, "Inspectorate Authorized to Assess"), (Entity, "FGM"), (Previous, "Yes (3)"), (Current, "Yes (4)"))
        .Line((Label, "Penalties"), (Entity, "EC"), (Previous, "No (3)"), (Current, "No (4)"))
        .Line("IV. COORDINATION OF GOVERNMENT EFFORTS ON CHILD LABOR");

    private static Task<(Dictionary<string, Fact> Facts, List<string> Warnings)> ExtractAsync() =>
        Chapter().ExtractFactsAsync(new DocumentInfo("Marovia", "XM", 2021, Sources.UsdolFindings, "0"));

    [Fact]
    public async Task An_enforcement_heading_wrapped_over_three_lines_still_opens_a_territory_table()
    {
        var (facts, _) = await ExtractAsync();
        facts["enforcement.labor.inspectors@federal"].Value.ShouldBe("44");
        facts["enforcement.labor.inspectors@eastern-cantons"].Value.ShouldBe("Unknown");
        facts["enforcement.labor.inspectors@eastern-cantons"].Evidence.ShouldBe("Number of Labor Inspectors: EC 12 (3) Unknown (4)");
        facts.ShouldNotContainKey("enforcement.labor.inspectors");
    }

    [Fact]
    public async Task A_label_ending_beside_the_next_territory_goes_on_for_that_territory()
    {
        var (facts, _) = await ExtractAsync();
        facts["enforcement.labor.inspections@federal"].Value.ShouldBe("1250");
        facts["enforcement.labor.inspections@eastern-cantons"].Value.ShouldBe("310");
        facts["enforcement.labor.inspections@eastern-cantons"].Evidence.ShouldBe("Number of Labor Inspections Conducted: EC Unknown 310 (4)");
        facts["enforcement.labor.civil_penalties@federal"].Value.ShouldBe("Yes");
        facts["enforcement.labor.civil_penalties@eastern-cantons"].Value.ShouldBe("No");
    }

    [Fact]
    public async Task A_mark_run_into_the_territory_name_is_that_territory_s_mark()
    {
        var (facts, warnings) = await ExtractAsync();
        facts["legal.minimum_age_work.meets@eastern-cantons"].Value.ShouldBe("No");
        facts["legal.minimum_age_work.age@eastern-cantons"].Value.ShouldBe("14");
        facts["legal.minimum_age_work.meets@federal"].Value.ShouldBe("Yes");
        warnings.ShouldNotContain(w => w.Contains("could not be read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_statistics_table_with_a_territory_column_gives_each_territory_its_figure()
    {
        var (facts, warnings) = await ExtractAsync();
        facts["statistics.working_children_percent"].Value.ShouldBe("6.1");
        facts["statistics.working_children_percent@eastern-cantons"].Value.ShouldBe("9.4");
        facts["statistics.working_children_percent@eastern-cantons"].Evidence.ShouldBe("Working (% and: Eastern Cantons Region 5 to 14 9.4");

        // "10" / "to 14": the age wrapped and took the figure to the next line; the sector chart's 44.0% is no figure of the table.
        facts["statistics.combining_work_and_school_percent"].Value.ShouldBe("0.7");
        facts["statistics.combining_work_and_school_percent@eastern-cantons"].Value.ShouldBe("Unavailable");
        facts.Keys.ShouldNotContain(k => k.StartsWith("statistics.attending_school_percent", StringComparison.Ordinal));
        warnings.ShouldNotContain(w => w.StartsWith("Statistics table", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_statistics_table_with_one_column_per_territory_gives_each_its_column()
    {
        using var stream = new MemoryStream(new ChapterPdf()
            .Line("Marovia")
            .Line("MODERATE ADVANCEMENT")
            .Line("In 2016, Marovia made moderate advancement in efforts to eliminate the worst forms of child labor.")
            .Line("Table 1. Statistics on Children's Work and Education")
            .Line((60, "Children"), (200, "Age"), (300, "Percent"))
            .Line((240, "All [Marovia]"), (320, "Lowmark"), (400, "Eastern Cantons"))
            .Line((60, "Working (%)"), (200, "5 to 14"), (240, "Unavailable"), (320, "7.5"), (400, "11.0"))
            .Line((60, "Attending School (%)"), (200, "5 to 14"), (240, "81.2"), (320, "Unavailable"), (400, "70.4"))
            .Line("Source for all other data: an invented survey of Marovia, 2014.")
            .Build());
        var text = await ReportTextReader.ReadAsync(stream, ExtractionLimits.Default);
        var facts = new UsdolFindingsFactExtractor()
            .Extract(text, new DocumentInfo("Marovia", "XM", 2016, Sources.UsdolFindings, "0"))
            .ToDictionary(f => f.Facet);

        facts["statistics.working_children_percent"].Value.ShouldBe("Unavailable");
        facts["statistics.working_children_percent@lowmark"].Value.ShouldBe("7.5");
        facts["statistics.working_children_percent@eastern-cantons"].Value.ShouldBe("11.0");
        facts["statistics.working_children_percent@eastern-cantons"].Evidence.ShouldBe("Working (%) 5 to 14 Unavailable 7.5 11.0 (All [Marovia] | Lowmark | Eastern Cantons)");
        facts["statistics.attending_school_percent"].Value.ShouldBe("81.2");
        facts["statistics.attending_school_percent@lowmark"].Value.ShouldBe("Unavailable");
        facts["statistics.attending_school_percent@eastern-cantons"].Value.ShouldBe("70.4");
    }

    [Theory]
    [InlineData("Federal", "federal")]
    [InlineData("Federal Government", "federal")]
    [InlineData("Federal Government of Marovia", "federal")]
    [InlineData("Federal Capital Territory", "federal-capital-territory")]
    [InlineData("Brčko District (BD)", "brcko-district")]
    public void A_federal_level_has_one_slug_whatever_it_is_called(string name, string slug) =>
        Territories.Slug(name).ShouldBe(slug);
}
