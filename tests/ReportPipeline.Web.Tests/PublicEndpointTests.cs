using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReportPipeline.Web.Api;

namespace ReportPipeline.Web.Tests;

/// <summary>Abuse of the public endpoints (issue 19.7), over real HTTP to `serve`'s pipeline on loopback.</summary>
[Collection(ReadSideCollection.Name)]
public sealed class PublicEndpointTests(ReadSideFixture site)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/dashboard/dashboard.js")]
    [InlineData("/api/countries")]
    [InlineData("/feeds/alerts.atom")]
    [InlineData("/no/such/page")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var response = await site.Client.GetAsync(path);

        response.Headers.GetValues("Content-Security-Policy").Single().ShouldBe(SecurityHeaders.ContentSecurityPolicy);
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
    }

    [Fact]
    public async Task The_admin_key_counts_only_in_the_header_never_in_the_query_string()
    {
        var body = new { dismiss = false, by = "tester" };
        using var inQuery = await site.Client.PostAsJsonAsync($"/api/alerts/no-such-alert/review?key={ReadSideFixture.AdminKey}", body);
        inQuery.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        using var inHeader = new HttpRequestMessage(HttpMethod.Post, "/api/alerts/no-such-alert/review") { Content = JsonContent.Create(body) };
        inHeader.Headers.Add("X-Api-Key", ReadSideFixture.AdminKey);
        using var answered = await site.Client.SendAsync(inHeader);
        answered.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Rotating_forwarded_for_headers_from_an_untrusted_peer_share_one_rate_limit()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 14; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/subscriptions") { Content = JsonContent.Create(new { email = $"rotor{i}@example.org" }) };
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{i + 1}");
            using var response = await site.Client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        // This host accepts subscriptions (202) until the per-client limit (10 a minute) answers 429.
        statuses.Count(s => s == HttpStatusCode.TooManyRequests).ShouldBeGreaterThanOrEqualTo(4);
        statuses.Last().ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Theory]
    [InlineData("127.0.0.1", "", "203.0.113.9", "127.0.0.1")]
    [InlineData("127.0.0.1", "127.0.0.1", "203.0.113.9", "203.0.113.9")]
    [InlineData("127.0.0.1", "127.0.0.1", "1.2.3.4, 203.0.113.9", "203.0.113.9")]
    [InlineData("127.0.0.1", "127.0.0.1,10.0.0.5", "1.2.3.4, 203.0.113.9:5123, 10.0.0.5", "203.0.113.9")]
    [InlineData("192.0.2.50", "127.0.0.1", "203.0.113.9", "192.0.2.50")]
    [InlineData("::ffff:127.0.0.1", "127.0.0.1", "[2001:db8::7]:443", "2001:db8::7")]
    public void The_client_address_believes_forwarded_for_only_from_configured_proxies(string peer, string proxies, string forwarded, string expected)
    {
        var options = new WebOptions();
        foreach (var proxy in proxies.Split(',', StringSplitOptions.RemoveEmptyEntries)) options.TrustedProxies.Add(proxy);
        var services = new ServiceCollection().AddSingleton(Options.Create(options)).BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Connection.RemoteIpAddress = IPAddress.Parse(peer);
        context.Request.Headers["X-Forwarded-For"] = forwarded;

        context.Request.ClientAddress().ShouldBe(expected);
    }
}
