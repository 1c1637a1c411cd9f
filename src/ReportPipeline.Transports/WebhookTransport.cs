using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using ReportPipeline.Core.Notifications;

namespace ReportPipeline.Transports;

/// <summary>A webhook answered with a status that says "do not try again" (most 4xx, and redirects, which are never followed).</summary>
public sealed class WebhookRejectedException : Exception
{
    public WebhookRejectedException()
    {
    }

    public WebhookRejectedException(string message)
        : base(message)
    {
    }

    public WebhookRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HttpStatusCode? StatusCode { get; init; }
}

/// <summary>
/// POSTs the JSON body signed by the Standard Webhooks convention (<see cref="WebhookSignature"/>): the id is
/// the same on every retry of one message, the timestamp is the time of each try. HTTPS only, except to loopback; redirects are not followed, so a webhook cannot bounce
/// our signed request somewhere else. Every connection goes through <see cref="WebhookTargetPolicy"/>, which
/// resolves the host, refuses non-public addresses and connects to the address it checked.
/// </summary>
public sealed class WebhookTransport(HttpClient httpClient, WebhookOptions options, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>
    /// The client every webhook goes through. No proxy (a proxy would connect for us, past the guard), no
    /// redirects, and the policy's connect step in place of the handler's own DNS lookup.
    /// </summary>
    public static HttpClient CreateHttpClient(WebhookOptions options, WebhookTargetPolicy targets)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(targets);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = (context, cancellationToken) => WebhookConnector.ConnectAsync(targets, context, cancellationToken),
        };
        return new HttpClient(handler) { Timeout = options.Timeout };
    }

    public async Task<string> SendAsync(WebhookMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Url.Scheme != Uri.UriSchemeHttps && !(message.Url.Scheme == Uri.UriSchemeHttp && SubscriptionValidator.IsLoopback(message.Url)))
        {
            throw new WebhookRejectedException($"Webhook {message.Url} is not HTTPS (plain HTTP is allowed only to loopback).");
        }

        var body = Encoding.UTF8.GetBytes(message.JsonBody);
        using var request = new HttpRequestMessage(HttpMethod.Post, message.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var id = MessageId(message);
        var timestamp = _time.GetUtcNow().ToUnixTimeSeconds();
        request.Headers.TryAddWithoutValidation(WebhookSignature.IdHeader, id);
        request.Headers.TryAddWithoutValidation(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation(WebhookSignature.SignatureHeader, WebhookSignature.Sign(message.Secret, id, timestamp, body));
        request.Headers.TryAddWithoutValidation(WebhookSignature.EventHeaderName, message.EventType);
        request.Headers.TryAddWithoutValidation(WebhookSignature.DeliveryHeaderName, message.Key);
        request.Headers.UserAgent.ParseAdd(options.UserAgent);

        using var response = await PostAsync(request, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300) return message.Key;

        var text = string.Create(CultureInfo.InvariantCulture, $"Webhook {message.Url.GetLeftPart(UriPartial.Path)} answered {status} {response.ReasonPhrase}");
        if (status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
        {
            throw new HttpRequestException(text, null, response.StatusCode);
        }

        throw new WebhookRejectedException(text) { StatusCode = response.StatusCode };
    }

    /// <summary>
    /// <c>msg_</c> and a digest of subscription and message key: the same for every try of one message to one
    /// subscriber, so a receiver can drop a repeat, and never the same for two subscribers or two messages.
    /// </summary>
    internal static string MessageId(WebhookMessage message) =>
        "msg_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(message.SubscriptionId + "\n" + message.Key)))[..32];

    /// <summary>A refusal by the policy surfaces wrapped by the handler; it is final, not a network hiccup to retry.</summary>
    private async Task<HttpResponseMessage> PostAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e) when (e.InnerException is WebhookTargetRefusedException refused)
        {
            throw new WebhookRejectedException(refused.Message, e);
        }
    }
}
