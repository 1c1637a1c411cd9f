using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportPipeline.Core.Identification;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Transports;
using ReportPipeline.Storage;
using ReportPipeline.Storage.Subscriptions;

namespace ReportPipeline.Cli.Commands;

/// <summary>
/// <c>subscribe</c>, <c>confirm</c>, <c>unsubscribe</c>, <c>subscribers</c> and <c>notify</c>: subscriptions and alert
/// delivery against a storage account (Azurite locally). Mail goes over SMTP when <c>ReportPipeline__Smtp__Host</c>
/// is set, else into the pickup folder, and every command says which.
/// </summary>
internal static class NotificationCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static IEnumerable<Command> Create() => [Subscribe(), Confirm(), Unsubscribe(), Subscribers(), Notify()];

    private static Command Subscribe()
    {
        var email = new Argument<string?>("email") { Arity = ArgumentArity.ZeroOrOne, Description = "Email address to subscribe (or use --webhook)." };
        var webhook = new Option<string?>("--webhook") { Description = "HTTPS URL (or http to loopback) that receives alerts as signed JSON instead of email." };
        var country = new Option<string[]>("--country") { Description = "ISO-2 code or country name; repeat or comma-separate; 'all' (default) for every country.", AllowMultipleArgumentsPerToken = true };
        var family = new Option<string[]>("--family") { Description = $"Facet family: {string.Join(", ", Core.Model.FacetFamilies.All)}; repeat or comma-separate; 'all' (default).", AllowMultipleArgumentsPerToken = true };
        var severity = new Option<string?>("--min-severity") { Description = "info (default), low, medium or high." };
        var direction = new Option<string?>("--direction") { Description = "any (default) or worsening." };
        var delivery = new Option<string?>("--delivery") { Description = "each-run (default) or weekly." };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var storage = StorageSession.StorageOption();
        var countries = CliOptions.Countries();
        var command = new Command("subscribe", "Subscribe an email address or webhook to alerts; a confirmation message is sent first (double opt-in).")
        {
            email, webhook, country, family, severity, direction, delivery, json, storage, countries,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = await BuildAsync(parse.GetValue(storage), parse.GetValue(countries), cancellationToken).ConfigureAwait(false);
            PublicAddressNotice.WriteForMessages(services.Configuration);
            var request = new SubscriptionRequest
            {
                Email = parse.GetValue(email),
                Webhook = parse.GetValue(webhook),
                Countries = parse.GetValue(country) ?? [],
                Families = parse.GetValue(family) ?? [],
                MinimumSeverity = parse.GetValue(severity),
                Direction = parse.GetValue(direction),
                Delivery = parse.GetValue(delivery),
            };
            var result = await services.GetRequiredService<SubscriptionService>().SubscribeAsync(request, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                WriteJson(new
                {
                    outcome = result.Outcome,
                    subscription = result.Subscription is { } s ? View(s) : null,
                    webhookSecret = result.WebhookSecret,
                    confirmationSent = result.ConfirmationSent,
                    confirmationLocation = result.Confirmation?.Location,
                    errors = result.Errors,
                });
            }
            else
            {
                WriteResult(result, MailDestination(services), services.GetRequiredService<IOptions<NotificationOptions>>().Value.ConfirmationResendInterval);
            }

            return result.Outcome == SubscriptionOutcome.Invalid ? 2 : result.Succeeded && (result.Confirmation is null || result.ConfirmationSent) ? 0 : 1;
        });
        return command;
    }

    private static Command Confirm()
    {
        var token = new Argument<string>("token") { Description = "The token from the confirmation link." };
        var storage = StorageSession.StorageOption();
        var command = new Command("confirm", "Confirm a subscription with the token from its confirmation message.") { token, storage };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = await BuildAsync(parse.GetValue(storage), null, cancellationToken).ConfigureAwait(false);
            var result = await services.GetRequiredService<SubscriptionService>().ConfirmAsync(parse.GetValue(token)!, cancellationToken).ConfigureAwait(false);
            WriteResult(result, null);
            return result.Succeeded ? 0 : 1;
        });
        return command;
    }

    private static Command Unsubscribe()
    {
        var target = new Argument<string>("token-or-address") { Description = "A token from an alert's unsubscribe link, or (operator) the email address or webhook URL itself." };
        var storage = StorageSession.StorageOption();
        var command = new Command("unsubscribe", "Stop all messages to a subscription.") { target, storage };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = await BuildAsync(parse.GetValue(storage), null, cancellationToken).ConfigureAwait(false);
            var service = services.GetRequiredService<SubscriptionService>();
            var value = parse.GetValue(target)!;
            var result = value.Contains('@', StringComparison.Ordinal) || value.Contains("://", StringComparison.Ordinal)
                ? await service.UnsubscribeAddressAsync(value, cancellationToken).ConfigureAwait(false)
                : await service.UnsubscribeAsync(value, cancellationToken).ConfigureAwait(false);
            WriteResult(result, null);
            return result.Succeeded ? 0 : 1;
        });
        return command;
    }

    private static Command Subscribers()
    {
        var json = new Option<bool>("--json") { Description = "A JSON array, one object per subscription." };
        var storage = StorageSession.StorageOption();
        var command = new Command("subscribers", "List subscriptions with their state, filters and deliveries (webhook secrets are never shown).") { json, storage };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = await BuildAsync(parse.GetValue(storage), null, cancellationToken).ConfigureAwait(false);
            var subscriptions = (await services.GetRequiredService<ISubscriptionStore>().ListAsync(cancellationToken).ConfigureAwait(false))
                .OrderBy(s => s.Address, StringComparer.Ordinal).ToList();
            var deliveries = (await services.GetRequiredService<IDeliveryStore>().ListAsync(cancellationToken).ConfigureAwait(false))
                .ToLookup(d => d.SubscriptionId, StringComparer.Ordinal);
            var digests = (await services.GetRequiredService<IDigestStore>().ListAsync(cancellationToken).ConfigureAwait(false))
                .ToLookup(d => d.SubscriptionId, StringComparer.Ordinal);
            var views = subscriptions.Select(s => new
            {
                subscription = View(s),
                sent = deliveries[s.Id].Count(d => d.State == DeliveryState.Sent),
                failed = deliveries[s.Id].Count(d => d.State == DeliveryState.Failed),

                // Alerts in messages recorded but not (yet) sent: an interrupted or failing run's, sent by the next run.
                pending = digests[s.Id].Where(d => d.State is DigestState.Open or DigestState.Failed).Sum(d => d.AlertIds.Count),
            }).ToList();
            if (parse.GetValue(json))
            {
                WriteJson(views);
                return 0;
            }

            if (views.Count == 0) Console.Out.WriteLine("No subscriptions.");
            foreach (var v in views)
            {
                var s = v.subscription;
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.Address}  {s.Channel}  {s.State}  {s.Id}"));
                Console.Out.WriteLine($"    filters: {s.Filters}{(s.PendingFilters is { } p ? $" (awaiting confirmation: {p})" : string.Empty)}");
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    alerts sent {v.sent}, failed {v.failed}, pending {v.pending}{(s.ConfirmedAt is { } at ? $"; confirmed {at:u}" : string.Empty)}"));
            }

            return 0;
        });
        return command;
    }

    private static Command Notify()
    {
        var json = new Option<bool>("--json") { Description = "Print the run's report as one JSON object." };
        var storage = StorageSession.StorageOption();
        var countries = CliOptions.Countries();
        var command = new Command("notify", "Send every confirmed subscriber the new alerts its filters match: one message per subscriber, recorded so a re-run sends nothing twice.") { json, storage, countries };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = await BuildAsync(parse.GetValue(storage), parse.GetValue(countries), cancellationToken).ConfigureAwait(false);
            PublicAddressNotice.WriteForMessages(services.Configuration);
            var report = await services.GetRequiredService<NotificationService>().NotifyAsync(cancellationToken).ConfigureAwait(false);
            var destination = MailDestination(services);
            if (parse.GetValue(json))
            {
                WriteJson(new
                {
                    runAt = report.RunAt,
                    alertsConsidered = report.AlertsConsidered,
                    messagesSent = report.MessagesSent,
                    messagesFailed = report.MessagesFailed,
                    alertsDelivered = report.AlertsDelivered,
                    heldByOtherRun = report.HeldByOtherRun,
                    tokensDeleted = report.TokensDeleted,
                    email = destination,
                    subscribers = report.Subscribers,
                });
            }
            else
            {
                foreach (var s in report.Subscribers.Where(s => s.Status is not (SubscriberStatus.NothingNew or SubscriberStatus.NotDue)))
                {
                    var detail = s.Status == SubscriberStatus.Sent
                        ? string.Create(CultureInfo.InvariantCulture, $"{s.AlertIds.Count} alert(s) in {s.MessageKey}{(s.Location is { } l ? $" → {l}" : string.Empty)}")
                        : s.Error;
                    Console.Out.WriteLine($"{s.Status,-7} {s.Address}: {detail}");
                }

                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.MessagesSent} message(s) sent with {report.AlertsDelivered} alert(s), {report.MessagesFailed} failed; {report.Subscribers.Count} confirmed subscriber(s), {report.AlertsConsidered} recent alert(s)."));
                var resumed = report.Subscribers.Sum(s => s.ResumedMessages);
                if (resumed > 0)
                {
                    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{resumed} of these message(s) had been recorded by an interrupted run and were sent now."));
                }

                if (report.HeldByOtherRun > 0)
                {
                    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.HeldByOtherRun} message(s) were being sent by another run; if that run died, the first run after its lease (ReportPipeline:Notifications:DigestLease) sends them."));
                }

                if (report.TokensDeleted > 0)
                {
                    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.TokensDeleted} expired link token(s) deleted."));
                }

                Console.Out.WriteLine($"Email: {destination}");
            }

            return report.MessagesFailed > 0 ? 1 : 0;
        });
        return command;
    }

    internal static Task<StorageSession> BuildAsync(string? storage, FileInfo[]? countryFiles, CancellationToken cancellationToken) =>
        StorageSession.OpenAsync(storage, CliOptions.LoadCountries(countryFiles), cancellationToken);

    private static string MailDestination(IServiceProvider services)
    {
        var smtp = services.GetRequiredService<IOptions<SmtpOptions>>().Value;
        return smtp.UsesPickupDirectory
            ? $"no SMTP host configured (ReportPipeline__Smtp__Host): messages are written as .eml files to {smtp.PickupDirectoryFullPath}"
            : services.GetRequiredService<IEmailTransport>().Description;
    }

    private static void WriteResult(SubscriptionResult result, string? mailDestination, TimeSpan? resendInterval = null)
    {
        if (result.Subscription is { } s)
        {
            Console.Out.WriteLine($"{s.Address} ({s.Id}): {Words(result.Outcome)}");
            Console.Out.WriteLine($"    filters: {s.Filters.Describe()}{(s.PendingFilters is { } p ? $" (after confirmation: {p.Describe()})" : string.Empty)}");
        }

        if (result.WebhookSecret is { } secret)
        {
            Console.Out.WriteLine($"Webhook secret (shown only now; keep it to verify webhook-signature, Standard Webhooks): {secret}");
        }

        if (result.ConfirmationSent)
        {
            var where = result.Subscription?.Channel == SubscriptionChannel.Webhook ? $"POSTed to {result.Subscription.Address}"
                : result.Confirmation?.Location is { } file ? $"written to {file}"
                : mailDestination ?? "sent";
            Console.Out.WriteLine($"Confirmation message: {where}");
        }
        else if (result.Succeeded && result.Confirmation is null && resendInterval is { } interval
            && result.Outcome is SubscriptionOutcome.Created or SubscriptionOutcome.AwaitingConfirmation or SubscriptionOutcome.ChangeAwaitingConfirmation
            && result.Subscription?.ConfirmationSentAt is { } sentAt)
        {
            // The service holds back a second confirmation within the interval (no mail-bombing through the form): say so,
            // or the user waits for a message that is not coming.
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"No new confirmation message: one was sent at {sentAt:u}, less than {interval.TotalMinutes:0.#} min ago (ReportPipeline:Notifications:ConfirmationResendInterval). Use the link in it, or subscribe again after {sentAt + interval:u}."));
        }

        foreach (var error in result.Errors)
        {
            Console.Error.WriteLine(error);
        }
    }

    private static string Words(SubscriptionOutcome outcome) => outcome switch
    {
        SubscriptionOutcome.Created => "subscribed, waiting for confirmation",
        SubscriptionOutcome.AwaitingConfirmation => "already waiting for confirmation; filters replaced",
        SubscriptionOutcome.ChangeAwaitingConfirmation => "new filters wait for confirmation; the current ones stay until then",
        SubscriptionOutcome.Unchanged => "already confirmed with these filters; nothing changed",
        SubscriptionOutcome.Confirmed => "confirmed",
        SubscriptionOutcome.AlreadyConfirmed => "already confirmed",
        SubscriptionOutcome.Updated => "filters updated",
        SubscriptionOutcome.Unsubscribed => "unsubscribed; nothing more will be sent",
        SubscriptionOutcome.AlreadyUnsubscribed => "already unsubscribed",
        _ => outcome.ToString(),
    };

    private static SubscriptionView View(Subscription s) => new(
        s.Id, s.Channel, s.Address, s.State, s.Filters.Describe(), s.PendingFilters?.Describe(),
        s.Filters.Countries, s.Filters.Families, s.Filters.MinimumSeverity, s.Filters.Direction, s.Filters.Delivery,
        s.CreatedAt, s.ConfirmedAt, s.UnsubscribedAt);

    private static void WriteJson<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Json));

    private sealed record SubscriptionView(
        string Id,
        SubscriptionChannel Channel,
        string Address,
        SubscriptionState State,
        string Filters,
        string? PendingFilters,
        IReadOnlyList<string> Countries,
        IReadOnlyList<string> Families,
        Core.Model.AlertSeverity MinimumSeverity,
        DirectionFilter Direction,
        DeliveryMode Delivery,
        DateTimeOffset CreatedAt,
        DateTimeOffset? ConfirmedAt,
        DateTimeOffset? UnsubscribedAt);
}
