using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ReportPipeline.Core.Notifications;

/// <summary>
/// Webhook signatures by the Standard Webhooks convention (standardwebhooks.com), so receivers verify
/// with an off-the-shelf library: <c>webhook-id</c>, <c>webhook-timestamp</c> (Unix seconds) and
/// <c>webhook-signature: v1,&lt;base64&gt;</c>, the HMAC-SHA256 of <c>id.timestamp.body</c> keyed with the
/// base64-decoded part of the <c>whsec_</c> secret. Signing the id and the time lets a receiver reject
/// a replayed request (an old timestamp, or an id it has seen).
/// </summary>
public static class WebhookSignature
{
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";
    public const string EventHeaderName = "X-ReportPipeline-Event";
    public const string DeliveryHeaderName = "X-ReportPipeline-Delivery";
    public const string SecretPrefix = "whsec_";

    /// <summary>How far a timestamp may be from the receiver's clock, as the convention's libraries default to.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    /// <summary>The HMAC key: the secret after <c>whsec_</c>, base64-decoded.</summary>
    public static byte[] Key(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var encoded = secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : secret;
        return Convert.FromBase64String(encoded);
    }

    /// <summary>The <c>webhook-signature</c> value: <c>v1,</c> and the base64 HMAC-SHA256 of <c>id.timestamp.body</c>.</summary>
    public static string Sign(string secret, string id, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(id);
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(Key(secret), SignedContent(id, timestamp, body)));
    }

    /// <summary>
    /// True when one of the space-separated <c>v1,…</c> signatures matches (compared in constant time) and
    /// the timestamp is within <see cref="Tolerance"/> of <paramref name="now"/>.
    /// </summary>
    public static bool Verify(string secret, string? id, string? timestamp, ReadOnlySpan<byte> body, string? signatures, DateTimeOffset now)
    {
        if (id is null || signatures is null || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return false;
        if ((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > Tolerance) return false;

        var expected = Encoding.ASCII.GetBytes(Sign(secret, id, seconds, body));
        var matched = false;
        foreach (var candidate in signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            matched |= CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(candidate));
        }

        return matched;
    }

    private static byte[] SignedContent(string id, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{id}.{timestamp}."));
        var content = new byte[prefix.Length + body.Length];
        prefix.CopyTo(content, 0);
        body.CopyTo(content.AsSpan(prefix.Length));
        return content;
    }
}
