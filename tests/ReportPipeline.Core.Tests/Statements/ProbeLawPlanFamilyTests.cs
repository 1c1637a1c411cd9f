using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using ReportPipeline.Core.Text;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// Law, plan and ratification wordings the invented probe chapters showed the rules missing, written here as families in
/// new invented Ruritania sentences (reporting year 2025): a bill passed only at an early reading, a draft law pending since
/// a year or sent to the legislature, a law's relative "would" clause, the amendments of the sentence before coming into
/// force, a titled order revoked, a titled law changing the hazardous-work list, a law applied for the first time; a plan
/// being prepared, a programme joined to a plan, a predecessor named in a row, a donor's strategy as a row, the kind of act
/// that adopted a plan; an intention to ratify, a treaty sent for ratification, a convention left out of "most conventions",
/// and the CRC's optional protocols named with "UN CRC" before them.
/// </summary>
public class ProbeLawPlanFamilyTests
{
    private const string PoliciesTable = "Table 9. Key Policies Related to Child Labor";

    private static IReadOnlyList<Statement> Legal(params string[] sentences) =>
        Classify(["Ruritania", "IV. LEGAL FRAMEWORK FOR CHILD LABOR", .. sentences]);

    private static IReadOnlyList<Statement> Policies(params string[] lines) =>
        Classify(["Ruritania", "V. GOVERNMENT POLICIES ON CHILD LABOR", .. lines]);

    private static IReadOnlyList<Statement> Treaties(string sentence) =>
        Classify("Ruritania", "III. INTERNATIONAL CONVENTIONS", sentence);

    private static List<Statement> Of(IReadOnlyList<Statement> statements, string category) =>
        statements.Where(s => s.Category == category).ToList();

    // Laws

    [Theory]
    [InlineData("In March 2025, the National Assembly approved at first reading a bill amending the Penal Code to punish forced begging.")]
    [InlineData("Parliament adopted in second reading the Law on Apprenticeships in June 2025.")]
    public void A_bill_passed_only_at_an_early_reading_is_drafted(string sentence)
    {
        var laws = Of(Legal(sentence), StatementCategories.Law);

        laws.ShouldNotBeEmpty();
        laws.ShouldAllBe(l => l.Action == StatementActions.Drafted);
    }

    [Fact]
    public void A_bill_passed_at_its_final_reading_stays_enacted() =>
        Single(Legal("In May 2025, Parliament passed the Child Protection Act at its third and final reading."), StatementCategories.Law)
            .Action.ShouldBe(StatementActions.Enacted);

    [Theory]
    [InlineData("A draft Law on Street Vending has been pending before the Senate since 2021.")]
    [InlineData("A draft Law on Street Vending that would bar children from night trading is pending before the Senate.")]
    [InlineData("A draft Law on Street Vending that would bar children under 14 from night trading has been pending before the Council of Ministers since 2021.")]
    public void A_draft_law_pending_before_a_body_stays_drafted(string sentence)
    {
        var law = Single(Legal(sentence), StatementCategories.Law);

        law.Action.ShouldBe(StatementActions.Drafted);
        law.Field(StatementFields.Name).ShouldBe("Law on Street Vending");
    }

    [Fact]
    public void A_code_the_government_sent_to_the_legislature_is_drafted()
    {
        var law = Single(Legal("In July 2025, the Council of Ministers sent the new Family Code to the National Assembly, which began debating it in November."), StatementCategories.Law);

        law.Action.ShouldBe(StatementActions.Drafted);
        law.Field(StatementFields.Name).ShouldBe("Family Code");
    }

    [Fact]
    public void Amendments_the_sentence_before_made_coming_into_force_enter_into_force()
    {
        var laws = Of(Legal(
            "In October 2025, Parliament adopted amendments to the Labor Code that restrict night work for adolescents.",
            "These changes will enter into force on March 1, 2026."), StatementCategories.Law);

        var inForce = laws.Where(l => l.Action == StatementActions.EnteredIntoForce).ShouldHaveSingleItem();
        inForce.Field(StatementFields.Name).ShouldBe("Labor Code");
        inForce.Field(StatementFields.Date).ShouldBe("2026-03-01");
    }

    [Fact]
    public void Amendments_coming_into_force_with_no_law_before_are_no_statement() =>
        Of(Legal("Ruritania has no minimum age for domestic work.", "The amendments take effect on January 1, 2026."), StatementCategories.Law).ShouldBeEmpty();

    [Fact]
    public void A_titled_order_revoked_is_repealed()
    {
        var law = Single(Legal("In April 2025, the Ministry of Education revoked its 2018 Order on School Harvest Work."), StatementCategories.Law);

        law.Action.ShouldBe(StatementActions.Repealed);
        law.Field(StatementFields.Name).ShouldBe("Order on School Harvest Work");
        law.Field(StatementFields.Date).ShouldBe("2025-04");
    }

    [Fact]
    public void A_titled_law_that_changed_the_hazardous_work_list_is_amended()
    {
        var law = Single(Legal("In 2025, Ministerial Decree No. 44 expanded the list of hazardous occupations prohibited to children, adding deep-sea fishing."), StatementCategories.Law);

        law.Action.ShouldBe(StatementActions.Amended);
        law.Field(StatementFields.Name).ShouldBe("Ministerial Decree No. 44");
    }

    [Fact]
    public void A_law_applied_for_the_first_time_is_in_force()
    {
        var law = Single(Legal("Government Resolution No. 9 of 2021 on Seasonal Work, which bars children from the cotton harvest, was enforced for the first time in 2025."), StatementCategories.Law);

        law.Action.ShouldBe(StatementActions.Enacted);
        law.Field(StatementFields.Name)!.ShouldStartWith("Government Resolution No. 9");
    }

    [Fact]
    public void The_kind_of_act_that_adopted_a_plan_in_its_row_is_no_law()
    {
        var statements = Policies(PoliciesTable, "Policy\tDescription", "National Youth Strategy (2025–2030)\tSets goals for youth employment and vocational training. Approved by Cabinet Decision in May 2025.");

        Of(statements, StatementCategories.Law).ShouldBeEmpty();
        Of(statements, StatementCategories.ActionPlan).ShouldContain(p => p.Field(StatementFields.Name) == "National Youth Strategy");
    }

    // Plans

    [Fact]
    public void A_plan_the_ministry_is_preparing_is_drafted()
    {
        var plan = Single(Policies("The Ministry of Social Affairs is preparing a new National Strategy for Child Protection for 2026–2030."), StatementCategories.ActionPlan);

        plan.Action.ShouldBe(StatementActions.Drafted);
        plan.Field(StatementFields.Name).ShouldBe("National Strategy for Child Protection");
    }

    [Fact]
    public void A_programme_joined_to_a_plan_under_one_verb_is_a_plan_of_its_own()
    {
        var names = Of(Policies("In 2025, the government adopted the National Employment Strategy and the Programme for Rural Schools for 2025–2028."), StatementCategories.ActionPlan)
            .Select(p => p.Field(StatementFields.Name)).ToList();

        names.ShouldBe(["National Employment Strategy", "Programme for Rural Schools"], ignoreOrder: true);
    }

    [Fact]
    public void Two_state_programmes_joined_by_and_the_are_two_plans()
    {
        var names = Of(Policies("During 2025, the government implemented the State Programme on Child Health and the National Programme on Street Children (2024–2027)."), StatementCategories.ActionPlan)
            .Select(p => p.Field(StatementFields.Name)).ToList();

        names.ShouldBe(["State Programme on Child Health", "National Programme on Street Children"], ignoreOrder: true);
    }

    [Fact]
    public void The_predecessor_a_row_names_is_no_plan_of_the_year()
    {
        var names = Of(Policies(PoliciesTable, "Policy\tDescription", "National Plan for Children (2025–2030)\tBuilds on the National Strategy for Children's Welfare. Covers schooling, health and protection from exploitation."), StatementCategories.ActionPlan)
            .Select(p => p.Field(StatementFields.Name)).ToList();

        names.ShouldBe(["National Plan for Children"]);
    }

    [Fact]
    public void A_row_describing_a_donors_strategy_is_no_plan() =>
        Of(Policies(PoliciesTable, "Policy\tDescription", "Country Assistance Strategy (2024–2027)\tUNDP strategy for Ruritania that funds rural water supply and primary schools."), StatementCategories.ActionPlan)
            .ShouldBeEmpty();

    [Fact]
    public void A_government_plan_a_donor_supports_stays_a_plan() =>
        Of(Policies(PoliciesTable, "Policy\tDescription", "National Education Strategy (2024–2027)\tSupported by the World Bank, expands primary schools in rural districts."), StatementCategories.ActionPlan)
            .ShouldContain(p => p.Field(StatementFields.Name) == "National Education Strategy");

    // Ratifications

    [Theory]
    [InlineData("The Minister of Labor told Parliament that Ruritania aims to ratify ILO C. 138 by 2027.")]
    [InlineData("The government hopes to accede to ILO C. 138 before the next election.")]
    public void An_aim_or_hope_to_ratify_is_an_intention(string sentence)
    {
        var ratification = Single(Treaties(sentence), StatementCategories.Ratification);

        ratification.Action.ShouldBe(StatementActions.Intends);
        ratification.Field(StatementFields.Instrument).ShouldBe(Instruments.IloC138);
        ratification.Field(StatementFields.Date).ShouldBeNull();
    }

    [Fact]
    public void A_treaty_sent_to_the_legislature_for_ratification_is_an_intention()
    {
        var ratification = Single(Treaties("In 2025, the Cabinet sent the Domestic Workers Convention (C. 189) to Parliament for ratification."), StatementCategories.Ratification);

        ratification.Action.ShouldBe(StatementActions.Intends);
        ratification.Field(StatementFields.Name).ShouldBe("Domestic Workers Convention (C. 189)");
    }

    [Fact]
    public void A_keyed_treaty_the_government_will_submit_for_ratification_is_an_intention() =>
        Single(Treaties("The government will submit the Minimum Age Convention to the National Assembly for ratification next year."), StatementCategories.Ratification)
            .ShouldSatisfyAllConditions(
                r => r.Action.ShouldBe(StatementActions.Intends),
                r => r.Field(StatementFields.Instrument).ShouldBe(Instruments.IloC138));

    [Fact]
    public void A_convention_left_out_of_most_conventions_ratified_is_not_ratified()
    {
        var ratifications = Of(Treaties("Ruritania has ratified the main international conventions on child labor, with the exception of ILO C. 182."), StatementCategories.Ratification);

        ratifications.ShouldContain(r => r.Field(StatementFields.Instrument) == Instruments.IloC182 && r.Action == StatementActions.NotRatified);
        ratifications.ShouldNotContain(r => r.Field(StatementFields.Instrument) == Instruments.IloC182 && r.Action == StatementActions.Ratified);
    }

    [Fact]
    public void A_convention_ratified_with_its_year_stays_ratified() =>
        Single(Treaties("Ruritania ratified ILO C. 138 in 2025."), StatementCategories.Ratification)
            .ShouldSatisfyAllConditions(
                r => r.Action.ShouldBe(StatementActions.Ratified),
                r => r.Field(StatementFields.Date).ShouldBe("2025"));

    [Theory]
    [InlineData("UN CRC Optional Protocol on the Sale of Children", Instruments.UnCrcOpSaleOfChildren)]
    [InlineData("CRC Optional Protocol on Armed Conflict", Instruments.UnCrcOpArmedConflict)]
    public void An_optional_protocol_named_with_crc_before_it_is_not_the_crc(string text, string key) =>
        Instruments.Find(text).Select(m => m.Key).ShouldBe([key]);

    [Fact]
    public void The_crc_and_its_protocol_named_apart_are_both_found() =>
        Instruments.Find("the UN CRC and the Optional Protocol on Armed Conflict").Select(m => m.Key)
            .ShouldBe([Instruments.UnCrc, Instruments.UnCrcOpArmedConflict]);

    [Fact]
    public void Acceding_to_the_un_crc_optional_protocol_is_no_crc_statement() =>
        Of(Treaties("In 2025, Ruritania acceded to the UN CRC Optional Protocol on the Sale of Children."), StatementCategories.Ratification)
            .Select(r => r.Field(StatementFields.Instrument)).ShouldBe([Instruments.UnCrcOpSaleOfChildren]);
}
