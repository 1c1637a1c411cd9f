using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;

namespace ReportPipeline.Web.Tests;

[Collection(ReadSideCollection.Name)]
public sealed class ReadApiTests(ReadSideFixture site)
{
    [Fact]
    public async Task Countries_list_the_ingested_country_with_its_latest_year_level_and_open_alerts()
    {
        using var json = await GetJsonAsync("/api/countries");
        var ruritania = json.RootElement.EnumerateArray().Single(c => c.GetProperty("iso2").GetString() == "XR");
        ruritania.GetProperty("country").GetString().ShouldBe("Ruritania");
        ruritania.GetProperty("latestYear").GetInt32().ShouldBe(2023);
        ruritania.GetProperty("level").GetString().ShouldBe("Minimal Advancement");
        ruritania.GetProperty("openAlerts").GetInt32().ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task Status_of_a_year_holds_its_values_and_a_missing_year_is_404()
    {
        using var json = await GetJsonAsync("/api/countries/xr/status?year=2022");
        json.RootElement.GetProperty("year").GetInt32().ShouldBe(2022);
        json.RootElement.GetRawText().ShouldContain("Moderate Advancement");

        var missing = await site.Client.GetAsync("/api/countries/XR/status?year=1999");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("1999");
    }

    [Fact]
    public async Task Timeline_marks_the_cells_where_alerts_were_raised()
    {
        using var json = await GetJsonAsync("/api/countries/XR/timeline");
        var timeline = json.RootElement.GetProperty("timeline");
        timeline.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).ShouldBe([2022, 2023]);
        var unannounced = timeline.GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("facet").GetString() == "enforcement.labor.unannounced_inspections_permitted");
        var cells = unannounced.GetProperty("cells").EnumerateArray().ToList();
        cells[0].GetProperty("value").GetString().ShouldBe("Yes");
        cells[1].GetProperty("value").GetString().ShouldBe("No");
        cells[1].GetProperty("alertIds").GetArrayLength().ShouldBe(1);
        json.RootElement.GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("rank").GetInt32()).ShouldBe([2, 1]);
    }

    [Fact]
    public async Task Alerts_filter_by_country_and_severity_and_page()
    {
        using var all = await GetJsonAsync("/api/alerts?country=XR");
        var total = all.RootElement.GetProperty("total").GetInt32();
        total.ShouldBeGreaterThanOrEqualTo(2);
        all.RootElement.GetProperty("items").EnumerateArray()
            .ShouldContain(a => a.GetProperty("title").GetString() == "Ruritania: unannounced labor inspections no longer permitted (2022 → 2023)");

        using var high = await GetJsonAsync("/api/alerts?country=XR&severity=high");
        high.RootElement.GetProperty("items").EnumerateArray().ShouldAllBe(a => a.GetProperty("severity").GetString() == "high");

        using var firstPage = await GetJsonAsync("/api/alerts?country=XR&pageSize=1&page=1");
        firstPage.RootElement.GetProperty("items").GetArrayLength().ShouldBe(1);
        firstPage.RootElement.GetProperty("total").GetInt32().ShouldBe(total);

        using var none = await GetJsonAsync("/api/alerts?country=ZZ");
        none.RootElement.GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Theory]
    [InlineData("/api/alerts?severity=urgent", "severity")]
    [InlineData("/api/alerts?since=yesterday", "since")]
    [InlineData("/api/alerts?pageSize=100000", "pageSize")]
    [InlineData("/api/alerts?country=Ruritania", "country")]
    [InlineData("/api/countries/XRR/timeline", "iso2")]
    [InlineData("/api/documents?status=lost", "status")]
    public async Task Bad_parameters_are_problem_details_naming_the_field(string path, string field)
    {
        var response = await site.Client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Failed_documents_are_listed_with_their_reason()
    {
        using var json = await GetJsonAsync("/api/documents?status=failed");
        var junk = json.RootElement.EnumerateArray().Single(d => d.GetProperty("blobName").GetString() == RuritaniaReports.HostileName);
        junk.GetProperty("reason").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Reviewing_an_alert_needs_the_admin_key_and_a_dismissal_stays_visible()
    {
        using var alerts = await GetJsonAsync("/api/alerts?country=XR&family=assessment");
        var id = alerts.RootElement.GetProperty("items")[0].GetProperty("id").GetString()!;
        var body = new { dismiss = true, note = "Heading misread in this invented report", by = "analyst@example.org" };

        var anonymous = await site.Client.PostAsJsonAsync($"/api/alerts/{id}/review", body);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        using var wrong = new HttpRequestMessage(HttpMethod.Post, $"/api/alerts/{id}/review") { Content = JsonContent.Create(body) };
        wrong.Headers.Add("X-Api-Key", "not-the-key");
        (await site.Client.SendAsync(wrong)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        using var noNote = new HttpRequestMessage(HttpMethod.Post, $"/api/alerts/{id}/review") { Content = JsonContent.Create(new { dismiss = true, by = "a" }) };
        noNote.Headers.Add("X-Api-Key", ReadSideFixture.AdminKey);
        (await site.Client.SendAsync(noNote)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        using var admin = new HttpRequestMessage(HttpMethod.Post, $"/api/alerts/{id}/review") { Content = JsonContent.Create(body) };
        admin.Headers.Add("X-Api-Key", ReadSideFixture.AdminKey);
        var reviewed = await site.Client.SendAsync(admin);
        reviewed.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var after = await GetJsonAsync($"/api/alerts/{id}");
        var review = after.RootElement.GetProperty("review");
        review.GetProperty("state").GetString().ShouldBe("dismissed");
        review.GetProperty("by").GetString().ShouldBe("analyst@example.org");

        var unknown = new HttpRequestMessage(HttpMethod.Post, "/api/alerts/no-such-alert/review") { Content = JsonContent.Create(body) };
        unknown.Headers.Add("X-Api-Key", ReadSideFixture.AdminKey);
        (await site.Client.SendAsync(unknown)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Subscriber_list_is_closed_without_the_admin_key()
    {
        (await site.Client.GetAsync("/api/subscribers")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Atom_feed_lists_alerts_with_report_text_escaped()
    {
        var response = await site.Client.GetAsync("/feeds/countries/XR/alerts.atom");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/atom+xml");
        var text = await response.Content.ReadAsStringAsync();
        var feed = XDocument.Parse(text);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        for (var next = NextPage(feed); next is not null; next = NextPage(feed))
        {
            feed = XDocument.Parse(await site.Client.GetStringAsync(new Uri(next).PathAndQuery));
            entries.AddRange(feed.Root!.Elements(atom + "entry"));
        }

        entries.ShouldNotBeEmpty();
        entries.ShouldContain(e => e.Element(atom + "title")!.Value.Contains("unannounced labor inspections no longer permitted", StringComparison.Ordinal));
        // Markup from the report is text inside the feed, not elements of it.
        feed.Descendants().ShouldNotContain(e => e.Name.LocalName == "script" || e.Name.LocalName == "img");
    }

    private static string? NextPage(XDocument feed) =>
        feed.Root!.Elements(XName.Get("link", "http://www.w3.org/2005/Atom")).FirstOrDefault(l => (string?)l.Attribute("rel") == "next")?.Attribute("href")?.Value;

    private async Task<JsonDocument> GetJsonAsync(string path)
    {
        var response = await site.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body);
    }
}

[CollectionDefinition(Name)]
public sealed class ReadSideCollection : ICollectionFixture<ReadSideFixture>
{
    public const string Name = "read side";
}
