using Microsoft.Azure.Functions.Worker;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Hosting;
using ReportPipeline.Hosting.Handlers;

namespace ReportPipeline.Functions;

/// <summary>Once per finished comparison run: each confirmed subscriber gets one message with its new alerts.</summary>
public sealed class NotifySubscribers(NotifyHandler handler)
{
    [Function(nameof(NotifySubscribers))]
    public Task<NotifyReport> Run(
        [QueueTrigger(PipelineNames.NotifyQueue)] NotifyMessage message,
        CancellationToken cancellationToken) =>
        handler.NotifyAsync(message, cancellationToken);
}
