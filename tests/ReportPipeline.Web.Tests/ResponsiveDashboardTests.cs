using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ReportPipeline.Web.Tests;

/// <summary>
/// The dashboard on a laptop (1366 px) and on a phone held upright (390 px), in Chromium against `serve`'s pipeline over
/// Azurite: nothing scrolls the page sideways, every alert shows its severity, the chart fits, rows read as words.
/// A full-page screenshot of each page at each width is kept (see <see cref="Screenshots"/>).
/// </summary>
[Collection(ReadSideCollection.Name)]
public sealed partial class ResponsiveDashboardTests(ReadSideFixture site, Chromium chromium, ITestOutputHelper output) : IClassFixture<Chromium>
{
    private static readonly string[] Severities = ["High", "Medium", "Low", "Info"];

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(390, 844)]
    public async Task Alerts_fit_the_width_and_each_shows_its_severity(int width, int height)
    {
        var page = await chromium.PageAsync(width, height);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(site.BaseUrl + "/");
        await page.Locator("#alerts tr[data-alert]").First.WaitForAsync();

        (await ScrollWidthAsync(page)).ShouldBeLessThanOrEqualTo(width, "the page scrolls sideways");
        var rows = await page.Locator("#alerts tr[data-alert]").AllAsync();
        rows.Count.ShouldBeGreaterThan(0);
        foreach (var row in rows)
        {
            var severity = row.Locator(".sev");
            (await severity.IsVisibleAsync()).ShouldBeTrue();
            Severities.ShouldContain((await severity.InnerTextAsync()).Trim());
            var box = (await severity.BoundingBoxAsync()).ShouldNotBeNull();
            box.X.ShouldBeGreaterThanOrEqualTo(0f);
            (box.X + box.Width).ShouldBeLessThanOrEqualTo((float)width, "the severity is cut off at the right edge");
            (await row.Locator(".dir").InnerTextAsync()).ShouldMatch("^[▼▲●] (worse|better|neutral)$");
        }

        // The table stays a table on a laptop; on a phone each alert is a card, so there is no header row to scroll to.
        var display = await rows[0].EvaluateAsync<string>("row => getComputedStyle(row).display");
        var headerShown = await page.Locator("#alerts table.alerts thead").IsVisibleAsync();
        if (width >= 1000)
        {
            display.ShouldBe("table-row");
            headerShown.ShouldBeTrue();
        }
        else
        {
            display.ShouldBe("flex");
            headerShown.ShouldBeFalse();
        }

        var file = await Screenshots.SaveAsync(page, $"dashboard-alerts-{width}", output);
        new FileInfo(file).Length.ShouldBeGreaterThan(10_000);
        errors.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(390, 844)]
    public async Task A_country_page_fits_the_width_with_readable_row_labels_and_both_years_evidence_on_a_change(int width, int height)
    {
        var page = await chromium.PageAsync(width, height);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(site.BaseUrl + "/#/country/XR");
        await page.Locator("#level-chart").WaitForAsync();

        (await ScrollWidthAsync(page)).ShouldBeLessThanOrEqualTo(width, "the page scrolls sideways");
        var chart = (await page.Locator("#level-chart").BoundingBoxAsync()).ShouldNotBeNull();
        var section = (await page.Locator("#level").BoundingBoxAsync()).ShouldNotBeNull();
        chart.X.ShouldBeGreaterThanOrEqualTo(section.X);
        (chart.X + chart.Width).ShouldBeLessThanOrEqualTo(section.X + section.Width, "the chart overflows its section");
        (chart.X + chart.Width).ShouldBeLessThanOrEqualTo((float)width, "the chart is cut off");
        (await page.Locator("#level-chart circle").CountAsync()).ShouldBe(2);

        var labels = (await page.Locator("#timeline th.facet-label").AllInnerTextsAsync()).Select(l => l.Trim()).ToList();
        labels.Count.ShouldBeGreaterThan(3);
        labels.ShouldBeUnique();
        labels.ShouldAllBe(l => !Slug().IsMatch(l), "a row is labelled with a facet key");
        labels.ShouldContain("Unannounced labor inspections permitted");
        (await page.Locator("#timeline tr.family th").AllInnerTextsAsync()).ShouldContain("Enforcement");
        // A laptop keeps years as columns; a phone stacks each row's years under its label, so the timeline needs no sideways scrolling either.
        var timelineBox = page.Locator("#timeline").Locator("xpath=..");
        (await timelineBox.EvaluateAsync<int>("box => box.scrollWidth - box.clientWidth")).ShouldBeLessThanOrEqualTo(0, "the timeline scrolls sideways");
        (await page.Locator("#timeline thead").IsVisibleAsync()).ShouldBe(width >= 1000);

        // The 2023 cell changed for the worse: tinted and edged by colour, and saying so in words, with both years' evidence.
        var cell = page.Locator("#timeline tr[data-facet='enforcement.labor.unannounced_inspections_permitted'] td").Nth(1);
        var classes = (await cell.GetAttributeAsync("class"))!.Split(' ');
        classes.ShouldContain("changed");
        classes.ShouldContain("change-worsening");
        classes.ShouldContain(c => c == "change-high" || c == "change-medium" || c == "change-low" || c == "change-info");
        (await cell.Locator(".dir").InnerTextAsync()).ShouldBe("▼ worse");
        Severities.ShouldContain((await cell.Locator(".sev").InnerTextAsync()).Trim());
        (await cell.Locator("summary").AllInnerTextsAsync()).Select(s => s[..4]).ShouldBe(["2022", "2023"]);
        foreach (var summary in await cell.Locator("summary").AllAsync()) await summary.ClickAsync();
        var quotes = await cell.Locator("blockquote").AllInnerTextsAsync();
        quotes.Count.ShouldBe(2);
        quotes.ShouldAllBe(q => q.Contains("Unannounced Inspections Permitted"));
        (await ScrollWidthAsync(page)).ShouldBeLessThanOrEqualTo(width, "opened evidence widens the page");

        // Opening the evidence scrolled the timeline's box; the screenshot shows it from its first year.
        await page.EvaluateAsync("() => document.querySelectorAll('.scroll-x').forEach(box => box.scrollLeft = 0)");
        var file = await Screenshots.SaveAsync(page, $"dashboard-country-{width}", output);
        new FileInfo(file).Length.ShouldBeGreaterThan(10_000);
        errors.ShouldBeEmpty();
    }

    private static Task<int> ScrollWidthAsync(IPage page) =>
        page.EvaluateAsync<int>("() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)");

    /// <summary>A facet key as status-schema.md writes them: lower-case words joined by dots or underscores.</summary>
    [GeneratedRegex(@"^[a-z0-9]+([._@][a-z0-9-]+)+$|_|@")]
    private static partial Regex Slug();
}
