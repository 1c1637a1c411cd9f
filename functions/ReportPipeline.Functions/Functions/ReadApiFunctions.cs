using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using ReportPipeline.Web.Api;

namespace ReportPipeline.Functions;

/// <summary>
/// The read API over HTTP (ASP.NET Core integration): each trigger hands the request to the
/// handler `reportpipeline serve` maps at the same path, so both hosts answer alike. Reading is
/// anonymous at the Functions level; ReportPipeline:Web:ReadKey, when set, is checked by the handlers.
/// </summary>
public sealed class ReadApiFunctions
{
    [Function("ListCountries")]
    public Task<IResult> ListCountries(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/countries")] HttpRequest req,
        CancellationToken cancellationToken) =>
        ReadApi.ListCountriesAsync(req, cancellationToken);

    [Function("GetCountryStatus")]
    public Task<IResult> GetCountryStatus(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/countries/{iso2}/status")] HttpRequest req,
        string iso2,
        CancellationToken cancellationToken) =>
        ReadApi.GetStatusAsync(req, iso2, cancellationToken);

    [Function("GetCountryTimeline")]
    public Task<IResult> GetCountryTimeline(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/countries/{iso2}/timeline")] HttpRequest req,
        string iso2,
        CancellationToken cancellationToken) =>
        ReadApi.GetTimelineAsync(req, iso2, cancellationToken);

    [Function("ListAlerts")]
    public Task<IResult> ListAlerts(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/alerts")] HttpRequest req,
        CancellationToken cancellationToken) =>
        ReadApi.ListAlertsAsync(req, cancellationToken);

    [Function("GetAlert")]
    public Task<IResult> GetAlert(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/alerts/{id}")] HttpRequest req,
        string id,
        CancellationToken cancellationToken) =>
        ReadApi.GetAlertAsync(req, id, cancellationToken);

    [Function("ListDocuments")]
    public Task<IResult> ListDocuments(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/documents")] HttpRequest req,
        CancellationToken cancellationToken) =>
        ReadApi.ListDocumentsAsync(req, cancellationToken);

    /// <summary>Admin: the function key (x-functions-key header or ?code=) is what lets a caller in.</summary>
    [Function("ReviewAlert")]
    public Task<IResult> ReviewAlert(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/alerts/{id}/review")] HttpRequest req,
        string id,
        CancellationToken cancellationToken) =>
        ReadApi.ReviewAlertAsync(req, id, cancellationToken);

    [Function("AlertsFeed")]
    public Task<IResult> AlertsFeed(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "feeds/alerts.atom")] HttpRequest req,
        CancellationToken cancellationToken) =>
        FeedApi.AlertsFeedAsync(req, cancellationToken);

    [Function("CountryAlertsFeed")]
    public Task<IResult> CountryAlertsFeed(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "feeds/countries/{iso2}/alerts.atom")] HttpRequest req,
        string iso2,
        CancellationToken cancellationToken) =>
        FeedApi.CountryFeedAsync(req, iso2, cancellationToken);
}
