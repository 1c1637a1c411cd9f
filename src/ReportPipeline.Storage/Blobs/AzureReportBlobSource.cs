using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs.Models;
using ReportPipeline.Core.Ingestion;

namespace ReportPipeline.Storage.Blobs;

/// <summary>The <c>reports</c> container.</summary>
public sealed class AzureReportBlobSource(StorageClients clients) : IReportBlobSource
{
    public const string Sha256Metadata = "sha256";

    public string Location => clients.Options.ReportsContainer;

    public async IAsyncEnumerable<ReportBlob> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var container = await clients.ContainerAsync(Location, cancellationToken).ConfigureAwait(false);
        await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions(), cancellationToken).ConfigureAwait(false))
        {
            yield return new AzureReportBlob(container.GetBlobClient(item.Name), item.Properties.ContentLength ?? 0, item.Properties.ETag?.ToString());
        }
    }

    public async Task<ReportBlob?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        name = BlobNames.Normalise(name);
        var container = await clients.ContainerAsync(Location, cancellationToken).ConfigureAwait(false);
        var blob = container.GetBlobClient(name);
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

    public async Task<ReportBlob> UploadAsync(string name, Stream content, string sha256, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(content);
        // The client resolves '..' in the URL path: unnormalised, the name could reach another container.
        name = BlobNames.Normalise(name);
        var container = await clients.ContainerAsync(Location, cancellationToken).ConfigureAwait(false);
        var blob = container.GetBlobClient(name);
        try
        {
            var existing = await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            if (existing.Value.Metadata.TryGetValue(Sha256Metadata, out var stored) && string.Equals(stored, sha256, StringComparison.OrdinalIgnoreCase))
            {
                // Same bytes already there: re-uploading would only change the ETag.
                return new AzureReportBlob(blob, existing.Value.ContentLength, existing.Value.ETag.ToString());
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
        }

        var options = new BlobUploadOptions { Metadata = new Dictionary<string, string> { [Sha256Metadata] = sha256 } };
        await blob.UploadAsync(content, options, cancellationToken).ConfigureAwait(false);
        var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return new AzureReportBlob(blob, properties.Value.ContentLength, properties.Value.ETag.ToString());
    }
}
