using System.Net;
using System.Net.Sockets;
using MailKit.Net.Smtp;

namespace ReportPipeline.Transports.Tests;

public sealed class TransientFailureTests
{
    public static TheoryData<Exception, bool> Cases => new()
    {
        { new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxBusy, "450 busy"), true },
        { new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, "550 no such user"), false },
        { new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.ExceededStorageAllocation, "552 too big"), false },
        { new SocketException((int)SocketError.ConnectionRefused), true },
        { new IOException("connection reset"), true },
        { new HttpRequestException("503", null, HttpStatusCode.ServiceUnavailable), true },
        { new WebhookRejectedException("410 Gone"), false },
        { new TimeoutException(), true },
        { new TaskCanceledException("HttpClient timeout"), true },
        { new InvalidOperationException("bad settings"), false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Only_temporary_failures_are_retried(Exception failure, bool transient) =>
        ResilientMessageSender.IsTransient(failure, CancellationToken.None).ShouldBe(transient);

    [Fact]
    public void The_callers_own_cancellation_is_never_retried()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        ResilientMessageSender.IsTransient(new OperationCanceledException(cancelled.Token), cancelled.Token).ShouldBeFalse();
    }
}
