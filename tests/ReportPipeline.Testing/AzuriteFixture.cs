using ReportPipeline.Development;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ReportPipeline.Testing;

/// <summary>
/// One real Azurite (in memory, free loopback ports) for a test class or collection, stopped at
/// the end. Tests isolate themselves with their own table prefix and container names
/// (<see cref="UniqueName"/>), so they never see each other's rows. Where it runs — the npm tool
/// or a container — follows REPORTPIPELINE_AZURITE (see <see cref="AzuriteHostOptions.Runtime"/>);
/// each fixture says which in the test run's output.
/// </summary>
public sealed class AzuriteFixture(IMessageSink? diagnostics = null) : IAsyncLifetime
{
    private AzuriteHost? _host;

    public AzuriteHost Host => _host ?? throw new InvalidOperationException("Azurite is not started.");

    public string ConnectionString => Host.ConnectionString;

    public async Task InitializeAsync()
    {
        _host = await AzuriteHost.StartAsync();
        // A diagnostic message: the xunit adapter prints it (tests/xunit.runner.json turns them on).
        diagnostics?.OnMessage(new DiagnosticMessage($"AzuriteFixture: {_host.Description}"));
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>A short name unique to this process and call: letters and digits, valid for tables and containers.</summary>
    public static string UniqueName(string prefix = "t") => prefix + Guid.NewGuid().ToString("N")[..10];
}
