using ReportPipeline.Core.Evaluation;
using ReportPipeline.Core.Model;
using ReportPipeline.Testing;

namespace ReportPipeline.Core.Tests.Evaluation;

/// <summary>Marking misses with the checked list of chapter-versus-data disagreements, on invented Ruritanian cells.</summary>
public class FactDisagreementsTests
{
    private const string File = "pdf/Ruritania_2020.pdf";

    private static FactDisagreement Listed(string facet, string data, string? chapter) =>
        new(File, facet, data, chapter, FactDisagreements.DifferentValue, "the table's line has the other mark");

    [Fact]
    public void A_listed_cell_is_marked_and_set_aside_from_both_counts()
    {
        var miss = new FactMiss(File, "legal.minimum_age_work.meets@zenda", "Yes", "No", "Minimum Age for Work: Zenda No", 3);
        var marking = FactDisagreements.Mark([miss], [Listed(miss.Facet, "Yes", "No")], [File]);

        marking.For(miss).ShouldNotBeNull().Kind.ShouldBe(FactDisagreements.DifferentValue);
        marking.ListedCount.ShouldBe(1);
        marking.Stale.ShouldBeEmpty();
        // 8 right of 10 extracted, 12 expected: the listed cell leaves both the extracted and the expected.
        var aside = marking.SetAside(new AccuracyScore(10, 8, 12), [miss], _ => true);
        aside.ShouldBe(new AccuracyScore(9, 8, 11));
    }

    [Fact]
    public void A_listed_cell_the_chapter_gives_nothing_for_leaves_only_the_expected()
    {
        var miss = new FactMiss(File, "enforcement.labor.inspectors@zenda", "12", null, null, null);
        var marking = FactDisagreements.Mark([miss], [Listed(miss.Facet, "12", null) with { Kind = FactDisagreements.TerritoryNotInRow }], [File]);

        marking.For(miss).ShouldNotBeNull();
        marking.SetAside(new AccuracyScore(10, 8, 12), [miss], _ => true).ShouldBe(new AccuracyScore(10, 8, 11));
    }

    [Fact]
    public void An_unlisted_miss_stays_a_miss_in_both_figures()
    {
        var listed = new FactMiss(File, "legal.prohibition_csec.meets@zenda", "N/A", "Yes", null, null);
        var unlisted = new FactMiss(File, "enforcement.labor.inspections@mainland", "4021", null, null, null);
        var marking = FactDisagreements.Mark([listed, unlisted], [Listed(listed.Facet, "N/A", "Yes")], [File]);

        marking.For(unlisted).ShouldBeNull();
        marking.SetAside(new AccuracyScore(5, 3, 6), [listed, unlisted], _ => true).ShouldBe(new AccuracyScore(4, 3, 5));
        // Only the misses of the score's own family are taken out of it.
        marking.SetAside(new AccuracyScore(5, 3, 6), [listed, unlisted], m => m.Facet.StartsWith("enforcement.", StringComparison.Ordinal)).ShouldBe(new AccuracyScore(5, 3, 6));
    }

    [Fact]
    public void A_listed_cell_where_the_extractor_reads_another_value_is_still_a_miss_and_the_entry_stale()
    {
        var miss = new FactMiss(File, "legal.minimum_age_work.age@zenda", "15", "16", null, null);
        var marking = FactDisagreements.Mark([miss], [Listed(miss.Facet, "15", "14")], [File]);

        marking.For(miss).ShouldBeNull();
        marking.SetAside(new AccuracyScore(3, 2, 3), [miss], _ => true).ShouldBe(new AccuracyScore(3, 2, 3));
        marking.Stale.ShouldHaveSingleItem().Now.ShouldBe("the extractor now says 16");
    }

    [Fact]
    public void An_entry_whose_cell_no_longer_misses_or_whose_data_changed_is_stale()
    {
        var changed = new FactMiss(File, "legal.prohibition_forced_labor.meets@zenda", "No", "Yes", null, null);
        var marking = FactDisagreements.Mark(
            [changed],
            [Listed("legal.prohibition_csec.meets@mainland", "N/A", "Yes"), Listed(changed.Facet, "Unknown", "Yes"), Listed("legal.minimum_age_work.meets", "Yes", "No") with { File = "pdf/Ruritania_2021.pdf" }],
            [File]);

        marking.ListedCount.ShouldBe(0);
        marking.Stale.Select(s => s.Now).ShouldBe(["no longer a miss", "the data now says No"]);
        // The 2021 entry belongs to a run that scored that chapter; a run that did not is not its judge.
        FactDisagreements.Unscored(
            [Listed("x", "Yes", "No"), Listed("y", "Yes", "No") with { File = "pdf/Ruritania_2021.pdf" }], [File])
            .ShouldHaveSingleItem().Entry.Facet.ShouldBe("y");
    }

    [Theory]
    [InlineData("""{"file":"a.pdf","facet":"legal.x.meets","data":"Yes","chapter":"No","kind":"reading-error","note":"n"}""", "unknown kind")]
    [InlineData("""{"file":"a.pdf","facet":"legal.x.meets","data":"Yes","chapter":"Yes","kind":"different-value","note":"n"}""", "no disagreement")]
    [InlineData("""{"file":"a.pdf","facet":"legal.x.meets","chapter":"No","kind":"different-value","note":"n"}""", "'data' is missing")]
    [InlineData("""{"file":"a.pdf","facet":"legal.x.meets","data":"Yes","chapter":7,"kind":"different-value","note":"n"}""", "'chapter' must be")]
    public void A_line_that_breaks_the_format_stops_the_read_with_its_place(string line, string message)
    {
        var error = Should.Throw<FormatException>(() => FactDisagreements.Parse(["", line], "list.jsonl"));
        error.Message.ShouldStartWith("list.jsonl:2: ");
        error.Message.ShouldContain(message);
    }

    [Fact]
    public void A_cell_listed_twice_is_refused()
    {
        const string line = """{"file":"a.pdf","facet":"legal.x.meets@zenda","data":"Yes","chapter":null,"kind":"territory-not-in-row","note":"n"}""";
        Should.Throw<FormatException>(() => FactDisagreements.Parse([line, line], "list.jsonl")).Message.ShouldContain("listed twice");
        FactDisagreements.Parse([line], "list.jsonl").ShouldHaveSingleItem().Chapter.ShouldBeNull();
    }

    [Fact]
    public void The_territory_section_prints_raw_and_set_aside_figures_side_by_side()
    {
        var document = new DocumentInfo("Ruritania", "XR", 2020, Sources.UsdolFindings, "r.pdf");
        Fact[] facts = [new("legal.minimum_age_work.meets@mainland", "No", "Minimum Age for Work: Mainland No"), new("legal.minimum_age_work.meets@zenda-province", "No", "Minimum Age for Work: Zenda Province No")];
        var run = new CorpusRun("corpus", [new CorpusDocument(new ManifestEntry(File, "Ruritania", 2020), new ExtractionResult("r.pdf", document, facts, [], []), facts, null, TimeSpan.Zero)], TimeSpan.Zero);
        var section = new TerritoryAccuracySection(new Dictionary<(string, int), TerritoryTruth>
        {
            [("Ruritania", 2020)] = new TerritoryTruth("Ruritania", 2020,
            [
                new TerritoryTruthCell("legal.minimum_age_work.meets", "mainland", "No", "Mainland"),
                new TerritoryTruthCell("legal.minimum_age_work.meets", "zenda-province", "Yes", "Zenda Province"),
                new TerritoryTruthCell("legal.prohibition_csec.meets", "zenda-province", "Yes", "Zenda Province"),
            ]),
        })
        {
            Disagreements = [Listed("legal.minimum_age_work.meets@zenda-province", "Yes", "No"), Listed("legal.prohibition_forced_labor.meets@mainland", "Yes", "No")],
        };

        var result = section.Evaluate(run);

        // Raw: 1 right of 2 extracted, 3 expected. Set aside: Zenda's listed minimum age; CSEC stays a miss.
        result.Figures["legal.territory.correct"].ShouldBe(1);
        result.Figures["legal.territory.extracted"].ShouldBe(2);
        result.Figures["legal.territory.expected"].ShouldBe(3);
        result.Figures["legal.territory.listed"].ShouldBe(1);
        result.Figures["legal.territory.set_aside.extracted"].ShouldBe(1);
        result.Figures["legal.territory.set_aside.expected"].ShouldBe(2);
        result.Figures["legal.territory.set_aside.recall"].ShouldBe(0.5);
        result.Figures["stale_disagreements"].ShouldBe(1);
        result.Tables.Single(t => t.Title.StartsWith("Stale", StringComparison.Ordinal)).Rows.ShouldHaveSingleItem()[2].ShouldBe("legal.prohibition_forced_labor.meets@mainland");
        var misses = result.Tables.Single(t => t.Title.StartsWith("Misses", StringComparison.Ordinal)).Rows;
        misses.Single(r => r[1] == "legal.minimum_age_work.meets@zenda-province")[^1].ShouldBe(FactDisagreements.DifferentValue);
        misses.Single(r => r[1] == "legal.prohibition_csec.meets@zenda-province")[^1].ShouldBeEmpty();
        result.Notes.ShouldContain(n => n.Contains("1 of 2 misses are listed", StringComparison.Ordinal) && n.Contains("stale entries (listed cells that no longer occur as listed): 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_repository_list_parses_and_uses_only_the_fixed_kinds()
    {
        var entries = await FactDisagreements.ReadAsync(Path.Combine(SharedData.RepositoryRoot, FactDisagreements.DefaultPath));

        entries.Count.ShouldBeGreaterThan(100);
        entries.Select(e => e.Kind).Distinct().ShouldBeSubsetOf(FactDisagreements.Kinds);
        // A data value the chapter states alike is no disagreement, and a reading limit is not listed here.
        entries.ShouldAllBe(e => e.Chapter != e.Data);
    }
}
