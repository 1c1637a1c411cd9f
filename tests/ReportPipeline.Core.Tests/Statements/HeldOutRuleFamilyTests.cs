using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using ReportPipeline.Core.Text;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Issue 15, the rule families the blind set (eval/statement-labels-blind) showed missing:
/// restrictions told as practice, intentions to accede, British-style law titles and bills passed
/// by one chamber, named amendments and rules of thumb that are no law events, and plans that are
/// an international body's, a body's name, a draft or a goal. Invented Ruritania text (federal
/// Ruritania with the provinces Upland and Lowland), reporting year 2025.
/// </summary>
public class HeldOutRuleFamilyTests
{
    private const string PoliciesTable = "Table 9. Key Policies Related to Child Labor";

    private static List<Statement> Of(IReadOnlyList<Statement> statements, string category) =>
        statements.Where(s => s.Category == category).ToList();

    // Restrictions told as practice

    [Theory]
    [InlineData("In 2025, the Upland labour office only carried out inspections on farms in response to written complaints.", "labor inspections")]
    [InlineData("Sources indicate that Lowland inspectors would only conduct child labour inspections in response to a complaint.", "labor inspections")]
    [InlineData("In Upland, inspectors have stopped conducting unannounced inspections after employers filed harassment complaints.", "unannounced inspections")]
    [InlineData("In Lowland, labour inspectors usually announce their inspections in advance, unless a complaint has been filed.", "labor inspections")]
    [InlineData("Because of the flood emergency, labour inspectors faced restrictions on conducting inspections in the delta.", "labor inspections")]
    public void A_practice_that_leaves_inspections_only_one_way_is_a_restriction(string sentence, string scope)
    {
        var restriction = Single(Classify(sentence), StatementCategories.InspectionRestriction);
        restriction.Action.ShouldBe(StatementActions.Imposed);
        restriction.Field(StatementFields.Scope).ShouldBe(scope);
        Of(Classify(sentence), StatementCategories.InspectionMoratorium).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Limited labour inspection data are available for the provinces.")]
    [InlineData("There is no central register; therefore, limited inspection data were available for inclusion in this report.")]
    [InlineData("In previous reporting periods, Lowland inspectors stopped conducting unannounced inspections after harassment complaints.")]
    [InlineData("The labour office conducts inspections based on requests sent by the police.")]
    public void Scarce_data_history_and_a_plain_description_are_no_restriction(string sentence) =>
        Of(Classify(sentence), StatementCategories.InspectionRestriction).ShouldBeEmpty();

    // Ratification

    [Fact]
    public void A_letter_of_intent_to_accede_is_an_intention_not_a_ratification()
    {
        var ratifications = Of(Classify("The government also submitted letters of intent to the ILO to accede to the Minimum Age Convention and the Optional Protocol on Armed Conflict."), StatementCategories.Ratification);

        ratifications.Select(r => r.Field(StatementFields.Instrument)).Order(StringComparer.Ordinal).ShouldBe(["ilo_c138", "un_crc_op_armed_conflict"]);
        ratifications.ShouldAllBe(r => r.Action == StatementActions.Intends);
    }

    // Laws

    [Theory]
    [InlineData("In 2025, the federal government enacted the Capital District Child Protection and Welfare System Act.", "Capital District Child Protection and Welfare System Act")]
    [InlineData("Upland Province also passed the Upland Bonded Labour System (Abolition) Act.", "Upland Bonded Labour System (Abolition) Act")]
    [InlineData("In 2025, the federal government enacted the Prevention of Trafficking in Persons Act, which removes the need to prove force.", "Prevention of Trafficking in Persons Act")]
    [InlineData("During the year, Lowland strengthened protections by enacting the Lowland Home-Based Workers Act.", "Lowland Home-Based Workers Act")]
    [InlineData("The federal government gave the final approval for the Criminal Law (Second Amendment) Act, which prohibits child pornography.", "Criminal Law (Second Amendment) Act")]
    public void A_long_title_with_small_words_is_one_law_and_its_verb_reaches_it(string sentence, string name)
    {
        var law = Single(Classify(sentence), StatementCategories.Law);
        law.Action.ShouldBe(StatementActions.Enacted);
        law.Field(StatementFields.Name).ShouldBe(name);
    }

    [Fact]
    public void A_bill_passed_by_one_chamber_and_still_awaiting_the_other_is_drafted()
    {
        var laws = Of(Classify(
            "In 2025, the National Assembly passed the Capital District Employment of Children Act, which would raise the minimum age to 15.",
            "However, the Senate had not approved the bill by the end of the year."), StatementCategories.Law);

        var law = laws.ShouldHaveSingleItem();
        law.Action.ShouldBe(StatementActions.Drafted);
        law.Field(StatementFields.Name).ShouldBe("Capital District Employment of Children Act");
    }

    [Fact]
    public void Two_amendment_bills_passed_together_are_two_drafts_while_the_other_chamber_waits()
    {
        var laws = Of(Classify(
            "In 2025, the National Assembly passed the National Commission on Children (Amendment Bill), 2025 and the Capital District Child Protection (Amendment Bill), 2025.",
            "The amendments move child protection from the cabinet to the ministries.",
            "However, the bills are pending passage in the Senate."), StatementCategories.Law);

        laws.Select(l => l.Field(StatementFields.Name)).Order(StringComparer.Ordinal)
            .ShouldBe(["Capital District Child Protection (Amendment Bill)", "National Commission on Children (Amendment Bill)"]);
        laws.ShouldAllBe(l => l.Action == StatementActions.Drafted);
    }

    [Fact]
    public void A_bill_a_provincial_assembly_passed_with_no_chamber_waiting_is_enacted() =>
        Single(Classify("In 2025, the Upland provincial assembly approved the Upland Home Workers (Welfare and Protection) Bill, 2025, which bans domestic work under 14."), StatementCategories.Law)
            .Action.ShouldBe(StatementActions.Enacted);

    [Theory]
    [InlineData("The 18th Amendment to the Ruritanian Constitution devolves labour and child welfare to the provinces.")]
    [InlineData("Until each province repeals or adopts a replacement law, federal child labour laws are in force.")]
    [InlineData("Federal law applies only until the province passes a law on the same subject.")]
    [InlineData("The federal government asserts that the 1972 Labour Code, the Provisional Constitution, and newly enacted laws apply nationally.")]
    public void A_named_amendment_a_rule_of_thumb_and_laws_described_as_new_are_no_law_events(string sentence) =>
        Of(Classify(sentence), StatementCategories.Law).ShouldBeEmpty();

    [Theory]
    [InlineData("In October 2025, the Upland government drafted a Prohibition of Employment of Children Bill to ban 37 hazardous trades.", "Prohibition of Employment of Children Bill")]
    [InlineData("In 2025, the provincial government drafted the Upland Prohibition of Employment of Children Rules, 2025.", "Upland Prohibition of Employment of Children Rules")]
    [InlineData("During the reporting period, the Ministry of Labour finalized a National Labour Code setting safe work for minors.", "National Labour Code")]
    [InlineData("The Lowland Child Employment Bill was sent to the cabinet for consideration.", "Lowland Child Employment Bill")]
    public void Bills_codes_and_rules_in_preparation_are_drafted(string sentence, string name)
    {
        var law = Single(Classify(sentence), StatementCategories.Law);
        law.Action.ShouldBe(StatementActions.Drafted);
        law.Field(StatementFields.Name).ShouldBe(name);
    }

    [Fact]
    public void A_draft_law_pending_parliamentary_approval_is_drafted() =>
        Single(Classify("Upland has criminalized child trafficking, and a draft trafficking in persons law is pending parliamentary approval."), StatementCategories.Law)
            .Action.ShouldBe(StatementActions.Drafted);

    // Plans

    [Theory]
    [InlineData("Additionally, the Ministry of Defence committed to a UN Roadmap to end grave violations against children.")]
    [InlineData("The Policy Research Centre and the university organized two trainings for labour inspectors.")]
    public void An_international_body_s_roadmap_and_a_body_named_after_policy_are_no_plans(string sentence) =>
        Of(Classify(sentence), StatementCategories.ActionPlan).ShouldBeEmpty();

    [Theory]
    [InlineData("United Nations Strategic Framework (2024–2026)\tSets out a framework for humanitarian and development reform in Ruritania.")]
    [InlineData("Council of Europe Action Plan for Ruritania (2024–2026)\tOutlines cooperation between the government and the Council of Europe.")]
    [InlineData("Guidelines for Work of Regional Referral Teams\tImprove cooperation among team members.")]
    [InlineData("Regional Referral Teams†\tInclude a section on unaccompanied migrant children.")]
    public void Policy_rows_of_international_frameworks_guidelines_and_bodies_are_no_plans(string row) =>
        Of(Classify(PoliciesTable, row), StatementCategories.ActionPlan).ShouldBeEmpty();

    [Fact]
    public void Plans_marked_draft_are_drafted_each_by_its_own_mark()
    {
        var plans = Of(Classify("Although the Ruritania Education Policy 2023 (draft) and National Education Policy Framework 2024 (draft) mention child labour, they offer no strategy against it."), StatementCategories.ActionPlan);

        plans.Count.ShouldBe(2);
        plans.ShouldAllBe(p => p.Action == StatementActions.Drafted);
    }

    [Fact]
    public void A_plan_a_row_provides_for_developing_and_implementing_is_no_plan_of_its_own()
    {
        var plans = Of(Classify(PoliciesTable, "National Development Plan (2024–2028)\tBroad poverty policy with provisions for ending violence against children and developing and implementing a National Child Labour Policy."), StatementCategories.ActionPlan);

        plans.ShouldHaveSingleItem().Field(StatementFields.Name).ShouldBe("National Development Plan");
    }

    [Fact]
    public void The_development_of_a_named_plan_is_its_drafting() =>
        Single(Classify("The work plan will culminate with the development of a Child Labour National Action Plan."), StatementCategories.ActionPlan)
            .Action.ShouldBe(StatementActions.Drafted);

    [Fact]
    public void A_cabinet_approving_a_plan_without_a_title_adopts_it()
    {
        var plan = Single(Classify("In 2025, the Upland provincial cabinet approved a child labour policy, the first in Ruritania."), StatementCategories.ActionPlan);
        plan.Action.ShouldBe(StatementActions.Adopted);
        plan.Field(StatementFields.Name).ShouldBe("child labour policy");
        plan.Field(StatementFields.Date).ShouldBe("2025");
    }
}
