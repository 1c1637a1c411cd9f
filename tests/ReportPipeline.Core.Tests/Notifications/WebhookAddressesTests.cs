using System.Net;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Testing.Notifications;

namespace ReportPipeline.Core.Tests.Notifications;

public class WebhookAddressesTests
{
    [Theory]
    [InlineData("10.0.0.1", "private")]
    [InlineData("172.31.255.255", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.255.0.9", "loopback")]
    [InlineData("100.64.0.1", "carrier-grade NAT")]
    [InlineData("100.127.255.254", "carrier-grade NAT")]
    [InlineData("0.0.0.0", "this network")]
    [InlineData("224.0.0.251", "multicast")]
    [InlineData("255.255.255.255", "broadcast")]
    [InlineData("192.0.2.7", "documentation")]
    [InlineData("198.18.0.1", "benchmarking")]
    [InlineData("::1", "loopback")]
    [InlineData("::", "unspecified")]
    [InlineData("fd00::1", "unique-local")]
    [InlineData("fc12:3456::1", "unique-local")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("::ffff:10.0.0.1", "IPv4-mapped 10.0.0.1: private")]
    [InlineData("::ffff:169.254.169.254", "IPv4-mapped 169.254.169.254: link-local")]
    [InlineData("::ffff:127.0.0.1", "IPv4-mapped 127.0.0.1: loopback")]
    [InlineData("::127.0.0.1", "IPv4-compatible 127.0.0.1: loopback")]
    [InlineData("64:ff9b::a9fe:a9fe", "NAT64 169.254.169.254: link-local")]
    [InlineData("2002:0a00:0001::1", "6to4 10.0.0.1: private")]
    [InlineData("2001:db8::1", "documentation")]
    [InlineData("2001:0:4136:e378::1", "Teredo")]
    [InlineData("100::1", "outside 2000::/3")]
    public void Inside_addresses_are_refused_with_what_they_are(string address, string kind)
    {
        WebhookAddresses.Refusal(IPAddress.Parse(address), allowLoopback: false).ShouldNotBeNull().ShouldContain(kind);
    }

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("8.8.8.8")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.0")]
    [InlineData("172.32.0.1")]
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:93.184.215.14")]
    [InlineData("64:ff9b::808:808")]
    public void Public_addresses_pass(string address)
    {
        WebhookAddresses.Refusal(IPAddress.Parse(address), allowLoopback: false).ShouldBeNull();
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void Loopback_passes_only_with_the_development_setting(string address)
    {
        WebhookAddresses.Refusal(IPAddress.Parse(address), allowLoopback: true).ShouldBeNull();
        WebhookAddresses.Refusal(IPAddress.Parse("10.0.0.1"), allowLoopback: true).ShouldNotBeNull();
        WebhookAddresses.Refusal(IPAddress.Parse("169.254.169.254"), allowLoopback: true).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("0251.0376.0251.0376", "169.254.169.254")]
    [InlineData("0x7f000001", "127.0.0.1")]
    [InlineData("0x7F.1", "127.0.0.1")]
    [InlineData("127.1", "127.0.0.1")]
    [InlineData("2130706433", "127.0.0.1")]
    [InlineData("017700000001", "127.0.0.1")]
    [InlineData("[::ffff:a00:1]", "::ffff:10.0.0.1")]
    public void Odd_spellings_of_addresses_are_read_as_the_OS_resolver_reads_them(string host, string expected)
    {
        WebhookAddresses.TryReadHost(host, out var literal, out var name, out _).ShouldBeTrue();
        name.ShouldBeNull();
        literal.ShouldBe(IPAddress.Parse(expected));
    }

    [Theory]
    [InlineData("1.2.3.4.5")]
    [InlineData("08.0.0.1")]
    [InlineData("example.0x10")]
    [InlineData("")]
    public void Number_like_hosts_that_are_no_address_are_refused(string host)
    {
        WebhookAddresses.TryReadHost(host, out _, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("https://0251.0376.0251.0376/")]
    [InlineData("https://0x7f000001/")]
    [InlineData("https://127.1/")]
    [InlineData("https://10.0.0.1/")]
    [InlineData("https://[fd00::1]/")]
    [InlineData("https://[::ffff:169.254.169.254]/")]
    [InlineData("https://localhost./")]
    [InlineData("https://metadata.google.internal/")]
    [InlineData("https://intranet.example.org/")]
    [InlineData("https://split.example.org/")]
    [InlineData("https://unknown.example.org/")]
    public async Task The_policy_refuses_every_inside_target_however_spelled_or_resolved(string url)
    {
        var resolver = new TestHostResolver()
            .Answer("localhost", IPAddress.Loopback, IPAddress.IPv6Loopback)
            .Answer("metadata.google.internal", IPAddress.Parse("169.254.169.254"))
            .Answer("intranet.example.org", IPAddress.Parse("192.168.10.5"))
            .Answer("split.example.org", TestHostResolver.PublicAddress, IPAddress.Parse("10.1.2.3"));
        var policy = new WebhookTargetPolicy(resolver, allowLoopback: false);

        var check = await policy.CheckAsync(new Uri(url).IdnHost);

        check.Allowed.ShouldBeFalse();
        check.Refusal.ShouldNotBeNull().ShouldStartWith("Webhook host");
    }

    [Fact]
    public async Task A_public_name_passes_with_the_addresses_it_resolved_to()
    {
        var policy = new WebhookTargetPolicy(TestHostResolver.WithPublicHosts("hooks.example.org"), allowLoopback: false);
        var check = await policy.CheckAsync("hooks.example.org");
        check.Allowed.ShouldBeTrue();
        check.Addresses.ShouldBe([TestHostResolver.PublicAddress]);
    }
}
