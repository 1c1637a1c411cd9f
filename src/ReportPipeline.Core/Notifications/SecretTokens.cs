using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ReportPipeline.Core.Notifications;

public enum TokenPurpose
{
    /// <summary>Proves the owner received the confirmation message.</summary>
    Confirm = 0,

    /// <summary>Unsubscribe or change filters; every alert message carries a fresh one.</summary>
    Manage = 1,
}

/// <summary>What the store keeps of a token: its hash, never the token.</summary>
public sealed record SubscriptionToken(string Hash, string SubscriptionId, TokenPurpose Purpose, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt)
{
    /// <summary>When it stops working: its stamped expiry, or (a token minted before expiry was stamped) its creation plus <paramref name="unstampedLifetime"/>.</summary>
    public DateTimeOffset Expiry(TimeSpan unstampedLifetime) => ExpiresAt ?? CreatedAt + unstampedLifetime;

    public bool IsExpired(DateTimeOffset now, TimeSpan unstampedLifetime) => now > Expiry(unstampedLifetime);
}

/// <summary>
/// Unguessable tokens (256 bits from the OS CSPRNG, base64url) and secrets. Only the SHA-256 of a
/// token is stored, so a leaked table cannot confirm or unsubscribe anyone. A plain hash (no salt,
/// no stretching) is enough because the token itself has 256 bits of entropy.
/// </summary>
public static class SecretTokens
{
    private const int TokenBytes = 32;

    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));

    /// <summary><c>whsec_</c> and 32 random bytes in base64, the Standard Webhooks form (secrets made before were hex, which still decodes as base64).</summary>
    public static string NewWebhookSecret() => WebhookSignature.SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(TokenBytes));

    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    /// <summary>Shape check before any lookup, so junk never reaches storage.</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
