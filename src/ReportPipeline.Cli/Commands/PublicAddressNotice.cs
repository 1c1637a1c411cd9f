using Microsoft.Extensions.Configuration;
using ReportPipeline.Core;
using ReportPipeline.Core.Notifications;

namespace ReportPipeline.Cli.Commands;

/// <summary>
/// What the commands that write links (serve, subscribe, notify, watch) say on stderr when no public
/// address is configured. Not an error: on one machine the loopback default works; a message read
/// anywhere else carries confirm and unsubscribe links that lead nowhere, so the user must hear it
/// before the mail goes out rather than from a subscriber.
/// </summary>
internal static class PublicAddressNotice
{
    /// <summary>The line for commands that send messages; null when an address is configured.</summary>
    public static string? ForMessages(IConfiguration configuration) =>
        CoreServiceCollectionExtensions.ConfiguredBaseUrl(configuration) is null
            ? $"ReportPipeline__PublicBaseUrl is not set: links in messages start at {NotificationOptions.DefaultBaseUrl} (serve's default), which works only on this machine; set it to the public address of serve or the Functions app."
            : null;

    /// <summary>The line for <c>serve</c>, which also writes feeds; null when an address is configured.</summary>
    public static string? ForServe(IConfiguration configuration) =>
        CoreServiceCollectionExtensions.ConfiguredBaseUrl(configuration) is null
            ? $"ReportPipeline__PublicBaseUrl is not set: feed links are relative to the feed and mail links start at {NotificationOptions.DefaultBaseUrl}; set it to this site's public address."
            : null;

    public static void WriteForMessages(IConfiguration configuration)
    {
        if (ForMessages(configuration) is { } line)
        {
            Console.Error.WriteLine(line);
        }
    }
}
