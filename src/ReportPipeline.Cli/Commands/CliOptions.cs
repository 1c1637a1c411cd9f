using System.CommandLine;
using ReportPipeline.Core.Identification;

namespace ReportPipeline.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CliOptions
{
    /// <summary>Extra country list files (TSV: ISO2, name, aliases) on top of the built-in ISO 3166 list.</summary>
    public static Option<FileInfo[]> Countries() => new("--countries")
    {
        // One file per occurrence (repeat the option for more): otherwise `--countries x.tsv a.pdf b.pdf`
        // would take the reports for country lists.
        Description = "Extra country list (TSV: ISO2<TAB>name<TAB>alias|alias) added to the built-in ISO 3166 list; repeat for more; also ReportPipeline__Countries.",
        AllowMultipleArgumentsPerToken = false,
    };

    public static CountryCatalog LoadCountries(FileInfo[]? files)
    {
        var paths = (files ?? []).Select(f => f.FullName).ToList();
        var fromEnvironment = Environment.GetEnvironmentVariable("ReportPipeline__Countries");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            paths.AddRange(fromEnvironment.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        }

        return paths.Count == 0 ? CountryCatalog.Default : CountryCatalog.Load([.. paths]);
    }
}
