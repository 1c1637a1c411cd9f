using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Core;
using ReportPipeline.Core.Identification;
using ReportPipeline.Core.Json;
using ReportPipeline.Core.Model;
using Spectre.Console;

namespace ReportPipeline.Cli.Commands;

/// <summary><c>reportpipeline extract FILE… [--json]</c>: local files in, the extract contract out; touches no storage.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "PDF, text or HTML report files, or the publisher's XML export (one document per country-year)." };
        var json = new Option<bool>("--json") { Description = "One JSON object per file, per line (status-schema.md contract)." };
        var countries = CliOptions.Countries();
        var ai = ModelOption.Create();
        var command = new Command("extract", "Extract document, facts and statements from local report files.") { files, json, countries, ai };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(files)!, parse.GetValue(json), CliOptions.LoadCountries(parse.GetValue(countries)), parse.GetValue(ai), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo[] files, bool json, CountryCatalog countries, bool ai, CancellationToken cancellationToken)
    {
        // The extractor of the pipeline's composition (Core's registration, settings from appsettings.json
        // and the environment), so `extract` reads a file exactly as ingestion does; no storage is touched.
        var settings = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        await using var services = new ServiceCollection().AddSingleton(countries).AddReportPipelineCore(settings).BuildServiceProvider();
        if (ModelOption.TryApply(services.GetRequiredService<ReportExtractor>(), ai) is not { } model)
        {
            return 2;
        }

        using var _ = model;
        var extractor = model.Extractor;
        var failed = 0;
        foreach (var file in files)
        {
            var results = await ExtractFileAsync(extractor, file, cancellationToken).ConfigureAwait(false);
            if (results.All(r => r.Document is null))
            {
                failed++;
            }

            foreach (var result in results)
            {
                foreach (var error in result.Errors)
                {
                    await Console.Error.WriteLineAsync($"error: {file.Name}: {error}").ConfigureAwait(false);
                }

                if (json)
                {
                    // One object per document: a report is one line, the publisher's XML export one line per country-year.
                    Console.Out.WriteLine(ExtractJson.Serialize(result));
                    // The JSON keeps exactly the contract's keys; what was left out is said beside it.
                    foreach (var warning in result.Warnings)
                    {
                        await Console.Error.WriteLineAsync($"warning: {file.Name}: {warning}").ConfigureAwait(false);
                    }
                }
                else if (results.Count > 1)
                {
                    // Plain lines, not wrapped to the console's width: one country-year is one line to grep.
                    Console.Out.WriteLine(CountryYearLine(result));
                }
                else
                {
                    ExtractionView.Write(AnsiConsole.Console, result);
                }
            }

            if (!json && results.Count > 1)
            {
                Console.Out.WriteLine($"{file.Name}: {Counted(results.Count, "country-year")}, {Counted(results.Sum(r => r.Facts.Count), "fact")}, {Counted(results.Sum(r => r.Statements.Count), "statement")}, {results.Count(r => r.Document is { NeedsReview: true })} need review.");
            }
        }

        model.WriteSummary();

        // The contract: non-zero only when every file failed.
        return failed == files.Length ? 1 : 0;
    }

    /// <summary>One document of a multi-document file (the XML export) on one line.</summary>
    internal static string CountryYearLine(ExtractionResult result)
    {
        if (result.Document is not { } document)
        {
            return $"failed: {string.Join(" ", result.Errors)}";
        }

        var year = document.Year?.ToString(CultureInfo.InvariantCulture) ?? "year unknown";
        // Only the first warning: it says why the country-year needs review; --json has them all.
        var review = document.NeedsReview ? $" (needs review{(result.Warnings.Count > 0 ? ": " + result.Warnings[0] : string.Empty)})" : string.Empty;
        return $"{document.Country ?? "country unknown"} ({document.Iso2 ?? "??"}) {year} {document.Source}, {Counted(result.Facts.Count, "fact")}, {Counted(result.Statements.Count, "statement")}{review}";
    }

    private static string Counted(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? string.Empty : "s")}");

    private static async Task<IReadOnlyList<ExtractionResult>> ExtractFileAsync(ReportExtractor extractor, FileInfo file, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = file.OpenRead();
            return await extractor.ExtractAllAsync(stream, file.Name, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [ExtractionResult.Failed(file.Name, $"Cannot open the file: {ex.Message}")];
        }
    }
}
