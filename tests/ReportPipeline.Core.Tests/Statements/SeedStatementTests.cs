using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using ReportPipeline.Testing;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>The statements the real seed reports in ../shared must yield (issue 4).</summary>
public class SeedStatementTests
{
    private static async Task<ExtractionResult> ExtractSeedAsync(string prefix)
    {
        var path = SharedData.Seed(prefix);
        await using var stream = File.OpenRead(path);
        var result = await ReportExtractor.CreateDefault().ExtractAsync(stream, Path.GetFileName(path));
        result.Document.ShouldNotBeNull();
        return result;
    }

    private static bool Has(Statement s, string category, string action, params (string Field, string Value)[] fields) =>
        s.Category == category && s.Action == action && fields.All(f => s.Field(f.Field) == f.Value);

    /// <summary>Asserts a matching statement exists; on failure lists the category's statements so the miss is readable.</summary>
    private static Statement ShouldHave(IReadOnlyList<Statement> statements, string category, string action, params (string Field, string Value)[] fields)
    {
        var found = statements.FirstOrDefault(s => Has(s, category, action, fields));
        found.ShouldNotBeNull(
            $"no {category}/{action} with {string.Join(", ", fields.Select(f => $"{f.Field}={f.Value}"))}; got:\n"
            + string.Join("\n", statements.Where(s => s.Category == category).Select(s => $"{s.Action} {{{string.Join(", ", s.Fields.Select(kv => $"{kv.Key}={kv.Value}"))}}} {s.Text}")));
        return found;
    }

    [SharedDataFact]
    public async Task Azerbaijan_moratorium_on_all_worksite_inspections_extended_until_2026()
    {
        var result = await ExtractSeedAsync("000");
        ShouldHave(result.Statements, StatementCategories.InspectionMoratorium, StatementActions.Extended,
            (StatementFields.Until, "2026-01-01"), (StatementFields.Scope, "all worksite inspections"));
        result.Facts.ShouldContain(f => f.Facet == StatementFacts.Moratorium && f.Value == "Active");
        result.Facts.ShouldContain(f => f.Facet == StatementFacts.MoratoriumUntil && f.Value == "2026-01-01");
    }

    [SharedDataFact]
    public async Task Azerbaijan_trafficking_action_plan_with_its_period()
    {
        var result = await ExtractSeedAsync("000");
        ShouldHave(result.Statements, StatementCategories.ActionPlan, StatementActions.Active,
            (StatementFields.Name, "National Action Plan on Combating Trafficking in Human Beings"), (StatementFields.Period, "2020-2024"));
        result.Facts.ShouldContain(f => f.Facet == "policy.action_plan.combating_trafficking_human_beings" && f.Period == "2020-2024");
    }

    [SharedDataFact]
    public async Task Azerbaijan_suggestions_repeated_by_the_garbled_table_are_kept_once()
    {
        var result = await ExtractSeedAsync("000");
        result.Statements.Count(s => s.Category == StatementCategories.SuggestedAction && s.Text.StartsWith("Resume routine, targeted, onsite", StringComparison.Ordinal)).ShouldBe(1);
        result.Statements.ShouldNotContain(s => s.Category == StatementCategories.InspectionMoratorium && s.Text.StartsWith("Resume", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public async Task Kazakhstan_small_enterprise_moratorium_extended_until_2024()
    {
        var result = await ExtractSeedAsync("004");
        ShouldHave(result.Statements, StatementCategories.InspectionMoratorium, StatementActions.Extended,
            (StatementFields.Until, "2024-01-01"), (StatementFields.Scope, "small enterprises"));
        result.Facts.ShouldContain(f => f.Facet == StatementFacts.MoratoriumUntil && f.Value == "2024-01-01");
    }

    [SharedDataFact]
    public async Task Kazakhstan_law_restricting_unannounced_inspections_signed_in_2021_in_force_2023()
    {
        var result = await ExtractSeedAsync("004");
        ShouldHave(result.Statements, StatementCategories.Law, StatementActions.Signed, (StatementFields.Date, "2021-12-30"));
        ShouldHave(result.Statements, StatementCategories.Law, StatementActions.EnteredIntoForce, (StatementFields.Date, "2023-01-01"));
        ShouldHave(result.Statements, StatementCategories.InspectionRestriction, StatementActions.Imposed,
            (StatementFields.Scope, "unannounced inspections"), (StatementFields.Date, "2021-12-30"));
        ShouldHave(result.Statements, StatementCategories.InspectionRestriction, StatementActions.Imposed,
            (StatementFields.Date, "2023-01-01"), (StatementFields.Condition, "except in the presence of compelling grounds"));
    }

    [SharedDataFact]
    public async Task Kazakhstan_ratified_the_crc_communications_protocol_in_december_2023()
    {
        var result = await ExtractSeedAsync("004");
        var ratification = ShouldHave(result.Statements, StatementCategories.Ratification, StatementActions.Ratified, (StatementFields.Instrument, "un_crc_op_communications"));
        ratification.Field(StatementFields.Date).ShouldBe("2023-12");
        ratification.Text.ShouldStartWith("In December 2023, Kazakhstan's Parliament ratified");
        result.Facts.ShouldContain(f => f.Facet == "ratification.un_crc_op_communications" && f.Value == "Ratified");
    }

    [SharedDataFact]
    public async Task Kazakhstan_action_plans_with_their_periods()
    {
        var result = await ExtractSeedAsync("004");
        ShouldHave(result.Statements, StatementCategories.ActionPlan, StatementActions.Active,
            (StatementFields.Name, "National Action Plan (NAP) on the Elimination of the Worst Forms of Child Labor"), (StatementFields.Period, "2022-2024"));
        ShouldHave(result.Statements, StatementCategories.ActionPlan, StatementActions.Adopted,
            (StatementFields.Name, "National Action Plan (NAP) to Counter Trafficking in Persons"), (StatementFields.Period, "2024-2026"), (StatementFields.Date, "2023-11"));
        result.Facts.ShouldContain(f => f.Facet == "policy.action_plan.elimination_worst_forms_child_labor" && f.Value == "Active" && f.Period == "2022-2024");
        result.Facts.ShouldContain(f => f.Facet == "policy.action_plan.counter_trafficking_persons" && f.Value == "Adopted" && f.Period == "2024-2026");
    }

    [SharedDataFact]
    public async Task Ilo_baseline_says_p29_ratification_is_likely()
    {
        var result = await ExtractSeedAsync("001");
        ShouldHave(result.Statements, StatementCategories.Ratification, StatementActions.Intends, (StatementFields.Instrument, "ilo_p29"));
        ShouldHave(result.Statements, StatementCategories.Ratification, StatementActions.NotRatified, (StatementFields.Instrument, "ilo_p29"));
        result.Facts.ShouldContain(f => f.Facet == "policy.action_plan.forced_labour" && f.Value == "Active");
    }

    [SharedDataFact]
    public async Task Web_pages_yield_ratifications_agreements_and_laws()
    {
        var encyclopedia = await ExtractSeedAsync("002");
        encyclopedia.Statements.ShouldContain(s => s.Category == StatementCategories.Ratification && s.Action == StatementActions.Ratified);
        var ministry = await ExtractSeedAsync("003");
        ShouldHave(ministry.Statements, StatementCategories.Law, StatementActions.Signed, (StatementFields.Kind, "agreement"));
        ShouldHave(ministry.Statements, StatementCategories.Law, StatementActions.Enacted, (StatementFields.Date, "2018-07"));
        ShouldHave(ministry.Statements, StatementCategories.Ratification, StatementActions.Ratified, (StatementFields.Date, "2004"));
    }
}
