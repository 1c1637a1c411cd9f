using ReportPipeline.Core.Statements;
using static ReportPipeline.Core.Tests.Statements.StatementTestKit;

namespace ReportPipeline.Core.Tests.Statements;

public class RulesStatementClassifierTests
{
    [Theory]
    [InlineData("In March 2025, the Ruritanian cabinet imposed a moratorium on all worksite labor inspections.", "imposed", null, "all worksite inspections")]
    [InlineData("The government extended the moratorium on inspections of small businesses until 1 July 2027.", "extended", "2027-07-01", "small enterprises")]
    [InlineData("The moratorium on labor inspections remained in effect throughout 2025.", "continued", null, "labor inspections")]
    [InlineData("On 2 February 2025, the Ministry of Labour lifted the moratorium on labor inspections.", "lifted", null, "labor inspections")]
    [InlineData("Routine and unannounced labor inspections were suspended in Ruritania in April 2025.", "imposed", null, "routine and unannounced labor inspections")]
    public void Moratorium_actions(string sentence, string action, string? until, string scope)
    {
        var statement = Single(Classify(sentence), StatementCategories.InspectionMoratorium);
        statement.Action.ShouldBe(action);
        statement.Field(StatementFields.Until).ShouldBe(until);
        statement.Field(StatementFields.Scope).ShouldBe(scope);
        statement.Text.ShouldBe(sentence);
        statement.Classifier.ShouldBe("rules");
        statement.Confidence.ShouldBeInRange(0.5, 1.0);
    }

    [Fact]
    public void A_lifted_moratorium_carries_the_date_it_ended() =>
        Single(Classify("On 2 February 2025, the Ministry of Labour lifted the moratorium on labor inspections."), StatementCategories.InspectionMoratorium)
            .Field(StatementFields.Date).ShouldBe("2025-02-02");

    [Fact]
    public void A_moratorium_named_without_scope_takes_the_scope_the_document_gives_it()
    {
        var statements = Classify(
            "Ruritania keeps a moratorium on all worksite labor inspections.",
            "Each year since 2019, the cabinet has extended the moratorium, which now runs until January 1, 2027.");
        var extended = statements.Single(s => s.Action == StatementActions.Extended);
        extended.Field(StatementFields.Until).ShouldBe("2027-01-01");
        extended.Field(StatementFields.Scope).ShouldBe("all worksite inspections");
    }

    [Theory]
    [InlineData("The government did not extend the moratorium on labor inspections.")]
    [InlineData("The cabinet plans to lift the moratorium on labor inspections next year.")]
    [InlineData("Officials have refused to lift the moratorium on labor inspections.")]
    public void Denied_or_planned_moratorium_actions_stay_other(string sentence)
    {
        var statements = Classify(sentence);
        statements.ShouldNotContain(s => s.Category == StatementCategories.InspectionMoratorium && s.Action != StatementActions.Continued);
        statements.ShouldNotContain(s => s.Action == StatementActions.Extended || s.Action == StatementActions.Lifted);
    }

    [Fact]
    public void A_denied_extension_is_kept_as_other()
    {
        var statement = Classify("The government did not extend the moratorium on labor inspections.").ShouldHaveSingleItem();
        statement.Category.ShouldBe(StatementCategories.Other);
        statement.Action.ShouldBeNull();
    }

    [Fact]
    public void A_restriction_signed_into_law_yields_both_the_law_and_the_restriction()
    {
        var statements = Classify("On 5 May 2025, the President of Ruritania signed a decree that prohibits unannounced inspections except with the written approval of a prosecutor.");
        var restriction = Single(statements, StatementCategories.InspectionRestriction);
        restriction.Action.ShouldBe(StatementActions.Imposed);
        restriction.Field(StatementFields.Scope).ShouldBe("unannounced inspections");
        restriction.Field(StatementFields.Condition).ShouldBe("except with the written approval of a prosecutor");
        restriction.Field(StatementFields.Date).ShouldBe("2025-05-05");
        var law = Single(statements, StatementCategories.Law);
        law.Action.ShouldBe(StatementActions.Signed);
        law.Field(StatementFields.Date).ShouldBe("2025-05-05");
    }

    [Fact]
    public void Inspections_no_longer_permitted_is_a_restriction() =>
        Single(Classify("Since 2025, labor inspectors are no longer permitted to make unannounced inspections in Ruritania."), StatementCategories.InspectionRestriction)
            .Action.ShouldBe(StatementActions.Imposed);

    [Fact]
    public void Inspections_permitted_only_on_conditions_are_restricted()
    {
        var restriction = Single(Classify("In May 2024, Ruritania amended its Law No. 7 so that unannounced inspections are permitted only on the basis of a prosecutor's order."), StatementCategories.InspectionRestriction);
        restriction.Action.ShouldBe(StatementActions.Imposed);
        restriction.Field(StatementFields.Condition).ShouldBe("only on the basis of a prosecutor's order");
    }

    [Fact]
    public void A_restrictions_date_is_not_the_moratoriums_end_date()
    {
        var restriction = Single(Classify("In December 2024 the cabinet extended the moratorium on labor inspections of small enterprises until January 1, 2026, and unannounced inspections remain prohibited."), StatementCategories.InspectionRestriction);
        restriction.Field(StatementFields.Date).ShouldNotBe("2026-01-01");
    }

    [Fact]
    public void Easing_a_restriction()
    {
        var restriction = Single(Classify("In 2025, Ruritania eased the rules that had limited unannounced inspections."), StatementCategories.InspectionRestriction);
        restriction.Action.ShouldBe(StatementActions.Eased);
    }

    [Fact]
    public void Inspections_that_are_not_prohibited_are_no_restriction()
    {
        var statements = Classify("Unannounced inspections are not prohibited in Ruritania.");
        statements.ShouldNotContain(s => s.Category == StatementCategories.InspectionRestriction);
        statements.ShouldHaveSingleItem().Category.ShouldBe(StatementCategories.Other);
    }

    [Theory]
    [InlineData("In June 2025, the government adopted the National Action Plan on the Elimination of Child Labour (2025–2029).", "adopted", "National Action Plan on the Elimination of Child Labour", "2025-2029")]
    [InlineData("The National Action Plan against Trafficking in Persons (2023–2026) remained active during the reporting period.", "active", "National Action Plan against Trafficking in Persons", "2023-2026")]
    [InlineData("The National Action Plan on Street Children (2019–2024) expired in December 2024.", "expired", "National Action Plan on Street Children", "2019-2024")]
    [InlineData("The ministry drafted a National Action Plan on Domestic Work for 2026 to 2028, which is awaiting approval.", "drafted", "National Action Plan on Domestic Work", "2026-2028")]
    public void Action_plan_actions(string sentence, string action, string name, string period)
    {
        var plan = Single(Classify(sentence), StatementCategories.ActionPlan);
        plan.Action.ShouldBe(action);
        plan.Field(StatementFields.Name).ShouldBe(name);
        plan.Field(StatementFields.Period).ShouldBe(period);
    }

    [Fact]
    public void A_plan_adopted_in_a_month_carries_that_date() =>
        Single(Classify("In June 2025, the government adopted the National Action Plan on the Elimination of Child Labour (2025–2029)."), StatementCategories.ActionPlan)
            .Field(StatementFields.Date).ShouldBe("2025-06");

    [Theory]
    [InlineData("Ruritania has yet to adopt a national action plan on forced labour.")]
    [InlineData("The National Action Plan on Domestic Work (2024–2026) has not been implemented.")]
    public void Plans_not_adopted_stay_other(string sentence)
    {
        var statement = Classify(sentence).ShouldHaveSingleItem();
        statement.Category.ShouldBe(StatementCategories.Other);
    }

    [Fact]
    public void The_plan_a_row_or_lead_in_names_is_the_plan_its_sentences_speak_of()
    {
        var statements = Classify(
            "Key Policies Related to Child Labor",
            "National Action Plan for Rural Youth (2024–2027): Aims to keep rural children in school. The NAP remained in force during 2025.",
            "Rural Youth Alliance\tA network of schools that shares teaching materials and meets every spring.",
            "Counter-Trafficking Plan of Action (2021–2023)\tGuided the work of border guards. In November 2025, a new plan was approved for 2026–2028.");
        var plans = statements.Where(s => s.Category == StatementCategories.ActionPlan).ToList();
        plans.ShouldContain(p => p.Field(StatementFields.Name) == "National Action Plan for Rural Youth" && p.Action == StatementActions.Active && p.Text == "The NAP remained in force during 2025." && p.Field(StatementFields.Period) == "2024-2027");
        plans.ShouldContain(p => p.Field(StatementFields.Name) == "Counter-Trafficking Plan of Action" && p.Action == StatementActions.Adopted && p.Field(StatementFields.Period) == "2026-2028" && p.Field(StatementFields.Date) == "2025-11");
        plans.ShouldNotContain(p => p.Text.Contains("Alliance", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ratification_names_the_schema_instrument_and_its_month()
    {
        var ratification = Single(Classify("In October 2025, the Ruritanian parliament ratified the Optional Protocol to the Convention on the Rights of the Child on a Communications Procedure."), StatementCategories.Ratification);
        ratification.Action.ShouldBe(StatementActions.Ratified);
        ratification.Field(StatementFields.Instrument).ShouldBe("un_crc_op_communications");
        ratification.Field(StatementFields.Date).ShouldBe("2025-10");
    }

    [Fact]
    public void Several_instruments_in_one_sentence_give_several_statements()
    {
        var statements = Classify("Ruritania ratified ILO C. 138 and ILO C. 182 in 2001.").Where(s => s.Category == StatementCategories.Ratification).ToList();
        statements.Select(s => s.Field(StatementFields.Instrument)).ShouldBe(["ilo_c138", "ilo_c182"], ignoreOrder: true);
        statements.ShouldAllBe(s => s.Action == StatementActions.Ratified && s.Field(StatementFields.Date) == "2001");
    }

    [Theory]
    [InlineData("Ruritania has not ratified the Palermo Protocol.", "not_ratified", "palermo_protocol")]
    [InlineData("The Optional Protocol on the Sale of Children has not yet been ratified by Ruritania.", "not_ratified", "un_crc_op_sale_of_children")]
    [InlineData("P29: not ratified yet", "not_ratified", "ilo_p29")]
    [InlineData("C 29 and C 105: ratified", "ratified", "ilo_c29")]
    [InlineData("The government intends to ratify the Protocol of 2014 to the Forced Labour Convention.", "intends", "ilo_p29")]
    [InlineData("Ruritania acceded to the Convention on the Rights of the Child in 1994.", "ratified", "un_crc")]
    public void Ratification_actions(string sentence, string action, string instrument) =>
        Classify(sentence).ShouldContain(s => s.Category == StatementCategories.Ratification && s.Action == action && s.Field(StatementFields.Instrument) == instrument);

    [Fact]
    public void An_instrument_excepted_from_a_ratification_is_not_ratified()
    {
        var statement = Single(Classify("Ruritania has ratified most key international conventions concerning child labor, but not ILO C. 138."), StatementCategories.Ratification);
        statement.Action.ShouldBe(StatementActions.NotRatified);
        statement.Field(StatementFields.Instrument).ShouldBe("ilo_c138");
    }

    [Fact]
    public void The_year_in_a_conventions_title_is_not_the_ratification_date()
    {
        var statement = Single(Classify("In June 2024 Ruritania ratified the ILO Minimum Age Convention, 1973 (No. 138), the ministry said."), StatementCategories.Ratification);
        statement.Field(StatementFields.Instrument).ShouldBe("ilo_c138");
        statement.Field(StatementFields.Date).ShouldBe("2024-06");
    }

    [Fact]
    public void A_law_amended_beside_a_ratification_is_still_a_law() =>
        Classify("In June 2025, the assembly ratified ILO C. 138, and the Labour Code was amended to raise the minimum age to 18.")
            .ShouldContain(s => s.Category == StatementCategories.Law && s.Action == StatementActions.Amended);

    [Fact]
    public void A_hypothetical_ratification_states_none() =>
        Classify("If Ruritania ratified the Palermo Protocol, its courts would apply it.").ShouldNotContain(s => s.Category == StatementCategories.Ratification);

    [Fact]
    public void A_treaty_without_a_schema_key_is_named()
    {
        var ratification = Single(Classify("In 2004, Ruritania ratified the Northern Social Charter."), StatementCategories.Ratification);
        ratification.Field(StatementFields.Instrument).ShouldBeNull();
        ratification.Field(StatementFields.Name).ShouldBe("Northern Social Charter");
    }

    [Theory]
    [InlineData("Parliament adopted the Law on Child Protection in April 2025.", "enacted", "Law on Child Protection", "2025-04")]
    [InlineData("In 2025, the Labour Code was amended to raise the minimum age for hazardous work to 18.", "amended", "Labour Code", "2025")]
    [InlineData("On 30 December 2024, the President signed the Law on Labour Inspections.", "signed", "Law on Labour Inspections", "2024-12-30")]
    [InlineData("The Law on Labour Inspections came into force on January 1, 2026.", "entered_into_force", "Law on Labour Inspections", "2026-01-01")]
    [InlineData("In May 2025, Parliament repealed Decree No. 12 on seasonal work.", "repealed", "Decree No. 12", "2025-05")]
    public void Law_actions(string sentence, string action, string name, string date)
    {
        var law = Classify(sentence).Single(s => s.Category == StatementCategories.Law && s.Action == action);
        law.Field(StatementFields.Name).ShouldBe(name);
        law.Field(StatementFields.Date).ShouldBe(date);
        law.Field(StatementFields.Kind).ShouldBe("law");
    }

    [Fact]
    public void A_drafted_law() =>
        Classify("The Ministry of Justice drafted a law on domestic workers that was submitted to Parliament.")
            .ShouldContain(s => s.Category == StatementCategories.Law && s.Action == StatementActions.Drafted);

    [Fact]
    public void A_law_signed_and_in_force_on_different_dates_gives_both_steps()
    {
        var laws = Classify("The Law on Seasonal Work was signed on 3 March 2024 and came into force on 1 January 2025.").Where(s => s.Category == StatementCategories.Law).ToList();
        laws.ShouldContain(l => l.Action == StatementActions.Signed && l.Field(StatementFields.Date) == "2024-03-03");
        laws.ShouldContain(l => l.Action == StatementActions.EnteredIntoForce && l.Field(StatementFields.Date) == "2025-01-01");
    }

    [Fact]
    public void A_law_not_adopted_stays_other()
    {
        var statement = Classify("Parliament did not adopt the Law on Domestic Work.").ShouldHaveSingleItem();
        statement.Category.ShouldBe(StatementCategories.Other);
    }

    [Fact]
    public void A_signed_memorandum_is_an_agreement_on_a_web_page_and_no_law_in_a_usdol_chapter()
    {
        const string sentence = "In March 2025, the Ministry of Labour signed a Memorandum of Understanding with the labour inspectorate of Freedonia.";
        Classify(sentence).ShouldNotContain(s => s.Category == StatementCategories.Law);
        var page = RulesStatementClassifier.Classify(ReportPipeline.Core.Text.TextDocument.FromPlainLines(ReportPipeline.Core.Text.InputFormat.Text, [sentence]), Ruritania with { Source = ReportPipeline.Core.Model.Sources.WebPage });
        var law = Single(page, StatementCategories.Law);
        law.Action.ShouldBe(StatementActions.Signed);
        law.Field(StatementFields.Kind).ShouldBe("agreement");
        law.Field(StatementFields.Name).ShouldBe("Memorandum of Understanding");
        law.Field(StatementFields.Date).ShouldBe("2025-03");
    }

    [Theory]
    [InlineData("In 2025, the government established the National Commission on Child Labour.", "established", "National Commission on Child Labour")]
    [InlineData("The cabinet abolished the Child Labour Monitoring Unit in August 2025.", "abolished", "Child Labour Monitoring Unit")]
    [InlineData("The ministry opened 12 new family support centers in rural districts.", "established", "family support centers")]
    public void Institution_actions(string sentence, string action, string name)
    {
        var institution = Single(Classify(sentence), StatementCategories.Institution);
        institution.Action.ShouldBe(action);
        institution.Field(StatementFields.Name).ShouldBe(name);
    }

    [Fact]
    public void Coordination_boilerplate_is_no_institution() =>
        Classify("Ruritania has established a mechanism to coordinate its efforts to address child labor.").ShouldBeEmpty();

    [Fact]
    public void Enforcement_figures_in_prose()
    {
        var figures = Classify("Ruritania employed 42 labor inspectors, who conducted 1,250 worksite inspections and found 7 child labor violations.")
            .Where(s => s.Category == StatementCategories.EnforcementFigure)
            .ToDictionary(s => s.Field(StatementFields.Measure)!, s => s.Field(StatementFields.Value));
        figures.ShouldBe(new Dictionary<string, string?> { ["labor.inspectors"] = "42", ["labor.inspections"] = "1250", ["labor.violations"] = "7" }, ignoreOrder: true);
    }

    [Fact]
    public void Unknown_and_criminal_figures()
    {
        var figures = Classify("Police conducted 15 investigations and 3 perpetrators were convicted, but it is unknown how many prosecutions were initiated.")
            .Where(s => s.Category == StatementCategories.EnforcementFigure)
            .ToDictionary(s => s.Field(StatementFields.Measure)!, s => s.Field(StatementFields.Value));
        figures["criminal.investigations"].ShouldBe("15");
        figures["criminal.convictions"].ShouldBe("3");
        figures["criminal.prosecutions"].ShouldBe("Unknown");
    }

    [Fact]
    public void An_unknown_number_of_inspectors() =>
        Classify("An unknown number of labor inspectors worked in 2025.").ShouldContain(s =>
            s.Field(StatementFields.Measure) == "labor.inspectors" && s.Field(StatementFields.Value) == "Unknown");

    [Fact]
    public void A_year_is_not_a_count() =>
        Classify("The 2024 inspections found nothing new.").ShouldNotContain(s => s.Category == StatementCategories.EnforcementFigure);

    [Theory]
    [InlineData("In 2025, Ruritania made moderate advancement in efforts to eliminate the worst forms of child labor.", "Moderate Advancement")]
    [InlineData("Ruritania is assessed as having made only minimal advancement because the moratorium continued.", "Minimal Advancement")]
    [InlineData("In 2025, Ruritania made no advancement in efforts to eliminate the worst forms of child labor.", "No Advancement")]
    [InlineData("In 2025, Ruritania made significant advancement in efforts to eliminate the worst forms of child labor.", "Significant Advancement")]
    public void Assessments(string sentence, string level) =>
        Single(Classify(sentence), StatementCategories.Assessment).Field(StatementFields.Level).ShouldBe(level);

    [Fact]
    public void Advancement_that_was_not_made_is_no_assessment() =>
        Classify("Ruritania has not made significant advancement in years.").ShouldNotContain(s => s.Category == StatementCategories.Assessment);

    [Fact]
    public void Suggested_actions_carry_their_area_and_state_nothing_else()
    {
        var statements = Classify(
            "SUGGESTED GOVERNMENT ACTIONS TO ELIMINATE CHILD LABOR",
            "The suggestions below would close gaps in Ruritania's efforts.",
            "Enforcement",
            "Lift the moratorium on labor inspections in Ruritania.",
            "Legal Framework\tRatify the Protocol of 2014 to the Forced Labour Convention.\t2023 – 2025",
            "CHILDREN AT HIGHER RISK",
            "The government extended the moratorium on labor inspections until 2027.");
        var suggestions = statements.Where(s => s.Category == StatementCategories.SuggestedAction).ToList();
        suggestions.Count.ShouldBe(2);
        suggestions.ShouldContain(s => s.Text == "Lift the moratorium on labor inspections in Ruritania." && s.Field(StatementFields.Area) == "Enforcement" && s.Action == StatementActions.Suggested);
        suggestions.ShouldContain(s => s.Text == "Ratify the Protocol of 2014 to the Forced Labour Convention." && s.Field(StatementFields.Area) == "Legal Framework");
        statements.ShouldNotContain(s => s.Category == StatementCategories.Ratification);
        statements.ShouldNotContain(s => s.Action == StatementActions.Lifted);
        statements.ShouldContain(s => s.Category == StatementCategories.InspectionMoratorium && s.Action == StatementActions.Extended);
    }

    [Theory]
    [InlineData("In 2025, the Ministry of Education launched the Rural School Meals Program.", "launched", "Rural School Meals Program")]
    [InlineData("The Child Shelter Program continued to provide services during the reporting period.", "active", "Child Shelter Program")]
    [InlineData("The Street Children Project ended in June 2025.", "ended", "Street Children Project")]
    public void Program_actions(string sentence, string action, string name)
    {
        var program = Single(Classify(sentence), StatementCategories.Program);
        program.Action.ShouldBe(action);
        program.Field(StatementFields.Name).ShouldBe(name);
    }

    [Fact]
    public void A_programme_lead_in_names_the_programme() =>
        Single(Classify("Key Social Programs to Address Child Labor", "School Meals for Everyone: Government-funded programme that provides lunch in rural schools."), StatementCategories.Program)
            .Field(StatementFields.Name).ShouldBe("School Meals for Everyone");

    [Fact]
    public void An_agency_lead_in_is_no_programme() =>
        Classify("Ministry of Labour (MOL): Enforces labour laws and continued to provide training to inspectors.")
            .ShouldNotContain(s => s.Category == StatementCategories.Program);

    [Fact]
    public void A_programme_whose_status_is_unknown_stays_other()
    {
        var statement = Classify("Research was unable to determine whether the Child Shelter Program remained active.").ShouldHaveSingleItem();
        statement.Category.ShouldBe(StatementCategories.Other);
    }

    [Fact]
    public void Sentences_with_no_signal_yield_nothing() =>
        Classify("Children in Ruritania work in orchards and markets.", "Many of them also attend school.").ShouldBeEmpty();

    [Fact]
    public void Repeated_text_yields_one_statement()
    {
        var statements = Classify(
            "The government extended the moratorium on labor inspections until 1 January 2027.",
            "Extra line.\tThe government extended the moratorium on labor inspections until 1 January 2027.",
            "The government extended themoratorium on labor inspections until 1 January 2027.");
        statements.Count(s => s.Category == StatementCategories.InspectionMoratorium).ShouldBe(1);
    }

    [Fact]
    public void A_repeat_cut_short_by_a_cell_edge_is_the_same_statement()
    {
        var statements = Classify(
            "SUGGESTED GOVERNMENT ACTIONS",
            "Publish information on the number of labor inspections conducted in each province of Ruritania.",
            "Enforcement Publish information on the number of labor inspections conducted in each province");
        statements.Count(s => s.Category == StatementCategories.SuggestedAction).ShouldBe(1);
    }

    [Fact]
    public void Questions_assert_nothing() =>
        Classify("Has Ruritania ratified the Palermo Protocol?").ShouldBeEmpty();
}
