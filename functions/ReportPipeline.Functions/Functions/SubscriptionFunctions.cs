using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using ReportPipeline.Web.Api;

namespace ReportPipeline.Functions;

/// <summary>
/// Subscribe, confirm, change filters and unsubscribe over HTTP, through the same handlers as `reportpipeline serve`
/// and at the same paths the emails link to (ReportPipeline:PublicBaseUrl + /api/subscriptions/…).
/// </summary>
public sealed class SubscriptionFunctions
{
    [Function("Subscribe")]
    public Task<IResult> Subscribe(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/subscriptions")] HttpRequest req,
        CancellationToken cancellationToken) =>
        SubscriptionApi.SubscribeAsync(req, cancellationToken);

    [Function("ConfirmSubscription")]
    public Task<IResult> ConfirmSubscription(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "api/subscriptions/confirm")] HttpRequest req,
        CancellationToken cancellationToken) =>
        SubscriptionApi.ConfirmAsync(req, cancellationToken);

    /// <summary>GET from the link in the email shows a page with a button; POST (that button, or mail clients' one-click unsubscribe, RFC 8058) acts.</summary>
    [Function("Unsubscribe")]
    public Task<IResult> Unsubscribe(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "api/subscriptions/unsubscribe")] HttpRequest req,
        CancellationToken cancellationToken) =>
        SubscriptionApi.UnsubscribeAsync(req, cancellationToken);

    /// <summary>New filters for a subscription (PUT JSON, or POST from the manage page's form); the manage token from any email's unsubscribe link proves ownership.</summary>
    [Function("UpdateSubscriptionFilters")]
    public Task<IResult> UpdateSubscriptionFilters(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", "post", Route = "api/subscriptions/filters")] HttpRequest req,
        CancellationToken cancellationToken) =>
        SubscriptionApi.UpdateFiltersAsync(req, cancellationToken);

    /// <summary>The page that shows a subscription's filters to change and an unsubscribe button (JSON for API clients).</summary>
    [Function("ManageSubscription")]
    public Task<IResult> ManageSubscription(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/subscriptions/manage")] HttpRequest req,
        CancellationToken cancellationToken) =>
        SubscriptionApi.ManageAsync(req, cancellationToken);

    /// <summary>Admin: the function key (x-functions-key header or ?code=) is what lets a caller in.</summary>
    [Function("ListSubscribers")]
    public Task<IResult> ListSubscribers(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/subscribers")] HttpRequest req,
        CancellationToken cancellationToken) =>
        SubscriptionApi.ListSubscribersAsync(req, cancellationToken);
}
