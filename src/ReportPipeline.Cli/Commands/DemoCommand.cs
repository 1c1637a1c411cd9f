using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Identification;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Hosting.Handlers;
using ReportPipeline.Transports;
using ReportPipeline.Storage;
using ReportPipeline.Storage.Subscriptions;
using Spectre.Console;

namespace ReportPipeline.Cli.Commands;

/// <summary>
/// <c>reportpipeline demo</c>: the whole pipeline on the invented sample reports bundled with the
/// tool — upload, ingest, compare, notify a demo subscriber — then the alerts as a table and where
/// the email went. Every step is the one the hosts run, so a second run adds and sends nothing.
/// </summary>
internal static class DemoCommand
{
    public const string DefaultEmail = "demo@example.org";

    /// <summary>Where the samples go in the reports container, apart from anything a user uploaded.</summary>
    public const string BlobPrefix = "demo/";

    /// <summary>The sample folders uploaded: USDOL-style chapters, ILO baseline, web page; the publisher's XML export.</summary>
    private static readonly string[] SampleFolders = ["reports", "export"];

    public static Command Create()
    {
        var storage = StorageSession.StorageOption();
        var samples = new Option<DirectoryInfo?>("--samples") { Description = "Sample folder (reports/, export/, countries.tsv); default: the invented samples bundled with the tool." };
        var email = new Option<string>("--email") { Description = $"The demo subscriber's address (default {DefaultEmail}).", DefaultValueFactory = _ => DefaultEmail };
        var mailWeb = new Option<string?>("--mail-web") { Description = "maildev's web UI, named in the output when it answers (default: port 1080 on the SMTP host)." };
        var countries = CliOptions.Countries();
        var command = new Command("demo", "Run the whole pipeline on the bundled invented sample reports: upload, ingest, compare, notify a demo subscriber; print the alerts and where the email is.")
        {
            storage, samples, email, mailWeb, countries,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(storage),
            parse.GetValue(samples)?.FullName ?? Path.Combine(AppContext.BaseDirectory, "samples"),
            parse.GetValue(email)!,
            parse.GetValue(mailWeb),
            parse.GetValue(countries),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? storage, string samples, string email, string? mailWeb, FileInfo[]? countryFiles, CancellationToken cancellationToken)
    {
        var files = SampleFolders
            .Select(folder => Path.Combine(samples, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            await Console.Error.WriteLineAsync($"error: no sample reports in {samples} (expected reports/ or export/ there).").ConfigureAwait(false);
            return 1;
        }

        if (SubscriptionValidator.NormaliseEmail(email, out var invalid) is null)
        {
            await Console.Error.WriteLineAsync($"error: --email: {invalid}").ConfigureAwait(false);
            return 2;
        }

        var countryList = Path.Combine(samples, "countries.tsv");
        FileInfo[] countryListFiles = [.. File.Exists(countryList) ? [new FileInfo(countryList)] : Array.Empty<FileInfo>(), .. countryFiles ?? []];
        var sampleCountries = File.Exists(countryList)
            ? CountryCatalog.ParseTsv(await File.ReadAllTextAsync(countryList, cancellationToken).ConfigureAwait(false)).Select(c => c.Iso2).ToList()
            : [];

        Say($"ReportPipeline demo: {files.Count} invented sample reports from {samples}");
        await using var session = await StorageSession.OpenAsync(storage, CliOptions.LoadCountries(countryListFiles), cancellationToken).ConfigureAwait(false);
        Say($"Storage: {session.LocalAzurite?.Description ?? session.Endpoint}");

        ComparisonRound round;
        DemoSubscriber subscriber;
        IReadOnlyList<Alert> alerts;
        IReadOnlyList<Delivery> deliveries;
        try
        {
            var outcomes = await IngestAsync(session, samples, files, cancellationToken).ConfigureAwait(false);
            subscriber = await EnsureSubscriberAsync(session, email, cancellationToken).ConfigureAwait(false);
            Say(subscriber.Created
                ? $"Subscriber: {subscriber.Subscription.Address}, {subscriber.Subscription.Filters.Describe()}; confirmed directly because this is a demo (real subscribers confirm the link they are mailed)."
                : $"Subscriber: {subscriber.Subscription.Address}, {subscriber.Subscription.Filters.Describe()}; confirmed by an earlier demo run.");

            round = await session.Get<LocalPipeline>().CompareAndNotifyAsync(cancellationToken).ConfigureAwait(false);
            WriteComparison(round);

            var codes = sampleCountries.Count > 0 ? sampleCountries : [.. outcomes.SelectMany(o => o.Documents).Select(d => d.Iso2).OfType<string>().Distinct(StringComparer.Ordinal)];
            var store = session.Get<IAlertStore>();
            var found = new List<Alert>();
            foreach (var iso2 in codes)
            {
                found.AddRange(await store.QueryAsync(new AlertQuery(Iso2: iso2), cancellationToken).ConfigureAwait(false));
            }

            alerts = found;
            deliveries = [.. (await session.Get<IDeliveryStore>().ListAsync(cancellationToken).ConfigureAwait(false))
                .Where(d => d.SubscriptionId == subscriber.Subscription.Id)];
        }
        catch (Exception ex) when (StorageFailures.IsStorageFailure(ex))
        {
            return await session.ReportStorageFailureAsync(ex).ConfigureAwait(false);
        }

        var newIds = round.Compared.Countries.SelectMany(c => c.Added).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        WriteAlerts(Screen(), alerts, newIds);
        var smtp = session.Get<IOptions<SmtpOptions>>().Value;
        var failed = WriteNotification(round.Notified, subscriber.Subscription, deliveries, smtp);
        await WriteMailboxAsync(smtp, mailWeb, cancellationToken).ConfigureAwait(false);
        WriteNextSteps(session, storage, sampleCountries.FirstOrDefault() ?? alerts.FirstOrDefault()?.Iso2 ?? "XR");
        return failed || round.Compared.Failed > 0 ? 1 : 0;
    }

    private static async Task<IReadOnlyList<IngestOutcome>> IngestAsync(StorageSession session, string samples, List<string> files, CancellationToken cancellationToken)
    {
        var source = session.Get<IReportBlobSource>();
        Say($"Uploading to {source.Location}/{BlobPrefix} (a blob that already holds the same bytes is left as it is)…");
        var blobs = new List<ReportBlob>();
        foreach (var file in files)
        {
            var name = BlobPrefix + Path.GetRelativePath(samples, file).Replace('\\', '/');
            blobs.Add(await UploadAsync(source, file, name, cancellationToken).ConfigureAwait(false));
        }

        Say("Ingesting:");
        var done = 0;
        var gate = new Lock();
        var outcomes = await session.Get<IngestionBatch>().RunAsync(blobs, outcome =>
        {
            lock (gate)
            {
                done++;
                Say(string.Create(CultureInfo.InvariantCulture, $"  [{done}/{blobs.Count}] {IngestView.Name(outcome.Kind),-12} {outcome.BlobName}: {Describe(outcome)}"));
            }
        }, cancellationToken).ConfigureAwait(false);
        var counts = Enum.GetValues<IngestOutcomeKind>()
            .Select(kind => (kind, count: outcomes.Count(o => o.Kind == kind)))
            .Where(c => c.count > 0)
            .Select(c => $"{c.count} {IngestView.Name(c.kind)}");
        Say($"  {string.Join(", ", counts)}.");
        return outcomes;
    }

    private static string Describe(IngestOutcome outcome)
    {
        if (outcome.Kind == IngestOutcomeKind.Duplicate)
        {
            return $"already ingested{(outcome.DuplicateOf is { } first && first.BlobName != outcome.BlobName ? $" as {first.BlobName}" : string.Empty)}, nothing added";
        }

        var documents = outcome.Documents
            .Where(d => d.Iso2 is not null)
            .Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Country} ({d.Iso2}) {d.Year?.ToString(CultureInfo.InvariantCulture) ?? "?"} {d.Source}"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var what = string.Create(CultureInfo.InvariantCulture, $"{string.Join("; ", documents.DefaultIfEmpty("no document"))}, {outcome.FactCount} facts, {outcome.StatementCount} statements");
        return outcome.Reason is { } reason ? $"{what} ({reason})" : what;
    }

    private static async Task<ReportBlob> UploadAsync(IReportBlobSource source, string path, string name, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        using var content = new MemoryStream(bytes, writable: false);
        return await source.UploadAsync(name, content, Convert.ToHexStringLower(SHA256.HashData(bytes)), cancellationToken).ConfigureAwait(false);
    }

    private sealed record DemoSubscriber(Subscription Subscription, bool Created);

    /// <summary>
    /// A confirmed subscriber for every country and family. It is written confirmed, without the
    /// double opt-in, because the address is the demo's own; it exists before the comparison so the
    /// alerts raised now are the ones it gets.
    /// </summary>
    private static async Task<DemoSubscriber> EnsureSubscriberAsync(StorageSession session, string email, CancellationToken cancellationToken)
    {
        // The address was checked before anything started; all countries and families are valid filters.
        var (channel, address, filters) = new SubscriptionValidator(session.Get<CountryCatalog>()).Validate(new SubscriptionRequest { Email = email }).Value!;
        var store = session.Get<ISubscriptionStore>();
        var existing = await store.GetAsync(SubscriptionIds.For(channel, address), cancellationToken).ConfigureAwait(false);
        if (existing is { State: SubscriptionState.Confirmed })
        {
            return new DemoSubscriber(existing, Created: false);
        }

        var now = session.Get<TimeProvider>().GetUtcNow();
        var confirmed = (existing ?? new Subscription
        {
            Id = SubscriptionIds.For(channel, address),
            Channel = channel,
            Address = address,
            Filters = filters,
            State = SubscriptionState.Pending,
            CreatedAt = now,
        }) with
        {
            Filters = filters,
            PendingFilters = null,
            State = SubscriptionState.Confirmed,
            ConfirmedAt = now,
            AlertsFrom = now,
            UnsubscribedAt = null,
        };
        return new DemoSubscriber(await store.SaveAsync(confirmed, cancellationToken).ConfigureAwait(false), Created: true);
    }

    private static void WriteComparison(ComparisonRound round)
    {
        if (round.Compared.Countries.Count == 0)
        {
            Say("Comparing: no country has new documents since it was last compared; the alerts below were stored by an earlier run.");
            return;
        }

        foreach (var country in round.Compared.Countries)
        {
            Say(country.Error is { } error
                ? $"Comparing {country.Iso2}: failed ({error}); it stays marked for the next run."
                : string.Create(CultureInfo.InvariantCulture, $"Comparing {country.Iso2}: {country.Years} reporting years, {country.Raised} alerts raised, {country.Added.Count} new, {country.AlreadyStored} already stored."));
        }
    }

    private static void WriteAlerts(IAnsiConsole console, IReadOnlyList<Alert> alerts, HashSet<string> newIds)
    {
        if (alerts.Count == 0)
        {
            Say("No alerts.");
            return;
        }

        var table = new Table()
            .AddColumn("country").AddColumn("facet").AddColumn("old → new").AddColumn("severity").AddColumn("direction").AddColumn("years").AddColumn("this run");
        foreach (var alert in alerts.OrderBy(a => a.ToYear).ThenBy(a => a.FromYear).ThenByDescending(a => a.Severity).ThenBy(a => a.Facet, StringComparer.Ordinal))
        {
            table.AddRow(
                Markup.Escape(alert.Iso2),
                Markup.Escape(alert.Facet),
                Markup.Escape($"{alert.OldValue ?? "—"} → {alert.NewValue ?? "—"}"),
                alert.Severity switch
                {
                    AlertSeverity.High => "[red]high[/]",
                    AlertSeverity.Medium => "[yellow]medium[/]",
                    _ => alert.Severity.ToString().ToLowerInvariant(),
                },
                alert.Direction.ToString().ToLowerInvariant(),
                string.Create(CultureInfo.InvariantCulture, $"{alert.FromYear} → {alert.ToYear}"),
                newIds.Contains(alert.Id) ? "new" : "stored earlier");
        }

        console.Write(table);
        Say(string.Create(CultureInfo.InvariantCulture, $"{alerts.Count} alerts ({newIds.Count} new in this run); each carries the verbatim evidence of both years."));
    }

    /// <returns>True when the message to the demo subscriber failed.</returns>
    private static bool WriteNotification(NotifyReport report, Subscription subscriber, IReadOnlyList<Delivery> deliveries, SmtpOptions smtp)
    {
        var outcome = report.Subscribers.FirstOrDefault(s => s.SubscriptionId == subscriber.Id);
        var sent = deliveries.Where(d => d.State == DeliveryState.Sent).ToList();
        switch (outcome?.Status)
        {
            case SubscriberStatus.Sent:
                Say(string.Create(CultureInfo.InvariantCulture, $"Email: 1 message with {outcome.AlertIds.Count} alerts sent to {subscriber.Address}{(outcome.Location is { } file ? $" → {file}" : smtp.UsesPickupDirectory ? string.Empty : $" through SMTP {smtp.Host}:{smtp.Port}")}."));
                return false;
            case SubscriberStatus.Failed or SubscriberStatus.Error:
                Say($"Email to {subscriber.Address} failed: {outcome.Error} (a later run retries it).");
                return true;
            default:
                var messages = sent.Select(d => d.MessageKey).Distinct(StringComparer.Ordinal).Count();
                Say(sent.Count > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"Email: nothing new to send; {subscriber.Address} already received these alerts ({sent.Count} alerts in {messages} message(s), sent {sent.Max(d => d.UpdatedAt):u}).")
                    : $"Email: nothing new to send to {subscriber.Address} (the alerts were raised before it subscribed).");
                return false;
        }
    }

    private static async Task WriteMailboxAsync(SmtpOptions smtp, string? mailWeb, CancellationToken cancellationToken)
    {
        if (smtp.UsesPickupDirectory)
        {
            Say($"The emails are .eml files in {smtp.PickupDirectoryFullPath} (no SMTP host configured; set ReportPipeline__Smtp__Host to send through SMTP, e.g. to maildev).");
            return;
        }

        Say(string.Create(CultureInfo.InvariantCulture, $"The emails went through SMTP {smtp.Host}:{smtp.Port} (ReportPipeline:Smtp)."));
        var web = mailWeb ?? string.Create(CultureInfo.InvariantCulture, $"http://{smtp.Host}:1080");
        if (await AnswersAsync(web, cancellationToken).ConfigureAwait(false))
        {
            Say($"maildev is running: read them at {web}");
        }
    }

    /// <summary>Whether maildev's web UI answers its health check (a quick probe; nothing depends on it).</summary>
    private static async Task<bool> AnswersAsync(string web, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(web.TrimEnd('/') + "/api/healthz", UriKind.Absolute, out var health))
        {
            return false;
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            using var response = await http.GetAsync(health, cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static void WriteNextSteps(StorageSession session, string? storage, string iso2)
    {
        Say("Look further (reportpipeline = dotnet run --project src/ReportPipeline.Cli -- in the repository):");
        if (session.LocalAzurite is { Owned: true })
        {
            var location = session.Configuration["ReportPipeline:LocalStorage"] ?? StorageSession.DefaultLocalStorage;
            Say($"  the demo stopped the Azurite it started; its data stays in {location}, and every command below");
            Say("  started without --storage starts it again over that data.");
        }
        else if (!string.IsNullOrWhiteSpace(storage))
        {
            Say("  (give the commands below the same --storage)");
        }

        // The samples' country is invented: the other commands know it only with its list.
        Say($"  export ReportPipeline__Countries=samples/countries.tsv   # the invented country, for the commands below");
        Say($"  reportpipeline alerts --country {iso2}          # the alerts, with ids for `alerts review`");
        Say($"  reportpipeline timeline {iso2}                  # every facet across the years, changes marked");
        Say("  reportpipeline serve --countries samples/countries.tsv   # dashboard, API, feeds on http://127.0.0.1:5080");
        Say($"  then open http://127.0.0.1:5080/#/country/{iso2}");
    }

    // Plain lines are never wrapped (paths and commands stay copyable); only the table is laid out by Spectre.
    private static void Say(string line) => Console.Out.WriteLine(line);

    // Piped output is read by tools and people with wide terminals: tables wrapped at 80 columns help neither.
    private static IAnsiConsole Screen()
    {
        var console = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = Math.Max(console.Profile.Width, 200);
        }

        return console;
    }
}
