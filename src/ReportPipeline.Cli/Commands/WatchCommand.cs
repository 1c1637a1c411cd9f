using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReportPipeline.Core.Identification;
using ReportPipeline.Hosting.Watch;

namespace ReportPipeline.Cli.Commands;

/// <summary>
/// <c>reportpipeline watch</c>: the Functions app on one machine (ingest new blobs within seconds,
/// compare on the schedule and after bursts, notify), as a generic host running
/// <see cref="WatchService"/>. Ctrl-C stops it cleanly.
/// </summary>
internal static class WatchCommand
{
    public const int InvalidSettingsExit = 2;

    public static Command Create()
    {
        var storage = StorageSession.StorageOption();
        var countries = CliOptions.Countries();
        var poll = new Option<TimeSpan?>("--poll-interval")
        {
            Description = "How often the reports container is scanned: 5s, 500ms, 1m or 00:00:05 (default 5s; ReportPipeline__Watch__PollInterval).",
            CustomParser = ParseDuration,
        };
        var settle = new Option<TimeSpan?>("--settle")
        {
            Description = "Compare a burst of ingests once no new blob has appeared for this long and its ingests are done (default 5s; ReportPipeline__Watch__SettleDelay).",
            CustomParser = ParseDuration,
        };
        var schedule = new Option<string?>("--compare-schedule")
        {
            Description = "NCRONTAB with seconds, UTC, e.g. '0 */10 * * * *' (default: the CompareSchedule setting, else '0 0 6 * * *').",
        };
        var once = new Option<bool>("--once") { Description = "Ingest what is pending, compare, notify, then exit (1 when a country or a message failed)." };
        var command = new Command("watch", "Ingest new reports as they arrive, compare on the schedule and after each burst, notify subscribers; Ctrl-C stops.")
        {
            storage, countries, poll, settle, schedule, once,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(storage),
            parse.GetValue(countries),
            o =>
            {
                o.PollInterval = parse.GetValue(poll) ?? o.PollInterval;
                o.SettleDelay = parse.GetValue(settle) ?? o.SettleDelay;
                o.CompareSchedule = parse.GetValue(schedule) ?? o.CompareSchedule;
                o.Once |= parse.GetValue(once);
            },
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? storage, FileInfo[]? countryFiles, Action<WatchOptions> configure, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning).AddFilter("Azure", LogLevel.Warning).AddFilter("System", LogLevel.Warning);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        if (!string.IsNullOrWhiteSpace(storage))
        {
            builder.Configuration.AddInMemoryCollection([new("ReportPipeline:Storage", storage)]);
        }

        try
        {
            builder.Services.AddSingleton<CountryCatalog>(CliOptions.LoadCountries(countryFiles));
            builder.Services.AddReportPipelineWatch(builder.Configuration, builder.Configuration.ReadWatchOptions(configure));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or IOException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return InvalidSettingsExit;
        }

        PublicAddressNotice.WriteForMessages(builder.Configuration);
        var azurite = await StorageSession.UseLocalAzuriteWhenUnconfiguredAsync(builder.Configuration, cancellationToken).ConfigureAwait(false);
        try
        {
            using var host = builder.Build();
            var watch = host.Services.GetRequiredService<WatchService>();
            // RunAsync disposes the host; the service's last state stays readable.
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
            // An unexpected exception stops the host quietly (logged by it); the exit code must say so.
            if (watch.ExecuteTask is { IsFaulted: true } crashed)
            {
                await Console.Error.WriteLineAsync($"error: watch stopped on an unexpected error: {crashed.Exception?.GetBaseException().Message}").ConfigureAwait(false);
                return 1;
            }

            return watch.Options.Once && watch.LastRoundFailed ? 1 : 0;
        }
        finally
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>5, 5s, 500ms, 2m, 1h, or a TimeSpan (00:00:05).</summary>
    private static TimeSpan? ParseDuration(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value.Trim();
        (string Suffix, double Unit)[] units = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("", 1)];
        foreach (var (suffix, unit) in units)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(text[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0)
            {
                return TimeSpan.FromSeconds(value * unit);
            }
        }

        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) && span >= TimeSpan.Zero)
        {
            return span;
        }

        result.AddError($"'{text}' is not a duration (5s, 500ms, 2m, 00:00:05).");
        return null;
    }
}
