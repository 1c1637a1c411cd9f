using ReportPipeline.Core.Facts.Usdol;

namespace ReportPipeline.Core.Tests.Facts;

public sealed class UsdolReadersTests
{
    [Theory]
    [InlineData("EFFORTS MADE BUT CONTINUED LAW AND PRACTICE THAT DELAYED ADVANCEMENT", "Efforts Made but Continued Law and Practice that Delayed Advancement")]
    [InlineData("efforts Made but regression in law and Practice that delayed advanceMent", "Efforts Made but Regression in Law and Practice that Delayed Advancement")]
    [InlineData("EFFORTS MADE BUT COMPLICIT IN FORCED CHILD LABOR", "Efforts Made but Complicit in Forced Child Labor")]
    public void Qualifiers_get_the_publishers_title_case(string heading, string expected) =>
        AssessmentReader.TitleCase(heading).ShouldBe(expected);

    [Theory]
    [InlineData("Minimum Age for Hazardous", "minimum_age_hazardous_work")]
    [InlineData("Prohibition of Military Recruitment by Non-", "prohibition_non_state_military")]
    [InlineData("Minimum Age for Work, 18 Years", "minimum_age_work")]
    [InlineData("State Voluntary", "minimum_age_voluntary_military")]
    [InlineData("Prohibition of Slavery, Debt Bondage, and Forced Labor", "prohibition_forced_labor")]
    [InlineData("Prohibition of", null)]
    [InlineData("Minimum Age for Military Recruitment", null)]
    public void Law_table_labels_are_recognised_from_their_first_line(string cell, string? standard) =>
        LegalReader.StandardOf(cell).ShouldBe(standard);

    [Theory]
    [InlineData("However, Ruritania's laws do not meet international standards on minimum age for work or minimum age for hazardous work because they exclude the informal sector.", "minimum_age_work,minimum_age_hazardous_work")]
    [InlineData("Although Article 9 criminalizes trafficking of minors, no law criminalizes the users of prostitution involving children.", "prohibition_csec")]
    [InlineData("The laws providing free basic education do not meet international standards because they exclude non-citizens.", "free_public_education")]
    [InlineData("The list of hazardous occupations is insufficient because it omits fishing; the law does not prohibit forced labor in prisons.", "hazardous_occupations_identified,prohibition_forced_labor")]
    [InlineData("Ruritania's law on child trafficking meets international standards.", "")]
    public void Shortfalls_are_read_from_the_clause_that_names_them(string sentence, string expected) =>
        LegalReader.ShortfallsIn(sentence).Order().ShouldBe(expected.Split(',', StringSplitOptions.RemoveEmptyEntries).Order());
}
