using ReportPipeline.Core.Notifications;

namespace ReportPipeline.Hosting.Handlers;

/// <summary>Sends each confirmed subscriber one message with the new alerts its filters match.</summary>
public sealed class NotifyHandler(NotificationService notifications)
{
    public async Task<NotifyReport> NotifyAsync(NotifyMessage? message = null, CancellationToken cancellationToken = default)
    {
        using var activity = PipelineTelemetry.Source.StartActivity("notify");
        activity?.SetTag("compare.run", message?.RunId);
        var report = await notifications.NotifyAsync(cancellationToken).ConfigureAwait(false);
        activity?.SetTag("notify.messages.sent", report.MessagesSent);
        activity?.SetTag("notify.messages.failed", report.MessagesFailed);
        return report;
    }
}
