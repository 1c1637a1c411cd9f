using Xunit.Abstractions;

namespace ReportPipeline.Web.Tests;

/// <summary>The dashboard in Debian's Chromium (never a downloaded browser), driven by Playwright.</summary>
[Collection(ReadSideCollection.Name)]
public sealed class DashboardBrowserTests(ReadSideFixture site, Chromium chromium, ITestOutputHelper output) : IClassFixture<Chromium>
{
    [Fact]
    public async Task Dashboard_leads_from_the_alerts_to_a_country_timeline_with_highlighted_changes_and_evidence()
    {
        var page = await chromium.Browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(site.BaseUrl + "/");

        var alertTitle = page.Locator("#alerts .alert-title", new() { HasTextString = "unannounced labor inspections no longer permitted" });
        await alertTitle.First.WaitForAsync();

        await page.Locator("#countries a.country-link", new() { HasTextString = "Ruritania" }).ClickAsync();
        await page.Locator("#country-name").WaitForAsync();
        (await page.Locator("#country-name").TextContentAsync()).ShouldBe("Ruritania (XR)");
        (await page.Locator("#level-chart circle").CountAsync()).ShouldBe(2);

        var unannounced = page.Locator("#timeline tr[data-facet='enforcement.labor.unannounced_inspections_permitted'] td");
        (await unannounced.Nth(0).GetAttributeAsync("class")).ShouldBeNull();
        (await unannounced.Nth(1).GetAttributeAsync("class"))!.Split(' ').ShouldContain("changed");
        (await unannounced.Nth(1).Locator(".value").TextContentAsync()).ShouldBe("No");

        await unannounced.Nth(1).Locator("summary").Last.ClickAsync();
        var evidence = unannounced.Nth(1).Locator("blockquote").Last;
        await evidence.WaitForAsync();
        (await evidence.InnerTextAsync()).ShouldContain("Unannounced Inspections Permitted");

        var file = await Screenshots.SaveAsync(page, "ruritania-timeline", output);
        new FileInfo(file).Length.ShouldBeGreaterThan(10_000);
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Markup_inside_report_derived_text_renders_as_inert_text()
    {
        var page = await chromium.Browser.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await page.GotoAsync(site.BaseUrl + "/");
        var failed = page.Locator("#documents td", new() { HasTextString = "onerror" });
        await failed.First.WaitForAsync();

        (await failed.First.TextContentAsync()).ShouldBe(RuritaniaReports.HostileName);
        (await page.Locator("#app img, #app script").CountAsync()).ShouldBe(0);
        (await page.EvaluateAsync<bool>("() => window.__xss === undefined")).ShouldBeTrue();
        dialogs.ShouldBe(0);
    }
}
