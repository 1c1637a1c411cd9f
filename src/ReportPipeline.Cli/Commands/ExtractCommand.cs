using System.CommandLine;
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
        var files = new Argument<FileInfo[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "PDF, text or HTML report files." };
        var json = new Option<bool>("--json") { Description = "One JSON object per file, per line (status-schema.md contract)." };
        var countries = CliOptions.Countries();
        var ai = ModelOption.Create();
        var command = new Command("extract", "Extract document, facts and statements from local report files.") { files, json, countries, ai };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(files)!, parse.GetValue(json), CliOptions.LoadCountries(parse.GetValue(countries)), parse.GetValue(ai), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo[] files, bool json, CountryCatalog countries, bool ai, CancellationToken cancellationToken)
    {
        if (ModelOption.TryApply(ReportExtractor.CreateDefault(countries), ai) is not { } model)
        {
            return 2;
        }

        using var _ = model;
        var extractor = model.Extractor;
        var failed = 0;
        foreach (var file in files)
        {
            var result = await ExtractFileAsync(extractor, file, cancellationToken).ConfigureAwait(false);
            if (result.Document is null)
            {
                failed++;
            }

            foreach (var error in result.Errors)
            {
                await Console.Error.WriteLineAsync($"error: {file.Name}: {error}").ConfigureAwait(false);
            }

            if (json)
            {
                Console.Out.WriteLine(ExtractJson.Serialize(result));
                // The JSON keeps exactly the contract's keys; what was left out is said beside it.
                foreach (var warning in result.Warnings)
                {
                    await Console.Error.WriteLineAsync($"warning: {file.Name}: {warning}").ConfigureAwait(false);
                }
            }
            else
            {
                ExtractionView.Write(AnsiConsole.Console, result);
            }
        }

        model.WriteSummary();

        // The contract: non-zero only when every file failed.
        return failed == files.Length ? 1 : 0;
    }

    private static async Task<ExtractionResult> ExtractFileAsync(ReportExtractor extractor, FileInfo file, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = file.OpenRead();
            return await extractor.ExtractAsync(stream, file.Name, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ExtractionResult.Failed(file.Name, $"Cannot open the file: {ex.Message}");
        }
    }
}
