using ReportPipeline.Core.Statements;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, the families behind the misses of probe sets 51 to 54, read after their blind first scores, in sentences of our own
/// (reporting year 2025):
/// <list type="bullet">
/// <item>plans still being made: one "awaiting Cabinet approval", one "prepared" or begun, a master plan, a successor or second
/// plan not yet named;</item>
/// <item>bills without a title on their way to the legislature, and a bill amending a code that is only drafted;</item>
/// <item>treaties: an instrument of ratification deposited years after the intention was announced, a bill authorising
/// accession, a recommendation that a convention be ratified, and "all key conventions except …";</item>
/// <item>entry barred without a warrant is a limit on how inspections happen, not a stop; an exemption from scheduled
/// inspections granted this year is a stop imposed; an act that takes effect "repealing" another repeals it.</item>
/// </list>
/// </summary>
public class FiftyFirstToFiftyFourthProbeFamilyTests
{
    [Theory]
    [InlineData("A National Action Plan on Child Labour for 2026–2030 was prepared during the year with the ILO, but it was still awaiting Cabinet approval at the end of 2025.")]
    [InlineData("The Interagency Commission prepared a draft National Action Plan against Trafficking in Persons for 2026–2028, which was still awaiting Cabinet approval in December.")]
    [InlineData("The Ministry began preparing a second National Master Plan on Child Labour for 2026 to 2035 and consulted employers in October 2025.")]
    [InlineData("A successor plan covering 2026–2030 was drafted by the Ministry of Labour in August, but the Cabinet had not approved it by the end of the year.")]
    [InlineData("In September, the Ministry formed a drafting team to prepare a second plan covering 2026 to 2030.")]
    public void A_plan_awaiting_approval_prepared_begun_or_not_yet_named_is_drafted(string sentence)
    {
        Single(Policies(sentence), StatementCategories.ActionPlan).Action.ShouldBe(StatementActions.Drafted);
    }

    [Theory]
    [InlineData("A bill raising the minimum age for work to 15 was submitted to Congress by the Ministry of Labour in May 2025.")]
    [InlineData("A bill on combating trafficking in persons was sent to the National Assembly in March 2025.")]
    [InlineData("As part of a reform of the Labour Code, the government sent Congress a draft that would raise the minimum age for work to 15.")]
    [InlineData("A bill amending the Criminal Code to punish the use of children in the sale of drugs was drafted by the Ministry of Justice in June 2025.")]
    [InlineData("The Ministry circulated a revised list of hazardous occupations for consultation in August 2025, but the list had not been finalized by December.")]
    public void A_bill_without_a_title_on_its_way_to_the_legislature_or_only_drafted_is_a_law_drafted(string sentence)
    {
        Single(Legal(sentence), StatementCategories.Law).Action.ShouldBe(StatementActions.Drafted);
    }

    [Fact]
    public void Parliament_passing_a_bill_amending_a_code_still_amends_it()
    {
        Single(Legal("In 2025, Parliament passed a bill amending the Labour Code."), StatementCategories.Law).Action.ShouldBe(StatementActions.Amended);
    }

    [Fact]
    public void An_instrument_of_ratification_deposited_after_an_old_intention_is_a_ratification()
    {
        var treaty = Single(Legal("On 19 July 2025, Ruritania deposited its instrument of ratification of the ILO Protocol of 2014 to the Forced Labour Convention, five years after officials first announced the intention to ratify it."), StatementCategories.Ratification);

        treaty.Action.ShouldBe(StatementActions.Ratified);
        treaty.Field(StatementFields.Instrument).ShouldBe("ilo_p29");
        treaty.Field(StatementFields.Date).ShouldBe("2025-07-19");
    }

    [Theory]
    [InlineData("In October 2025, the Council of Ministers approved a bill authorizing Ruritania's accession to the Palermo Protocol and sent it to the National Assembly.", "palermo_protocol")]
    [InlineData("The Ministry of Labour also submitted ILO C. 138 to the Council of Ministers with a recommendation that it be ratified.", "ilo_c138")]
    public void A_bill_authorising_accession_or_a_recommendation_to_ratify_is_an_intention_and_no_law(string sentence, string instrument)
    {
        var statements = Legal(sentence);

        var treaty = Single(statements, StatementCategories.Ratification);
        treaty.Action.ShouldBe(StatementActions.Intends);
        treaty.Field(StatementFields.Instrument).ShouldBe(instrument);
        Of(statements, StatementCategories.Law).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Ruritania has ratified all key international conventions concerning child labor except the UN CRC Optional Protocol on Armed Conflict (Table 3).", "un_crc_op_armed_conflict")]
    [InlineData("Ruritania has ratified all key international conventions concerning child labor, with the exception of the Palermo Protocol on Trafficking in Persons (Table 3).", "palermo_protocol")]
    public void All_key_conventions_but_one_are_ratified_and_the_one_is_not(string sentence, string instrument)
    {
        var treaties = Of(Legal(sentence), StatementCategories.Ratification);

        treaties.Count.ShouldBe(2);
        treaties.ShouldContain(t => t.Action == StatementActions.NotRatified && t.Field(StatementFields.Instrument) == instrument);
        treaties.ShouldContain(t => t.Action == StatementActions.Ratified && t.Field(StatementFields.Name) == "all key international conventions concerning child labor");
    }

    [Theory]
    [InlineData("Article 211 of the Labour Code bars inspectors from entering a private dwelling, where most child domestic workers live, without a written authorization from a magistrate.")]
    [InlineData("The Labour Code continues to prohibit inspectors from entering a private residence without a magistrate's warrant.")]
    [InlineData("Inspectors also remain unable to enter private homes without a warrant from a public prosecutor.")]
    public void Entry_barred_without_a_warrant_is_a_limit_and_no_stop(string sentence)
    {
        var statements = Enforcement(sentence);

        Single(statements, StatementCategories.InspectionRestriction).Action.ShouldBe(StatementActions.Imposed);
        Of(statements, StatementCategories.InspectionMoratorium).ShouldBeEmpty();
    }

    [Fact]
    public void An_exemption_from_scheduled_inspections_granted_this_year_is_a_stop_imposed()
    {
        var stop = Single(Enforcement("By Gazette Notice No. 2318/14 of 3 February 2025, the Minister of Labour exempted enterprises employing fewer than 10 workers from scheduled inspections until 31 December 2026."), StatementCategories.InspectionMoratorium);

        stop.Action.ShouldBe(StatementActions.Imposed);
        stop.Field(StatementFields.Until).ShouldBe("2026-12-31");
    }

    [Fact]
    public void An_exemption_that_has_held_since_an_earlier_year_is_a_stop_continued()
    {
        Single(Enforcement("The Decree on Young Enterprises, which since 2019 has exempted enterprises registered for less than two years from scheduled inspections, remained in force throughout 2025."), StatementCategories.InspectionMoratorium)
            .Action.ShouldBe(StatementActions.Continued);
    }

    [Fact]
    public void An_act_that_takes_effect_repealing_another_repeals_it()
    {
        var laws = Of(Legal("Parliament passed the Labour Inspection Act in March, and it took effect on 1 May 2025, repealing the Factories Ordinance of 1967."), StatementCategories.Law);

        laws.ShouldContain(l => l.Action == StatementActions.Repealed && l.Field(StatementFields.Name) == "Factories Ordinance");
    }
}
