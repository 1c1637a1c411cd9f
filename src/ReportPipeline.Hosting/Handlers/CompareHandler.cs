using Microsoft.Extensions.Logging;
using ReportPipeline.Core.Comparison;

namespace ReportPipeline.Hosting.Handlers;

/// <summary>
/// Comparison as the Functions app runs it: a timer starts a run over the dirty countries (one
/// queue message each), each message compares one country, and the last one to finish queues the
/// run's single notification (<see cref="CompareRuns"/>).
/// </summary>
public sealed partial class CompareHandler(CompareService compare, ICountryDirtyFlags flags, CompareRuns runs, ILogger<CompareHandler> logger)
{
    /// <summary>Starts a run over every country marked dirty by ingestion.</summary>
    public async Task<CompareRunStarted> StartRunAsync(CancellationToken cancellationToken = default)
    {
        using var activity = PipelineTelemetry.Source.StartActivity("compare.start");
        var dirty = await flags.ListDirtyAsync(cancellationToken).ConfigureAwait(false);
        var started = await runs.StartAsync([.. dirty.Select(d => d.Iso2)], cancellationToken).ConfigureAwait(false);
        activity?.SetTag("compare.run", started.RunId);
        activity?.SetTag("compare.countries", started.Countries.Count);
        return started;
    }

    /// <summary>
    /// Compares one country of a run and records it done. A failure throws, so that the queue
    /// retries the message; after the last retry <see cref="GiveUpAsync"/> closes the country.
    /// </summary>
    public async Task<CountryComparison> CompareCountryAsync(CompareCountryMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var activity = PipelineTelemetry.Source.StartActivity("compare.country");
        activity?.SetTag("compare.run", message.RunId);
        activity?.SetTag("country.iso2", message.Iso2);
        var report = await compare.CompareAsync([message.Iso2], cancellationToken).ConfigureAwait(false);
        var result = report.Countries.Single();
        if (result.Error is not null)
        {
            throw new CountryComparisonException(message.Iso2, result.Error);
        }

        activity?.SetTag("compare.alerts.added", result.Added.Count);
        await runs.CompleteAsync(message, error: null, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>The compare message failed every retry: the country stays dirty for the next run, and this run still finishes.</summary>
    public async Task GiveUpAsync(CompareCountryMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        LogGaveUp(logger, message.Iso2, message.RunId);
        await runs.CompleteAsync(message, "Comparison failed on every retry; the country stays marked for the next run.", cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gave up comparing {Iso2} in run {RunId}; it stays marked for the next run")]
    private static partial void LogGaveUp(ILogger logger, string iso2, string runId);
}

/// <summary>A country could not be compared; its message is retried.</summary>
public sealed class CountryComparisonException(string iso2, string error)
    : Exception($"Comparing {iso2} failed: {error}")
{
    public string Iso2 { get; } = iso2;
}
