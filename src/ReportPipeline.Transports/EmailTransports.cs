using System.Globalization;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using MimeKit.Utils;
using ReportPipeline.Core.Notifications;

namespace ReportPipeline.Transports;

/// <summary>Where an email went: its Message-ID and, for a pickup file, its path.</summary>
public sealed record EmailReceipt(string MessageId, string? Location);

/// <summary>Hands one MIME message to a mail system. Throws on failure; retries are the caller's business.</summary>
public interface IEmailTransport
{
    /// <summary>For people: "SMTP smtp.example.org:587 (TLS)" or "pickup folder /path".</summary>
    string Description { get; }

    Task<EmailReceipt> SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>Builds the MIME message: multipart/alternative text and HTML, our headers, a stable Message-ID domain.</summary>
public static class MimeMessages
{
    public static MimeMessage Create(EmailMessage email, MailboxAddress from)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(from);
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(email.To));
        message.Subject = NotificationComposer.HeaderText(email.Subject, 998);
        message.Date = DateTimeOffset.UtcNow;
        message.MessageId = email.MessageIdLocalPart is { Length: > 0 } local ? $"{local}@{from.Domain}" : MimeUtils.GenerateMessageId(from.Domain);
        foreach (var (name, value) in email.Headers)
        {
            // Header values were composed from our own settings and cleaned report text; clean again so no CR/LF can slip through.
            message.Headers.Replace(name, NotificationComposer.HeaderText(value, 998));
        }

        var body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody };
        message.Body = body.ToMessageBody();
        return message;
    }
}

/// <summary>SMTP through MailKit: one connection per message, TLS as configured, authentication when a user is set.</summary>
public sealed class SmtpEmailTransport(SmtpOptions options) : IEmailTransport
{
    public string Description => string.Create(CultureInfo.InvariantCulture, $"SMTP {options.Host}:{options.Port}{(options.UseTls ? " (TLS)" : " (no TLS)")}");

    public async Task<EmailReceipt> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        var security = !options.UseTls ? SecureSocketOptions.None
            : options.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        var host = options.Host ?? throw new InvalidOperationException($"{SmtpOptions.SectionName}:Host is not set.");
        await client.ConnectAsync(host, options.Port, security, cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(options.User))
        {
            await client.AuthenticateAsync(options.User, options.Password ?? string.Empty, cancellationToken).ConfigureAwait(false);
        }

        await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
        return new EmailReceipt(message.MessageId ?? string.Empty, null);
    }
}

/// <summary>
/// Writes each message as an .eml file (what an SMTP server would have received) when no SMTP host is
/// configured. Written to a temporary name and moved, so a reader never sees half a message.
/// </summary>
public sealed class PickupFolderEmailTransport(string directory) : IEmailTransport
{
    public string Directory { get; } = Path.GetFullPath(directory);

    public string Description => $"pickup folder {Directory}";

    public async Task<EmailReceipt> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        System.IO.Directory.CreateDirectory(Directory);
        var messageId = message.MessageId ?? MimeUtils.GenerateMessageId();
        var safeId = new string(messageId.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        var name = string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.UtcNow:yyyyMMdd'T'HHmmssfff}-{safeId}.eml");
        var path = Path.Combine(Directory, name);
        var temporary = path + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await message.WriteToAsync(stream, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, path, overwrite: false);
        return new EmailReceipt(messageId, path);
    }
}
