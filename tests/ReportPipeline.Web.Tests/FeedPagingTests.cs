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
        Link(feed, "alternate").ShouldBe(ReadSideFixture.PublicBaseUrl + "/#/");
        Link(feed, "first").ShouldBe(ReadSideFixture.PublicBaseUrl + "/feeds/alerts.atom");
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
        Link(change, "alternate").ShouldBe($"{ReadSideFixture.PublicBaseUrl}/#/alert/{id}");
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
        Link(country, "alternate").ShouldBe(ReadSideFixture.PublicBaseUrl + "/#/country/XR");
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

    private static IEnumerable<string> Hrefs(XDocument feed) =>
        feed.Descendants().SelectMany(e => e.Name == Atom + "link" ? [(string)e.Attribute("href")!] : e.Name == Atom + "uri" ? [e.Value] : Array.Empty<string>());

    [Theory]
    [InlineData("/feeds/alerts.atom?page=2")]
    [InlineData("/feeds/countries/XR/alerts.atom")]
    public async Task A_forged_host_header_changes_no_link_every_one_starts_at_the_configured_base_url(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "evil.example:8443";
        request.Headers.Add("X-Forwarded-Host", "forwarded.evil.example");
        request.Headers.Add("X-Forwarded-Proto", "gopher");
        request.Headers.Add("X-Forwarded-Prefix", "/phish");
        using var response = await site.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);

        var hrefs = Hrefs(XDocument.Parse(body)).ToList();
        hrefs.Count.ShouldBeGreaterThan(4);
        hrefs.ShouldAllBe(h => h.StartsWith(ReadSideFixture.PublicBaseUrl + "/", StringComparison.Ordinal));
        body.ShouldNotContain("evil", Case.Insensitive);
        body.ShouldNotContain("phish", Case.Insensitive);
        body.ShouldNotContain("127.0.0.1");
    }

    [Fact]
    public async Task With_no_public_address_configured_feed_links_are_relative_to_the_feed_and_resolve_on_the_address_fetched()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/countries/XR/alerts.atom");
        request.Headers.Host = "evil.example";
        using var response = await site.Unconfigured.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        body.ShouldNotContain("evil");

        var feed = XDocument.Parse(body).Root!;
        Link(feed, "self").ShouldBe("../../../feeds/countries/XR/alerts.atom");
        Link(feed, "alternate").ShouldBe("../../../#/country/XR");
        var hrefs = Hrefs(feed.Document!).ToList();
        hrefs.ShouldAllBe(h => !Uri.IsWellFormedUriString(h, UriKind.Absolute));

        // Resolved as a feed reader does, against where the feed was fetched: the feed and the dashboard of this host.
        var fetched = new Uri(site.Unconfigured.BaseAddress!, "/feeds/countries/XR/alerts.atom");
        new Uri(fetched, Link(feed, "self")).ShouldBe(fetched);
        var dashboard = new Uri(fetched, Link(feed, "alternate"));
        dashboard.AbsolutePath.ShouldBe("/");
        (await site.Unconfigured.GetAsync(dashboard)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var global = XDocument.Parse(await site.Unconfigured.GetStringAsync("/feeds/alerts.atom")).Root!;
        new Uri(new Uri(site.Unconfigured.BaseAddress!, "/feeds/alerts.atom"), Link(global, "next")).PathAndQuery.ShouldBe("/feeds/alerts.atom?page=2");
    }
}
