using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using ReportPipeline.Core.Notifications;

namespace ReportPipeline.Testing.Notifications;

/// <summary>
/// Answers host names from a table, never from real DNS, so webhook tests can name public, private and
/// rebinding hosts while nothing is ever contacted outside loopback. A name given several answers
/// returns them in turn (the last one repeats): a name that changes between subscribe and connect.
/// Unknown names fail the way an unknown domain does.
/// </summary>
public sealed class TestHostResolver : IHostResolver
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<IPAddress[]>> _answers = new(StringComparer.OrdinalIgnoreCase);

    public ConcurrentQueue<string> Asked { get; } = new();

    /// <summary>The address a typical public host resolves to in these tests (never contacted).</summary>
    public static IPAddress PublicAddress { get; } = IPAddress.Parse("93.184.215.14");

    public static TestHostResolver WithPublicHosts(params string[] names)
    {
        var resolver = new TestHostResolver();
        foreach (var name in names) resolver.Answer(name, PublicAddress);
        return resolver;
    }

    public TestHostResolver Answer(string name, params IPAddress[] addresses)
    {
        _answers.GetOrAdd(name, _ => new ConcurrentQueue<IPAddress[]>()).Enqueue(addresses);
        return this;
    }

    public Task<IPAddress[]> ResolveAsync(string name, CancellationToken cancellationToken)
    {
        Asked.Enqueue(name);
        if (!_answers.TryGetValue(name, out var queue) || !queue.TryPeek(out var answer))
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        if (queue.Count > 1) queue.TryDequeue(out _);
        return Task.FromResult(answer);
    }
}
