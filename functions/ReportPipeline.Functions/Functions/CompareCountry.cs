using Microsoft.Azure.Functions.Worker;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Hosting;
using ReportPipeline.Hosting.Handlers;

namespace ReportPipeline.Functions;

/// <summary>Compares one country of a run; the last country of the run queues its notification.</summary>
public sealed class CompareCountry(CompareHandler handler)
{
    [Function(nameof(CompareCountry))]
    public Task<CountryComparison> Run(
        [QueueTrigger(PipelineNames.CompareQueue)] CompareCountryMessage message,
        CancellationToken cancellationToken) =>
        handler.CompareCountryAsync(message, cancellationToken);
}

/// <summary>A country whose comparison failed every retry: it stays dirty, and its run still finishes and notifies.</summary>
public sealed class CompareCountryGaveUp(CompareHandler handler)
{
    [Function(nameof(CompareCountryGaveUp))]
    public Task Run(
        [QueueTrigger(PipelineNames.CompareQueuePoison)] CompareCountryMessage message,
        CancellationToken cancellationToken) =>
        handler.GiveUpAsync(message, cancellationToken);
}
