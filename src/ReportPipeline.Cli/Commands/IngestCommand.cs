using System.CommandLine;
using System.Security.Cryptography;
using ReportPipeline.Core.Identification;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Storage;
using Spectre.Console;

namespace ReportPipeline.Cli.Commands;

/// <summary>
/// <c>reportpipeline ingest PATH… [--container] [--storage CONNSTR] [--json]</c>: uploads local files
/// and folders into the reports container and ingests them (and, with <c>--container</c>, whatever
/// else is there and not processed yet), then prints what became of each file.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.ZeroOrMore, Description = "Report files or folders (searched recursively) to upload and ingest." };
        var container = new Option<bool>("--container") { Description = "Also ingest the blobs already in the reports container that were not processed yet." };
        var storage = StorageSession.StorageOption();
        var json = StorageSession.JsonOption("One JSON object per file, per line, instead of the progress bar and summary table.");
        var countries = CliOptions.Countries();
        var command = new Command("ingest", "Upload report files into the reports container and ingest them into table storage.") { paths, container, storage, json, countries };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(paths) ?? [],
            parse.GetValue(container),
            parse.GetValue(storage),
            parse.GetValue(json),
            CliOptions.LoadCountries(parse.GetValue(countries)),
            cancellationToken));
        return command;
    }

    private sealed record LocalFile(string Path, string BlobName);

    private static async Task<int> RunAsync(string[] paths, bool container, string? storage, bool json, CountryCatalog countries, CancellationToken cancellationToken)
    {
        if (paths.Length == 0 && !container)
        {
            await Console.Error.WriteLineAsync("Nothing to ingest: give files or folders, or --container for what is already in the reports container.").ConfigureAwait(false);
            return 1;
        }

        var (files, missing) = Expand(paths);
        foreach (var path in missing)
        {
            await Console.Error.WriteLineAsync($"error: no such file or folder: {path}").ConfigureAwait(false);
        }

        await using var session = await StorageSession.OpenAsync(storage, countries, cancellationToken).ConfigureAwait(false);
        var source = session.Get<IReportBlobSource>();
        var batch = session.Get<IngestionBatch>();
        IReadOnlyList<IngestOutcome> outcomes;
        var alreadyProcessed = 0;
        try
        {
            if (json || !AnsiConsole.Profile.Capabilities.Interactive)
            {
                // No terminal to draw a bar on (CI logs, pipes): a line per file on stderr, so that a
                // long run shows it is alive and how far it got while stdout keeps the results.
                if (!json && files.Count > 0)
                {
                    await Console.Error.WriteLineAsync($"Uploading {files.Count} files to {source.Location}…").ConfigureAwait(false);
                }

                var blobs = new List<ReportBlob>();
                foreach (var file in files)
                {
                    blobs.Add(await UploadAsync(source, file, cancellationToken).ConfigureAwait(false));
                }

                if (container)
                {
                    (var pending, alreadyProcessed) = await PendingInContainerAsync(session, blobs, cancellationToken).ConfigureAwait(false);
                    blobs.AddRange(pending);
                }

                var done = 0;
                Action<IngestOutcome> onOutcome = json
                    ? o => Console.Out.WriteLine(IngestView.Json(o))
                    : o => Console.Error.WriteLine(IngestView.ProgressLine(Interlocked.Increment(ref done), blobs.Count, o));
                outcomes = await batch.RunAsync(blobs, onOutcome, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                outcomes = [];
                await AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                    .StartAsync(async progress =>
                    {
                        var upload = progress.AddTask($"Uploading to {source.Location}", maxValue: Math.Max(1, files.Count));
                        var blobs = new List<ReportBlob>();
                        foreach (var file in files)
                        {
                            blobs.Add(await UploadAsync(source, file, cancellationToken).ConfigureAwait(false));
                            upload.Increment(1);
                        }

                        upload.Value = upload.MaxValue;
                        if (container)
                        {
                            (var pending, alreadyProcessed) = await PendingInContainerAsync(session, blobs, cancellationToken).ConfigureAwait(false);
                            blobs.AddRange(pending);
                        }

                        var ingest = progress.AddTask("Ingesting", maxValue: Math.Max(1, blobs.Count));
                        outcomes = await batch.RunAsync(blobs, _ => ingest.Increment(1), cancellationToken).ConfigureAwait(false);
                        ingest.Value = ingest.MaxValue;
                    }).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (StorageFailures.IsStorageFailure(ex))
        {
            return await session.ReportStorageFailureAsync(ex).ConfigureAwait(false);
        }

        if (!json)
        {
            IngestView.WriteSummary(AnsiConsole.Console, outcomes, missing, alreadyProcessed, session.Endpoint);
        }

        // Like extract: non-zero only when nothing at all could be ingested.
        var failed = outcomes.Count(o => o.Kind == IngestOutcomeKind.Failed) + missing.Count;
        return failed > 0 && failed == outcomes.Count + missing.Count ? 1 : 0;
    }

    /// <summary>Files as given, folders recursively (blob name relative to the folder, with '/').</summary>
    private static (List<LocalFile> Files, List<string> Missing) Expand(string[] paths)
    {
        var files = new List<LocalFile>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(new LocalFile(Path.GetFullPath(path), Path.GetFileName(path)));
            }
            else if (Directory.Exists(path))
            {
                var root = Path.GetFullPath(path);
                files.AddRange(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal)
                    .Select(f => new LocalFile(f, Path.GetRelativePath(root, f).Replace('\\', '/'))));
            }
            else
            {
                missing.Add(path);
            }
        }

        return (files, missing);
    }

    private static async Task<ReportBlob> UploadAsync(IReportBlobSource source, LocalFile file, CancellationToken cancellationToken)
    {
        string sha256;
        var hashing = File.OpenRead(file.Path);
        await using (hashing.ConfigureAwait(false))
        {
            sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(hashing, cancellationToken).ConfigureAwait(false));
        }

        var content = File.OpenRead(file.Path);
        await using (content.ConfigureAwait(false))
        {
            return await source.UploadAsync(file.BlobName, content, sha256, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<(List<ReportBlob> Pending, int AlreadyProcessed)> PendingInContainerAsync(StorageSession session, List<ReportBlob> uploaded, CancellationToken cancellationToken)
    {
        var scan = await session.Get<PendingBlobs>().ScanAsync(uploaded.Select(b => b.Name).ToHashSet(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
        return ([.. scan.Pending], scan.AlreadyProcessed);
    }
}
