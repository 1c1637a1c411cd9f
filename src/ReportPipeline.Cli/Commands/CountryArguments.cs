using ReportPipeline.Core.Identification;

namespace ReportPipeline.Cli.Commands;

/// <summary>Country arguments and options: an ISO-2 code or a name from the loaded country lists, the same in every command.</summary>
internal static class CountryArguments
{
    public const int UnknownCountryExit = 2;

    /// <summary>The ISO-2 codes of <paramref name="values"/>, or null after saying on stderr which value is no country.</summary>
    public static IReadOnlyList<string>? Resolve(CountryCatalog countries, IEnumerable<string> values)
    {
        var codes = new List<string>();
        foreach (var value in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (countries.Find(value) is not { } country)
            {
                Console.Error.WriteLine($"error: unknown country '{value}': {countries.UnknownCountryHint(value)}");
                return null;
            }

            if (!codes.Contains(country.Iso2, StringComparer.Ordinal))
            {
                codes.Add(country.Iso2);
            }
        }

        return codes;
    }

    /// <summary>The ISO-2 code of <paramref name="value"/>, or null after saying on stderr that it is no country.</summary>
    public static string? Resolve(CountryCatalog countries, string value) =>
        Resolve(countries, [value]) is [var code] ? code : null;
}
