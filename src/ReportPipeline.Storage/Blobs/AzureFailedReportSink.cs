using System.Text;
using Azure.Storage.Blobs.Models;
using ReportPipeline.Core.Ingestion;

namespace ReportPipeline.Storage.Blobs;

/// <summary>
/// Copies blobs that could not be processed to the <c>reports-failed</c> container under the same
/// name, with the reason in the blob's metadata (<c>reason</c>). A blob of this account is copied
/// server-side, so a huge refused file is never downloaded.
/// </summary>
public sealed class AzureFailedReportSink(StorageClients clients) : IFailedReportSink
{
    public const string ReasonMetadata = "reason";

    public async Task<string> PreserveAsync(ReportBlob blob, ReadOnlyMemory<byte>? content, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var container = await clients.ContainerAsync(clients.Options.FailedContainer, cancellationToken).ConfigureAwait(false);
        var target = container.GetBlobClient(blob.Name);
        var metadata = new Dictionary<string, string>
        {
            [ReasonMetadata] = HeaderSafe(reason),
            ["sourceblob"] = HeaderSafe(blob.Name),
        };

        if (blob is AzureReportBlob azure && azure.Client.AccountName == target.AccountName)
        {
            var copy = await target.StartCopyFromUriAsync(azure.Client.Uri, new BlobCopyFromUriOptions { Metadata = metadata }, cancellationToken).ConfigureAwait(false);
            await copy.WaitForCompletionAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (content is { } bytes)
        {
            await target.UploadAsync(new BinaryData(bytes), new BlobUploadOptions { Metadata = metadata }, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var stream = await blob.OpenReadAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                await target.UploadAsync(stream, new BlobUploadOptions { Metadata = metadata }, cancellationToken).ConfigureAwait(false);
            }
        }

        return $"{container.Name}/{blob.Name}";
    }

    /// <summary>Metadata travels in HTTP headers: printable ASCII only, kept short.</summary>
    private static string HeaderSafe(string value)
    {
        var text = new StringBuilder(Math.Min(value.Length, 1024));
        foreach (var c in value.Normalize(NormalizationForm.FormD))
        {
            if (text.Length >= 1024)
            {
                break;
            }

            if (c is >= ' ' and <= '~')
            {
                text.Append(c);
            }
            else if (char.IsWhiteSpace(c))
            {
                text.Append(' ');
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                text.Append('?');
            }
        }

        return text.ToString();
    }
}
