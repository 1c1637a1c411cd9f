using System.Diagnostics;
using System.Text;
using ReportPipeline.Testing;

namespace ReportPipeline.IntegrationTests.Cli;

/// <summary>The built <c>reportpipeline</c> tool run as a separate process, as a user runs it.</summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly List<string> _lines = [];

    private CliProcess(Process process) => _process = process;

    public static string ToolPath
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            var path = Path.Combine(SharedData.RepositoryRoot, "src", "ReportPipeline.Cli", "bin", configuration, "net10.0", "reportpipeline.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build src/ReportPipeline.Cli first.", path);
        }
    }

    /// <param name="toolPath">Another copy of reportpipeline.dll than the build output (default <see cref="ToolPath"/>).</param>
    /// <param name="interruptible">
    /// Start it with SIGINT at its default, so that <see cref="Interrupt"/> works like Ctrl-C even when the
    /// test run itself was started in the background (a shell makes background jobs ignore SIGINT, and
    /// children inherit that). Needs GNU env's <c>--default-signal</c> (coreutils 8.31+).
    /// </param>
    public static CliProcess Start(IEnumerable<string> arguments, IDictionary<string, string> environment, string? workingDirectory = null, string? toolPath = null, bool interruptible = false)
    {
        var start = new ProcessStartInfo(interruptible ? "env" : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        if (interruptible)
        {
            start.ArgumentList.Add("--default-signal=INT");
            start.ArgumentList.Add("dotnet");
        }

        start.ArgumentList.Add(toolPath ?? ToolPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        var cli = new CliProcess(process);
        process.OutputDataReceived += (_, e) => cli.Received(e.Data, cli._stdout, isStdout: true);
        process.ErrorDataReceived += (_, e) => cli.Received(e.Data, cli._stderr, isStdout: false);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cli;
    }

    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(IEnumerable<string> arguments, IDictionary<string, string> environment, string? workingDirectory = null, string? toolPath = null)
    {
        using var cli = Start(arguments, environment, workingDirectory, toolPath);
        var exit = await cli.WaitAsync(TimeSpan.FromMinutes(3));
        return (exit, cli.Stdout, cli.Stderr);
    }

    public string Stdout { get { lock (_stdout) return _stdout.ToString(); } }

    public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

    public int Id => _process.Id;

    /// <summary>Waits until stdout has at least <paramref name="count"/> lines.</summary>
    public async Task WaitForLinesAsync(int count, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            lock (_lines)
            {
                if (_lines.Count >= count)
                {
                    return;
                }
            }

            if (_process.HasExited || clock.Elapsed > timeout)
            {
                throw new TimeoutException($"The tool printed fewer than {count} lines. stdout: {Stdout} stderr: {Stderr}");
            }

            await Task.Delay(50);
        }
    }

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>Sends SIGINT, what Ctrl-C in a terminal sends (see <c>interruptible</c> on <see cref="Start"/>).</summary>
    public void Interrupt()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false })!;
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -INT {_process.Id} exited with {kill.ExitCode}.");
        }
    }

    /// <summary>Waits until stdout has a line containing <paramref name="text"/> at least <paramref name="times"/> times.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout, int times = 1)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            lock (_lines)
            {
                if (_lines.Count(l => l.Contains(text, StringComparison.Ordinal)) >= times)
                {
                    return;
                }
            }

            if (_process.HasExited || clock.Elapsed > timeout)
            {
                throw new TimeoutException($"The tool did not print '{text}' {times} time(s). stdout: {Stdout} stderr: {Stderr}");
            }

            await Task.Delay(100);
        }
    }

    private void Received(string? line, StringBuilder into, bool isStdout)
    {
        if (line is null)
        {
            return;
        }

        lock (into)
        {
            into.AppendLine(line);
        }

        if (isStdout)
        {
            lock (_lines)
            {
                _lines.Add(line);
            }
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
