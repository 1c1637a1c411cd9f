using Microsoft.Extensions.Configuration;
using ReportPipeline.Core;
using ReportPipeline.Core.Notifications;

namespace ReportPipeline.Web;

/// <summary>
/// Where absolute links of the read side (the Atom feeds) point: the configured public base URL, the one mail links use
/// (<c>ReportPipeline:Notifications:BaseUrl</c>, else <c>ReportPipeline:PublicBaseUrl</c>). Never the request's Host
/// header, which the caller chooses (and a cache or feed aggregator would then serve a forged link to everyone).
/// </summary>
/// <param name="BaseUri">The configured address with a trailing slash, or null when none is configured: links are then relative.</param>
public sealed record PublicAddress(Uri? BaseUri)
{
    public static PublicAddress From(IConfiguration configuration, NotificationOptions notifications)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        // NotificationOptions has already resolved and validated the setting (BaseUri throws on a malformed one).
        return new PublicAddress(CoreServiceCollectionExtensions.ConfiguredBaseUrl(configuration) is null ? null : notifications.BaseUri);
    }

    /// <summary>
    /// The start of every link in a document served at <paramref name="documentPath"/> (relative to the site's root, no
    /// leading slash): the base URL, or without one the way back to the root from that document ("../" per folder), so a
    /// reader resolves links against the address it fetched, whatever host or path prefix that was.
    /// </summary>
    public string Prefix(string documentPath)
    {
        ArgumentNullException.ThrowIfNull(documentPath);
        return BaseUri?.AbsoluteUri ?? string.Concat(Enumerable.Repeat("../", documentPath.Count(c => c == '/')));
    }
}
