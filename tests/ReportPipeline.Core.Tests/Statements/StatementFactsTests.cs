using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

public class StatementFactsTests
{
    private static (IReadOnlyList<Fact> Facts, List<string> Warnings) Derive(IReadOnlyList<Fact> existing, params string[] lines)
    {
        var warnings = new List<string>();
        var facts = StatementFacts.Derive(Classify(lines), existing, Ruritania, warnings);
        return (facts, warnings);
    }

    [Fact]
    public void An_extended_moratorium_is_active_until_its_end_date()
    {
        var (facts, _) = Derive([], "The cabinet extended the moratorium on labor inspections until January 1, 2027.");
        facts.Single(f => f.Facet == StatementFacts.Moratorium).Value.ShouldBe("Active");
        var until = facts.Single(f => f.Facet == StatementFacts.MoratoriumUntil);
        until.Value.ShouldBe("2027-01-01");
        until.Evidence.ShouldBe("The cabinet extended the moratorium on labor inspections until January 1, 2027.");
        until.Offset.ShouldBe(0);
    }

    [Fact]
    public void A_lifted_moratorium_is_lifted()
    {
        var (facts, _) = Derive([], "On 2 February 2025, the ministry lifted the moratorium on labor inspections.");
        facts.Single(f => f.Facet == StatementFacts.Moratorium).Value.ShouldBe("Lifted");
        facts.ShouldNotContain(f => f.Facet == StatementFacts.MoratoriumUntil);
    }

    [Fact]
    public void A_moratorium_that_expired_after_the_reporting_year_was_in_force_during_it()
    {
        var (facts, _) = Derive([], "The moratorium on labor inspections expired on January 1, 2026.");
        facts.Single(f => f.Facet == StatementFacts.Moratorium).Value.ShouldBe("Active");
        facts.Single(f => f.Facet == StatementFacts.MoratoriumUntil).Value.ShouldBe("2026-01-01");
    }

    [Fact]
    public void Action_plans_become_facts_keyed_by_their_name_with_the_latest_period()
    {
        var (facts, _) = Derive([],
            "Key Policies Related to Child Labor",
            "National Action Plan to Counter Trafficking in Persons (2021–2023): Trained border guards. In November 2025, a new NAP was approved for 2026–2028.",
            "The National Action Plan on Street Children (2019–2024) expired in December 2024.");
        var trafficking = facts.Single(f => f.Facet == "policy.action_plan.counter_trafficking_persons");
        trafficking.Value.ShouldBe("Adopted");
        trafficking.Period.ShouldBe("2026-2028");
        var street = facts.Single(f => f.Facet == "policy.action_plan.street_children");
        street.Value.ShouldBe("Expired");
        street.Period.ShouldBe("2019-2024");
    }

    [Fact]
    public void Ratifications_in_prose_become_facts()
    {
        var (facts, _) = Derive([], "In October 2025, Ruritania ratified the Palermo Protocol.", "Ruritania has not ratified the Optional Protocol on Armed Conflict.");
        facts.Single(f => f.Facet == "ratification.palermo_protocol").Value.ShouldBe("Ratified");
        facts.Single(f => f.Facet == "ratification.un_crc_op_armed_conflict").Value.ShouldBe("Not ratified");
    }

    [Fact]
    public void A_table_fact_for_the_same_facet_wins_and_the_disagreement_is_reported()
    {
        var table = new Fact("ratification.palermo_protocol", "Not ratified", "Palermo Protocol on Trafficking in Persons No", Page: 3);
        var (facts, warnings) = Derive([table], "In October 2025, Ruritania ratified the Palermo Protocol.");
        facts.ShouldNotContain(f => f.Facet == "ratification.palermo_protocol");
        warnings.ShouldHaveSingleItem().ShouldContain("kept the table's value");
    }

    [Fact]
    public void Intentions_are_statements_not_facts() =>
        Derive([], "The government intends to ratify the Protocol of 2014 to the Forced Labour Convention.").Facts.ShouldBeEmpty();

    [Theory]
    [InlineData("National Action Plan (NAP) on the Elimination of the Worst Forms of Child Labor", "elimination_worst_forms_child_labor")]
    [InlineData("National plan of action on forced labour", "forced_labour")]
    [InlineData("NAP", "national")]
    [InlineData("Children’s Action Plan for Rural Areas", "childrens_rural_areas")]
    public void Plan_slugs(string name, string slug) => StatementFacts.PlanSlug(name).ShouldBe(slug);
}
