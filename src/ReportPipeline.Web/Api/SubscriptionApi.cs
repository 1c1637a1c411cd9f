using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using ReportPipeline.Core.Identification;
using ReportPipeline.Core.Json;
using ReportPipeline.Core.Notifications;

namespace ReportPipeline.Web.Api;

/// <summary>
/// Subscribe (double opt-in), confirm, unsubscribe (including RFC 8058 one-click) and, for admins,
/// the subscriber list. Like <see cref="ReadApi"/>, each handler is the whole endpoint for both hosts.
/// </summary>
public static class SubscriptionApi
{
    public static IEndpointRouteBuilder MapSubscriptionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/subscriptions");
        api.MapPost("/", SubscribeAsync);
        // GET shows a page with a button (link scanners open links too); POST acts. RFC 8058: mail clients POST
        // "List-Unsubscribe=One-Click" to the link in the header, which unsubscribes at once.
        api.MapMethods("/confirm", [HttpMethods.Get, HttpMethods.Post], ConfirmAsync).DisableAntiforgery();
        api.MapMethods("/unsubscribe", [HttpMethods.Get, HttpMethods.Post], UnsubscribeAsync).DisableAntiforgery();
        api.MapGet("/manage", ManageAsync);
        api.MapMethods("/filters", [HttpMethods.Put, HttpMethods.Post], UpdateFiltersAsync).DisableAntiforgery();
        app.MapGet("/api/subscribers", ListSubscribersAsync).AddEndpointFilterFactory(ApiKeys.RequireAdmin);
        return app;
    }

    /// <summary>Body: a <see cref="SubscriptionRequest"/>. 202 when the confirmation is on its way.</summary>
    public static async Task<IResult> SubscribeAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, problem) = await request.ReadJsonAsync<SubscriptionRequest>(cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        var address = (body.Email ?? body.Webhook ?? string.Empty).Trim().ToUpperInvariant();
        if (!request.Service<SubscribeLimiter>().TryAcquire(request.ClientAddress(), address))
        {
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many subscription requests; try again later.");
        }

        if (Service(request) is not { } service)
        {
            return NotConfigured();
        }

        var result = await service.SubscribeAsync(body, cancellationToken).ConfigureAwait(false);
        return result.Succeeded ? Results.Json(Public(result), ComparisonJson.Options, statusCode: StatusCodes.Status202Accepted) : Failed(result);
    }

    /// <summary><c>?token=</c> from the confirmation email. GET: a page with a button (JSON clients are told to POST); POST confirms.</summary>
    public static async Task<IResult> ConfirmAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.QueryValue("token")))
        {
            return ReadApi.BadRequest("token", "The confirmation link's token is missing.");
        }

        if (Service(request) is not { } service)
        {
            return NotConfigured();
        }

        var token = request.QueryValue("token")!;
        if (HttpMethods.IsGet(request.Method))
        {
            return SubscriptionPages.WantsHtml(request)
                ? SubscriptionPages.Ask("Confirm your subscription", "Confirm that you want ReportPipeline alerts at this address.", "Confirm subscription", ActionUrl("confirm", token))
                : UsePost("confirm");
        }

        var result = await service.ConfirmAsync(token, cancellationToken).ConfigureAwait(false);
        if (SubscriptionPages.WantsHtml(request))
        {
            return result.Succeeded
                ? SubscriptionPages.Done("Subscription confirmed", "You will get the alerts your filters match from now on.", extraHtml: ManageLink(request, result))
                : SubscriptionPages.Done("This link does not work", string.Join(" ", result.Errors), StatusCodes.Status404NotFound);
        }

        return result.Succeeded ? Results.Json(Public(result), ComparisonJson.Options) : Failed(result);
    }

    /// <summary><c>?token=</c> from any email's unsubscribe link or List-Unsubscribe header. GET: a page with a button; POST (the button, or RFC 8058 one-click) unsubscribes.</summary>
    public static async Task<IResult> UnsubscribeAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.QueryValue("token")))
        {
            return ReadApi.BadRequest("token", "The unsubscribe link's token is missing.");
        }

        if (Service(request) is not { } service)
        {
            return NotConfigured();
        }

        var token = request.QueryValue("token")!;
        if (HttpMethods.IsGet(request.Method))
        {
            return SubscriptionPages.WantsHtml(request)
                ? SubscriptionPages.Ask(
                    "Unsubscribe",
                    "Stop all ReportPipeline alerts to this address?",
                    "Unsubscribe",
                    ActionUrl("unsubscribe", token),
                    $"Or <a href=\"{System.Net.WebUtility.HtmlEncode(ActionUrl("manage", token))}\">change your filters</a> instead.")
                : UsePost("unsubscribe");
        }

        var result = await service.UnsubscribeAsync(token, cancellationToken).ConfigureAwait(false);
        if (SubscriptionPages.WantsHtml(request))
        {
            return result.Succeeded
                ? SubscriptionPages.Done("Unsubscribed", "Nothing more will be sent to this address.")
                : SubscriptionPages.Done("This link does not work", string.Join(" ", result.Errors), StatusCodes.Status404NotFound);
        }

        return result.Succeeded ? Results.Json(Public(result), ComparisonJson.Options) : Failed(result);
    }

    /// <summary>
    /// <c>?token=</c> from any email's unsubscribe link (it is the subscription's manage token);
    /// body: the new filters (<c>countries</c>, <c>families</c>, <c>minimumSeverity</c>, <c>direction</c>,
    /// <c>delivery</c>). The token proves ownership, so no new confirmation is needed.
    /// </summary>
    public static async Task<IResult> UpdateFiltersAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.QueryValue("token")))
        {
            return ReadApi.BadRequest("token", "The link's token is missing.");
        }

        SubscriptionRequest? body;
        if (request.HasFormContentType)
        {
            // The manage page's form: the same fields as the JSON body.
            var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            body = new SubscriptionRequest
            {
                Countries = [.. form["countries"].Where(v => v is not null).Select(v => v!)],
                Families = [.. form["families"].Where(v => v is not null).Select(v => v!)],
                MinimumSeverity = form["minimumSeverity"].FirstOrDefault(),
                Direction = form["direction"].FirstOrDefault(),
                Delivery = form["delivery"].FirstOrDefault(),
            };
        }
        else
        {
            (body, var problem) = await request.ReadJsonAsync<SubscriptionRequest>(cancellationToken).ConfigureAwait(false);
            if (body is null)
            {
                return problem!;
            }
        }

        if (Service(request) is not { } service)
        {
            return NotConfigured();
        }

        var result = await service.UpdateFiltersAsync(request.QueryValue("token")!, body, cancellationToken).ConfigureAwait(false);
        if (SubscriptionPages.WantsHtml(request))
        {
            return result.Succeeded
                ? SubscriptionPages.Done("Filters saved", $"From now on: {result.Subscription!.Filters.Describe()}.", extraHtml: ManageLink(request, result))
                : SubscriptionPages.Done("The filters were not saved", string.Join(" ", result.Errors), StatusCodes.Status400BadRequest);
        }

        return result.Succeeded ? Results.Json(Public(result), ComparisonJson.Options) : Failed(result);
    }

    /// <summary><c>?token=</c> from any email's unsubscribe link: a page with the subscription's filters to change, and an unsubscribe button.</summary>
    public static async Task<IResult> ManageAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.QueryValue("token")))
        {
            return ReadApi.BadRequest("token", "The link's token is missing.");
        }

        if (Service(request) is not { } service)
        {
            return NotConfigured();
        }

        var token = request.QueryValue("token")!;
        var result = await service.DescribeAsync(token, cancellationToken).ConfigureAwait(false);
        if (!SubscriptionPages.WantsHtml(request))
        {
            return result.Succeeded
                ? Results.Json(new { id = result.Subscription!.Id, state = result.Subscription.State.ToString(), filters = result.Subscription.Filters }, ComparisonJson.Options)
                : Failed(result);
        }

        if (!result.Succeeded)
        {
            return SubscriptionPages.Done("This link does not work", string.Join(" ", result.Errors), StatusCodes.Status404NotFound);
        }

        var countries = request.HttpContext.RequestServices.GetService(typeof(CountryCatalog)) as CountryCatalog;
        return SubscriptionPages.Manage(result.Subscription!, token, iso2 => countries?.Find(iso2)?.Name ?? iso2);
    }

    /// <summary>An admin endpoint: the host gates it (`serve` with the admin key, the Functions app with a function key).</summary>
    public static async Task<IResult> ListSubscribersAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HttpContext.RequestServices.GetService(typeof(ISubscriptionStore)) is not ISubscriptionStore store)
        {
            return NotConfigured();
        }

        var list = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        return Results.Json(list.Select(s => new { s.Id, s.Channel, s.Address, s.State, s.Filters, s.CreatedAt, s.ConfirmedAt }), ComparisonJson.Options);
    }

    /// <summary>What a caller may see: never token hashes; a webhook secret only in the response that created it.</summary>
    private static object Public(SubscriptionResult result) => new
    {
        outcome = result.Outcome.ToString(),
        id = result.Subscription?.Id,
        state = result.Subscription?.State.ToString(),
        confirmationSent = result.ConfirmationSent,
        webhookSecret = result.WebhookSecret,
    };

    private static IResult Failed(SubscriptionResult result) => result.Outcome switch
    {
        SubscriptionOutcome.InvalidToken or SubscriptionOutcome.NotFound =>
            Results.Problem(statusCode: StatusCodes.Status404NotFound, title: string.Join(" ", result.Errors)),
        SubscriptionOutcome.RateLimited =>
            Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: string.Join(" ", result.Errors)),
        _ => Results.ValidationProblem(new Dictionary<string, string[]> { ["subscription"] = [.. result.Errors] }, title: "The subscription request is not valid."),
    };

    /// <summary>Relative to /api/subscriptions/, so the page works under any base path.</summary>
    private static string ActionUrl(string action, string token) => $"{action}?token={Uri.EscapeDataString(token)}";

    /// <summary>A GET never acts; API clients are told to POST.</summary>
    private static IResult UsePost(string action) => Results.Json(
        new { outcome = "UsePost", message = $"Opening the link changes nothing: POST to /api/subscriptions/{action}?token=… to {action}." },
        ComparisonJson.Options);

    /// <summary>After confirming, a link to change filters needs a manage token, which only messages carry; none here.</summary>
    private static string? ManageLink(HttpRequest request, SubscriptionResult result) =>
        HttpMethods.IsPost(request.Method) && request.QueryValue("token") is { } token && result.Outcome == SubscriptionOutcome.Updated
            ? $"<p><a href=\"{System.Net.WebUtility.HtmlEncode(ActionUrl("manage", token))}\">Back to your filters</a></p>"
            : null;

    private static SubscriptionService? Service(HttpRequest request) => request.HttpContext.RequestServices.GetService(typeof(SubscriptionService)) as SubscriptionService;

    private static IResult NotConfigured() =>
        Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Subscriptions are not configured on this host.");
}

/// <summary>Rate limits on subscribing, per client address and per subscribed address, so nobody can mail-bomb an inbox through us.</summary>
public sealed class SubscribeLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perClient;
    private readonly PartitionedRateLimiter<string> _perAddress;

    public SubscribeLimiter(IOptions<WebOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var web = options.Value;
        _perClient = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = web.SubscribePerClientPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        _perAddress = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = web.SubscribePerAddressPerHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 }));
    }

    public bool TryAcquire(string client, string address)
    {
        using var byClient = _perClient.AttemptAcquire(client);
        if (!byClient.IsAcquired)
        {
            return false;
        }

        using var byAddress = _perAddress.AttemptAcquire(address);
        return byAddress.IsAcquired;
    }

    public void Dispose()
    {
        _perClient.Dispose();
        _perAddress.Dispose();
    }
}
