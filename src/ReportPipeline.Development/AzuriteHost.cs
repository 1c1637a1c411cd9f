using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace ReportPipeline.Development;

/// <summary>Where a new in-memory Azurite runs.</summary>
public enum AzuriteRuntime
{
    /// <summary>The npm tool when it is installed (node_modules, AZURITE_PATH, PATH); otherwise a container when a Docker engine answers.</summary>
    Auto,

    /// <summary>The npm tool as a child process.</summary>
    Process,

    /// <summary>A container of <see cref="AzuriteHost.ContainerImage"/> through Testcontainers (pulled when missing); an error when no Docker engine answers.</summary>
    Container,
}

/// <summary>How to find or start a local Azurite.</summary>
public sealed record AzuriteHostOptions
{
    /// <summary>The variable that picks the runtime of in-memory instances: <c>process</c>, <c>container</c> or <c>auto</c> (the default).</summary>
    public const string RuntimeVariable = "REPORTPIPELINE_AZURITE";

    /// <summary>Keep the data in this folder (survives restarts); null keeps it in memory.</summary>
    public string? Location { get; init; }

    /// <summary>The azurite executable; by default <c>node_modules/.bin/azurite</c> above the working folder or the app, then PATH.</summary>
    public string? Executable { get; init; }

    /// <summary>How long to wait for Azurite to answer after it was started (default 60 s).</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Where an in-memory instance runs; by default what <see cref="RuntimeVariable"/> says (CI sets
    /// <c>container</c>), else <see cref="AzuriteRuntime.Auto"/>. An instance keeping its data in a
    /// <see cref="Location"/> always runs the npm tool.
    /// </summary>
    public AzuriteRuntime Runtime { get; init; } = RuntimeFromEnvironment();

    /// <summary>
    /// Where <see cref="AzuriteHost.FindOrStartAsync"/> looks for an Azurite already listening: the emulator's
    /// default ports (blob 10000, queue 10001, table 10002) unless told otherwise.
    /// </summary>
    public (int Blob, int Queue, int Table) ListeningPorts { get; init; } = (AzuriteHost.DefaultBlobPort, AzuriteHost.DefaultQueuePort, AzuriteHost.DefaultTablePort);

    /// <summary>Reads <see cref="RuntimeVariable"/>; anything but process, container or auto (or empty) is an error, not a silent default.</summary>
    public static AzuriteRuntime RuntimeFromEnvironment() => ParseRuntime(Environment.GetEnvironmentVariable(RuntimeVariable));

    /// <summary>process, container or auto, in any case; empty means auto.</summary>
    public static AzuriteRuntime ParseRuntime(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return AzuriteRuntime.Auto;
        }

        // By name only: Enum.Parse would also take "1".
        var name = Enum.GetNames<AzuriteRuntime>().FirstOrDefault(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"{RuntimeVariable}={value}: expected process, container or auto.");
        return Enum.Parse<AzuriteRuntime>(name);
    }
}

/// <summary>
/// A local Azure Storage emulator for tests, the command line and the demo: an Azurite already
/// listening on the default ports, or one started from <c>node_modules</c> on free loopback ports
/// (<c>--skipApiVersionCheck</c>, in memory or in a folder), or an Azurite container through
/// Testcontainers (<see cref="AzuriteRuntime"/> says which). Disposing stops only what this host
/// started (SIGINT, then kill; a container is removed).
/// </summary>
public sealed class AzuriteHost : IAsyncDisposable
{
    public const string AccountName = "devstoreaccount1";

    /// <summary>The emulator's well-known account key (public, documented by Microsoft).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public const int DefaultBlobPort = 10000;
    public const int DefaultQueuePort = 10001;
    public const int DefaultTablePort = 10002;

    /// <summary>
    /// The official image of the Azurite version package.json pins. Where no registry is reachable
    /// (CI), scripts/azurite-image.sh builds an image under this same reference from the npm tool.
    /// </summary>
    public const string ContainerImage = "mcr.microsoft.com/azure-storage/azurite:3.37.0";

    private readonly AzuriteHostOptions _options;
    private readonly string? _executable;
    private Process? _process;
    private IContainer? _container;
    private readonly List<string> _output = [];

    private AzuriteHost(AzuriteHostOptions options, string? executable, int blobPort, int queuePort, int tablePort, string description)
    {
        _options = options;
        _executable = executable;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
        Description = description;
    }

    public int BlobPort { get; private set; }

    public int QueuePort { get; private set; }

    public int TablePort { get; private set; }

    /// <summary>True when this host started the emulator (and will stop it).</summary>
    public bool Owned => _process is not null || _container is not null;

    /// <summary>True when this host started the emulator in a container.</summary>
    public bool InContainer => _container is not null;

    /// <summary>What is being used, for messages: "Azurite already listening on 127.0.0.1:10000/10001/10002", …</summary>
    public string Description { get; private set; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{AccountName};" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/{AccountName};" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/{AccountName};";

    /// <summary>An Azurite already answering on <see cref="AzuriteHostOptions.ListeningPorts"/> (the default ports), or a new one.</summary>
    public static async Task<AzuriteHost> FindOrStartAsync(AzuriteHostOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new AzuriteHostOptions();
        var (blob, queue, table) = options.ListeningPorts;
        if (await AnswersAsync(blob, queue, table, cancellationToken).ConfigureAwait(false))
        {
            return new AzuriteHost(options, null, blob, queue, table,
                $"Azurite already listening on 127.0.0.1:{blob}/{queue}/{table}");
        }

        return await StartAsync(options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts a new Azurite of its own on free loopback ports (a process or a container, see <see cref="AzuriteHostOptions.Runtime"/>).</summary>
    public static async Task<AzuriteHost> StartAsync(AzuriteHostOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new AzuriteHostOptions();
        var executable = options.Executable ?? FindExecutable();
        var container = options.Location is null && options.Runtime switch
        {
            AzuriteRuntime.Container => true,
            AzuriteRuntime.Process => false,
            _ => executable is null && await DockerAnswersAsync(cancellationToken).ConfigureAwait(false),
        };
        if (container)
        {
            return await StartContainerAsync(options, cancellationToken).ConfigureAwait(false);
        }

        if (executable is null)
        {
            throw new InvalidOperationException("Azurite was not found: run `npm ci` in the repository (it installs node_modules/.bin/azurite), or set ReportPipeline:Storage to a storage account.");
        }

        for (var attempt = 1; ; attempt++)
        {
            var ports = FreePorts(3);
            var host = new AzuriteHost(options, executable, ports[0], ports[1], ports[2], string.Empty);
            try
            {
                await host.StartProcessAsync(cancellationToken).ConfigureAwait(false);
                return host;
            }
            catch (InvalidOperationException ex) when (attempt < 3 && ex.Message.Contains("EADDRINUSE", StringComparison.Ordinal))
            {
                // A free port can be taken between FreePorts releasing it and Azurite binding it (a container publishing
                // random host ports beside us did so in CI); the failed start has stopped itself, so pick ports again.
            }
        }
    }

    /// <summary>Stops the emulator this host started; its data stays when it runs in a folder.</summary>
    public async Task StopAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync().ConfigureAwait(false);
            _container = null;
        }

        if (_process is not { } process)
        {
            return;
        }

        _process = null;
        if (!process.HasExited)
        {
            // Azurite shuts down cleanly on SIGINT (SIGTERM sometimes leaves it running), but waits
            // for clients' keep-alive connections to close: after a short wait it is killed.
            if (!OperatingSystem.IsWindows())
            {
                _ = SendSignal(process.Id, SigInt);
            }

            using var graceful = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            try
            {
                await process.WaitForExitAsync(graceful.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().ConfigureAwait(false);
            }
        }

        process.Dispose();
    }

    /// <summary>Starts the emulator again on the same ports (after <see cref="StopAsync"/>), e.g. after a simulated outage.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        if (_executable is null)
        {
            throw new InvalidOperationException("Only an Azurite process this host started can be restarted.");
        }

        await StopAsync().ConfigureAwait(false);
        await StartProcessAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private async Task StartProcessAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(_executable!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--skipApiVersionCheck", "--silent",
            "--blobHost", "127.0.0.1", "--blobPort", Port(BlobPort),
            "--queueHost", "127.0.0.1", "--queuePort", Port(QueuePort),
            "--tableHost", "127.0.0.1", "--tablePort", Port(TablePort),
        })
        {
            start.ArgumentList.Add(argument);
        }

        if (_options.Location is { } location)
        {
            Directory.CreateDirectory(location);
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(location);
        }
        else
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {_executable}.");
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        Description = $"Azurite started on 127.0.0.1:{BlobPort}/{QueuePort}/{TablePort} ({(_options.Location is null ? "in memory" : "data in " + _options.Location)})";

        var deadline = Stopwatch.StartNew();
        while (!await AnswersAsync(BlobPort, QueuePort, TablePort, cancellationToken).ConfigureAwait(false))
        {
            if (process.HasExited || deadline.Elapsed > _options.StartTimeout)
            {
                var output = Output();
                await StopAsync().ConfigureAwait(false);
                throw new InvalidOperationException($"Azurite ({_executable}) did not start within {_options.StartTimeout.TotalSeconds:0} s. Its output: {output}");
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<AzuriteHost> StartContainerAsync(AzuriteHostOptions options, CancellationToken cancellationToken)
    {
        if (!await DockerAnswersAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException(
                $"Azurite should run in a container ({AzuriteHostOptions.RuntimeVariable}={Environment.GetEnvironmentVariable(AzuriteHostOptions.RuntimeVariable)}), but no Docker engine answers `docker info` (DOCKER_HOST={Environment.GetEnvironmentVariable("DOCKER_HOST") ?? "default"}).");
        }

        var container = new ContainerBuilder(ContainerImage)
            .WithCommand("azurite", "--skipApiVersionCheck", "--inMemoryPersistence",
                "--blobHost", "0.0.0.0", "--queueHost", "0.0.0.0", "--tableHost", "0.0.0.0")
            .WithPortBinding(DefaultBlobPort, true)
            .WithPortBinding(DefaultQueuePort, true)
            .WithPortBinding(DefaultTablePort, true)
            // Published on loopback only: nothing but this machine talks to a test emulator.
            .WithCreateParameterModifier(parameters =>
            {
                foreach (var binding in parameters.HostConfig?.PortBindings?.Values.SelectMany(b => b) ?? [])
                {
                    binding.HostIP = "127.0.0.1";
                }
            })
            // Azurite's own log lines, not a probe run inside the container: the image built on CI
            // holds node and Azurite only (no shell).
            .WithWaitStrategy(Wait.ForUnixContainer()
                .UntilMessageIsLogged("Blob service is successfully listening")
                .UntilMessageIsLogged("Queue service is successfully listening")
                .UntilMessageIsLogged("Table service is successfully listening"))
            .Build();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            // The first start on a developer's machine pulls the image as well.
            timeout.CancelAfter(options.StartTimeout + TimeSpan.FromMinutes(5));
            await container.StartAsync(timeout.Token).ConfigureAwait(false);
        }
        catch
        {
            // Disposing removes the container: with the reaper (Ryuk) off, nothing else would.
            await container.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var (blob, queue, table) = (container.GetMappedPublicPort(DefaultBlobPort), container.GetMappedPublicPort(DefaultQueuePort), container.GetMappedPublicPort(DefaultTablePort));
        return new AzuriteHost(options, null, blob, queue, table,
            $"Azurite container {ContainerImage} ({container.Id[..12]}, Testcontainers) on 127.0.0.1:{blob}/{queue}/{table}")
        {
            _container = container,
        };
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
            if (_output.Count > 50)
            {
                _output.RemoveAt(0);
            }
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.Count == 0 ? "(none)" : string.Join(Environment.NewLine, _output);
        }
    }

    /// <summary><c>node_modules/.bin/azurite</c> in the working folder, the app folder or a parent of either; then PATH.</summary>
    public static string? FindExecutable()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("AZURITE_PATH");
        if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        var name = OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite";
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "node_modules", ".bin", name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(p => Path.Combine(p, name))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>True when something accepts connections on all three ports of 127.0.0.1.</summary>
    public static async Task<bool> AnswersAsync(int blobPort, int queuePort, int tablePort, CancellationToken cancellationToken = default)
    {
        foreach (var port in new[] { blobPort, queuePort, tablePort })
        {
            using var client = new TcpClient();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(1));
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is SocketException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when `docker info` (which honours DOCKER_HOST, as Testcontainers does) reaches an engine.</summary>
    public static async Task<bool> DockerAnswersAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var docker = Process.Start(new ProcessStartInfo("docker", "info")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (docker is null)
            {
                return false;
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            var drainOut = docker.StandardOutput.ReadToEndAsync(timeout.Token);
            var drainErr = docker.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await docker.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
                await Task.WhenAll(drainOut, drainErr).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                docker.Kill(entireProcessTree: true);
                return false;
            }

            return docker.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No docker executable.
            return false;
        }
    }

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);

    private const int SigInt = 2;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SendSignal(int pid, int signal);
}
