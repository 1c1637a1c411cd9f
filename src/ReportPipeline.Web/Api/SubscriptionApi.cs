using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
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
        api.MapMethods("/confirm", [HttpMethods.Get, HttpMethods.Post], ConfirmAsync);
        // RFC 8058: mail clients POST "List-Unsubscribe=One-Click" to the link in the header.
        api.MapMethods("/unsubscribe", [HttpMethods.Get, HttpMethods.Post], UnsubscribeAsync).DisableAntiforgery();
        api.MapPut("/filters", UpdateFiltersAsync);
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

    /// <summary><c>?token=</c> from the confirmation email.</summary>
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

        var result = await service.ConfirmAsync(request.QueryValue("token")!, cancellationToken).ConfigureAwait(false);
        return result.Succeeded ? Results.Json(Public(result), ComparisonJson.Options) : Failed(result);
    }

    /// <summary><c>?token=</c> from any email's unsubscribe link or List-Unsubscribe header.</summary>
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

        var result = await service.UnsubscribeAsync(request.QueryValue("token")!, cancellationToken).ConfigureAwait(false);
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

        var (body, problem) = await request.ReadJsonAsync<SubscriptionRequest>(cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return problem!;
        }

        if (Service(request) is not { } service)
        {
            return NotConfigured();
        }

        var result = await service.UpdateFiltersAsync(request.QueryValue("token")!, body, cancellationToken).ConfigureAwait(false);
        return result.Succeeded ? Results.Json(Public(result), ComparisonJson.Options) : Failed(result);
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
