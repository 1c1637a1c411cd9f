using System.Net;
using System.Net.Sockets;
using ReportPipeline.Core.Notifications;

namespace ReportPipeline.Transports;

/// <summary>The operating system's resolver, as any other client on the machine would see the name.</summary>
public sealed class DnsHostResolver : IHostResolver
{
    public Task<IPAddress[]> ResolveAsync(string name, CancellationToken cancellationToken) => Dns.GetHostAddressesAsync(name, cancellationToken);
}

/// <summary>The connect step of the webhook client: the target policy, applied to every new connection.</summary>
internal static class WebhookConnector
{
    /// <summary>
    /// For <see cref="SocketsHttpHandler.ConnectCallback"/>: checks the host again at connect time and
    /// connects to an address from that same check, never to a second lookup's answer.
    /// </summary>
    public static async ValueTask<Stream> ConnectAsync(WebhookTargetPolicy policy, SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var check = await policy.CheckAsync(context.DnsEndPoint.Host, cancellationToken).ConfigureAwait(false);
        if (!check.Allowed) throw new WebhookTargetRefusedException(check.Refusal ?? "Webhook host refused.");

        SocketException? last = null;
        foreach (var address in check.Addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }
}

/// <summary>The webhook's host is not a public address (or did not resolve); never worth a retry.</summary>
public sealed class WebhookTargetRefusedException : Exception
{
    public WebhookTargetRefusedException()
    {
    }

    public WebhookTargetRefusedException(string message)
        : base(message)
    {
    }

    public WebhookTargetRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
