using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Hosting;
using ReportPipeline.Hosting.Handlers;

namespace ReportPipeline.Functions;

/// <summary>A report dropped into <c>reports</c> is ingested; Event Grid tells the app at once (infra/main.bicep subscribes it).</summary>
public sealed class IngestReport(IngestHandler handler)
{
    // The runtime retries a throwing invocation up to host.json's poisonBlobThreshold, then
    // writes the blob to webjobs-blobtrigger-poison, where RecordFailedBlob gives up on it.
    [Function(nameof(IngestReport))]
    public Task<IngestOutcome?> Run(
        [BlobTrigger(PipelineNames.ReportsContainer + "/{name}", Source = BlobTriggerSource.EventGrid)] BlobClient blob,
        CancellationToken cancellationToken) =>
        handler.IngestAsync(blob, cancellationToken);
}
