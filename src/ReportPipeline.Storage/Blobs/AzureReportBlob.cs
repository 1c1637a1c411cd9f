using Azure.Storage.Blobs;
using ReportPipeline.Core.Ingestion;

namespace ReportPipeline.Storage.Blobs;

/// <summary>A report blob in Azure Storage; its content is streamed, never held whole before the size check.</summary>
public sealed class AzureReportBlob(BlobClient client, long length, string? etag) : ReportBlob(client.Name, length, etag)
{
    public BlobClient Client { get; } = client;

    public override async Task<Stream> OpenReadAsync(CancellationToken cancellationToken = default)
    {
        var response = await Client.DownloadStreamingAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.Value.Content;
    }
}
