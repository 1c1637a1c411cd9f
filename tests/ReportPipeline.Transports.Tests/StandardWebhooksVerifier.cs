using System.Security.Cryptography;
using System.Text;

namespace ReportPipeline.Transports.Tests;

/// <summary>
/// A receiver's verification written from the Standard Webhooks specification alone, sharing no code with
/// the sender (ReportPipeline.Core's WebhookSignature), as a receiver in another language would: decode
/// the secret after "whsec_" from base64, HMAC-SHA256 over "id.timestamp.body", compare each "v1," entry,
/// and refuse a timestamp more than five minutes away or an id seen before.
/// </summary>
internal sealed class StandardWebhooksVerifier(string secret)
{
    private readonly HashSet<string> _seen = [];

    public string Verify(ReceivedWebhook request, DateTimeOffset now)
    {
        if (request.Id is null || request.Timestamp is null || request.Signature is null) return "missing header";
        var sent = DateTimeOffset.FromUnixTimeSeconds(long.Parse(request.Timestamp, System.Globalization.CultureInfo.InvariantCulture));
        if (Math.Abs((now - sent).TotalSeconds) > 300) return "timestamp too old or too new";

        var key = Convert.FromBase64String(secret.Split('_', 2)[1]);
        var signed = Encoding.UTF8.GetBytes(request.Id + "." + request.Timestamp + ".").Concat(request.Body).ToArray();
        using var hmac = new HMACSHA256(key);
        var expected = Convert.ToBase64String(hmac.ComputeHash(signed));
        var ok = request.Signature.Split(' ').Any(entry => entry.StartsWith("v1,", StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(entry[3..]), Encoding.ASCII.GetBytes(expected)));
        if (!ok) return "bad signature";
        return _seen.Add(request.Id) ? "ok" : "replayed id";
    }
}
