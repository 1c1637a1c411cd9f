using MailKit;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using ReportPipeline.Core.Notifications;

namespace ReportPipeline.Transports;

/// <summary>
/// The <see cref="IMessageSender"/> of the application: emails to the SMTP or pickup transport, webhooks to
/// <see cref="WebhookTransport"/>, each try wrapped in a Polly retry with exponential backoff and jitter.
/// Permanent refusals (SMTP 5xx, webhook 4xx) are not retried. The final failure comes back as a result,
/// with the number of tries, so the caller records it; cancellation is never swallowed.
/// </summary>
public sealed partial class ResilientMessageSender : IMessageSender
{
    private readonly IEmailTransport _email;
    private readonly WebhookTransport _webhooks;
    private readonly MimeKit.MailboxAddress _from;
    private readonly ResiliencePipeline _pipeline;
    private readonly ILogger<ResilientMessageSender> _logger;

    public ResilientMessageSender(IEmailTransport email, WebhookTransport webhooks, SmtpOptions smtp, DeliveryRetryOptions retry, ILogger<ResilientMessageSender> logger)
    {
        ArgumentNullException.ThrowIfNull(smtp);
        ArgumentNullException.ThrowIfNull(retry);
        smtp.Validate();
        retry.Validate();
        _email = email;
        _webhooks = webhooks;
        _from = smtp.FromAddress();
        _logger = logger;
        var builder = new ResiliencePipelineBuilder();
        if (retry.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex && IsTransient(ex, args.Context.CancellationToken)),
                MaxRetryAttempts = retry.MaxRetries,
                Delay = retry.BaseDelay,
                MaxDelay = retry.MaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    LogRetry(_logger, args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Exception?.Message);
                    return ValueTask.CompletedTask;
                },
            });
        }

        _pipeline = builder.Build();
    }

    public string EmailDescription => _email.Description;

    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var attempts = 0;
        // A webhook that is not confirmed yet gets one POST, never retries: until its owner confirms, the
        // URL is only a stranger's claim, and retries would let anyone aim our traffic at it.
        var pipeline = message is WebhookMessage { Kind: MessageKind.Confirmation } ? ResiliencePipeline.Empty : _pipeline;
        try
        {
            var (id, location) = await pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await SendOnceAsync(message, token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
            return SendResult.Sent(attempts, id, location);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(_logger, message.Key, attempts, ex.Message);
            LogFailureDetail(_logger, ex, message.Key);
            return SendResult.Failed(attempts, ex.Message);
        }
    }

    /// <summary>Network trouble, timeouts, SMTP 4xx and webhook 5xx/408/429 are worth another try; the rest is final.</summary>
    internal static bool IsTransient(Exception exception, CancellationToken callerToken) => exception switch
    {
        OperationCanceledException => !callerToken.IsCancellationRequested,
        SmtpCommandException smtp => (int)smtp.StatusCode < 500,
        WebhookRejectedException => false,
        ArgumentException or InvalidOperationException or FormatException => false,
        HttpRequestException or IOException or System.Net.Sockets.SocketException or ProtocolException or TimeoutException => true,
        _ => false,
    };

    private async ValueTask<(string Id, string? Location)> SendOnceAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        switch (message)
        {
            case EmailMessage email:
                var receipt = await _email.SendAsync(MimeMessages.Create(email, _from), cancellationToken).ConfigureAwait(false);
                return (receipt.MessageId, receipt.Location);
            case WebhookMessage webhook:
                return (await _webhooks.SendAsync(webhook, cancellationToken).ConfigureAwait(false), null);
            default:
                throw new ArgumentException($"No transport for {message.GetType().Name}.", nameof(message));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Send try {Attempt} failed, retrying in {Delay}: {Error}")]
    private static partial void LogRetry(ILogger logger, int attempt, TimeSpan delay, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageKey} not sent after {Attempts} tries: {Error}")]
    private static partial void LogFailed(ILogger logger, string messageKey, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Message {MessageKey}: last failure in full")]
    private static partial void LogFailureDetail(ILogger logger, Exception exception, string messageKey);
}
