namespace ReportPipeline.Core.Identification;

/// <summary>A country or territory: the name reports use, its ISO 3166-1 alpha-2 code and other names it goes by.</summary>
public sealed record Country(string Iso2, string Name, IReadOnlyList<string> Aliases);
