namespace ReportPipeline.Core.Ingestion;

/// <summary>
/// One report file waiting to be ingested: a blob in the <c>reports</c> container, or a
/// local file. Only its name and length are known up front, so that an oversized file is
/// refused before a byte of it is read.
/// </summary>
public abstract class ReportBlob
{
    protected ReportBlob(string name, long length, string? etag = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Name = name;
        Length = length;
        // Stores quote ETags in headers but not always in listings: compare them unquoted.
        ETag = etag?.Trim('"');
    }

    /// <summary>The blob name (path inside the container), e.g. <c>2024/az.pdf</c>.</summary>
    public string Name { get; }

    public long Length { get; }

    /// <summary>The store's version tag for this content, when the store has one.</summary>
    public string? ETag { get; }

    public abstract Task<Stream> OpenReadAsync(CancellationToken cancellationToken = default);

    public override string ToString() => Name;

    public static ReportBlob FromFile(string path, string? name = null) => new FileReportBlob(path, name);

    public static ReportBlob FromBytes(string name, byte[] content) => new BytesReportBlob(name, content);

    private sealed class FileReportBlob(string path, string? name)
        : ReportBlob(name ?? Path.GetFileName(path), new FileInfo(path).Length)
    {
        public override Task<Stream> OpenReadAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<Stream>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));
    }

    private sealed class BytesReportBlob(string name, byte[] content) : ReportBlob(name, content.Length)
    {
        public override Task<Stream> OpenReadAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<Stream>(new MemoryStream(content, writable: false));
    }
}

/// <summary>Where report blobs arrive (the <c>reports</c> container).</summary>
public interface IReportBlobSource
{
    /// <summary>The container (or folder) name, for messages.</summary>
    string Location { get; }

    IAsyncEnumerable<ReportBlob> ListAsync(CancellationToken cancellationToken = default);

    Task<ReportBlob?> GetAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores <paramref name="content"/> under <paramref name="name"/>, replacing what is there.
    /// When the stored blob already holds bytes with this <paramref name="sha256"/>, nothing is uploaded.
    /// </summary>
    Task<ReportBlob> UploadAsync(string name, Stream content, string sha256, CancellationToken cancellationToken = default);
}

/// <summary>Keeps a copy of a blob that could not be processed where an analyst will find it (<c>reports-failed</c>).</summary>
public interface IFailedReportSink
{
    /// <summary>Copies the blob (or the bytes already read from it) aside with the reason; returns where it went.</summary>
    Task<string> PreserveAsync(ReportBlob blob, ReadOnlyMemory<byte>? content, string reason, CancellationToken cancellationToken = default);
}
