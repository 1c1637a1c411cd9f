using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Notifications;

namespace ReportPipeline.Web.Api;

/// <summary>
/// The pages a person sees on opening a link from a message. Opening a link never acts: mail scanners
/// and link previews open links too, so confirm and unsubscribe show a button, and the button's POST acts.
/// Report text never reaches these pages; what does (filters, errors) is HTML-encoded.
/// </summary>
internal static class SubscriptionPages
{
    /// <summary>Browsers ask for text/html; API clients, curl and one-click mail clients get JSON as before.</summary>
    public static bool WantsHtml(HttpRequest request) =>
        request.Headers.Accept.Any(value => value is not null && value.Contains("text/html", StringComparison.OrdinalIgnoreCase));

    public static IResult Ask(string title, string question, string button, string action, string? note = null)
    {
        var body = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<h1>{E(title)}</h1><p>{E(question)}</p>")
            .Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{E(action)}\"><button type=\"submit\">{E(button)}</button></form>");
        if (note is not null) body.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{note}</p>");
        return Page(title, body.ToString());
    }

    public static IResult Done(string title, string message, int status = StatusCodes.Status200OK, string? extraHtml = null) =>
        Page(title, $"<h1>{E(title)}</h1><p>{E(message)}</p>{extraHtml}", status);

    /// <summary>The manage page: the subscription's filters in a form that POSTs to <c>filters?token=</c>, and an unsubscribe button.</summary>
    public static IResult Manage(Subscription subscription, string token, Func<string, string> countryName)
    {
        var f = subscription.Filters;
        var t = Uri.EscapeDataString(token);
        var html = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<h1>Your alert subscription</h1><p>For <strong>{E(subscription.Address)}</strong>: {E(f.Describe())}.</p>")
            .Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"filters?token={t}\" class=\"manage\">")
            .Append(CultureInfo.InvariantCulture, $"<label>Countries (names or codes, comma-separated; empty for all)<input name=\"countries\" value=\"{E(string.Join(", ", f.Countries.Select(countryName)))}\"></label>")
            .Append("<fieldset><legend>Families (none ticked: all)</legend>");
        foreach (var family in FacetFamilies.All)
        {
            var on = f.Families.Contains(family, StringComparer.Ordinal) ? " checked" : string.Empty;
            html.Append(CultureInfo.InvariantCulture, $"<label class=\"check\"><input type=\"checkbox\" name=\"families\" value=\"{E(family)}\"{on}> {E(family.Replace('_', ' '))}</label>");
        }

        html.Append("</fieldset>")
            .Append(Select("minimumSeverity", "Minimum severity", [("info", "Info"), ("low", "Low"), ("medium", "Medium"), ("high", "High")], f.MinimumSeverity.ToString().ToLowerInvariant()))
            .Append(Select("direction", "Direction", [("any", "Any change"), ("worsening", "Worsening only")], f.Direction == DirectionFilter.WorseningOnly ? "worsening" : "any"))
            .Append(Select("delivery", "Delivery", [("each-run", "Each run"), ("weekly", "Weekly digest")], f.Delivery == DeliveryMode.WeeklyDigest ? "weekly" : "each-run"))
            .Append("<button type=\"submit\">Save filters</button></form>")
            .Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"unsubscribe?token={t}\"><button type=\"submit\" class=\"secondary\">Unsubscribe</button></form>");
        return Page("Your alert subscription", html.ToString());
    }

    private static string Select(string name, string label, (string Value, string Text)[] options, string selected)
    {
        var html = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<label>{E(label)}<select name=\"{name}\">");
        foreach (var (value, text) in options)
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{value}\"{(value == selected ? " selected" : string.Empty)}>{E(text)}</option>");
        }

        return html.Append("</select></label>").ToString();
    }

    private static IResult Page(string title, string body, int status = StatusCodes.Status200OK)
    {
        var html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + $"<title>{E(title)} · ReportPipeline</title><link rel=\"stylesheet\" href=\"/dashboard/dashboard.css\"></head>"
            + "<body><header><a href=\"/dashboard\" class=\"brand\">ReportPipeline</a></header>"
            + $"<main><section class=\"page\">{body}</section></main></body></html>";
        return SecurityHeaders.Secure(Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status));
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
