using ReportPipeline.Core.Notifications;

namespace ReportPipeline.Testing.Notifications;

/// <summary>
/// Records every message the service asked to send, for unit tests of composition and bookkeeping.
/// Addresses in <see cref="FailFor"/> get a failed result, as a refusing server would give.
/// Transport behaviour itself is tested against real maildev and a real HTTP listener.
/// </summary>
public sealed class CapturingMessageSender : IMessageSender
{
    private readonly List<OutboundMessage> _sent = [];
    private readonly Lock _lock = new();

    public HashSet<string> FailFor { get; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<OutboundMessage> Sent
    {
        get
        {
            lock (_lock) return [.. _sent];
        }
    }

    public IReadOnlyList<EmailMessage> Emails => Sent.OfType<EmailMessage>().ToList();

    public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();
        var address = message switch
        {
            EmailMessage e => e.To,
            WebhookMessage w => w.Url.AbsoluteUri,
            _ => string.Empty,
        };
        if (FailFor.Contains(address)) return Task.FromResult(SendResult.Failed(3, $"550 mailbox {address} unavailable"));
        lock (_lock) _sent.Add(message);
        return Task.FromResult(SendResult.Sent(1, "<" + Guid.NewGuid().ToString("N") + "@test>"));
    }

    public void Clear()
    {
        lock (_lock) _sent.Clear();
    }
}
