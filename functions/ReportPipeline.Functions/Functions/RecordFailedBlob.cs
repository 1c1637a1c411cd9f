using Microsoft.Azure.Functions.Worker;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Hosting;
using ReportPipeline.Hosting.Handlers;

namespace ReportPipeline.Functions;

/// <summary>The poison path: a report that failed every retry ends recorded as failed (and copied to reports-failed), not retried forever.</summary>
public sealed class RecordFailedBlob(IngestHandler handler)
{
    [Function(nameof(RecordFailedBlob))]
    public Task<IngestOutcome?> Run(
        [QueueTrigger(PipelineNames.BlobTriggerPoisonQueue)] BlobTriggerPoisonMessage message,
        CancellationToken cancellationToken) =>
        handler.GiveUpAsync(message, cancellationToken);
}
