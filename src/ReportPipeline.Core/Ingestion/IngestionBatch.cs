using System.Collections.Concurrent;

namespace ReportPipeline.Core.Ingestion;

/// <summary>
/// Ingests many blobs, a few at a time. A blob another ingester is working on is retried once
/// that ingester is done (or its claim lapses), so that a batch ends with every blob processed.
/// Bad input never stops the batch; a storage failure does (<see cref="StorageUnavailableException"/>).
/// </summary>
public sealed class IngestionBatch(IngestionService service, IngestionOptions options, TimeProvider? timeProvider = null)
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    // A read of one table row per held blob: cheap enough to ask every second.
    private TimeSpan PollInterval => options.ClaimLease / 3 < TimeSpan.FromSeconds(1) ? options.ClaimLease / 3 : TimeSpan.FromSeconds(1);

    /// <summary>Outcomes in the order of <paramref name="blobs"/>; <paramref name="onOutcome"/> sees each as it completes.</summary>
    public async Task<IReadOnlyList<IngestOutcome>> RunAsync(
        IReadOnlyList<ReportBlob> blobs,
        Action<IngestOutcome>? onOutcome = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blobs);
        var outcomes = new IngestOutcome[blobs.Count];
        var held = new ConcurrentQueue<int>();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, blobs.Count),
            new ParallelOptions { MaxDegreeOfParallelism = options.FileParallelism, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                var outcome = await service.IngestAsync(blobs[i], ct).ConfigureAwait(false);
                outcomes[i] = outcome;
                if (outcome.Kind == IngestOutcomeKind.InProgressElsewhere)
                {
                    held.Enqueue(i);
                }
                else
                {
                    onOutcome?.Invoke(outcome);
                }
            }).ConfigureAwait(false);

        // Another ingester renews its claim while it works; give it as long as one document may
        // take, plus two leases for a crashed ingester's claim to lapse.
        var deadline = _time.GetUtcNow() + service.Limits.MaxTimePerDocument + (2 * options.ClaimLease);
        var waiting = held.ToList();
        while (waiting.Count > 0)
        {
            if (_time.GetUtcNow() >= deadline)
            {
                foreach (var i in waiting)
                {
                    onOutcome?.Invoke(outcomes[i]);
                }

                break;
            }

            await Task.Delay(PollInterval, _time, cancellationToken).ConfigureAwait(false);
            var still = new List<int>();
            foreach (var i in waiting)
            {
                var outcome = await service.IngestAsync(blobs[i], cancellationToken).ConfigureAwait(false);
                outcomes[i] = outcome;
                if (outcome.Kind == IngestOutcomeKind.InProgressElsewhere)
                {
                    still.Add(i);
                }
                else
                {
                    onOutcome?.Invoke(outcome);
                }
            }

            waiting = still;
        }

        return outcomes;
    }
}
