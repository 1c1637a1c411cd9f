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

        var expansion = Expand(paths);
        var (files, missing) = (expansion.Files, expansion.Missing);
        foreach (var path in missing)
        {
            await Console.Error.WriteLineAsync($"error: no such file or folder: {path}").ConfigureAwait(false);
        }

        if (expansion.Hidden.Count > 0)
        {
            const int shown = 5;
            var list = string.Join(", ", expansion.Hidden.Take(shown)) + (expansion.Hidden.Count > shown ? $" and {expansion.Hidden.Count - shown} more" : string.Empty);
            await Console.Error.WriteLineAsync($"Skipped {expansion.Hidden.Count} hidden file(s) (a name starting with '.' in a folder; give a file by its own path to ingest it): {list}").ConfigureAwait(false);
        }

        foreach (var refused in expansion.Refused)
        {
            await Console.Error.WriteLineAsync($"error: {refused.BlobName}: {refused.Reason}").ConfigureAwait(false);
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

                if (json)
                {
                    foreach (var refused in expansion.Refused)
                    {
                        Console.Out.WriteLine(IngestView.Json(refused));
                    }
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

        outcomes = [.. expansion.Refused, .. outcomes];
        if (!json)
        {
            IngestView.WriteSummary(AnsiConsole.Console, outcomes, missing, alreadyProcessed, session.Endpoint);
        }

        // Like extract: non-zero only when nothing at all could be ingested.
        var failed = outcomes.Count(o => o.Kind == IngestOutcomeKind.Failed) + missing.Count;
        return failed > 0 && failed == outcomes.Count + missing.Count ? 1 : 0;
    }

    /// <summary>
    /// Files as given, folders recursively (blob name relative to the folder, with '/', normalised to stay
    /// inside the container). Hidden files and folders (name starting with '.') inside a folder are left out
    /// and listed in <c>Hidden</c>; a file whose name cannot be a blob name is in <c>Refused</c> with the reason.
    /// </summary>
    private static Expansion Expand(string[] paths)
    {
        var expansion = new Expansion();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                expansion.Add(Path.GetFullPath(path), Path.GetFileName(path));
            }
            else if (Directory.Exists(path))
            {
                var root = Path.GetFullPath(path);
                foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    var relative = Path.GetRelativePath(root, file);
                    // Both separators: on Linux a file may be named "..\\..\\x.pdf", which is a climb, not a hidden file.
                    if (relative.Split('/', '\\').Any(segment => segment.StartsWith('.') && segment is not (".." or ".")))
                    {
                        expansion.Hidden.Add(Path.Combine(path, relative));
                        continue;
                    }

                    expansion.Add(file, relative);
                }
            }
            else
            {
                expansion.Missing.Add(path);
            }
        }

        return expansion;
    }

    private sealed class Expansion
    {
        public List<LocalFile> Files { get; } = [];

        public List<string> Missing { get; } = [];

        public List<string> Hidden { get; } = [];

        public List<IngestOutcome> Refused { get; } = [];

        public void Add(string path, string name)
        {
            if (BlobNames.Normalise(name, out var problem) is { } blobName)
            {
                if (Files.Find(f => f.BlobName == blobName) is { } first)
                {
                    Refused.Add(new IngestOutcome { BlobName = name, Kind = IngestOutcomeKind.Failed, Reason = $"Not uploaded: its blob name '{blobName}' is already taken by {first.Path}." });
                    return;
                }

                Files.Add(new LocalFile(path, blobName));
            }
            else
            {
                Refused.Add(new IngestOutcome { BlobName = name, Kind = IngestOutcomeKind.Failed, Reason = $"Not uploaded: {problem}" });
            }
        }
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
