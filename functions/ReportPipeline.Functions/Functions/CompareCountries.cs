using Microsoft.Azure.Functions.Worker;
using ReportPipeline.Hosting;
using ReportPipeline.Hosting.Handlers;

namespace ReportPipeline.Functions;

/// <summary>On the comparison schedule (daily by default): one queue message per dirty country, so that instances share the work.</summary>
public sealed class CompareCountries(CompareHandler handler)
{
    [Function(nameof(CompareCountries))]
    public Task<CompareRunStarted> Run(
        [TimerTrigger("%" + PipelineNames.CompareScheduleSetting + "%")] TimerInfo timer,
        CancellationToken cancellationToken) =>
        handler.StartRunAsync(cancellationToken);
}
