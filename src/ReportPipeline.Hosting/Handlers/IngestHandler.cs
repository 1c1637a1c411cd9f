using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Storage.Blobs;

namespace ReportPipeline.Hosting.Handlers;

/// <summary>What every host does with a report blob: ingest it, or record that it kept failing.</summary>
public sealed partial class IngestHandler(IngestionService ingestion, IReportBlobSource reports, ILogger<IngestHandler> logger)
{
    /// <summary>Ingests a blob the host already holds a client for (the Functions blob trigger); null when it was deleted meanwhile.</summary>
    public async Task<IngestOutcome?> IngestAsync(BlobClient blob, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blob);
        using var activity = PipelineTelemetry.Source.StartActivity("ingest");
        activity?.SetTag("blob.name", blob.Name);
        var report = await ReadPropertiesAsync(blob, cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            LogGone(logger, blob.Name);
            return null;
        }

        return await IngestAsync(report, activity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ingests the blob called <paramref name="blobName"/> in the reports container; null when there is none.</summary>
    public async Task<IngestOutcome?> IngestAsync(string blobName, CancellationToken cancellationToken = default)
    {
        using var activity = PipelineTelemetry.Source.StartActivity("ingest");
        activity?.SetTag("blob.name", blobName);
        var report = await reports.GetAsync(blobName, cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            LogGone(logger, blobName);
            return null;
        }

        return await IngestAsync(report, activity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The poison path: the blob failed every attempt its host made. It ends recorded as failed
    /// (Documents row, copy in reports-failed), not retried forever; null when the blob is gone.
    /// </summary>
    public async Task<IngestOutcome?> GiveUpAsync(string blobName, string reason, CancellationToken cancellationToken = default)
    {
        using var activity = PipelineTelemetry.Source.StartActivity("ingest.give-up");
        activity?.SetTag("blob.name", blobName);
        var report = await reports.GetAsync(blobName, cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            LogGone(logger, blobName);
            return null;
        }

        return await ingestion.GiveUpAsync(report, reason, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A blob of the reports container was deleted: its documents are retracted (the Event Grid BlobDeleted event).</summary>
    public async Task<RetirementOutcome> DeletedAsync(string blobName, CancellationToken cancellationToken = default)
    {
        using var activity = PipelineTelemetry.Source.StartActivity("ingest.deleted");
        activity?.SetTag("blob.name", blobName);
        return await ingestion.BlobDeletedAsync(BlobNames.Normalise(blobName), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A BlobDeleted event (Event Grid, through the deletions queue): the deleted report of the reports container is
    /// retracted; events about other containers, or that are no blob deletion, are logged and ignored (null).
    /// </summary>
    public async Task<RetirementOutcome?> DeletedEventAsync(string message, CancellationToken cancellationToken = default)
    {
        if (BlobDeletedEvent.TryParse(message) is not { } deleted)
        {
            LogNotADeletion(logger, message.Length > 200 ? message[..200] : message);
            return null;
        }

        if (!string.Equals(deleted.Container, reports.Location, StringComparison.Ordinal))
        {
            LogOtherContainer(logger, deleted.Container, deleted.BlobName);
            return null;
        }

        return await DeletedAsync(deleted.BlobName, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The scan's side of deletions: names the ledger knows that a complete listing begun at <paramref name="listedAt"/> did not find.</summary>
    public Task<IReadOnlyList<RetirementOutcome>> RetractDeletedAsync(IReadOnlySet<string> present, DateTimeOffset listedAt, CancellationToken cancellationToken = default) =>
        ingestion.RetractDeletedAsync(present, listedAt, cancellationToken);

    /// <summary>The poison message the Functions runtime writes for a blob trigger that failed every retry.</summary>
    public Task<IngestOutcome?> GiveUpAsync(BlobTriggerPoisonMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!string.Equals(message.ContainerName, reports.Location, StringComparison.Ordinal))
        {
            LogOtherContainer(logger, message.ContainerName, message.BlobName);
            return Task.FromResult<IngestOutcome?>(null);
        }

        return GiveUpAsync(message.BlobName, $"Ingestion failed on every retry of {message.FunctionId ?? "the blob trigger"}; given up.", cancellationToken);
    }

    private async Task<IngestOutcome> IngestAsync(ReportBlob report, System.Diagnostics.Activity? activity, CancellationToken cancellationToken)
    {
        // This very version (name and ETag) was handled already, maybe given up on: no download, no retry.
        var processed = await ingestion.ProcessedAsync(report, cancellationToken).ConfigureAwait(false);
        var outcome = processed is not null
            ? new IngestOutcome
            {
                BlobName = report.Name,
                Kind = IngestOutcomeKind.Duplicate,
                ContentKey = processed.Key,
                DuplicateOf = processed,
                Reason = $"This version of the blob was already processed ({processed.Status}{(processed.Reason is null ? "" : ": " + processed.Reason)}).",
            }
            : await ingestion.IngestAsync(report, cancellationToken).ConfigureAwait(false);
        activity?.SetTag("ingest.outcome", outcome.Kind.ToString());
        return outcome;
    }

    private static async Task<AzureReportBlob?> ReadPropertiesAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return new AzureReportBlob(blob, properties.Value.ContentLength, properties.Value.ETag.ToString());
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A deletions-queue message is not a BlobDeleted event; ignored: {Message}")]
    private static partial void LogNotADeletion(ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Blob {BlobName} is gone; nothing to ingest")]
    private static partial void LogGone(ILogger logger, string blobName);

    [LoggerMessage(Level = LogLevel.Information, Message = "A message about {ContainerName}/{BlobName} (poison blob or deletion) is not about the reports container; ignored")]
    private static partial void LogOtherContainer(ILogger logger, string containerName, string blobName);
}

/// <summary>
/// The message the Functions runtime puts on <c>webjobs-blobtrigger-poison</c> when a blob trigger
/// failed every retry (host.json <c>extensions.blobs.poisonBlobThreshold</c>).
/// </summary>
public sealed record BlobTriggerPoisonMessage
{
    public string? FunctionId { get; init; }

    public string? BlobType { get; init; }

    public required string ContainerName { get; init; }

    public required string BlobName { get; init; }

    public string? ETag { get; init; }
}
