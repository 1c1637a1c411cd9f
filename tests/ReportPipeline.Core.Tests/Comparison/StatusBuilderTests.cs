using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Model;
using static ReportPipeline.Core.Tests.Comparison.Ruritania;

namespace ReportPipeline.Core.Tests.Comparison;

public class StatusBuilderTests
{
    private const string Unannounced = "enforcement.labor.unannounced_inspections_permitted";

    [Fact]
    public void Agreeing_chapter_and_dataset_give_one_value_with_both_sources_chapter_first()
    {
        var statuses = StatusBuilder.Build(History(Dataset(2019, F(Unannounced, "Yes")), Chapter(2019, F(Unannounced, "Yes‡", page: 7))));

        var status = statuses.ShouldHaveSingleItem();
        status.Year.ShouldBe(2019);
        var value = status.Value(Unannounced).ShouldNotBeNull();
        value.Value.ShouldBe("Yes");
        value.Sources.Select(s => s.Source).ShouldBe([Sources.UsdolFindings, Sources.UsdolDataset]);
        value.Primary.Page.ShouldBe(7);
        status.Conflicts.ShouldBeEmpty();
    }

    [Fact]
    public void Disagreeing_documents_leave_the_facet_in_conflict_with_no_settled_value()
    {
        var status = StatusBuilder.Build(History(Dataset(2019, F(Unannounced, "Yes")), Chapter(2019, F(Unannounced, "No")))).Single();

        status.Value(Unannounced).ShouldBeNull();
        var conflict = status.Conflicts.ShouldHaveSingleItem();
        conflict.Values.Select(v => (v.Value, v.Primary.Source)).ShouldBe([("No", Sources.UsdolFindings), ("Yes", Sources.UsdolDataset)]);
    }

    [Fact]
    public void A_table_row_repeated_in_one_document_is_one_source()
    {
        var status = StatusBuilder.Build(History(Chapter(2019, F(Unannounced, "Yes", 6), F(Unannounced, "Yes", 9)))).Single();

        status.Value(Unannounced).ShouldNotBeNull().Sources.ShouldHaveSingleItem().Page.ShouldBe(6);
    }

    [Fact]
    public void Spelling_variants_are_one_value()
    {
        var status = StatusBuilder.Build(History(
            Chapter(2020, F("enforcement.labor.inspectors", "1,257"), F("legal.free_public_education.meets", "Not Applicable")),
            Dataset(2020, F("enforcement.labor.inspectors", "1257"), F("legal.free_public_education.meets", "N/A")))).Single();

        status.Value("enforcement.labor.inspectors").ShouldNotBeNull().Value.ShouldBe("1257");
        status.Value("legal.free_public_education.meets").ShouldNotBeNull().Value.ShouldBe("N/A");
        status.Conflicts.ShouldBeEmpty();
    }

    [Fact]
    public void Documents_without_a_year_are_left_out_and_years_come_out_in_order()
    {
        var statuses = StatusBuilder.Build(History(
            Chapter(2021, F(Unannounced, "Yes")),
            Document("web-undated", Sources.WebPage, null, [F(Unannounced, "No")], []),
            Chapter(2017, F(Unannounced, "Yes"))));

        statuses.Select(s => s.Year).ShouldBe([2017, 2021]);
        statuses.ShouldAllBe(s => !s.DocumentIds.Contains("web-undated"));
    }

    [Fact]
    public void Moratorium_statements_give_the_status_at_the_end_of_the_year_and_its_end_date()
    {
        var chapter = Document("chapter-2018", Sources.UsdolFindings, 2018, [], [
            Moratorium("imposed", "In 2017, Ruritania imposed a moratorium on labor inspections.", "2018-12-31", page: 2),
            Moratorium("extended", "In 2018, the moratorium was extended until January 1, 2026.", "2026-01-01", page: 3),
        ]);

        var status = StatusBuilder.Build(History(chapter)).Single();

        status.Value(StatusBuilder.MoratoriumFacet).ShouldNotBeNull().Value.ShouldBe("Active");
        var until = status.Value(StatusBuilder.MoratoriumUntilFacet).ShouldNotBeNull();
        until.Value.ShouldBe("2026-01-01");
        until.Primary.StatementAction.ShouldBe("extended");
        until.Primary.Evidence.ShouldContain("extended until January 1, 2026");
    }

    [Fact]
    public void A_fact_wins_over_a_statement_of_the_same_document_and_low_confidence_statements_are_ignored()
    {
        var weak = new Statement("inspection_moratorium", "lifted", "Some say the moratorium was lifted.", 0.2, "rules", new Dictionary<string, string>(), 9);
        var chapter = Document("chapter-2019", Sources.UsdolFindings, 2019,
            [F(StatusBuilder.MoratoriumFacet, "Active")],
            [Moratorium("lifted", "The moratorium was lifted in March.", page: 3), weak]);

        var status = StatusBuilder.Build(History(chapter)).Single();

        var value = status.Value(StatusBuilder.MoratoriumFacet).ShouldNotBeNull();
        value.Value.ShouldBe("Active");
        value.OnlyFromStatements.ShouldBeFalse();
        status.Statements.Count.ShouldBe(2);
    }
}
