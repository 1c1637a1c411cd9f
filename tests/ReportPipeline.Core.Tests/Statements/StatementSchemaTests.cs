using ReportPipeline.Core.Statements;

namespace ReportPipeline.Core.Tests.Statements;

public sealed class StatementSchemaTests
{
    private static StatementLabel Label(string category, string? action, params (string Name, string Value)[] fields) =>
        new(category, action, fields.ToDictionary(f => f.Name, f => f.Value), 0.9);

    [Theory]
    [InlineData("inspection_moratorium", "extended", "until", "2026-01-01")]
    [InlineData("inspection_moratorium", "lifted", "scope", "small enterprises")]
    [InlineData("action_plan", "adopted", "period", "2024-2026")]
    [InlineData("action_plan", "active", "period", "2025")]
    [InlineData("ratification", "intends", "instrument", "ilo_p29")]
    [InlineData("ratification", "ratified", "name", "Labour Inspection Convention (C81)")]
    [InlineData("law", "signed", "date", "2021-12")]
    [InlineData("law", "entered_into_force", "date", "2023")]
    [InlineData("law", "signed", "kind", "agreement")]
    [InlineData("inspection_restriction", "imposed", "condition", "with compelling grounds")]
    [InlineData("enforcement_figure", "reported", "measure", "labor inspectors")]
    [InlineData("assessment", "assessed", "level", "Moderate Advancement")]
    [InlineData("suggested_action", "suggested", "area", "Government Policies")]
    public void Labels_in_the_schema_are_kept(string category, string action, string field, string value)
    {
        var fields = new List<(string, string)> { (field, value) };
        if (category == "enforcement_figure") fields.Add(("value", "6926"));

        var valid = StatementSchema.Validate(Label(category, action, [.. fields]), out var reason);

        reason.ShouldBeNull();
        valid.ShouldNotBeNull().Fields[field].ShouldBe(value);
    }

    [Theory]
    [InlineData("riot", "started", null, null, "unknown category")]
    [InlineData("other", null, null, null, "unknown category")]
    [InlineData("law", "celebrated", null, null, "not one of law's actions")]
    [InlineData("law", null, null, null, "not one of law's actions")]
    [InlineData("law", "enacted", "until", "2026-01-01", "does not belong to law")]
    [InlineData("law", "enacted", "date", "1 July 2024", "not an ISO date")]
    [InlineData("law", "enacted", "date", "2024-02-30", "not an ISO date")]
    [InlineData("inspection_moratorium", "extended", "until", "2026-13", "not an ISO date")]
    [InlineData("action_plan", "adopted", "period", "2026-2024", "year range")]
    [InlineData("ratification", "ratified", "instrument", "C182", "not a schema instrument key")]
    [InlineData("ratification", "ratified", null, null, "needs one of the fields 'instrument', 'name'")]
    [InlineData("assessment", "assessed", "level", "Great Advancement", "not an assessment level")]
    [InlineData("suggested_action", "suggested", "area", "Education", "not a suggested-action area")]
    [InlineData("enforcement_figure", "reported", "value", "many", "neither a number nor Unknown")]
    [InlineData("law", "signed", "kind", "treaty", "neither law nor agreement")]
    public void Labels_outside_the_schema_are_rejected_with_a_reason(string category, string? action, string? field, string? value, string expected)
    {
        var label = field is null ? Label(category, action) : Label(category, action, (field, value!));

        var valid = StatementSchema.Validate(label, out var reason);

        valid.ShouldBeNull();
        reason.ShouldNotBeNull().ShouldContain(expected);
    }

    [Fact]
    public void Confidence_outside_zero_to_one_is_rejected()
    {
        StatementSchema.Validate(new StatementLabel("law", "enacted", new Dictionary<string, string>(), 1.2), out var reason).ShouldBeNull();
        reason.ShouldNotBeNull().ShouldContain("outside 0..1");
    }

    [Fact]
    public void Blank_fields_are_removed_rather_than_kept_empty()
    {
        var valid = StatementSchema.Validate(Label("law", "enacted", ("name", "  "), ("date", "2024-07-01")), out _);

        valid.ShouldNotBeNull().Fields.Keys.ShouldBe(["date"]);
    }

    [Fact]
    public void Sentence_hash_ignores_line_breaks_and_spacing_but_not_words()
    {
        SentenceHash.Of("The moratorium was\n extended  until 2026.").ShouldBe(SentenceHash.Of(" The moratorium was extended until 2026."));
        SentenceHash.Of("The moratorium was extended until 2026.").ShouldNotBe(SentenceHash.Of("The moratorium was lifted in 2026."));
    }
}
