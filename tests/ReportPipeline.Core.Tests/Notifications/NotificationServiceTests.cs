using Microsoft.Extensions.Logging.Abstractions;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Testing;
using ReportPipeline.Testing.Notifications;

namespace ReportPipeline.Core.Tests.Notifications;

/// <summary>The bookkeeping of notify: who gets which alerts, once. Transports are tested against real servers elsewhere.</summary>
public class NotificationServiceTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly InMemorySubscriptionStore _subscriptions = new();
    private readonly InMemoryDeliveryStore _deliveries = new();
    private readonly InMemoryDigestStore _digests = new();
    private readonly InMemoryAlertFeed _feed = new();
    private readonly CapturingMessageSender _sender = new();
    private readonly ManualTimeProvider _time = new(Start);
    private readonly NotificationComposer _composer = new(new NotificationOptions { BaseUrl = "https://alerts.example.org", MaxAttemptsPerAlert = 6 });
    private readonly NotificationService _notify;
    private readonly SubscriptionService _subscribe;

    public NotificationServiceTests()
    {
        _notify = new NotificationService(_subscriptions, _deliveries, _digests, _feed, _sender, _composer, _time, NullLogger<NotificationService>.Instance);
        _subscribe = new SubscriptionService(_subscriptions, _sender, _composer, SubscriptionValidatorTests.CatalogWithRuritania(), new WebhookTargetPolicy(TestHostResolver.WithPublicHosts("hooks.example.org"), allowLoopback: false), _time, NullLogger<SubscriptionService>.Instance);
    }

    private async Task<Subscription> ConfirmedAsync(SubscriptionRequest request)
    {
        var before = _sender.Sent.Count;
        var result = await _subscribe.SubscribeAsync(request);
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors));
        var confirmation = _sender.Sent.Skip(before).Single();
        var token = confirmation is EmailMessage email
            ? SubscriptionServiceTests.TokenFrom(email.TextBody, "/subscriptions/confirm")
            : System.Text.Json.JsonDocument.Parse(((WebhookMessage)confirmation).JsonBody).RootElement.GetProperty("confirmToken").GetString()!;
        var confirmed = await _subscribe.ConfirmAsync(token);
        confirmed.Outcome.ShouldBe(SubscriptionOutcome.Confirmed);
        return confirmed.Subscription!;
    }

    private IReadOnlyList<EmailMessage> AlertEmails => _sender.Emails.Where(e => e.Kind != MessageKind.Confirmation).ToList();

    [Fact]
    public async Task Each_subscriber_gets_one_message_with_exactly_its_matching_alerts()
    {
        await ConfirmedAsync(new SubscriptionRequest { Email = "ruritania@example.org", Countries = ["XR"] });
        await ConfirmedAsync(new SubscriptionRequest { Email = "borduria@example.org", Countries = ["XB"], MinimumSeverity = "high" });
        await ConfirmedAsync(new SubscriptionRequest { Email = "worse@example.org", Direction = "worsening" });
        await _subscribe.SubscribeAsync(new SubscriptionRequest { Email = "unconfirmed@example.org" });
        _time.Advance(TimeSpan.FromHours(1));
        _feed.Add(
            AlertSamples.Create("xr-1", _time.GetUtcNow()),
            AlertSamples.Create("xr-2", _time.GetUtcNow(), facet: "ratification.ilo_p29", oldValue: "Not ratified", newValue: "Ratified", direction: AlertDirection.Improving),
            AlertSamples.Create("xb-1", _time.GetUtcNow(), iso2: "XB", country: "Borduria", severity: AlertSeverity.Low));

        var report = await _notify.NotifyAsync();

        report.MessagesSent.ShouldBe(2);
        var byAddress = AlertEmails.ToDictionary(e => e.To);
        byAddress.Keys.ShouldBe(["ruritania@example.org", "worse@example.org"], ignoreOrder: true);
        byAddress["ruritania@example.org"].Kind.ShouldBe(MessageKind.Digest);
        byAddress["ruritania@example.org"].AlertIds.ShouldBe(["xr-1", "xr-2"], ignoreOrder: true);
        byAddress["worse@example.org"].AlertIds.ShouldBe(["xr-1", "xb-1"], ignoreOrder: true);
        report.Subscribers.Single(s => s.Address == "borduria@example.org").Status.ShouldBe(SubscriberStatus.NothingNew);
        report.Subscribers.ShouldNotContain(s => s.Address == "unconfirmed@example.org");
    }

    [Fact]
    public async Task Rerunning_sends_nothing_and_every_delivery_is_recorded_sent()
    {
        var sub = await ConfirmedAsync(new SubscriptionRequest { Email = "ana@example.org" });
        _time.Advance(TimeSpan.FromMinutes(5));
        _feed.Add(AlertSamples.Create("a1", _time.GetUtcNow()));
        (await _notify.NotifyAsync()).MessagesSent.ShouldBe(1);
        _time.Advance(TimeSpan.FromMinutes(1));

        var second = await _notify.NotifyAsync();
        second.MessagesSent.ShouldBe(0);
        AlertEmails.Count.ShouldBe(1);
        var delivery = (await _deliveries.GetAsync("a1", sub.Id)).ShouldNotBeNull();
        delivery.State.ShouldBe(DeliveryState.Sent);
        delivery.MessageKey.ShouldBe("a1");
        delivery.TransportId.ShouldNotBeNull();
    }

    [Fact]
    public async Task Alerts_raised_before_confirmation_are_not_sent()
    {
        _feed.Add(AlertSamples.Create("old", Start - TimeSpan.FromDays(1)));
        await ConfirmedAsync(new SubscriptionRequest { Email = "ana@example.org" });
        (await _notify.NotifyAsync()).MessagesSent.ShouldBe(0);
    }

    [Fact]
    public async Task A_new_alert_later_goes_out_alone_not_with_the_old_ones()
    {
        await ConfirmedAsync(new SubscriptionRequest { Email = "ana@example.org" });
        _time.Advance(TimeSpan.FromMinutes(1));
        _feed.Add(AlertSamples.Create("a1", _time.GetUtcNow()), AlertSamples.Create("a2", _time.GetUtcNow()));
        await _notify.NotifyAsync();
        _time.Advance(TimeSpan.FromMinutes(1));
        _feed.Add(AlertSamples.Create("a3", _time.GetUtcNow()));

        await _notify.NotifyAsync();
        AlertEmails.Count.ShouldBe(2);
        AlertEmails[1].AlertIds.ShouldBe(["a3"]);
    }

    /// <summary>What a run killed after recording its digest (before, during or just after the send) leaves behind.</summary>
    private async Task<Digest> OpenDigestLeftByACrashAsync(Subscription sub, params string[] alertIds)
    {
        var now = _time.GetUtcNow();
        var ledger = await _digests.ReadAsync(sub.Id, Start);
        var digest = new Digest
        {
            Key = NotificationComposer.DigestKey(sub.Id, alertIds),
            SubscriptionId = sub.Id,
            AlertIds = alertIds,
            AlertsFrom = now,
            State = DigestState.Open,
            LeaseUntil = now + _composer.Options.DigestLease,
            CreatedAt = now,
            UpdatedAt = now,
        };
        return (await _digests.TryOpenAsync(ledger, digest)).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_digest_left_open_by_a_crash_is_sent_once_its_lease_ran_out_with_the_same_key_and_nothing_pending()
    {
        var sub = await ConfirmedAsync(new SubscriptionRequest { Email = "ana@example.org" });
        _time.Advance(TimeSpan.FromMinutes(1));
        _feed.Add(AlertSamples.Create("a1", _time.GetUtcNow()), AlertSamples.Create("a2", _time.GetUtcNow()));
        var left = await OpenDigestLeftByACrashAsync(sub, "a1", "a2");

        // The crashed run might still be alive and sending: within the lease, nobody else touches it, nor its alerts.
        var early = await _notify.NotifyAsync();
        early.HeldByOtherRun.ShouldBe(1);
        early.MessagesSent.ShouldBe(0);
        AlertEmails.ShouldBeEmpty();

        _time.Advance(_composer.Options.DigestLease + TimeSpan.FromSeconds(1));
        _feed.Add(AlertSamples.Create("a3", _time.GetUtcNow()));
        var report = await _notify.NotifyAsync();

        report.MessagesSent.ShouldBe(2);
        report.AlertsDelivered.ShouldBe(3);
        report.Subscribers.Single().ResumedMessages.ShouldBe(1);
        AlertEmails.Count.ShouldBe(2);
        AlertEmails[0].Key.ShouldBe(left.Key);
        AlertEmails[0].MessageIdLocalPart.ShouldBe(NotificationComposer.StableMessageId(left.Key, sub.Id));
        AlertEmails[0].AlertIds.ShouldBe(["a1", "a2"], ignoreOrder: true);
        AlertEmails[1].AlertIds.ShouldBe(["a3"]);
        (await _digests.ListAsync()).ShouldAllBe(d => d.State == DigestState.Settled);
        (await _deliveries.ListAsync()).Select(d => (d.AlertId, d.State)).ShouldBe([("a1", DeliveryState.Sent), ("a2", DeliveryState.Sent), ("a3", DeliveryState.Sent)], ignoreOrder: true);

        _time.Advance(TimeSpan.FromMinutes(1));
        (await _notify.NotifyAsync()).MessagesSent.ShouldBe(0);
        AlertEmails.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_digest_sent_but_not_settled_is_not_sent_again_and_gets_its_delivery_rows()
    {
        var sub = await ConfirmedAsync(new SubscriptionRequest { Email = "ana@example.org" });
        _time.Advance(TimeSpan.FromMinutes(1));
        _feed.Add(AlertSamples.Create("a1", _time.GetUtcNow()), AlertSamples.Create("a2", _time.GetUtcNow()));
        var left = await OpenDigestLeftByACrashAsync(sub, "a1", "a2");
        (await _digests.TryUpdateAsync(left with { State = DigestState.Sent, Attempts = 1, LeaseUntil = null })).ShouldNotBeNull();

        var report = await _notify.NotifyAsync();

        report.MessagesSent.ShouldBe(0);
        AlertEmails.ShouldBeEmpty();
        (await _digests.ListAsync()).Single().State.ShouldBe(DigestState.Settled);
        (await _deliveries.ListAsync()).Count(d => d.State == DeliveryState.Sent && d.MessageKey == left.Key).ShouldBe(2);
    }

    [Fact]
    public async Task A_message_carries_at_most_the_configured_number_of_alerts_and_the_rest_go_next_run()
    {
        var composer = new NotificationComposer(new NotificationOptions { BaseUrl = "https://alerts.example.org", MaxAlertsPerMessage = 2 });
        var notify = new NotificationService(_subscriptions, _deliveries, _digests, _feed, _sender, composer, _time, NullLogger<NotificationService>.Instance);
        await ConfirmedAsync(new SubscriptionRequest { Email = "ana@example.org" });
        for (var i = 0; i < 5; i++)
        {
            _time.Advance(TimeSpan.FromMinutes(1));
            _feed.Add(AlertSamples.Create($"a{i}", _time.GetUtcNow()));
        }

        for (var run = 0; run < 4; run++)
        {
            _time.Advance(TimeSpan.FromHours(2));
            await notify.NotifyAsync();
        }

        AlertEmails.Select(e => e.AlertIds.Count).ShouldBe([2, 2, 1]);
        AlertEmails.SelectMany(e => e.AlertIds).ShouldBe(["a0", "a1", "a2", "a3", "a4"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_failed_send_is_recorded_and_retried_by_the_next_run_while_others_are_served()
    {
        var failing = await ConfirmedAsync(new SubscriptionRequest { Email = "full-mailbox@example.org" });
        await ConfirmedAsync(new SubscriptionRequest { Email = "ok@example.org" });
        _time.Advance(TimeSpan.FromMinutes(1));
        _feed.Add(AlertSamples.Create("a1", _time.GetUtcNow()));
        _sender.FailFor.Add("full-mailbox@example.org");

        var first = await _notify.NotifyAsync();
        first.MessagesSent.ShouldBe(1);
        first.MessagesFailed.ShouldBe(1);
        var failed = (await _digests.ListAsync()).Single(d => d.SubscriptionId == failing.Id);
        failed.State.ShouldBe(DigestState.Failed);
        failed.Attempts.ShouldBe(3);
        failed.Error.ShouldNotBeNull().ShouldContain("550");

        _sender.FailFor.Clear();
        _time.Advance(TimeSpan.FromHours(2));
        var second = await _notify.NotifyAsync();
        second.MessagesSent.ShouldBe(1);
        second.Subscribers.Single(s => s.SubscriptionId == failing.Id).ResumedMessages.ShouldBe(1);
        AlertEmails.Count(e => e.To == "full-mailbox@example.org").ShouldBe(1);
        AlertEmails.Count(e => e.To == "ok@example.org").ShouldBe(1);
        (await _deliveries.GetAsync("a1", failing.Id))!.State.ShouldBe(DeliveryState.Sent);
    }

    [Fact]
    public async Task A_failing_address_is_given_up_after_the_maximum_attempts()
    {
        var sub = await ConfirmedAsync(new SubscriptionRequest { Email = "gone@example.org" });
        _time.Advance(TimeSpan.FromMinutes(1));
        _feed.Add(AlertSamples.Create("a1", _time.GetUtcNow()));
        _sender.FailFor.Add("gone@example.org");

        for (var run = 0; run < 4; run++)
        {
            _time.Advance(TimeSpan.FromHours(1));
            await _notify.NotifyAsync();
        }

        // 3 tries per run, 6 allowed: two runs try, the later ones leave it alone.
        var given = (await _deliveries.GetAsync("a1", sub.Id)).ShouldNotBeNull();
        given.Attempts.ShouldBe(6);
        given.State.ShouldBe(DeliveryState.Failed);
        (await _digests.ListAsync()).Single().State.ShouldBe(DigestState.Abandoned);
    }

    [Fact]
    public async Task Weekly_digest_waits_for_the_week_and_then_sends_everything_at_once()
    {
        await ConfirmedAsync(new SubscriptionRequest { Email = "weekly@example.org", Delivery = "weekly" });
        _time.Advance(TimeSpan.FromDays(1));
        _feed.Add(AlertSamples.Create("d1", _time.GetUtcNow()));
        (await _notify.NotifyAsync()).Subscribers.Single().Status.ShouldBe(SubscriberStatus.NotDue);
        _time.Advance(TimeSpan.FromDays(3));
        _feed.Add(AlertSamples.Create("d4", _time.GetUtcNow()));
        await _notify.NotifyAsync();
        AlertEmails.ShouldBeEmpty();

        _time.Advance(TimeSpan.FromDays(3));
        (await _notify.NotifyAsync()).MessagesSent.ShouldBe(1);
        AlertEmails.Single().AlertIds.ShouldBe(["d1", "d4"], ignoreOrder: true);

        _time.Advance(TimeSpan.FromDays(1));
        _feed.Add(AlertSamples.Create("d8", _time.GetUtcNow()));
        (await _notify.NotifyAsync()).Subscribers.Single().Status.ShouldBe(SubscriberStatus.NotDue);
    }

    [Fact]
    public async Task Unsubscribed_addresses_get_nothing()
    {
        await _subscribe.SubscribeAsync(new SubscriptionRequest { Email = "leaver@example.org" });
        var confirmation = _sender.Emails.Single();
        await _subscribe.ConfirmAsync(SubscriptionServiceTests.TokenFrom(confirmation.TextBody, "/subscriptions/confirm"));
        await _subscribe.UnsubscribeAsync(SubscriptionServiceTests.TokenFrom(confirmation.TextBody, "/subscriptions/unsubscribe"));
        _time.Advance(TimeSpan.FromMinutes(1));
        _feed.Add(AlertSamples.Create("a1", _time.GetUtcNow()));

        (await _notify.NotifyAsync()).Subscribers.ShouldBeEmpty();
        AlertEmails.ShouldBeEmpty();
    }

    [Fact]
    public async Task Cancellation_propagates_instead_of_being_recorded_as_failure()
    {
        await ConfirmedAsync(new SubscriptionRequest { Email = "ana@example.org" });
        _time.Advance(TimeSpan.FromMinutes(1));
        _feed.Add(AlertSamples.Create("a1", _time.GetUtcNow()));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => _notify.NotifyAsync(cancelled.Token));
    }
}
