using System.Security.Cryptography;
using System.Text;

namespace ReportPipeline.Core.Notifications;

/// <summary>Deterministic keys: the same address always maps to the same subscription.</summary>
public static class SubscriptionIds
{
    /// <summary>SHA-256 of channel and normalised address, hex; the storage partition key (the "email hash").</summary>
    public static string AddressHash(SubscriptionChannel channel, string normalisedAddress)
    {
        ArgumentNullException.ThrowIfNull(normalisedAddress);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{channel}:{normalisedAddress}"));
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>The subscription id: <c>sub-</c> and the first 32 hex digits of <see cref="AddressHash"/>.</summary>
    public static string For(SubscriptionChannel channel, string normalisedAddress) =>
        "sub-" + AddressHash(channel, normalisedAddress)[..32];
}
