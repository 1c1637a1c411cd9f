using MimeKit;

namespace ReportPipeline.Transports;

/// <summary>
/// Settings under <c>ReportPipeline:Smtp</c> (environment: <c>ReportPipeline__Smtp__Host</c> and so on).
/// With no <see cref="Host"/>, messages are written as .eml files to <see cref="PickupDirectory"/>.
/// </summary>
public sealed class SmtpOptions
{
    public const string SectionName = "ReportPipeline:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>True: TLS required (implicit TLS on port 465, STARTTLS otherwise). False: plain, for a loopback relay or test server.</summary>
    public bool UseTls { get; set; } = true;

    public string? User { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "ReportPipeline <alerts@reportpipeline.invalid>";

    /// <summary>Where .eml files go when no SMTP host is configured; relative paths are under the current directory.</summary>
    public string PickupDirectory { get; set; } = "mail-pickup";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool UsesPickupDirectory => string.IsNullOrWhiteSpace(Host);

    public string PickupDirectoryFullPath => Path.GetFullPath(PickupDirectory);

    public MailboxAddress FromAddress()
    {
        if (From.Any(char.IsControl) || !MailboxAddress.TryParse(From, out var address))
        {
            throw new InvalidOperationException($"{SectionName}:From '{From}' is not a mailbox such as 'ReportPipeline <alerts@example.org>'.");
        }

        return address;
    }

    public void Validate()
    {
        if (Port is < 1 or > 65535) throw new InvalidOperationException($"{SectionName}:Port {Port} is not a TCP port.");
        if (Host is { } host && host.Any(char.IsControl)) throw new InvalidOperationException($"{SectionName}:Host contains control characters.");
        _ = FromAddress();
    }
}

/// <summary>Settings under <c>ReportPipeline:Notifications:Retry</c>: how hard one run tries one message.</summary>
public sealed class DeliveryRetryOptions
{
    public const string SectionName = "ReportPipeline:Notifications:Retry";

    /// <summary>Retries after the first try (0 = try once).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff; doubled each retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    public void Validate()
    {
        if (MaxRetries is < 0 or > 20) throw new InvalidOperationException($"{SectionName}:MaxRetries must be between 0 and 20.");
        if (BaseDelay < TimeSpan.Zero || BaseDelay > TimeSpan.FromMinutes(10)) throw new InvalidOperationException($"{SectionName}:BaseDelay must be between 0 and 10 minutes.");
        if (MaxDelay < BaseDelay) throw new InvalidOperationException($"{SectionName}:MaxDelay must not be below BaseDelay.");
    }
}

/// <summary>Settings under <c>ReportPipeline:Webhooks</c>.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "ReportPipeline:Webhooks";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public string UserAgent { get; set; } = "ReportPipeline-Webhook/1.0";

    /// <summary>
    /// Development only: lets webhooks reach loopback (127.0.0.0/8, ::1), e.g. a receiver on this machine.
    /// Off by default, because on a server loopback is where the storage emulator, admin ports and sidecars listen.
    /// Every other non-public address stays refused whatever this says.
    /// </summary>
    public bool AllowLoopback { get; set; }
}
