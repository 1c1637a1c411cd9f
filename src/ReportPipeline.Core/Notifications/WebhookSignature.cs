using System.Security.Cryptography;
using System.Text;

namespace ReportPipeline.Core.Notifications;

/// <summary>
/// <c>X-ReportPipeline-Signature: sha256=&lt;hex&gt;</c>: HMAC-SHA256 of the exact request body bytes
/// under the subscription's secret. Receivers recompute it and compare in constant time.
/// </summary>
public static class WebhookSignature
{
    public const string HeaderName = "X-ReportPipeline-Signature";
    public const string EventHeaderName = "X-ReportPipeline-Event";
    public const string DeliveryHeaderName = "X-ReportPipeline-Delivery";

    public static string Compute(string secret, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
    }

    public static bool Verify(string secret, ReadOnlySpan<byte> body, string? header)
    {
        if (header is null) return false;
        var expected = Encoding.ASCII.GetBytes(Compute(secret, body));
        var actual = Encoding.ASCII.GetBytes(header.Trim());
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
