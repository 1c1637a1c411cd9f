using System.Globalization;
using ReportPipeline.Core.Notifications;

namespace ReportPipeline.Core.Tests.Notifications;

public class SecretTokensTests
{
    [Fact]
    public void Tokens_are_long_url_safe_and_distinct()
    {
        var tokens = Enumerable.Range(0, 200).Select(_ => SecretTokens.NewToken()).ToList();
        tokens.Distinct().Count().ShouldBe(200);
        tokens.ShouldAllBe(t => SecretTokens.LooksValid(t));
        tokens.ShouldAllBe(t => t.Length == 43);
    }

    [Fact]
    public void Hash_is_sha256_hex_and_not_the_token()
    {
        var token = SecretTokens.NewToken();
        var hash = SecretTokens.Hash(token);
        hash.Length.ShouldBe(64);
        hash.ShouldNotContain(token);
        SecretTokens.Hash(token).ShouldBe(hash);
        // Known vector: SHA-256("abc").
        SecretTokens.Hash("abc").ShouldBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("0123456789012345678901234567890123456789/+=")]
    public void Malformed_tokens_are_recognised(string? token) => SecretTokens.LooksValid(token).ShouldBeFalse();

    [Fact]
    public void Webhook_signature_round_trips_and_detects_tampering_and_old_timestamps()
    {
        var secret = SecretTokens.NewWebhookSecret();
        secret.ShouldMatch("^whsec_[A-Za-z0-9+/]{43}=$");
        WebhookSignature.Key(secret).Length.ShouldBe(32);
        var now = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
        var sent = now.ToUnixTimeSeconds();
        var body = "{\"event\":\"alerts\"}"u8.ToArray();
        var signature = WebhookSignature.Sign(secret, "msg_1", sent, body);
        signature.ShouldStartWith("v1,");
        WebhookSignature.Verify(secret, "msg_1", sent.ToString(CultureInfo.InvariantCulture), body, signature, now.AddMinutes(4)).ShouldBeTrue();
        WebhookSignature.Verify(secret, "msg_1", sent.ToString(CultureInfo.InvariantCulture), body, "v1,bm9wZQ== " + signature, now).ShouldBeTrue();
        WebhookSignature.Verify(secret, "msg_1", sent.ToString(CultureInfo.InvariantCulture), body, signature, now.AddMinutes(6)).ShouldBeFalse();
        WebhookSignature.Verify(secret, "msg_2", sent.ToString(CultureInfo.InvariantCulture), body, signature, now).ShouldBeFalse();
        WebhookSignature.Verify(secret, "msg_1", (sent + 1).ToString(CultureInfo.InvariantCulture), body, signature, now).ShouldBeFalse();
        WebhookSignature.Verify(secret, "msg_1", sent.ToString(CultureInfo.InvariantCulture), "{\"event\":\"alertz\"}"u8, signature, now).ShouldBeFalse();
        WebhookSignature.Verify(SecretTokens.NewWebhookSecret(), "msg_1", sent.ToString(CultureInfo.InvariantCulture), body, signature, now).ShouldBeFalse();
    }

    [Fact]
    public void Webhook_signature_matches_the_standard_webhooks_example()
    {
        // The worked example of the Standard Webhooks specification (secret, id, timestamp, payload and signature as published).
        WebhookSignature.Sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"u8)
            .ShouldBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }
}
