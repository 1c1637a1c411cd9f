using System.Text;
using System.Text.Json;

namespace ReportPipeline.Hosting.Handlers;

/// <summary>
/// The container and blob of an Event Grid <c>Microsoft.Storage.BlobDeleted</c> event, in the Event Grid schema
/// or as a CloudEvent: both carry <c>subject</c> = <c>/blobServices/default/containers/{container}/blobs/{name}</c>.
/// </summary>
public sealed record BlobDeletedEvent(string Container, string BlobName)
{
    public const string EventType = "Microsoft.Storage.BlobDeleted";

    private const string ContainersSegment = "/containers/";
    private const string BlobsSegment = "/blobs/";

    /// <summary>The event in <paramref name="message"/> (JSON, or base64 of it), or null when it is not a blob deletion.</summary>
    public static BlobDeletedEvent? TryParse(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var json = message.TrimStart();
        if (!json.StartsWith('{') && !json.StartsWith('['))
        {
            try
            {
                json = Encoding.UTF8.GetString(Convert.FromBase64String(message.Trim()));
            }
            catch (FormatException)
            {
                return null;
            }
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement.ValueKind == JsonValueKind.Array && document.RootElement.GetArrayLength() == 1
                ? document.RootElement[0]
                : document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var type = root.TryGetProperty("eventType", out var eventType) ? eventType.GetString()
                : root.TryGetProperty("type", out var cloudType) ? cloudType.GetString() : null;
            if (type != EventType || !root.TryGetProperty("subject", out var subjectElement) || subjectElement.GetString() is not { } subject)
            {
                return null;
            }

            var containerAt = subject.IndexOf(ContainersSegment, StringComparison.Ordinal);
            var blobsAt = subject.IndexOf(BlobsSegment, StringComparison.Ordinal);
            if (containerAt < 0 || blobsAt < containerAt)
            {
                return null;
            }

            var container = subject[(containerAt + ContainersSegment.Length)..blobsAt];
            var name = subject[(blobsAt + BlobsSegment.Length)..];
            return container.Length == 0 || name.Length == 0 ? null : new BlobDeletedEvent(container, name);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
