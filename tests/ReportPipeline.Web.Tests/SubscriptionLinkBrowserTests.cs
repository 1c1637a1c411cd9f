using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Testing;
using Xunit.Abstractions;

namespace ReportPipeline.Web.Tests;

/// <summary>
/// A confirmation link from a real mail (maildev on loopback) opened in Chromium on a phone-sized window: a page with a
/// button, not JSON; opening it changes nothing, the button confirms, as the subscriber list over the API then says.
/// </summary>
[Collection(ReadSideCollection.Name)]
public sealed partial class SubscriptionLinkBrowserTests(ReadSideFixture site, Chromium chromium, ITestOutputHelper output) : IClassFixture<Chromium>
{
    [Fact]
    public async Task A_confirmation_link_opened_in_a_browser_shows_a_button_and_the_button_confirms()
    {
        var address = $"lena.{Guid.NewGuid():N}"[..16] + "@example.org";
        // Subscribed through the service, not POST /api/subscriptions: another test of this host spends the per-client limit.
        var subscribed = await site.Services.GetRequiredService<SubscriptionService>().SubscribeAsync(new SubscriptionRequest { Email = address });
        subscribed.ConfirmationSent.ShouldBeTrue(string.Join(" ", subscribed.Errors));

        var link = ConfirmLink().Match((await MailToAsync(address)).Text);
        link.Success.ShouldBeTrue("the confirmation mail has no confirm link");
        // The mail links to the configured public address; this host listens on a port chosen at start.
        var url = site.BaseUrl + new Uri(link.Value).PathAndQuery;

        var page = await chromium.PageAsync(390, 844);
        var opened = (await page.GotoAsync(url)).ShouldNotBeNull();
        opened.Status.ShouldBe(200);
        (await opened.HeaderValueAsync("content-type")).ShouldNotBeNull().ShouldStartWith("text/html");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Confirm your subscription");
        (await page.Locator("body").InnerTextAsync()).ShouldNotContain("\"outcome\"");
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Confirm subscription" });
        (await button.IsVisibleAsync()).ShouldBeTrue();
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await Screenshots.SaveAsync(page, "confirm-link-390", output);
        (await StateAsync(address)).ShouldBe("pending", "opening the link must not confirm");

        await button.ClickAsync();
        await page.Locator("h1", new() { HasTextString = "Subscription confirmed" }).WaitForAsync();
        await Screenshots.SaveAsync(page, "confirm-done-390", output);
        (await StateAsync(address)).ShouldBe("confirmed");
    }

    private async Task<MaildevEmail> MailToAsync(string address)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            var mail = (await site.Mail.GetEmailsAsync()).FirstOrDefault(m => m.To.Contains(address, StringComparer.OrdinalIgnoreCase));
            if (mail is not null) return mail;
            DateTime.UtcNow.ShouldBeLessThan(deadline, $"no mail to {address} reached maildev");
            await Task.Delay(100);
        }
    }

    /// <summary>The subscription's state as the admin API lists it.</summary>
    private async Task<string> StateAsync(string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/subscribers");
        request.Headers.Add("X-Api-Key", ReadSideFixture.AdminKey);
        using var response = await site.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var list = await response.Content.ReadFromJsonAsync<JsonElement>();
        var mine = list.EnumerateArray().Single(s => string.Equals(s.GetProperty("address").GetString(), address, StringComparison.OrdinalIgnoreCase));
        return mine.GetProperty("state").GetString()!.ToLowerInvariant();
    }

    [GeneratedRegex(@"https?://[^\s""<>]+/api/subscriptions/confirm\?token=[A-Za-z0-9_%\-]+")]
    private static partial Regex ConfirmLink();
}
