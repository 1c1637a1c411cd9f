using ReportPipeline.Core.Facts;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Text;
using ReportPipeline.Testing;

namespace ReportPipeline.Core.Tests.Facts;

public class IloBaselineFactExtractorTests
{
    private const string Baseline = """
        COUNTRY BASELINE UNDER THE ILO DECLARATION ANNUAL REVIEW

        Ruritania - 2022

        Ratification status

        C 29 and C 105: ratified
        P29: not ratified yet
        C 138, C182: ratified

        61. If you have ratified Convention No. 29 but not the 2014 Protocol, what are the prospects for ratification of the Protocol?

        Unlikely

        63. Is there a national policy and plan of action aimed at the suppression of all forms of forced or compulsory labour? [1.1]

        No

        <p>68. Is there a national policy and plan of action setting out measures against trafficking in persons for the purposes of forced or compulsory labour? [1.5]</p>	<p>Yes</p>
        <p>70. Does the Government collect statistical data on forced labour? [1.6]</p>	<p>Yes</p>
        C 29: not ratified
        """;

    private static IReadOnlyList<Fact> Extract(string text) =>
        new IloBaselineFactExtractor().Extract(
            TextDocument.FromPlainLines(InputFormat.Text, PreextractedText.Clean(text)),
            new DocumentInfo("Ruritania", "XR", 2022, Sources.IloAnnualReview, "sha"));

    private static Dictionary<string, string> Values(IReadOnlyList<Fact> facts) => facts.ToDictionary(f => f.Facet, f => f.Value);

    [Fact]
    public void Ratification_lines_give_one_fact_per_instrument()
    {
        var facts = Extract(Baseline);
        var values = Values(facts);

        values["ratification.ilo_c29"].ShouldBe("Ratified");
        values["ratification.ilo_c105"].ShouldBe("Ratified");
        values["ratification.ilo_p29"].ShouldBe("Not ratified");
        values["ratification.ilo_c138"].ShouldBe("Ratified");
        values["ratification.ilo_c182"].ShouldBe("Ratified");
        facts.Single(f => f.Facet == "ratification.ilo_p29").Evidence.ShouldBe("P29: not ratified yet");
    }

    [Fact]
    public void Plan_of_action_answers_on_their_own_line_or_in_the_next_cell()
    {
        var facts = Extract(Baseline);
        var values = Values(facts);

        values["policy.action_plan.forced_labour"].ShouldBe("None");
        values["policy.action_plan.trafficking_persons_forced_labour"].ShouldBe("Active");
        facts.Single(f => f.Facet == "policy.action_plan.forced_labour").Evidence.ShouldEndWith("[1.1]\nNo");
        values.Keys.ShouldNotContain(k => k.Contains("statistic", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_fact_points_at_its_verbatim_evidence()
    {
        var text = TextDocument.FromPlainLines(InputFormat.Text, PreextractedText.Clean(Baseline));
        var facts = new IloBaselineFactExtractor().Extract(text, new DocumentInfo("Ruritania", "XR", 2022, Sources.IloAnnualReview, "sha"));

        facts.ShouldNotBeEmpty();
        foreach (var fact in facts)
        {
            fact.Offset.ShouldNotBeNull();
            text.FullText[fact.Offset.Value..].ShouldStartWith(fact.Evidence);
        }
    }

    [Fact]
    public void A_repeated_status_later_in_the_document_does_not_override_the_first()
    {
        Values(Extract(Baseline))["ratification.ilo_c29"].ShouldBe("Ratified");
    }

    [Fact]
    public void Usdol_chapters_are_not_its_business()
    {
        var extractor = new IloBaselineFactExtractor();
        extractor.Handles(Sources.IloAnnualReview).ShouldBeTrue();
        extractor.Handles(Sources.UsdolFindings).ShouldBeFalse();
    }

    [SharedDataFact]
    public async Task Seed_baseline_ratifications_and_plans()
    {
        await using var stream = File.OpenRead(SharedData.Seed("001"));
        var result = await ReportExtractor.CreateDefault().ExtractAsync(stream, "001");

        result.Document!.Source.ShouldBe(Sources.IloAnnualReview);
        var values = Values(result.Facts);
        values["ratification.ilo_c29"].ShouldBe("Ratified");
        values["ratification.ilo_c105"].ShouldBe("Ratified");
        values["ratification.ilo_p29"].ShouldBe("Not ratified");
        values["policy.action_plan.forced_labour"].ShouldBe("Active");
        values["policy.action_plan.trafficking_persons_forced_labour"].ShouldBe("Active");
        result.Facts.Count.ShouldBe(5);
    }
}
