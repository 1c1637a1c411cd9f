using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using ReportPipeline.Testing;

namespace ReportPipeline.Transports.Tests;

/// <summary>One request as the receiver got it: raw body bytes and the headers that matter.</summary>
internal sealed record ReceivedWebhook(byte[] Body, string? Id, string? Timestamp, string? Signature, string? Event, string? Delivery, string? ContentType);

/// <summary>
/// A real HTTP listener on a free loopback port. It answers each request with the next status in
/// <see cref="Responses"/> (200 once they run out) and keeps every request it received.
/// </summary>
internal sealed class LoopbackWebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _requestCount;

    public LoopbackWebhookReceiver()
    {
        Port = MaildevServer.FreePort();
        _listener.Prefixes.Add(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}/"));
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }

    public Uri Url => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}/hooks/reportpipeline"));

    public ConcurrentQueue<int> Responses { get; } = new();

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    /// <summary>Every request that arrived, whatever it was answered.</summary>
    public int RequestCount => _requestCount;

    /// <summary>The <c>webhook-id</c> of every request, answered 2xx or not.</summary>
    public ConcurrentQueue<string?> Ids { get; } = new();

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
            // The loop ends by an exception from the closed listener.
        }

        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Interlocked.Increment(ref _requestCount);
            Ids.Enqueue(context.Request.Headers["webhook-id"]);
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var status = Responses.TryDequeue(out var next) ? next : 200;
            if (status is >= 200 and < 300)
            {
                Received.Enqueue(new ReceivedWebhook(
                    body.ToArray(),
                    context.Request.Headers["webhook-id"],
                    context.Request.Headers["webhook-timestamp"],
                    context.Request.Headers["webhook-signature"],
                    context.Request.Headers["X-ReportPipeline-Event"],
                    context.Request.Headers["X-ReportPipeline-Delivery"],
                    context.Request.ContentType));
            }

            context.Response.StatusCode = status;
            context.Response.Close();
        }
    }
}
