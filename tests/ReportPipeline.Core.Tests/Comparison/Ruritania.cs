using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Tests.Comparison;

/// <summary>Invented documents about Ruritania (XR) for comparison tests.</summary>
internal static class Ruritania
{
    public const string Iso2 = "XR";
    public const string Name = "Ruritania";

    public static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static CountryDocument Chapter(int year, params Fact[] facts) => Document($"chapter-{year}", Sources.UsdolFindings, year, facts, []);

    public static CountryDocument Dataset(int year, params Fact[] facts) => Document($"dataset-{year}", Sources.UsdolDataset, year, facts, []);

    public static CountryDocument Document(string id, string source, int? year, IReadOnlyList<Fact> facts, IReadOnlyList<Statement> statements) =>
        new(id, source, year, facts, statements, $"reports/{id}.pdf");

    public static Fact F(string facet, string value, int? page = 4) =>
        new(facet, value, $"Ruritania table row: {facet} {value}", page);

    public static Statement Moratorium(string action, string text, string? until = null, int page = 3)
    {
        var fields = new Dictionary<string, string>();
        if (until is not null)
        {
            fields["until"] = until;
        }

        return new Statement("inspection_moratorium", action, text, 0.95, "rules", fields, page);
    }

    public static Statement Plan(string action, string name, string? period = null)
    {
        var fields = new Dictionary<string, string> { ["name"] = name };
        if (period is not null)
        {
            fields["period"] = period;
        }

        return new Statement("action_plan", action, $"The government {action} the {name}.", 0.9, "rules", fields, 5);
    }

    public static CountryHistory History(params CountryDocument[] documents) => new(Iso2, Name, documents);

    public static IReadOnlyList<Alert> Detect(params CountryDocument[] documents) =>
        new ChangeDetector().Detect(StatusBuilder.Build(History(documents)), Now);
}
