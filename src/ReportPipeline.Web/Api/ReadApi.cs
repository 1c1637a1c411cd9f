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

/// <summary>
/// The read API: countries, statuses, timelines, alerts, documents, and alert triage. Each
/// handler takes the request (plus its route values) and is the whole endpoint: `serve` maps
/// it, and the Functions app's HTTP triggers call it, so both hosts answer alike.
/// </summary>
public static class ReadApi
{
    public static IEndpointRouteBuilder MapReadApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
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

    public static async Task<IResult> ListCountriesAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (ApiKeys.DenyRead(request) is { } denied)
        {
            return denied;
        }

        return Json(await request.Service<ReportReader>().ListCountriesAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>?year=</c> picks a reporting year; without it, the latest.</summary>
    public static async Task<IResult> GetStatusAsync(HttpRequest request, string iso2, CancellationToken cancellationToken)
    {
        if (ApiKeys.DenyRead(request) is { } denied)
        {
            return denied;
        }

        if (!ValidIso2(iso2))
        {
            return BadRequest("iso2", "A country is a two-letter ISO 3166 code, e.g. AZ.");
        }

        int? wanted = null;
        if (request.QueryValue("year") is { Length: > 0 } year)
        {
            if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1900 or > 2200)
            {
                return BadRequest("year", "year must be a reporting year such as 2023.");
            }

            wanted = y;
        }

        var status = await request.Service<ReportReader>().GetStatusAsync(iso2, wanted, cancellationToken).ConfigureAwait(false);
        return status is null
            ? NotFound(wanted is null ? $"Nothing is stored for {iso2.ToUpperInvariant()}." : $"Nothing is stored for {iso2.ToUpperInvariant()} in {wanted}.")
            : Json(status);
    }

    public static async Task<IResult> GetTimelineAsync(HttpRequest request, string iso2, CancellationToken cancellationToken)
    {
        if (ApiKeys.DenyRead(request) is { } denied)
        {
            return denied;
        }

        if (!ValidIso2(iso2))
        {
            return BadRequest("iso2", "A country is a two-letter ISO 3166 code, e.g. AZ.");
        }

        var view = await request.Service<ReportReader>().GetTimelineAsync(iso2, cancellationToken).ConfigureAwait(false);
        return view is null ? NotFound($"Nothing is stored for {iso2.ToUpperInvariant()}.") : Json(view);
    }

    /// <summary><c>?country=&amp;since=&amp;severity=&amp;family=&amp;dismissed=&amp;page=&amp;pageSize=</c>.</summary>
    public static async Task<IResult> ListAlertsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (ApiKeys.DenyRead(request) is { } denied)
        {
            return denied;
        }

        var parsed = AlertFilter.Parse(request.Query, request.Service<IOptions<WebOptions>>().Value.MaxPageSize);
        if (parsed.Errors.Count > 0)
        {
            return Results.ValidationProblem(parsed.Errors, title: "Bad alert filter.");
        }

        if (request.Query["continuation"].FirstOrDefault() is { Length: > 0 } continuation)
        {
            var next = await request.Service<ReportReader>().ContinueAlertsAsync(parsed.Query, continuation, parsed.PageSize, cancellationToken).ConfigureAwait(false);
            return next is null ? BadRequest("continuation", "continuation is a token from a previous page's `continuation`.") : Json(next);
        }

        return Json(await request.Service<ReportReader>().ListAlertsAsync(parsed.Query, parsed.Page, parsed.PageSize, cancellationToken).ConfigureAwait(false));
    }

    public static async Task<IResult> GetAlertAsync(HttpRequest request, string id, CancellationToken cancellationToken)
    {
        if (ApiKeys.DenyRead(request) is { } denied)
        {
            return denied;
        }

        var alert = await request.Service<ReportReader>().GetAlertAsync(id, cancellationToken).ConfigureAwait(false);
        return alert is null ? NotFound($"No alert has the id '{id}'.") : Json(alert);
    }

    /// <summary><c>?status=</c> filters by final document status.</summary>
    public static async Task<IResult> ListDocumentsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (ApiKeys.DenyRead(request) is { } denied)
        {
            return denied;
        }

        var status = request.QueryValue("status");
        if (status is not null && !DocumentStatus.Final.Contains(status))
        {
            return BadRequest("status", $"status is one of {string.Join(", ", DocumentStatus.Final)}.");
        }

        return Json(await request.Service<ReportReader>().ListDocumentsAsync(status, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Body: <c>{"dismiss": true, "note": "…", "by": "…"}</c>. An admin endpoint: the host gates it
    /// (`serve` with the admin key, the Functions app with a function key).
    /// </summary>
    public static async Task<IResult> ReviewAlertAsync(HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var (body, problem) = await request.ReadJsonAsync<ReviewRequest>(cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        if (string.IsNullOrWhiteSpace(body.By))
        {
            return BadRequest("by", "Say who reviewed the alert.");
        }

        if (body.Dismiss && string.IsNullOrWhiteSpace(body.Note))
        {
            return BadRequest("note", "Dismissing an alert needs a note saying why.");
        }

        var review = new AlertReview(body.Dismiss ? AlertReviewState.Dismissed : AlertReviewState.Reviewed, body.By.Trim(), body.Note?.Trim(), request.Service<TimeProvider>().GetUtcNow());
        var updated = await request.Service<ReportReader>().ReviewAsync(id, review, cancellationToken).ConfigureAwait(false);
        return updated is null ? NotFound($"No alert has the id '{id}'.") : Json(updated);
    }

    internal static IResult Json<T>(T value) => Results.Json(value, ComparisonJson.Options);

    internal static IResult BadRequest(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: message);

    internal static IResult NotFound(string message) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: message);

    internal static bool ValidIso2(string iso2) => iso2.Length == 2 && iso2.All(char.IsAsciiLetter);
}

public sealed record ReviewRequest(bool Dismiss, string? Note, string? By);
