using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Xunit;

namespace ReportPipeline.Testing;

/// <summary>One email as maildev's <c>GET /api/email</c> returns it.</summary>
public sealed record MaildevEmail(string Id, string Subject, IReadOnlyList<string> To, string Text, string Html);

/// <summary>
/// A real maildev (pinned in package.json, installed by scripts/tools.sh) on free loopback ports,
/// with its own mail directory. Use as an xunit class or collection fixture; it stops the process
/// it started, and only that one, when disposed.
/// </summary>
public sealed class MaildevServer : IAsyncLifetime, IDisposable
{
    private readonly List<string> _output = [];

    private Process? _process;
    private string? _mailDirectory;

    /// <summary>More maildev options, e.g. <c>--max-message-size 600</c> to make it refuse big messages. (xunit fixtures need one parameterless constructor.)</summary>
    public IReadOnlyList<string> ExtraArguments { get; init; } = [];

    public string Host => "127.0.0.1";

    public int SmtpPort { get; private set; }

    public int WebPort { get; private set; }

    public Uri ApiBase => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{WebPort}/api/"));

    private HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(10) };

    public static string Executable => Path.Combine(SharedData.RepositoryRoot, "node_modules", ".bin", "maildev");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"maildev is not installed at {Executable}: run scripts/tools.sh (scripts/test.sh does it for you).");
        }

        Exception? last = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                await StartAsync().ConfigureAwait(false);
                return;
            }
            catch (InvalidOperationException ex)
            {
                // Most likely another process took one of the free ports between our probe and maildev's bind.
                last = ex;
                Stop();
            }
        }

        throw new InvalidOperationException("maildev did not start after 3 attempts.", last);
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        Stop();
        Http.Dispose();
    }

    public async Task<IReadOnlyList<MaildevEmail>> GetEmailsAsync(CancellationToken cancellationToken = default)
    {
        using var response = await Http.GetAsync(new Uri(ApiBase, "email"), cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        return json.RootElement.EnumerateArray().Select(e => new MaildevEmail(
            e.GetProperty("id").GetString()!,
            e.TryGetProperty("subject", out var s) ? s.GetString() ?? string.Empty : string.Empty,
            e.TryGetProperty("to", out var to) ? to.EnumerateArray().Select(a => a.GetProperty("address").GetString()!).ToList() : [],
            e.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty,
            e.TryGetProperty("html", out var h) ? h.GetString() ?? string.Empty : string.Empty)).ToList();
    }

    /// <summary>The message exactly as received (headers included; the JSON API drops structured headers such as List-Unsubscribe).</summary>
    public async Task<string> GetSourceAsync(string id, CancellationToken cancellationToken = default)
    {
        using var response = await Http.GetAsync(new Uri(ApiBase, $"email/{Uri.EscapeDataString(id)}/source"), cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task ClearAsync(CancellationToken cancellationToken = default)
    {
        using var response = await Http.DeleteAsync(new Uri(ApiBase, "email/all"), cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Polls until at least <paramref name="count"/> emails arrived (SMTP acceptance and the API are not one step), or the timeout passes.</summary>
    public async Task<IReadOnlyList<MaildevEmail>> WaitForEmailsAsync(int count, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var emails = await GetEmailsAsync(cancellationToken).ConfigureAwait(false);
            if (emails.Count >= count || DateTime.UtcNow > deadline) return emails;
            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task StartAsync()
    {
        SmtpPort = FreePort();
        WebPort = FreePort();
        while (WebPort == SmtpPort) WebPort = FreePort();
        _mailDirectory = Directory.CreateTempSubdirectory("maildev-").FullName;
        var info = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--ip", Host, "--smtp", SmtpPort.ToString(CultureInfo.InvariantCulture),
            "--web-ip", Host, "--web", WebPort.ToString(CultureInfo.InvariantCulture),
            "--mail-directory", _mailDirectory,
        }.Concat(ExtraArguments))
        {
            info.ArgumentList.Add(argument);
        }

        _process = Process.Start(info) ?? throw new InvalidOperationException("maildev did not start.");
        _process.OutputDataReceived += (_, e) => Remember(e.Data);
        _process.ErrorDataReceived += (_, e) => Remember(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"maildev exited with code {_process.ExitCode}: {string.Join(Environment.NewLine, Snapshot())}");
            }

            try
            {
                using var response = await Http.GetAsync(new Uri(ApiBase, "healthz")).ConfigureAwait(false);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200).ConfigureAwait(false);
        }

        throw new InvalidOperationException($"maildev did not answer /api/healthz within 30 s: {string.Join(Environment.NewLine, Snapshot())}");
    }

    private void Remember(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.Add(line);
            if (_output.Count > 50) _output.RemoveAt(0);
        }
    }

    private List<string> Snapshot()
    {
        lock (_output) return [.. _output];
    }

    private void Stop()
    {
        if (_process is { } process)
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit(5000);
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            process.Dispose();
            _process = null;
        }

        if (_mailDirectory is not null && Directory.Exists(_mailDirectory))
        {
            try
            {
                Directory.Delete(_mailDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by the dying process; the temp folder is cleaned by the OS.
            }

            _mailDirectory = null;
        }
    }
}
