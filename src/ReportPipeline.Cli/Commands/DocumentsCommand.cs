using System.CommandLine;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Storage;
using Spectre.Console;

namespace ReportPipeline.Cli.Commands;

/// <summary><c>reportpipeline documents [--status S] [--country ISO2] [--year N] [--json]</c>: what the Documents table holds.</summary>
internal static class DocumentsCommand
{
    public static Command Create()
    {
        var status = new Option<string?>("--status") { Description = "Only documents with this status: ingested, needs-review, failed, superseded or retracted." };
        status.AcceptOnlyFromAmong([.. DocumentStatus.OfDocuments]);
        var country = new Option<string?>("--country") { Description = "Only this country (ISO 3166-1 alpha-2 code)." };
        var year = new Option<int?>("--year") { Description = "Only this reporting year." };
        var storage = StorageSession.StorageOption();
        var json = StorageSession.JsonOption("One JSON object per document, per line.");
        var command = new Command("documents", "List stored documents with their status and, for failed or needs-review ones, the reason.") { status, country, year, storage, json };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new DocumentQuery(parse.GetValue(status), parse.GetValue(country)?.ToUpperInvariant(), parse.GetValue(year)),
            parse.GetValue(storage),
            parse.GetValue(json),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(DocumentQuery query, string? storage, bool json, CancellationToken cancellationToken)
    {
        await using var session = await StorageSession.OpenAsync(storage, Core.Identification.CountryCatalog.Default, cancellationToken).ConfigureAwait(false);
        var documents = new List<StoredDocument>();
        try
        {
            await foreach (var document in session.Get<IDocumentStore>().ListAsync(query, cancellationToken).ConfigureAwait(false))
            {
                documents.Add(document);
            }
        }
        catch (Exception ex) when (StorageFailures.IsStorageFailure(ex))
        {
            return await session.ReportStorageFailureAsync(ex).ConfigureAwait(false);
        }

        documents.Sort((a, b) => (a.Iso2 ?? "~", a.Year ?? 0, a.BlobName).CompareTo((b.Iso2 ?? "~", b.Year ?? 0, b.BlobName)));
        if (json)
        {
            foreach (var document in documents)
            {
                await Console.Out.WriteLineAsync(IngestView.Json(document)).ConfigureAwait(false);
            }
        }
        else
        {
            IngestView.WriteDocuments(AnsiConsole.Console, documents);
        }

        return 0;
    }
}
