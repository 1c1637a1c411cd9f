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

        var page = await request.Service<ReportReader>().ListAlertsAsync(new AlertQuery(Iso2: iso2, IncludeDismissed: false), 1, 100, cancellationToken).ConfigureAwait(false);
        var baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}";
        return Results.Text(Write(page.Items, iso2, baseUrl, request.Path), "application/atom+xml; charset=utf-8", Encoding.UTF8);
    }

    internal static string Write(IReadOnlyList<Alert> alerts, string? iso2, string baseUrl, string selfPath)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("title", Atom, iso2 is null ? "ReportPipeline alerts" : $"ReportPipeline alerts: {iso2}");
            xml.WriteElementString("id", Atom, $"urn:reportpipeline:alerts:{iso2 ?? "all"}");
            xml.WriteElementString("updated", Atom, Timestamp(alerts.Count == 0 ? DateTimeOffset.UnixEpoch : alerts.Max(a => a.CreatedAt)));
            Link(xml, "self", baseUrl + selfPath);
            foreach (var alert in alerts)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("title", Atom, alert.Title);
                xml.WriteElementString("id", Atom, $"urn:reportpipeline:alert:{alert.Id}");
                xml.WriteElementString("updated", Atom, Timestamp(alert.Review?.At ?? alert.CreatedAt));
                Link(xml, "alternate", $"{baseUrl}/#/country/{alert.Iso2}");
                xml.WriteStartElement("category", Atom);
                xml.WriteAttributeString("term", alert.Family);
                xml.WriteEndElement();
                // XmlWriter escapes the text; feed readers show it as plain text, never markup.
                xml.WriteStartElement("summary", Atom);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(Summary(alert));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Summary(Alert alert)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{alert.Severity} ({alert.Direction}): {alert.OldValue ?? "—"} → {alert.NewValue ?? "—"}.");
        if (alert.EffectiveDate is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" Takes effect {alert.EffectiveDate}.");
        }

        if (alert.NewEvidence is { } evidence)
        {
            text.Append(CultureInfo.InvariantCulture, $" \"{evidence.Text}\" ({evidence.Source}, {evidence.Year})");
        }

        return text.ToString();
    }

    private static void Link(XmlWriter xml, string rel, string href)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
