using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Core.Json;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Web.Api;

/// <summary>The read API: countries, statuses, timelines, alerts, documents, and alert triage.</summary>
public static class ReadApi
{
    public static IEndpointRouteBuilder MapReadApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AddEndpointFilterFactory(ApiKeys.RequireRead);
        api.MapGet("/countries", ListCountriesAsync);
        api.MapGet("/countries/{iso2}/status", GetStatusAsync);
        api.MapGet("/countries/{iso2}/timeline", GetTimelineAsync);
        api.MapGet("/alerts", ListAlertsAsync);
        api.MapGet("/alerts/{id}", GetAlertAsync);
        api.MapGet("/documents", ListDocumentsAsync);

        var admin = app.MapGroup("/api").AddEndpointFilterFactory(ApiKeys.RequireAdmin);
        admin.MapPost("/alerts/{id}/review", ReviewAlertAsync);
        return app;
    }

    public static async Task<IResult> ListCountriesAsync(ReportReader reader, CancellationToken cancellationToken) =>
        Json(await reader.ListCountriesAsync(cancellationToken).ConfigureAwait(false));

    public static async Task<IResult> GetStatusAsync(string iso2, string? year, ReportReader reader, CancellationToken cancellationToken)
    {
        if (!ValidIso2(iso2))
        {
            return BadRequest("iso2", "A country is a two-letter ISO 3166 code, e.g. AZ.");
        }

        int? wanted = null;
        if (!string.IsNullOrEmpty(year))
        {
            if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1900 or > 2200)
            {
                return BadRequest("year", "year must be a reporting year such as 2023.");
            }

            wanted = y;
        }

        var status = await reader.GetStatusAsync(iso2, wanted, cancellationToken).ConfigureAwait(false);
        return status is null
            ? NotFound(wanted is null ? $"Nothing is stored for {iso2.ToUpperInvariant()}." : $"Nothing is stored for {iso2.ToUpperInvariant()} in {wanted}.")
            : Json(status);
    }

    public static async Task<IResult> GetTimelineAsync(string iso2, ReportReader reader, CancellationToken cancellationToken)
    {
        if (!ValidIso2(iso2))
        {
            return BadRequest("iso2", "A country is a two-letter ISO 3166 code, e.g. AZ.");
        }

        var view = await reader.GetTimelineAsync(iso2, cancellationToken).ConfigureAwait(false);
        return view is null ? NotFound($"Nothing is stored for {iso2.ToUpperInvariant()}.") : Json(view);
    }

    public static async Task<IResult> ListAlertsAsync(HttpRequest request, ReportReader reader, IOptions<WebOptions> options, CancellationToken cancellationToken)
    {
        var parsed = AlertFilter.Parse(request.Query, options.Value.MaxPageSize);
        if (parsed.Errors.Count > 0)
        {
            return Results.ValidationProblem(parsed.Errors, title: "Bad alert filter.");
        }

        return Json(await reader.ListAlertsAsync(parsed.Query, parsed.Page, parsed.PageSize, cancellationToken).ConfigureAwait(false));
    }

    public static async Task<IResult> GetAlertAsync(string id, ReportReader reader, CancellationToken cancellationToken)
    {
        var alert = await reader.GetAlertAsync(id, cancellationToken).ConfigureAwait(false);
        return alert is null ? NotFound($"No alert has the id '{id}'.") : Json(alert);
    }

    public static async Task<IResult> ListDocumentsAsync(string? status, ReportReader reader, CancellationToken cancellationToken)
    {
        if (status is not null && !DocumentStatus.Final.Contains(status))
        {
            return BadRequest("status", $"status is one of {string.Join(", ", DocumentStatus.Final)}.");
        }

        return Json(await reader.ListDocumentsAsync(status, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Body: <c>{"dismiss": true, "note": "…", "by": "…"}</c>.</summary>
    public static async Task<IResult> ReviewAlertAsync(string id, ReviewRequest body, ReportReader reader, TimeProvider time, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.By))
        {
            return BadRequest("by", "Say who reviewed the alert.");
        }

        if (body.Dismiss && string.IsNullOrWhiteSpace(body.Note))
        {
            return BadRequest("note", "Dismissing an alert needs a note saying why.");
        }

        var review = new AlertReview(body.Dismiss ? AlertReviewState.Dismissed : AlertReviewState.Reviewed, body.By.Trim(), body.Note?.Trim(), time.GetUtcNow());
        var updated = await reader.ReviewAsync(id, review, cancellationToken).ConfigureAwait(false);
        return updated is null ? NotFound($"No alert has the id '{id}'.") : Json(updated);
    }

    internal static IResult Json<T>(T value) => Results.Json(value, ComparisonJson.Options);

    internal static IResult BadRequest(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: message);

    internal static IResult NotFound(string message) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: message);

    internal static bool ValidIso2(string iso2) => iso2.Length == 2 && iso2.All(char.IsAsciiLetter);
}

public sealed record ReviewRequest(bool Dismiss, string? Note, string? By);
