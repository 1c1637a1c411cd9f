using System.CommandLine;
using ReportPipeline.Core.Ingestion;
using Spectre.Console;

namespace ReportPipeline.Cli.Commands;

/// <summary>
/// <c>reportpipeline retract ID-OR-BLOB --reason TEXT</c>: an analyst takes a document out of every status by
/// hand (a report withdrawn by its publisher, a file ingested by mistake). It stays listed, as retracted, with the reason.
/// </summary>
internal static class RetractCommand
{
    public static Command Create()
    {
        var target = new Argument<string>("id-or-blob") { Description = "A document id (at least 8 characters of it, as `documents --json` prints) or the blob name it was read from." };
        var reason = new Option<string>("--reason") { Description = "Why (required; stored on the document).", Required = true };
        var storage = StorageSession.StorageOption();
        var json = StorageSession.JsonOption("One JSON object per retracted document, per line.");
        var command = new Command("retract", "Take a document out of every status by hand; it stays listed as retracted, and its country is compared again.") { target, reason, storage, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await StorageSession.OpenAsync(parse.GetValue(storage), Core.Identification.CountryCatalog.Default, cancellationToken).ConfigureAwait(false);
            var outcome = await session.Get<IngestionService>().RetractAsync(parse.GetValue(target)!, parse.GetValue(reason)!, cancellationToken).ConfigureAwait(false);
            if (outcome.Retired.Count == 0)
            {
                await Console.Error.WriteLineAsync($"error: {outcome.Note}").ConfigureAwait(false);
                return 1;
            }

            if (parse.GetValue(json))
            {
                foreach (var document in outcome.Retired)
                {
                    await Console.Out.WriteLineAsync(IngestView.Json(document)).ConfigureAwait(false);
                }
            }
            else
            {
                IngestView.WriteDocuments(AnsiConsole.Console, outcome.Retired);
                AnsiConsole.MarkupLine(Markup.Escape("Run `compare` (or let `watch` do it) to compare the years without it."));
            }

            return 0;
        });
        return command;
    }
}
