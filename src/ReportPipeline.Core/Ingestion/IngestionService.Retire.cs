using Microsoft.Extensions.Logging;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Ingestion;

/// <summary>What a retraction changed: the documents taken out of every status.</summary>
public sealed record RetirementOutcome(IReadOnlyList<StoredDocument> Retired, string? Note = null);

/// <summary>
/// Replaced and deleted reports. A correction supersedes what it replaces and a deletion retracts: the older
/// document stays in the Documents table for history, marked <see cref="DocumentStatus.Superseded"/> or
/// <see cref="DocumentStatus.Retracted"/> with when and why, and its country is marked for comparison so that
/// the next round compares the years without it (raising what the correction changed, once: alert ids are
/// deterministic).
/// </summary>
public sealed partial class IngestionService
{
    /// <summary>
    /// Sources that publish one report per country and year: a second one for the same country-year is a
    /// re-issue (a corrected chapter, a new export) and supersedes the first. Web pages are many per country.
    /// </summary>
    private static readonly HashSet<string> OnePerCountryYear = new(StringComparer.Ordinal) { Sources.UsdolFindings, Sources.UsdolDataset, Sources.IloAnnualReview };

    /// <summary>
    /// Retires the documents of the contents <paramref name="sighting"/>'s name held before it was overwritten,
    /// unless another name still holds them, then takes them off the sighting. Idempotent: a crash before the
    /// last step leaves the contents listed, and the next ingest of the name finishes the work.
    /// </summary>
    private async Task RetireReplacedAsync(BlobSighting sighting, CancellationToken cancellationToken)
    {
        if (sighting.Replaces is not { Count: > 0 } replaced)
        {
            return;
        }

        foreach (var key in replaced)
        {
            await RetireContentAsync(
                key,
                sighting.BlobName,
                DocumentStatus.Superseded,
                $"The blob '{sighting.BlobName}' was overwritten with other content ({Short(sighting.ContentKey)}).",
                sighting.ContentKey,
                cancellationToken).ConfigureAwait(false);
        }

        await Store("clearing the replaced contents", () => ledger.ClearReplacedAsync(sighting.BlobName, replaced, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A blob was deleted (the Event Grid BlobDeleted event, or a container scan that no longer finds it): the
    /// documents of the content it held are retracted, unless another name still holds that content.
    /// </summary>
    public async Task<RetirementOutcome> BlobDeletedAsync(string blobName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        var sighting = await Store("reading the blob name", () => ledger.GetSightingAsync(blobName, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (sighting is null)
        {
            return new RetirementOutcome([], $"No blob named '{blobName}' was ever ingested.");
        }

        var retired = new List<StoredDocument>();
        foreach (var key in (sighting.Replaces ?? []).Append(sighting.ContentKey).Distinct(StringComparer.Ordinal))
        {
            retired.AddRange(await RetireContentAsync(
                key,
                blobName,
                DocumentStatus.Retracted,
                $"The blob '{blobName}' was deleted.",
                null,
                cancellationToken).ConfigureAwait(false));
        }

        // Last, so that a crash before it repeats the work instead of forgetting it.
        await Store("forgetting the blob name", () => ledger.DeleteSightingAsync(blobName, cancellationToken), cancellationToken).ConfigureAwait(false);
        LogBlobDeleted(blobName, retired.Count);
        return new RetirementOutcome(retired);
    }

    /// <summary>
    /// The scan's side of deletions: every name the ledger knows in the container but <paramref name="present"/>
    /// does not hold was deleted. <paramref name="present"/> must be a complete listing of the container, begun at
    /// <paramref name="listedAt"/>: a name first seen after that (uploaded and ingested by another host while the
    /// listing ran) is not in it and is left alone.
    /// </summary>
    public async Task<IReadOnlyList<RetirementOutcome>> RetractDeletedAsync(IReadOnlySet<string> present, DateTimeOffset listedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(present);
        var gone = new List<string>();
        await foreach (var sighting in ledger.ListSightingsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!present.Contains(sighting.BlobName) && sighting.SeenAt < listedAt)
            {
                gone.Add(sighting.BlobName);
            }
        }

        var outcomes = new List<RetirementOutcome>(gone.Count);
        foreach (var name in gone)
        {
            outcomes.Add(await BlobDeletedAsync(name, cancellationToken).ConfigureAwait(false));
        }

        return outcomes;
    }

    /// <summary>
    /// An analyst's retraction: the documents whose id starts with <paramref name="idOrBlob"/> (at least 8 hex
    /// characters), or else those read from the blob of that name. The content stays known, so a scan does not
    /// ingest it again; the blob itself is left where it is.
    /// </summary>
    public async Task<RetirementOutcome> RetractAsync(string idOrBlob, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrBlob);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var candidates = new List<StoredDocument>();
        if (idOrBlob.Length >= 8 && idOrBlob.All(char.IsAsciiHexDigit))
        {
            await foreach (var document in documents.ListAsync(new DocumentQuery(IdPrefix: idOrBlob), cancellationToken).ConfigureAwait(false))
            {
                candidates.Add(document);
            }
        }

        if (candidates.Count == 0)
        {
            var sighting = await Store("reading the blob name", () => ledger.GetSightingAsync(idOrBlob, cancellationToken), cancellationToken).ConfigureAwait(false);
            var key = sighting?.ContentKey;
            await foreach (var document in documents.ListAsync(key is null ? new DocumentQuery(BlobName: idOrBlob) : new DocumentQuery(ContentKey: key), cancellationToken).ConfigureAwait(false))
            {
                candidates.Add(document);
            }
        }

        if (candidates.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count() > 1 && candidates.Select(d => d.ContentKey).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            return new RetirementOutcome([], $"'{idOrBlob}' names {candidates.Count} documents of different files; give more of the id.");
        }

        var active = candidates.Where(d => !DocumentStatus.IsRetired(d.Status)).ToList();
        if (active.Count == 0)
        {
            return new RetirementOutcome([], candidates.Count == 0 ? $"No document has the id or blob name '{idOrBlob}'." : $"'{idOrBlob}' is already {candidates[0].Status}.");
        }

        var retired = await RetireAsync(active, DocumentStatus.Retracted, $"Retracted by hand: {reason}", null, cancellationToken).ConfigureAwait(false);
        return new RetirementOutcome(retired);
    }

    /// <summary>
    /// A re-issue: once <paramref name="document"/> is stored, every ingested document of the same source, country
    /// and year but the newest (latest <see cref="StoredDocument.IngestedAt"/>, then id) is superseded by it. Two
    /// ingesters storing the two versions at once both end with the same newest one in force.
    /// </summary>
    private async Task SupersedeEarlierAsync(StoredDocument document, CancellationToken cancellationToken)
    {
        if (!OnePerCountryYear.Contains(document.Source) || document.Iso2 is null || document.Year is null || document.Status != DocumentStatus.Ingested)
        {
            return;
        }

        var same = new List<StoredDocument>();
        await Store("reading the documents of the same year", async () =>
        {
            await foreach (var d in documents.ListAsync(new DocumentQuery(DocumentStatus.Ingested, document.Iso2, document.Year, Source: document.Source), cancellationToken).ConfigureAwait(false))
            {
                same.Add(d);
            }
        }, cancellationToken).ConfigureAwait(false);
        if (same.Count < 2)
        {
            return;
        }

        var newest = same.OrderByDescending(d => d.IngestedAt).ThenByDescending(d => d.Id, StringComparer.Ordinal).First();
        // An older document read from the same name is the content this one overwrote: RetireReplacedAsync retires
        // it with that more exact reason once this ingest ends (and finishes it after a crash).
        var older = same.Where(d => d.Id != newest.Id && !string.Equals(d.BlobName, newest.BlobName, StringComparison.Ordinal)).ToList();
        if (older.Count == 0)
        {
            return;
        }

        await RetireAsync(
            older,
            DocumentStatus.Superseded,
            $"Re-issued: a newer {document.Source} report for {document.Iso2} {document.Year} ('{newest.BlobName}') replaces it.",
            newest.Id,
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<StoredDocument>> RetireContentAsync(string key, string blobName, string status, string reason, string? replacedBy, CancellationToken cancellationToken)
    {
        var holders = await Store("reading the names of the content", () => ledger.SightingsOfContentAsync(key, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (holders.Any(h => h.BlobName != blobName))
        {
            // The same bytes are still in the container under another name: the report is still there.
            return [];
        }

        var found = new List<StoredDocument>();
        await Store("reading the documents of the content", async () =>
        {
            await foreach (var d in documents.ListAsync(new DocumentQuery(ContentKey: key), cancellationToken).ConfigureAwait(false))
            {
                found.Add(d);
            }
        }, cancellationToken).ConfigureAwait(false);
        var retired = await RetireAsync([.. found.Where(d => !DocumentStatus.IsRetired(d.Status))], status, reason, replacedBy, cancellationToken).ConfigureAwait(false);

        // The bytes are gone from the container: if they are uploaded again they are a report again.
        await Store("forgetting the replaced content", () => ledger.ForgetContentAsync(key, cancellationToken), cancellationToken).ConfigureAwait(false);
        return retired;
    }

    private async Task<IReadOnlyList<StoredDocument>> RetireAsync(IReadOnlyList<StoredDocument> active, string status, string reason, string? replacedBy, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var retired = new List<StoredDocument>(active.Count);
        foreach (var document in active)
        {
            var updated = document with { Status = status, Reason = reason, SupersededBy = replacedBy, RetiredAt = now };
            await Store("retiring the document", () => documents.UpsertAsync(updated, cancellationToken), cancellationToken).ConfigureAwait(false);
            if (document.Status == DocumentStatus.Ingested)
            {
                // Its facts leave the country's status: compare that year again.
                await Store("marking the country for comparison", () => countries.MarkDirtyAsync(document.Iso2!, document.Country, document.Year!.Value, now, cancellationToken), cancellationToken).ConfigureAwait(false);
            }

            LogRetired(document.Id, document.BlobName, status, reason);
            retired.Add(updated);
        }

        return retired;
    }

    private static string Short(string key) => key.Length > 12 ? key[..12] : key;

    [LoggerMessage(EventId = 5020, Level = LogLevel.Information, Message = "Document {DocumentId} ({BlobName}) {Status}: {Reason}")]
    private partial void LogRetired(string documentId, string blobName, string status, string reason);

    [LoggerMessage(EventId = 5021, Level = LogLevel.Information, Message = "Blob {BlobName} deleted: {Count} documents retracted")]
    private partial void LogBlobDeleted(string blobName, int count);
}
