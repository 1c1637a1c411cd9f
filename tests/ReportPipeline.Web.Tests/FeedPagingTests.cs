using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace ReportPipeline.Web.Tests;

/// <summary>Feeds and lists page through every alert, newest raised first (Azurite, Kestrel on loopback, the feed read as Atom XML).</summary>
[Collection(ReadSideCollection.Name)]
public sealed class FeedPagingTests(ReadSideFixture site)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private async Task<XDocument> FeedAsync(string path)
    {
        var response = await site.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return XDocument.Parse(body);
    }

    private static string? Link(XElement parent, string rel) =>
        parent.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") == rel)?.Attribute("href")?.Value;

    [Fact]
    public async Task The_global_feed_pages_with_rfc_5005_links_newest_raised_first_with_author_alternate_and_both_years_evidence()
    {
        var first = await FeedAsync("/feeds/alerts.atom");
        var feed = first.Root!;
        feed.Name.ShouldBe(Atom + "feed");
        feed.Element(Atom + "author")!.Element(Atom + "name")!.Value.ShouldBe("ReportPipeline");
        Link(feed, "alternate").ShouldBe(site.BaseUrl + "/#/");
        Link(feed, "first").ShouldBe(site.BaseUrl + "/feeds/alerts.atom");
        Link(feed, "previous").ShouldBeNull();

        // Follow `next` to the end: every alert once, in the order raised (newest first), the last page naming itself `last`.
        var entries = new List<XElement>();
        var page = feed;
        var pages = 0;
        while (true)
        {
            pages++;
            entries.AddRange(page.Elements(Atom + "entry"));
            if (Link(page, "next") is not { } next)
            {
                Link(page, "self").ShouldBe(Link(page, "last"));
                break;
            }

            page = (await FeedAsync(new Uri(next).PathAndQuery)).Root!;
            Link(page, "previous").ShouldNotBeNull();
        }

        using var api = JsonDocument.Parse(await site.Client.GetStringAsync("/api/alerts?pageSize=200&dismissed=false"));
        var total = api.RootElement.GetProperty("total").GetInt32();
        total.ShouldBeGreaterThan(ReadSideFixture.FeedPageSize, "the fixture's alerts must span several feed pages");
        pages.ShouldBe((total + ReadSideFixture.FeedPageSize - 1) / ReadSideFixture.FeedPageSize);
        entries.Count.ShouldBe(total);
        entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count().ShouldBe(total);
        var published = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "published")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        published.ShouldBe(published.OrderByDescending(p => p).ToList());

        var change = entries.First(e => e.Element(Atom + "title")!.Value.Contains("no longer permitted", StringComparison.Ordinal));
        var id = change.Element(Atom + "id")!.Value["urn:reportpipeline:alert:".Length..];
        Link(change, "alternate").ShouldBe($"{site.BaseUrl}/#/alert/{id}");
        var content = change.Element(Atom + "content")!.Value;
        content.ShouldContain("Before (");
        content.ShouldContain("After (");
    }

    [Fact]
    public async Task An_unknown_country_or_a_page_past_the_end_is_404_and_a_known_country_has_its_own_feed()
    {
        (await site.Client.GetAsync("/feeds/countries/QQ/alerts.atom")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await site.Client.GetAsync("/feeds/alerts.atom?page=999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await site.Client.GetAsync("/feeds/alerts.atom?page=zero")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var country = (await FeedAsync("/feeds/countries/XR/alerts.atom")).Root!;
        Link(country, "alternate").ShouldBe(site.BaseUrl + "/#/country/XR");
        DateTimeOffset.Parse(country.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture).Year.ShouldBeGreaterThan(2000);
    }

    [Fact]
    public async Task The_api_pages_with_a_continuation_token_through_every_alert_once()
    {
        using var all = JsonDocument.Parse(await site.Client.GetStringAsync("/api/alerts?pageSize=200"));
        var total = all.RootElement.GetProperty("total").GetInt32();
        var seen = new List<string>();
        var url = "/api/alerts?pageSize=2";
        while (true)
        {
            using var page = JsonDocument.Parse(await site.Client.GetStringAsync(url));
            seen.AddRange(page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
            var token = page.RootElement.GetProperty("continuation");
            if (token.ValueKind == JsonValueKind.Null) break;
            url = "/api/alerts?pageSize=2&continuation=" + Uri.EscapeDataString(token.GetString()!);
        }

        seen.Count.ShouldBe(total);
        seen.ShouldBe(all.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList());
        (await site.Client.GetAsync("/api/alerts?continuation=not-a-token")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
