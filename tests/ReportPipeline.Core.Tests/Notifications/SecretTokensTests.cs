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
    public void Webhook_signature_round_trips_and_detects_tampering()
    {
        var secret = SecretTokens.NewWebhookSecret();
        var body = "{\"event\":\"alerts\"}"u8.ToArray();
        var signature = WebhookSignature.Compute(secret, body);
        signature.ShouldStartWith("sha256=");
        WebhookSignature.Verify(secret, body, signature).ShouldBeTrue();
        WebhookSignature.Verify(secret, "{\"event\":\"alertz\"}"u8, signature).ShouldBeFalse();
        WebhookSignature.Verify(SecretTokens.NewWebhookSecret(), body, signature).ShouldBeFalse();
        // RFC 4231 test case 2: HMAC-SHA256(key "Jefe", "what do ya want for nothing?").
        WebhookSignature.Compute("Jefe", "what do ya want for nothing?"u8).ShouldBe("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
