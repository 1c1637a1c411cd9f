using System.Diagnostics;
using Microsoft.Extensions.Logging;
using ReportPipeline.Core.Datasets;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Ingestion;

/// <summary>
/// The one ingest operation every host calls: read a blob (bounded), hash it, skip content that
/// was already processed, extract, write documents, facts and statements, and mark the country
/// dirty for comparison. Bad input becomes a <c>failed</c> document with its reason and a copy in
/// <c>reports-failed</c>; it never throws. A store that cannot be reached throws
/// <see cref="StorageUnavailableException"/>, and the content is left to be processed again.
/// </summary>
public sealed partial class IngestionService(
    ReportExtractor extractor,
    IIngestionLedger ledger,
    IDocumentStore documents,
    IFactStore facts,
    IStatementStore statements,
    ICountryStateStore countries,
    IFailedReportSink failedReports,
    IngestionOptions options,
    ILogger<IngestionService> logger,
    TimeProvider? timeProvider = null)
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public ExtractionLimits Limits => extractor.Limits;

    public async Task<IngestOutcome> IngestAsync(ReportBlob blob, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var started = Stopwatch.GetTimestamp();
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["BlobName"] = blob.Name });

        var read = await ReadAsync(blob, cancellationToken).ConfigureAwait(false);
        var storageStarted = Stopwatch.GetTimestamp();
        var sighting = await Store("recording the blob name", () => ledger.RecordSightingAsync(
            new BlobSighting(blob.Name, read.Key, blob.ETag, blob.Length, _time.GetUtcNow()), cancellationToken), cancellationToken).ConfigureAwait(false);
        var claim = await Store("claiming the content", () => ledger.TryClaimAsync(
            read.Key, blob.Name, blob.Length, options.Owner, _time.GetUtcNow() + options.ClaimLease, cancellationToken), cancellationToken).ConfigureAwait(false);
        var storageTime = Stopwatch.GetElapsedTime(storageStarted);

        if (claim.Result != ClaimResult.Claimed)
        {
            if (claim.Result == ClaimResult.AlreadyDone)
            {
                // The name may now hold bytes that were ingested under another name: what it held before still goes.
                await RetireReplacedAsync(sighting, cancellationToken).ConfigureAwait(false);
            }

            var outcome = Skipped(blob, read.Key, claim) with { ReadTime = read.Time, StorageTime = storageTime, Elapsed = Stopwatch.GetElapsedTime(started) };
            LogSkipped(blob.Name, outcome.Kind, claim.Existing?.BlobName, claim.Existing?.Status);
            return outcome;
        }

        var heartbeat = new ClaimHeartbeat(this, read.Key);
        await using (heartbeat.ConfigureAwait(false))
        {
            try
            {
                IngestOutcome outcome;
                if (read.Content is null)
                {
                    var failStarted = Stopwatch.GetTimestamp();
                    outcome = await FailAsync(blob, read.Key, null, read.Failure!, Sources.Unknown, 0, cancellationToken).ConfigureAwait(false);
                    outcome = outcome with { StorageTime = storageTime + Stopwatch.GetElapsedTime(failStarted) };
                }
                else
                {
                    var extractionStarted = Stopwatch.GetTimestamp();
                    var results = await ExtractAsync(blob.Name, read.Content, read.Key, cancellationToken).ConfigureAwait(false);
                    var extractionTime = Stopwatch.GetElapsedTime(extractionStarted);
                    var writeStarted = Stopwatch.GetTimestamp();
                    outcome = await StoreAsync(blob, read.Key, read.Content, results, cancellationToken).ConfigureAwait(false);
                    outcome = outcome with { ExtractionTime = extractionTime, StorageTime = storageTime + Stopwatch.GetElapsedTime(writeStarted) };
                }

                // The new content is stored: now the one it replaced under this name leaves every status.
                await RetireReplacedAsync(sighting, cancellationToken).ConfigureAwait(false);
                outcome = outcome with { ReadTime = read.Time, Elapsed = Stopwatch.GetElapsedTime(started) };
                LogIngested(blob.Name, outcome.Kind, outcome.Documents.Count, outcome.FactCount, outcome.StatementCount, (long)outcome.Elapsed.TotalMilliseconds, (long)outcome.ReadTime.TotalMilliseconds, (long)outcome.ExtractionTime.TotalMilliseconds, (long)outcome.StorageTime.TotalMilliseconds, outcome.Reason);
                return outcome;
            }
            catch (Exception ex) when (ex is OperationCanceledException or StorageUnavailableException)
            {
                // Give the content back so that the next run processes it at once; if storage is down
                // this fails too and the claim simply lapses.
                await ReleaseQuietlyAsync(read.Key).ConfigureAwait(false);
                throw;
            }
        }
    }

    private sealed record ReadResult(string Key, byte[]? Content, string? Failure, TimeSpan Time);

    private async Task<ReadResult> ReadAsync(ReportBlob blob, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var limit = Limits.MaxFileBytes;
        if (blob.Length > limit)
        {
            return new ReadResult(IngestionKeys.Unread(blob.Name, blob.Length), null, TooLarge(blob.Length, limit), Stopwatch.GetElapsedTime(started));
        }

        try
        {
            var stream = await blob.OpenReadAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var content = await ReportTextReader.ReadBoundedAsync(stream, limit, cancellationToken).ConfigureAwait(false);
                return new ReadResult(IngestionKeys.Sha256(content), content, null, Stopwatch.GetElapsedTime(started));
            }
        }
        catch (ReportTooLargeException)
        {
            // The blob grew after it was listed.
            return new ReadResult(IngestionKeys.Unread(blob.Name, blob.Length), null, $"The file is larger than the limit of {limit:N0} bytes.", Stopwatch.GetElapsedTime(started));
        }
        catch (Exception ex) when (PortFailed(ex, cancellationToken))
        {
            throw new StorageUnavailableException($"Cannot read blob '{blob.Name}': {ex.Message}", ex);
        }
    }

    private static string TooLarge(long length, long limit) =>
        $"The file is {length:N0} bytes; the limit is {limit:N0} bytes (ReportPipeline:Limits:MaxFileBytes).";

    /// <summary>
    /// Extraction never throws for bad input: a file that cannot be read becomes a failed result. The bytes
    /// and their sha256 (the content key) are handed over as read, not copied or hashed again.
    /// </summary>
    private async Task<IReadOnlyList<ExtractionResult>> ExtractAsync(string name, byte[] content, string sha256, CancellationToken cancellationToken)
    {
        try
        {
            return await extractor.ExtractAllAsync(content, name, sha256, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogExtractionCrashed(ex, name);
            return [ExtractionResult.Failed(name, $"Extraction failed unexpectedly ({ex.GetType().Name}): {ex.Message}")];
        }
    }

    private async Task<IngestOutcome> StoreAsync(ReportBlob blob, string key, byte[] content, IReadOnlyList<ExtractionResult> results, CancellationToken cancellationToken)
    {
        if (results.All(r => r.Document is null))
        {
            var reason = string.Join(" ", results.SelectMany(r => r.Errors).Distinct(StringComparer.Ordinal));
            return await FailAsync(blob, key, content, reason, Sources.Unknown, results.Max(r => r.PageCount), cancellationToken).ConfigureAwait(false);
        }

        var now = _time.GetUtcNow();
        var stored = new StoredDocument[results.Count];
        var written = new int[results.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, results.Count),
            new ParallelOptions { MaxDegreeOfParallelism = options.StorageParallelism, CancellationToken = cancellationToken },
            async (i, ct) => (stored[i], written[i]) = await StoreDocumentAsync(blob, key, results[i], now, ct).ConfigureAwait(false)).ConfigureAwait(false);

        var status = stored.Any(d => d.Status == DocumentStatus.Ingested) ? DocumentStatus.Ingested
            : stored.Any(d => d.Status == DocumentStatus.NeedsReview) ? DocumentStatus.NeedsReview
            : DocumentStatus.Failed;
        var notIngested = stored.Where(d => d.Status != DocumentStatus.Ingested).ToList();
        var reasons = string.Join(" ", notIngested.Select(d => d.Reason).Distinct(StringComparer.Ordinal));
        var record = new ContentRecord
        {
            Key = key,
            Status = status,
            BlobName = blob.Name,
            Length = content.Length,
            Source = stored[0].Source,
            DocumentCount = stored.Length,
            FactCount = stored.Sum(d => d.FactCount),
            StatementCount = stored.Sum(d => d.StatementCount),
            Reason = notIngested.Count == 0 ? null
                : status == DocumentStatus.Ingested ? $"{notIngested.Count} of {stored.Length} documents need review: {reasons}"
                : reasons,
            CompletedAt = _time.GetUtcNow(),
        };
        await Store("recording the outcome", () => ledger.CompleteAsync(record, cancellationToken), cancellationToken).ConfigureAwait(false);

        return new IngestOutcome
        {
            BlobName = blob.Name,
            Kind = status switch
            {
                DocumentStatus.Ingested => IngestOutcomeKind.Ingested,
                DocumentStatus.NeedsReview => IngestOutcomeKind.NeedsReview,
                _ => IngestOutcomeKind.Failed,
            },
            Reason = record.Reason,
            ContentKey = key,
            Documents = stored,
            FactCount = record.FactCount,
            StatementCount = record.StatementCount,
            EntitiesWritten = written.Sum(),
        };
    }

    private async Task<(StoredDocument Document, int Written)> StoreDocumentAsync(ReportBlob blob, string key, ExtractionResult result, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var info = result.Document!;
        var ingested = !info.NeedsReview;
        var documentFacts = DistinctFacets(result.Facts, blob.Name);
        var documentStatements = result.Statements.DistinctBy(IngestionKeys.StatementHash).ToList();
        var document = new StoredDocument
        {
            Id = info.Sha256,
            Iso2 = info.Iso2,
            Country = info.Country,
            Year = info.Year,
            Source = info.Source,
            Status = ingested ? DocumentStatus.Ingested : DocumentStatus.NeedsReview,
            ContentKey = key,
            BlobName = blob.Name,
            Reason = ingested ? null : ReviewReason(info),
            Warnings = result.Warnings,
            FactCount = documentFacts.Count,
            StatementCount = documentStatements.Count,
            PageCount = result.PageCount,
            IngestedAt = now,
        };

        var written = 1;
        if (ingested)
        {
            await Store("writing facts", () => facts.WriteAsync(document, documentFacts, cancellationToken), cancellationToken).ConfigureAwait(false);
            await Store("writing statements", () => statements.WriteAsync(document, documentStatements, cancellationToken), cancellationToken).ConfigureAwait(false);
            written += documentFacts.Count + documentStatements.Count;
        }

        // The document row goes last: once it is there, its facts and statements are too.
        await Store("writing the document", () => documents.UpsertAsync(document, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (ingested)
        {
            await Store("marking the country for comparison", () => countries.MarkDirtyAsync(info.Iso2!, info.Country, info.Year!.Value, now, cancellationToken), cancellationToken).ConfigureAwait(false);
            await SupersedeEarlierAsync(document, cancellationToken).ConfigureAwait(false);
        }

        return (document, written);
    }

    private List<Fact> DistinctFacets(IReadOnlyList<Fact> all, string blobName)
    {
        var kept = new List<Fact>(all.Count);
        var seen = new Dictionary<string, Fact>(StringComparer.Ordinal);
        foreach (var fact in all)
        {
            if (seen.TryGetValue(fact.Facet, out var first))
            {
                if (!string.Equals(first.Value, fact.Value, StringComparison.Ordinal))
                {
                    LogConflictingFacet(blobName, fact.Facet, first.Value, fact.Value);
                }

                continue;
            }

            seen[fact.Facet] = fact;
            kept.Add(fact);
        }

        return kept;
    }

    private static string ReviewReason(DocumentInfo info)
    {
        var reasons = new List<string>(2);
        if (info.Iso2 is null)
        {
            reasons.Add(info.Country is null ? "The country could not be determined." : $"Country '{info.Country}' is not in the country list.");
        }

        if (info.Year is null)
        {
            reasons.Add("The reporting year could not be determined.");
        }

        return string.Join(" ", reasons);
    }

    private async Task<IngestOutcome> FailAsync(ReportBlob blob, string key, byte[]? content, string reason, string source, int pageCount, CancellationToken cancellationToken)
    {
        var preservedAt = await Store("copying the blob to the failed container", () => failedReports.PreserveAsync(blob, content, reason, cancellationToken), cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var document = new StoredDocument
        {
            Id = key,
            Source = source,
            Status = DocumentStatus.Failed,
            ContentKey = key,
            BlobName = blob.Name,
            Reason = reason,
            PageCount = pageCount,
            PreservedAt = preservedAt,
            IngestedAt = now,
        };
        await Store("writing the failed document", () => documents.UpsertAsync(document, cancellationToken), cancellationToken).ConfigureAwait(false);
        var record = new ContentRecord
        {
            Key = key,
            Status = DocumentStatus.Failed,
            BlobName = blob.Name,
            Length = blob.Length,
            Source = source,
            DocumentCount = 1,
            Reason = reason,
            CompletedAt = now,
        };
        await Store("recording the outcome", () => ledger.CompleteAsync(record, cancellationToken), cancellationToken).ConfigureAwait(false);
        return new IngestOutcome
        {
            BlobName = blob.Name,
            Kind = IngestOutcomeKind.Failed,
            Reason = reason,
            ContentKey = key,
            Documents = [document],
            EntitiesWritten = 1,
        };
    }

    private static IngestOutcome Skipped(ReportBlob blob, string key, ContentClaim claim) => claim.Result switch
    {
        ClaimResult.AlreadyDone => new IngestOutcome
        {
            BlobName = blob.Name,
            Kind = IngestOutcomeKind.Duplicate,
            ContentKey = key,
            DuplicateOf = claim.Existing,
            Reason = claim.Existing is not { } e ? "This content was already processed."
                : e.BlobName == blob.Name ? $"Already processed ({e.Status}{(e.Reason is null ? string.Empty : ": " + e.Reason)})."
                : $"Same content as '{e.BlobName}' ({e.Status}{(e.Reason is null ? string.Empty : ": " + e.Reason)}).",
        },
        _ => new IngestOutcome
        {
            BlobName = blob.Name,
            Kind = IngestOutcomeKind.InProgressElsewhere,
            ContentKey = key,
            DuplicateOf = claim.Existing,
            Reason = $"Being ingested by another ingester (claim held until {claim.Existing?.LeaseUntil:u}).",
        },
    };

    private async Task<T> Store<T>(string what, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception ex) when (PortFailed(ex, cancellationToken))
        {
            throw new StorageUnavailableException($"Storage failed while {what}: {ex.Message}", ex);
        }
    }

    private Task Store(string what, Func<Task> call, CancellationToken cancellationToken) =>
        Store(what, async () => { await call().ConfigureAwait(false); return true; }, cancellationToken);

    // Core cannot tell an adapter's exception types apart, so whatever a port call throws (other than
    // this run's own cancellation) is the port failing; the Azure classification is StorageFailures'.
    private static bool PortFailed(Exception ex, CancellationToken cancellationToken) =>
        ex is not StorageUnavailableException && (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested);

    private async Task ReleaseQuietlyAsync(string key)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await ledger.ReleaseAsync(key, options.Owner, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogReleaseFailed(ex, key);
        }
    }

    private TimeSpan HeartbeatInterval => options.ClaimLease / 3;

    private Task<bool> RenewClaimAsync(string key, CancellationToken cancellationToken) =>
        ledger.RenewAsync(key, options.Owner, _time.GetUtcNow() + options.ClaimLease, cancellationToken);

    /// <summary>Renews the claim every third of its lease while the content is being processed.</summary>
    private sealed class ClaimHeartbeat : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;

        public ClaimHeartbeat(IngestionService service, string key)
        {
            _loop = RunAsync(service, key, _stop.Token);
        }

        private static async Task RunAsync(IngestionService service, string key, CancellationToken stop)
        {
            using var timer = new PeriodicTimer(service.HeartbeatInterval, service._time);
            try
            {
                while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
                {
                    var renewed = await service.RenewClaimAsync(key, stop).ConfigureAwait(false);
                    if (!renewed)
                    {
                        service.LogClaimLost(key);
                        return;
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Renewal is best effort: the writes are idempotent, a lapsed claim only risks doing the work twice.
                service.LogRenewFailed(ex, key);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync().ConfigureAwait(false);
            await _loop.ConfigureAwait(false);
            _stop.Dispose();
        }
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Ingested {BlobName}: {Outcome}, {DocumentCount} documents, {FactCount} facts, {StatementCount} statements in {ElapsedMs} ms (read {ReadMs}, extraction {ExtractionMs}, storage {StorageMs}) {Reason}")]
    private partial void LogIngested(string blobName, IngestOutcomeKind outcome, int documentCount, int factCount, int statementCount, long elapsedMs, long readMs, long extractionMs, long storageMs, string? reason);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Skipped {BlobName}: {Outcome} (first seen as {FirstBlobName}, {Status})")]
    private partial void LogSkipped(string blobName, IngestOutcomeKind outcome, string? firstBlobName, string? status);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Error, Message = "Extraction of {BlobName} crashed; recorded as failed")]
    private partial void LogExtractionCrashed(Exception exception, string blobName);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Could not release the claim on content {ContentKey}; it lapses by itself")]
    private partial void LogReleaseFailed(Exception exception, string contentKey);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "The claim on content {ContentKey} was taken over by another ingester")]
    private partial void LogClaimLost(string contentKey);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Warning, Message = "Renewing the claim on content {ContentKey} failed")]
    private partial void LogRenewFailed(Exception exception, string contentKey);

    [LoggerMessage(EventId = 5008, Level = LogLevel.Warning, Message = "{BlobName}: facet {Facet} extracted twice with different values ({First} kept, {Second} dropped)")]
    private partial void LogConflictingFacet(string blobName, string facet, string first, string second);
}
