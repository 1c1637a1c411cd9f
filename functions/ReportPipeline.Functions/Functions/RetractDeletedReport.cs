using Microsoft.Azure.Functions.Worker;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Hosting;
using ReportPipeline.Hosting.Handlers;

namespace ReportPipeline.Functions;

/// <summary>
/// A report deleted from <c>reports</c> is retracted: Event Grid puts each BlobDeleted event of the container
/// on a queue (infra/main.bicep subscribes it), and this function hands it to the same handler `watch` uses.
/// </summary>
public sealed class RetractDeletedReport(IngestHandler handler)
{
    [Function(nameof(RetractDeletedReport))]
    public Task<RetirementOutcome?> Run(
        [QueueTrigger(PipelineNames.DeletionsQueue)] string blobDeletedEvent,
        CancellationToken cancellationToken) =>
        handler.DeletedEventAsync(blobDeletedEvent, cancellationToken);
}
