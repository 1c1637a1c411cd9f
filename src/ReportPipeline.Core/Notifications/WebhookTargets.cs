using System.Net;
using System.Net.Sockets;

namespace ReportPipeline.Core.Notifications;

/// <summary>The addresses a webhook host resolved to, all of them allowed, or the reason it is refused.</summary>
public sealed record WebhookTargetCheck(IReadOnlyList<IPAddress> Addresses, string? Refusal)
{
    public bool Allowed => Refusal is null && Addresses.Count > 0;

    public static WebhookTargetCheck Refuse(string reason) => new([], reason);
}

/// <summary>Resolves a host name to its addresses, as the operating system would; tests answer names without asking real DNS.</summary>
public interface IHostResolver
{
    /// <summary>Throws <see cref="SocketException"/> when the name does not resolve.</summary>
    Task<IPAddress[]> ResolveAsync(string name, CancellationToken cancellationToken);
}

/// <summary>
/// Decides whether a webhook host may be contacted: it resolves the name and accepts it only when every
/// address is public (loopback too when <c>allowLoopback</c>, a development setting). A name with one inside
/// address among public ones is refused: which one a client picks is not ours to predict. Subscribing checks
/// once for a clear error; the transport checks again when it connects, and connects to those very
/// addresses, so a name that resolves differently the second time (DNS rebinding) cannot reach inside.
/// </summary>
public sealed class WebhookTargetPolicy(IHostResolver resolver, bool allowLoopback)
{
    public bool AllowLoopback => allowLoopback;

    /// <param name="host">The URL's host as sent (<see cref="Uri.IdnHost"/>), a name or an address literal.</param>
    public async Task<WebhookTargetCheck> CheckAsync(string host, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (!WebhookAddresses.TryReadHost(host, out var literal, out var name, out var error))
        {
            return WebhookTargetCheck.Refuse($"Webhook host refused: {error}.");
        }

        IPAddress[] addresses;
        if (literal is not null)
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await resolver.ResolveAsync(name!, cancellationToken).ConfigureAwait(false);
            }
            catch (SocketException e)
            {
                return WebhookTargetCheck.Refuse($"Webhook host '{name}' does not resolve: {e.Message}.");
            }
        }

        if (addresses.Length == 0) return WebhookTargetCheck.Refuse($"Webhook host '{host}' has no addresses.");
        foreach (var address in addresses)
        {
            if (WebhookAddresses.Refusal(address, allowLoopback) is { } kind)
            {
                var shown = literal is not null ? $"'{host}' is {address}" : $"'{host}' resolves to {address}";
                return WebhookTargetCheck.Refuse($"Webhook host refused: {shown}, {kind}; webhooks go only to public addresses.");
            }
        }

        return new WebhookTargetCheck(addresses, null);
    }
}

/// <summary>
/// Which IP addresses count as public: the IANA special-purpose registries' "globally reachable" ranges,
/// read strictly (documentation, benchmarking and reserved ranges are refused too). IPv6 is allowed only in
/// global unicast (2000::/3); addresses that embed an IPv4 address (mapped, compatible, NAT64, 6to4) are
/// judged by the IPv4 address inside.
/// </summary>
public static class WebhookAddresses
{
    private static readonly (uint Network, int Prefix, string Name)[] RefusedV4 =
    [
        (0x00000000, 8, "'this network' (0.0.0.0/8)"),
        (0x0A000000, 8, "private (10.0.0.0/8)"),
        (0x64400000, 10, "carrier-grade NAT (100.64.0.0/10)"),
        (0x7F000000, 8, "loopback (127.0.0.0/8)"),
        (0xA9FE0000, 16, "link-local (169.254.0.0/16, cloud metadata)"),
        (0xAC100000, 12, "private (172.16.0.0/12)"),
        (0xC0000000, 24, "IETF protocol assignments (192.0.0.0/24)"),
        (0xC0000200, 24, "documentation (192.0.2.0/24)"),
        (0xC0586300, 24, "6to4 relay (192.88.99.0/24)"),
        (0xC0A80000, 16, "private (192.168.0.0/16)"),
        (0xC6120000, 15, "benchmarking (198.18.0.0/15)"),
        (0xC6336400, 24, "documentation (198.51.100.0/24)"),
        (0xCB007100, 24, "documentation (203.0.113.0/24)"),
        (0xE0000000, 4, "multicast (224.0.0.0/4)"),
        (0xF0000000, 4, "reserved or broadcast (240.0.0.0/4)"),
    ];

    /// <summary>Null when a webhook may connect to <paramref name="address"/>; otherwise what kind of address it is.</summary>
    public static string? Refusal(IPAddress address, bool allowLoopback)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetwork) return RefusalV4(address, allowLoopback);
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return "not an IP address";

        var bytes = address.GetAddressBytes();
        if (address.Equals(IPAddress.IPv6Loopback)) return allowLoopback ? null : "loopback (::1)";
        if (address.Equals(IPAddress.IPv6None)) return "unspecified (::)";
        if (address.IsIPv4MappedToIPv6) return Embedded(address.MapToIPv4(), "IPv4-mapped", allowLoopback);

        // ::a.b.c.d (IPv4-compatible, deprecated) and 64:ff9b::a.b.c.d (NAT64) reach the IPv4 address inside.
        if (bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0) return Embedded(new IPAddress(bytes.AsSpan(12)), "IPv4-compatible", allowLoopback);
        if (bytes.AsSpan(0, 12).SequenceEqual(new byte[] { 0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0 }))
        {
            return Embedded(new IPAddress(bytes.AsSpan(12)), "NAT64", allowLoopback);
        }

        if (bytes[0] == 0x20 && bytes[1] == 0x02) return Embedded(new IPAddress(bytes.AsSpan(2, 4)), "6to4", allowLoopback);
        if (address.IsIPv6Multicast) return "multicast (ff00::/8)";
        if (address.IsIPv6LinkLocal) return "link-local (fe80::/10)";
        if (address.IsIPv6SiteLocal) return "site-local (fec0::/10)";
        if (address.IsIPv6UniqueLocal) return "unique-local (fc00::/7)";
        if ((bytes[0] & 0xE0) != 0x20) return "not global unicast (outside 2000::/3)";
        if (bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x0D && bytes[3] == 0xB8) return "documentation (2001:db8::/32)";
        if (bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] < 0x02) return "IETF protocol assignments or Teredo (2001::/23)";
        return null;
    }

    private static string? Embedded(IPAddress v4, string kind, bool allowLoopback) =>
        RefusalV4(v4, allowLoopback) is { } inner ? $"{kind} {v4}: {inner}" : null;

    private static string? RefusalV4(IPAddress address, bool allowLoopback)
    {
        var bytes = address.GetAddressBytes();
        var value = (uint)(bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3]);
        foreach (var (network, prefix, name) in RefusedV4)
        {
            var mask = uint.MaxValue << (32 - prefix);
            if ((value & mask) != network) continue;
            return allowLoopback && network == 0x7F000000 ? null : name;
        }

        return null;
    }

    /// <summary>
    /// The host as the resolver will see it: an address literal in any spelling the OS accepts
    /// (<c>0x7f000001</c>, <c>127.1</c>, octal <c>0251.0376.0251.0376</c>) becomes that address;
    /// a name stays a name. A name whose last label is all digits is no name at all (no top-level
    /// domain is numeric), so it is refused rather than handed to a resolver that might read it as a number.
    /// </summary>
    public static bool TryReadHost(string host, out IPAddress? literal, out string? name, out string? error)
    {
        ArgumentNullException.ThrowIfNull(host);
        literal = null;
        name = null;
        error = null;
        var text = host.Trim('[', ']');
        if (text.EndsWith('.')) text = text[..^1];
        if (text.Length == 0)
        {
            error = "the host is empty";
            return false;
        }

        // IPAddress.TryParse reads IPv4 the way inet_aton does (hex, octal, one to four parts), as the OS resolver would.
        if (IPAddress.TryParse(text, out var ip))
        {
            if (ip.AddressFamily == AddressFamily.InterNetworkV6 && ip.ScopeId != 0)
            {
                error = "an IPv6 address with a zone (%…) is local to this machine";
                return false;
            }

            literal = ip;
            return true;
        }

        var last = text[(text.LastIndexOf('.') + 1)..];
        if (last.All(char.IsAsciiDigit) || (last.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && last.Length > 2 && last[2..].All(char.IsAsciiHexDigit)))
        {
            error = $"'{host}' looks like a number but is not a valid IP address";
            return false;
        }

        name = text.ToLowerInvariant();
        return true;
    }
}
