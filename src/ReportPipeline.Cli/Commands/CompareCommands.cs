using System.CommandLine;
using System.Globalization;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Json;
using ReportPipeline.Core.Model;
using Spectre.Console;

namespace ReportPipeline.Cli.Commands;

/// <summary>
/// <c>compare</c>, <c>status</c>, <c>timeline</c> and <c>alerts</c>: year-over-year comparison of
/// stored documents and the alerts it raised, read from and written to the configured storage.
/// </summary>
internal static class CompareCommands
{
    public static IEnumerable<Command> Create() => [Compare(), Status(), Timeline(), Alerts()];

    private static Command Compare()
    {
        var all = new Option<bool>("--all") { Description = "Compare every stored country, dirty or not." };
        var countries = new Option<string[]>("--country") { Description = "Compare these countries (ISO2 or name), dirty or not; repeatable.", AllowMultipleArgumentsPerToken = true };
        var json = Json();
        var storage = StorageSession.StorageOption();
        var lists = CliOptions.Countries();
        var command = new Command("compare", "Compare each dirty country's reporting years and store the alerts not stored yet; clears the dirty marks.") { all, countries, json, storage, lists };
        command.SetAction(async (parse, ct) =>
        {
            var catalog = CliOptions.LoadCountries(parse.GetValue(lists));
            if (CountryArguments.Resolve(catalog, parse.GetValue(countries) ?? []) is not { } selected)
            {
                return CountryArguments.UnknownCountryExit;
            }

            await using var host = await ComparisonHost.CreateAsync(parse.GetValue(storage), catalog, ct).ConfigureAwait(false);
            var report = parse.GetValue(all) ? await host.Compare.CompareAllAsync(ct).ConfigureAwait(false)
                : selected.Count > 0 ? await host.Compare.CompareAsync(selected, ct).ConfigureAwait(false)
                : await host.Compare.CompareDirtyAsync(ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(ComparisonJson.Serialize(new
                {
                    countries = report.Countries.Select(c => new { c.Iso2, c.Years, c.Raised, added = c.Added.Count, c.AlreadyStored, c.Dismissed, c.DirtyCleared, c.Error }),
                    raised = report.Raised,
                    added = report.Countries.SelectMany(c => c.Added),
                    failed = report.Failed,
                }));
            }
            else
            {
                WriteReport(Screen(), report);
            }

            return report.Failed > 0 ? 1 : 0;
        });
        return command;
    }

    private static Command Status()
    {
        var country = CountryArgument();
        var year = new Option<int?>("--year") { Description = "Only this reporting year." };
        var json = Json();
        var storage = StorageSession.StorageOption();
        var lists = CliOptions.Countries();
        var command = new Command("status", "A country's status per reporting year: every facet's value, its sources and conflicts.") { country, year, json, storage, lists };
        command.SetAction(async (parse, ct) =>
        {
            var catalog = CliOptions.LoadCountries(parse.GetValue(lists));
            if (CountryArguments.Resolve(catalog, parse.GetValue(country)!) is not { } iso2)
            {
                return CountryArguments.UnknownCountryExit;
            }

            await using var host = await ComparisonHost.CreateAsync(parse.GetValue(storage), catalog, ct).ConfigureAwait(false);
            var statuses = (await host.Compare.StatusAsync(iso2, ct).ConfigureAwait(false))
                .Where(s => parse.GetValue(year) is not { } y || s.Year == y)
                .ToList();
            if (statuses.Count == 0)
            {
                await Console.Error.WriteLineAsync($"Nothing stored for {Name(catalog, iso2)}{(parse.GetValue(year) is { } y ? $" in {y}" : string.Empty)}.").ConfigureAwait(false);
                return 1;
            }

            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(ComparisonJson.Serialize(statuses.Select(StatusView.ToJson)));
            }
            else
            {
                StatusView.Write(Screen(), statuses);
            }

            return 0;
        });
        return command;
    }

    private static Command Timeline()
    {
        var country = CountryArgument();
        var json = Json();
        var storage = StorageSession.StorageOption();
        var lists = CliOptions.Countries();
        var command = new Command("timeline", "A country's facet values across reporting years; cells where an alert was raised are marked.") { country, json, storage, lists };
        command.SetAction(async (parse, ct) =>
        {
            var catalog = CliOptions.LoadCountries(parse.GetValue(lists));
            if (CountryArguments.Resolve(catalog, parse.GetValue(country)!) is not { } iso2)
            {
                return CountryArguments.UnknownCountryExit;
            }

            await using var host = await ComparisonHost.CreateAsync(parse.GetValue(storage), catalog, ct).ConfigureAwait(false);
            var statuses = await host.Compare.StatusAsync(iso2, ct).ConfigureAwait(false);
            if (statuses.Count == 0)
            {
                await Console.Error.WriteLineAsync($"Nothing stored for {Name(catalog, iso2)}.").ConfigureAwait(false);
                return 1;
            }

            var alerts = await host.Alerts.QueryAsync(new AlertQuery(Iso2: iso2), ct).ConfigureAwait(false);
            var timeline = CountryTimeline.Build(iso2, statuses, alerts);
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(ComparisonJson.Serialize(timeline));
            }
            else
            {
                StatusView.WriteTimeline(Screen(), timeline);
            }

            return 0;
        });
        return command;
    }

    private static Command Alerts()
    {
        var country = new Option<string?>("--country") { Description = "Only this country (ISO2 or name)." };
        var since = new Option<DateTimeOffset?>("--since") { Description = "Only alerts created at or after this time (e.g. 2026-03-01)." };
        var severity = new Option<AlertSeverity?>("--severity") { Description = "Only alerts at least this severe: Info, Low, Medium, High." };
        var family = new Option<string?>("--family") { Description = $"Only this facet family: {string.Join(", ", FacetFamilies.All)}." };
        var hideDismissed = new Option<bool>("--hide-dismissed") { Description = "Leave out alerts an analyst dismissed (shown, marked, by default)." };
        var json = new Option<bool>("--json") { Description = "One JSON object per alert, per line." };
        var storage = StorageSession.StorageOption();
        var lists = CliOptions.Countries();
        var command = new Command("alerts", "List stored alerts, newest reporting year first.") { country, since, severity, family, hideDismissed, json, storage, lists, Review() };
        command.SetAction(async (parse, ct) =>
        {
            var catalog = CliOptions.LoadCountries(parse.GetValue(lists));
            string? iso2 = null;
            if (parse.GetValue(country) is { } wanted && (iso2 = CountryArguments.Resolve(catalog, wanted)) is null)
            {
                return CountryArguments.UnknownCountryExit;
            }

            await using var host = await ComparisonHost.CreateAsync(parse.GetValue(storage), catalog, ct).ConfigureAwait(false);
            var query = new AlertQuery(iso2, parse.GetValue(since), parse.GetValue(severity), parse.GetValue(family), !parse.GetValue(hideDismissed));
            var alerts = await host.Alerts.QueryAsync(query, ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                foreach (var alert in alerts)
                {
                    Console.Out.WriteLine(ComparisonJson.Serialize(alert));
                }
            }
            else
            {
                WriteAlerts(Screen(), alerts);
            }

            return 0;
        });
        return command;
    }

    private static Command Review()
    {
        var id = new Argument<string>("id") { Description = "The alert's id, e.g. UA-3f2a…" };
        var dismiss = new Option<bool>("--dismiss") { Description = "A false positive: never raised again, kept visible as dismissed." };
        var note = new Option<string>("--note") { Description = "Why (required).", Required = true };
        var by = new Option<string?>("--by") { Description = "Who reviewed it (default: the current user)." };
        var json = Json();
        var storage = StorageSession.StorageOption();
        var command = new Command("review", "Mark an alert reviewed, or dismissed with --dismiss, with a note.") { id, dismiss, note, by, json, storage };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await ComparisonHost.CreateAsync(parse.GetValue(storage), CliOptions.LoadCountries(null), ct).ConfigureAwait(false);
            var review = new AlertReview(
                parse.GetValue(dismiss) ? AlertReviewState.Dismissed : AlertReviewState.Reviewed,
                parse.GetValue(by) ?? Environment.UserName,
                parse.GetValue(note),
                host.Time.GetUtcNow());
            var alert = await host.Alerts.ReviewAsync(parse.GetValue(id)!, review, ct).ConfigureAwait(false);
            if (alert is null)
            {
                await Console.Error.WriteLineAsync($"No alert has the id {parse.GetValue(id)}.").ConfigureAwait(false);
                return 1;
            }

            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(ComparisonJson.Serialize(alert));
            }
            else
            {
                WriteAlerts(Screen(), [alert]);
            }

            return 0;
        });
        return command;
    }

    // Piped output is read by tools and people with wide terminals: tables wrapped at 80 columns help neither.
    private static IAnsiConsole Screen()
    {
        var console = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = Math.Max(console.Profile.Width, 240);
        }

        return console;
    }

    private static Option<bool> Json() => new("--json") { Description = "JSON instead of tables." };

    private static Argument<string> CountryArgument() => new("country") { Description = "ISO2 code or name, e.g. UA or Ukraine." };

    private static string Name(Core.Identification.CountryCatalog catalog, string iso2) =>
        catalog.ByIso2(iso2) is { } known ? $"{known.Name} ({iso2})" : iso2;

    private static void WriteReport(IAnsiConsole console, CompareReport report)
    {
        var table = new Table().AddColumn("country").AddColumn("years").AddColumn("alerts").AddColumn("new").AddColumn("dismissed").AddColumn("dirty mark");
        foreach (var country in report.Countries)
        {
            table.AddRow(
                Markup.Escape(country.Iso2),
                Number(country.Years),
                Number(country.Raised),
                Number(country.Added.Count),
                Number(country.Dismissed),
                country.Error is { } error ? $"[red]kept: {Markup.Escape(error)}[/]" : country.DirtyCleared ? "cleared" : "-");
        }

        console.Write(table);
        var added = report.Countries.SelectMany(c => c.Added).ToList();
        if (added.Count > 0)
        {
            WriteAlerts(console, added);
        }
        console.MarkupLine(Markup.Escape($"{report.Countries.Count} countries compared, {report.Raised} alerts raised, {report.Added} new, {report.Failed} failed."));
    }

    private static void WriteAlerts(IAnsiConsole console, IReadOnlyCollection<Alert> alerts)
    {
        if (alerts.Count == 0)
        {
            console.MarkupLine("No alerts.");
            return;
        }

        var table = new Table().AddColumn("id").AddColumn("severity").AddColumn("alert").AddColumn("review");
        foreach (var alert in alerts)
        {
            var severity = alert.Severity switch
            {
                AlertSeverity.High => "[red]High[/]",
                AlertSeverity.Medium => "[yellow]Medium[/]",
                _ => alert.Severity.ToString(),
            };
            var review = alert.Review is { } r ? Markup.Escape($"{r.State.ToString().ToLowerInvariant()} by {r.By}: {r.Note}") : string.Empty;
            var title = alert.Review?.State == AlertReviewState.Dismissed ? $"[strikethrough]{Markup.Escape(alert.Title)}[/]" : Markup.Escape(alert.Title);
            table.AddRow(Markup.Escape(alert.Id), severity, title, review);
        }

        console.Write(table);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
