// Shape of Microsoft.Azure.Functions.Worker.Extensions.Storage.Blobs: BlobTriggerAttribute, BlobTriggerSource.
using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

namespace Microsoft.Azure.Functions.Worker;

public sealed class BlobTriggerAttribute(string blobPath) : TriggerBindingAttribute
{
    /// <summary>The path of the blob to which to bind, e.g. <c>reports/{name}</c>.</summary>
    public string BlobPath { get; } = blobPath;

    /// <summary>The app setting (prefix) holding the storage connection; null means AzureWebJobsStorage.</summary>
    public string? Connection { get; set; }

    /// <summary>How new blobs are detected; the real default is <see cref="BlobTriggerSource.LogsAndContainerScan"/>.</summary>
    public BlobTriggerSource Source { get; set; } = BlobTriggerSource.LogsAndContainerScan;
}

public enum BlobTriggerSource
{
    LogsAndContainerScan,
    EventGrid,
}
