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
/// Links from a real mail (maildev on loopback) opened in Chromium on a phone-sized window: confirm and unsubscribe show a
/// page with a button, not JSON; opening them changes nothing, the buttons act, as the subscriber list over the API then
/// says; the unsubscribe page leads to the manage page's filters.
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

        var mail = await MailToAsync(address);
        var url = OnThisHost(Link(mail, "confirm"));

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

    [Fact]
    public async Task An_unsubscribe_link_opened_in_a_browser_shows_a_button_and_a_way_to_the_filters_and_the_button_unsubscribes()
    {
        var address = $"omar.{Guid.NewGuid():N}"[..16] + "@example.org";
        var service = site.Services.GetRequiredService<SubscriptionService>();
        (await service.SubscribeAsync(new SubscriptionRequest { Email = address, Countries = ["XR"] })).ConfirmationSent.ShouldBeTrue();
        var mail = await MailToAsync(address);
        (await service.ConfirmAsync(Uri.UnescapeDataString(ConfirmToken().Match(Link(mail, "confirm")).Groups[1].Value))).Succeeded.ShouldBeTrue();

        // Every message carries the same unsubscribe link, the confirmation included.
        var page = await chromium.PageAsync(390, 844);
        var opened = (await page.GotoAsync(OnThisHost(Link(mail, "unsubscribe")))).ShouldNotBeNull();
        (await opened.HeaderValueAsync("content-type")).ShouldNotBeNull().ShouldStartWith("text/html");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Unsubscribe");
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Unsubscribe" });
        (await button.IsVisibleAsync()).ShouldBeTrue();
        await Screenshots.SaveAsync(page, "unsubscribe-link-390", output);
        (await StateAsync(address)).ShouldBe("confirmed", "opening the link must not unsubscribe");

        // "change your filters instead" leads to the manage page with the subscription's filters in a form.
        await page.GetByRole(AriaRole.Link, new() { Name = "change your filters" }).ClickAsync();
        await page.Locator("h1", new() { HasTextString = "Your alert subscription" }).WaitForAsync();
        (await page.Locator("input[name=countries]").InputValueAsync()).ShouldBe("Ruritania");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Save filters" }).IsVisibleAsync()).ShouldBeTrue();
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        var form = (await page.Locator("section.page").BoundingBoxAsync()).ShouldNotBeNull();
        var countries = (await page.Locator("input[name=countries]").BoundingBoxAsync()).ShouldNotBeNull();
        (countries.X + countries.Width).ShouldBeLessThanOrEqualTo(form.X + form.Width, "the countries field sticks out of its box");
        await Screenshots.SaveAsync(page, "manage-filters-390", output);

        await page.GetByRole(AriaRole.Button, new() { Name = "Unsubscribe" }).ClickAsync();
        await page.Locator("h1", new() { HasTextString = "Unsubscribed" }).WaitForAsync();
        (await StateAsync(address)).ShouldBe("unsubscribed");
    }

    /// <summary>A link of the mail by its action; the mail links to the configured public address.</summary>
    private static string Link(MaildevEmail mail, string action)
    {
        var match = SubscriptionLink().Matches(mail.Text).FirstOrDefault(m => m.Groups[1].Value == action);
        match.ShouldNotBeNull($"the mail has no {action} link");
        return match.Value;
    }

    /// <summary>This host listens on a port chosen at start, not on the configured public address.</summary>
    private string OnThisHost(string link) => site.BaseUrl + new Uri(link).PathAndQuery;

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

    [GeneratedRegex(@"https?://[^\s""<>]+/api/subscriptions/(confirm|unsubscribe)\?token=[A-Za-z0-9_%\-]+")]
    private static partial Regex SubscriptionLink();

    [GeneratedRegex(@"token=([A-Za-z0-9_%\-]+)")]
    private static partial Regex ConfirmToken();
}
