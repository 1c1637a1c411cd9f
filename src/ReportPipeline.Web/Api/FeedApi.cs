using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Web.Api;

/// <summary>Atom feeds of alerts (all, or one country) for feed readers and chat integrations.</summary>
public static class FeedApi
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static IEndpointRouteBuilder MapFeedApi(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("/feeds");
        feeds.MapGet("/alerts.atom", AlertsFeedAsync);
        feeds.MapGet("/countries/{iso2}/alerts.atom", CountryFeedAsync);
        return app;
    }

    public static Task<IResult> AlertsFeedAsync(HttpRequest request, CancellationToken cancellationToken) =>
        FeedAsync(request, null, cancellationToken);

    public static Task<IResult> CountryFeedAsync(HttpRequest request, string iso2, CancellationToken cancellationToken) =>
        ReadApi.ValidIso2(iso2)
            ? FeedAsync(request, iso2.ToUpperInvariant(), cancellationToken)
            : Task.FromResult(ApiKeys.DenyRead(request) ?? ReadApi.BadRequest("iso2", "A country is a two-letter ISO 3166 code."));

    private static async Task<IResult> FeedAsync(HttpRequest request, string? iso2, CancellationToken cancellationToken)
    {
        if (ApiKeys.DenyRead(request) is { } denied)
        {
            return denied;
        }

        var pageText = request.Query["page"].FirstOrDefault();
        var number = 1;
        if (pageText is not null && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1))
        {
            return ReadApi.BadRequest("page", "page is a whole number from 1.");
        }

        var reader = request.Service<ReportReader>();
        var pageSize = request.Service<Microsoft.Extensions.Options.IOptions<WebOptions>>().Value.FeedPageSize;
        var page = await reader.ListAlertsAsync(new AlertQuery(Iso2: iso2, IncludeDismissed: false), number, pageSize, cancellationToken).ConfigureAwait(false);
        if (iso2 is not null && page.Total == 0 && !await reader.KnowsCountryAsync(iso2, cancellationToken).ConfigureAwait(false))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown country", detail: $"Nothing is stored for '{iso2}'.");
        }

        var last = Math.Max(1, (page.Total + pageSize - 1) / pageSize);
        if (number > last)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such page", detail: string.Create(CultureInfo.InvariantCulture, $"The feed has {last} page(s)."));
        }

        return Results.Text(Write(page, iso2, request.Service<PublicAddress>(), DateTimeOffset.UtcNow), "application/atom+xml; charset=utf-8", Encoding.UTF8);
    }

    /// <summary>Where a feed is served, relative to the site's root (the routes above).</summary>
    internal static string PathOf(string? iso2) => iso2 is null ? "feeds/alerts.atom" : $"feeds/countries/{iso2}/alerts.atom";

    /// <summary>
    /// One page of the feed, newest raised first, with RFC 5005 paging links (first, previous, next, last). Every link
    /// starts at <paramref name="address"/> (nothing is taken from the request), or is relative to the feed when no public
    /// address is configured.
    /// </summary>
    internal static string Write(AlertPage page, string? iso2, PublicAddress address, DateTimeOffset now)
    {
        var alerts = page.Items;
        var last = Math.Max(1, (page.Total + page.PageSize - 1) / page.PageSize);
        var self = PathOf(iso2);
        var root = address.Prefix(self);
        string PageUrl(int n) => n == 1 ? root + self : string.Create(CultureInfo.InvariantCulture, $"{root}{self}?page={n}");
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("title", Atom, iso2 is null ? "ReportPipeline alerts" : $"ReportPipeline alerts: {iso2}");
            xml.WriteElementString("id", Atom, $"urn:reportpipeline:alerts:{iso2 ?? "all"}");

            // A known country with no alerts yet was last updated when someone asked, not in 1970.
            xml.WriteElementString("updated", Atom, Timestamp(alerts.Count == 0 ? now : alerts.Max(a => a.Review?.At ?? a.CreatedAt)));
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, "ReportPipeline");
            xml.WriteElementString("uri", Atom, root);
            xml.WriteEndElement();
            Link(xml, "self", PageUrl(page.Page));
            Link(xml, "alternate", iso2 is null ? $"{root}#/" : $"{root}#/country/{iso2}", "text/html");
            Link(xml, "first", PageUrl(1));
            if (page.Page > 1) Link(xml, "previous", PageUrl(page.Page - 1));
            if (page.Page < last) Link(xml, "next", PageUrl(page.Page + 1));
            Link(xml, "last", PageUrl(last));
            foreach (var alert in alerts)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("title", Atom, alert.Title);
                xml.WriteElementString("id", Atom, $"urn:reportpipeline:alert:{alert.Id}");
                xml.WriteElementString("published", Atom, Timestamp(alert.CreatedAt));
                xml.WriteElementString("updated", Atom, Timestamp(alert.Review?.At ?? alert.CreatedAt));
                Link(xml, "alternate", $"{root}#/alert/{Uri.EscapeDataString(alert.Id)}", "text/html");
                Link(xml, "related", $"{root}#/country/{alert.Iso2}", "text/html");
                xml.WriteStartElement("category", Atom);
                xml.WriteAttributeString("term", alert.Family);
                xml.WriteEndElement();
                // XmlWriter escapes the text; feed readers show it as plain text, never markup.
                xml.WriteStartElement("summary", Atom);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(Summary(alert));
                xml.WriteEndElement();
                xml.WriteStartElement("content", Atom);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(Content(alert));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>What changed, then both years' evidence with where each is found.</summary>
    private static string Content(Alert alert)
    {
        var text = new StringBuilder(Summary(alert));
        foreach (var (label, evidence) in new[] { ("Before", alert.OldEvidence), ("After", alert.NewEvidence) })
        {
            if (evidence is null) continue;
            text.Append(CultureInfo.InvariantCulture, $"\n\n{label} ({Core.Notifications.NotificationComposer.SourceName(evidence.Source)} {evidence.Year}{(evidence.Page is { } p ? $", page {p}" : string.Empty)}): {evidence.Text}");
        }

        return text.ToString();
    }

    private static string Summary(Alert alert)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{alert.Severity} ({alert.Direction}): {alert.OldValue ?? "—"} → {alert.NewValue ?? "—"}.");
        if (alert.EffectiveDate is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" Takes effect {alert.EffectiveDate}.");
        }

        return text.ToString();
    }

    private static void Link(XmlWriter xml, string rel, string href, string? type = null)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        if (type is not null) xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
