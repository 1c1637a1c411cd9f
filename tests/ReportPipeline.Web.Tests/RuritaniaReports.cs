using System.Globalization;

namespace ReportPipeline.Web.Tests;

/// <summary>
/// Invented USDOL-style chapters about Ruritania for two years, and a hostile file name: markup
/// where report-derived text is shown, to prove the read side shows it as text.
/// </summary>
internal static class RuritaniaReports
{
    public const string HostileName = "<img src=x onerror=window.__xss=1><script>window.__xss=2</script>.bin";

    public static string Chapter(int year, string level, string qualifier, string unannounced) => string.Create(CultureInfo.InvariantCulture, $"""
        Ruritania

        {level.ToUpperInvariant()} – {qualifier}

        In {year}, Ruritania made {level.ToLowerInvariant()} in efforts to eliminate the worst forms of child labor. The Ministry of Labour of Ruritania ran a campaign in the river provinces.

        Enforcement Mechanisms and Efforts

        Has a Labor Inspectorate	Yes
        Able to Assess Civil Penalties	Yes
        Routinely Conducted Worksite Inspections	Yes
        Unannounced Inspections Permitted	{unannounced}
        Has a Complaint Mechanism	Yes
        """);

    public static IReadOnlyList<(string Name, string Text)> TwoYears() =>
    [
        ("ruritania-2022.txt", Chapter(2022, "Moderate Advancement", "Efforts Made", "Yes")),
        ("ruritania-2023.txt", Chapter(2023, "Minimal Advancement", "Efforts Made but Continued Practice that Delayed Advancement", "No")),
    ];
}
