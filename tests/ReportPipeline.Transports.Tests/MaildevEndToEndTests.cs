using MimeKit;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Testing;
using ReportPipeline.Testing.Notifications;

namespace ReportPipeline.Transports.Tests;

/// <summary>Real SMTP: MailKit sends to a maildev on loopback and the tests read what arrived through its API.</summary>
[Collection(MaildevCollection.Name)]
public sealed class MaildevEndToEndTests(MaildevServer maildev) : IAsyncLifetime
{
    private readonly NotificationHarness _h = new(maildev);

    public Task InitializeAsync() => maildev.ClearAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<MaildevEmail> OnlyEmailToAsync(string address)
    {
        var emails = await maildev.WaitForEmailsAsync(1);
        return emails.Where(e => e.To.Contains(address)).ShouldHaveSingleItem();
    }

    private async Task ConfirmAsync(string address, SubscriptionRequest request)
    {
        var result = await _h.Subscriptions.SubscribeAsync(request);
        result.ConfirmationSent.ShouldBeTrue(string.Join("; ", result.Errors));
        var confirmation = (await maildev.WaitForEmailsAsync(1)).Single(e => e.To.Contains(address) && e.Subject.Contains("confirm", StringComparison.OrdinalIgnoreCase));
        (await _h.Subscriptions.ConfirmAsync(NotificationHarness.TokenFrom(confirmation.Text, "/subscriptions/confirm"))).Outcome.ShouldBe(SubscriptionOutcome.Confirmed);
        await maildev.ClearAsync();
    }

    [Fact]
    public async Task Confirmation_flow_over_smtp()
    {
        var result = await _h.Subscriptions.SubscribeAsync(new SubscriptionRequest { Email = "Ana@Example.org", Countries = ["XR"] });
        result.Outcome.ShouldBe(SubscriptionOutcome.Created);

        var confirmation = await OnlyEmailToAsync("ana@example.org");
        confirmation.Subject.ShouldBe("[ReportPipeline] Please confirm your subscription");
        var token = NotificationHarness.TokenFrom(confirmation.Text, "/subscriptions/confirm");
        confirmation.Html.ShouldContain("subscriptions/confirm?token=" + token);

        // Nothing but the confirmation reaches an unconfirmed address.
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        _h.Feed.Add(AlertSamples.Create("before-confirm", _h.Time.GetUtcNow()));
        (await _h.Notify().NotifyAsync()).MessagesSent.ShouldBe(0);
        (await maildev.GetEmailsAsync()).Count.ShouldBe(1);

        (await _h.Subscriptions.ConfirmAsync(token)).Outcome.ShouldBe(SubscriptionOutcome.Confirmed);
        await maildev.ClearAsync();
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        _h.Feed.Add(AlertSamples.Create("after-confirm", _h.Time.GetUtcNow()));
        (await _h.Notify().NotifyAsync()).MessagesSent.ShouldBe(1);
        var alert = await OnlyEmailToAsync("ana@example.org");
        alert.Subject.ShouldContain("Ruritania");
    }

    [Fact]
    public async Task Digest_has_the_matching_alerts_and_others_get_none()
    {
        await ConfirmAsync("ruritania@example.org", new SubscriptionRequest { Email = "ruritania@example.org", Countries = ["Ruritania"], Families = ["enforcement", "ratification"] });
        await ConfirmAsync("borduria@example.org", new SubscriptionRequest { Email = "borduria@example.org", Countries = ["XB"] });
        await ConfirmAsync("strict@example.org", new SubscriptionRequest { Email = "strict@example.org", MinimumSeverity = "high", Direction = "worsening", Families = ["legal"] });
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        var now = _h.Time.GetUtcNow();
        _h.Feed.Add(
            AlertSamples.Create("xr-inspections", now),
            AlertSamples.Create("xr-p29", now, facet: "ratification.ilo_p29", oldValue: "Not ratified", newValue: "Ratified", severity: AlertSeverity.Medium, direction: AlertDirection.Improving),
            AlertSamples.Create("xr-plan", now, facet: "policy.action_plan.child_labour_2024_2026", oldValue: "Drafted", newValue: "Adopted"),
            AlertSamples.Create("xr-legal-low", now, facet: "legal.minimum_age_work.meets", severity: AlertSeverity.Low));

        var report = await _h.Notify().NotifyAsync();

        report.MessagesSent.ShouldBe(1);
        var emails = await maildev.WaitForEmailsAsync(1);
        var digest = emails.ShouldHaveSingleItem();
        digest.To.ShouldBe(["ruritania@example.org"]);
        digest.Subject.ShouldBe("[ReportPipeline] 2 alerts: Ruritania");
        digest.Text.ShouldContain("Ruritania (XR)");
        digest.Text.ShouldContain(ReportPipeline.Core.Comparison.FacetLabels.Of("enforcement.labor.unannounced_inspections_permitted") + ": Yes → No");
        digest.Text.ShouldContain(ReportPipeline.Core.Comparison.FacetLabels.Of("ratification.ilo_p29") + ": Not ratified → Ratified");
        digest.Text.ShouldNotContain("policy.action_plan");
        digest.Text.ShouldNotContain("legal.minimum_age_work");
        digest.Text.ShouldContain("> Unannounced Inspections Permitted No");
        digest.Html.ShouldContain("https://alerts.example.org/#/country/XR");
    }

    [Fact]
    public async Task Rerunning_notify_sends_nothing()
    {
        await ConfirmAsync("ana@example.org", new SubscriptionRequest { Email = "ana@example.org" });
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        _h.Feed.Add(AlertSamples.Create("a1", _h.Time.GetUtcNow()), AlertSamples.Create("a2", _h.Time.GetUtcNow(), iso2: "XB", country: "Borduria"));
        (await _h.Notify().NotifyAsync()).MessagesSent.ShouldBe(1);
        await maildev.WaitForEmailsAsync(1);

        for (var run = 0; run < 3; run++)
        {
            _h.Time.Advance(TimeSpan.FromMinutes(5));
            (await _h.Notify().NotifyAsync()).MessagesSent.ShouldBe(0);
        }

        await Task.Delay(300);
        (await maildev.GetEmailsAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_crash_between_the_servers_acceptance_and_the_record_repeats_the_digest_once_with_the_same_message_id()
    {
        await ConfirmAsync("ana@example.org", new SubscriptionRequest { Email = "ana@example.org" });
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        _h.Feed.Add(AlertSamples.Create("a1", _h.Time.GetUtcNow()));

        using var crash = new CancellationTokenSource();
        var crashing = _h.Notify(new CrashAfterSendSender(_h.Sender, crash));
        await Should.ThrowAsync<OperationCanceledException>(() => crashing.NotifyAsync(crash.Token));
        (await maildev.WaitForEmailsAsync(1)).Count.ShouldBe(1);
        (await _h.Digests.ListAsync()).Single().State.ShouldBe(DigestState.Open);

        // This is the one window SMTP leaves open (the server accepted, we did not record): the next run after the
        // lease sends the digest again, as the same message, so the recipient's client can drop the repeat.
        _h.Time.Advance(_h.Composer.Options.DigestLease + TimeSpan.FromSeconds(1));
        var retry = await _h.Notify().NotifyAsync();
        retry.MessagesSent.ShouldBe(1);
        var emails = await maildev.WaitForEmailsAsync(2);
        emails.Count.ShouldBe(2);
        var ids = new List<string>();
        foreach (var email in emails)
        {
            var source = await maildev.GetSourceAsync(email.Id);
            ids.Add(source.Split("\r\n").Concat(source.Split('\n')).First(l => l.StartsWith("Message-ID:", StringComparison.OrdinalIgnoreCase)).Trim());
        }

        ids.Distinct().ShouldHaveSingleItem().ShouldContain("a1.sub-");
        (await _h.Digests.ListAsync()).Single().State.ShouldBe(DigestState.Settled);
        (await _h.Deliveries.ListAsync()).ShouldAllBe(d => d.State == DeliveryState.Sent);

        _h.Time.Advance(TimeSpan.FromMinutes(5));
        (await _h.Notify().NotifyAsync()).MessagesSent.ShouldBe(0);
    }

    [Fact]
    public async Task Unsubscribing_through_the_list_unsubscribe_link_stops_mail()
    {
        await ConfirmAsync("ana@example.org", new SubscriptionRequest { Email = "ana@example.org" });
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        _h.Feed.Add(AlertSamples.Create("a1", _h.Time.GetUtcNow()));
        await _h.Notify().NotifyAsync();
        var mail = await OnlyEmailToAsync("ana@example.org");
        var source = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(await maildev.GetSourceAsync(mail.Id))));
        var token = NotificationHarness.TokenFrom(source.Headers["List-Unsubscribe"] ?? string.Empty, "/subscriptions/unsubscribe");

        (await _h.Subscriptions.UnsubscribeAsync(token)).Outcome.ShouldBe(SubscriptionOutcome.Unsubscribed);
        await maildev.ClearAsync();
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        _h.Feed.Add(AlertSamples.Create("a2", _h.Time.GetUtcNow()));
        (await _h.Notify().NotifyAsync()).MessagesSent.ShouldBe(0);
        await Task.Delay(300);
        (await maildev.GetEmailsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Alert_mail_has_one_click_unsubscribe_headers_and_both_parts()
    {
        await ConfirmAsync("ana@example.org", new SubscriptionRequest { Email = "ana@example.org" });
        _h.Time.Advance(TimeSpan.FromMinutes(1));
        _h.Feed.Add(AlertSamples.Create("a1", _h.Time.GetUtcNow(), title: "Ruritania: inspections <suspended> & \"paused\"\r\nBcc: x@example.org"));
        await _h.Notify().NotifyAsync();
        var mail = await OnlyEmailToAsync("ana@example.org");
        var message = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(await maildev.GetSourceAsync(mail.Id))));

        (message.Headers["List-Unsubscribe"] ?? string.Empty).ShouldMatch("^<https://alerts\\.example\\.org/api/subscriptions/unsubscribe\\?token=[A-Za-z0-9_-]{43}>$");
        message.Headers["List-Unsubscribe-Post"].ShouldBe("List-Unsubscribe=One-Click");
        message.Headers["Auto-Submitted"].ShouldBe("auto-generated");
        message.Headers["X-ReportPipeline-Delivery"].ShouldBe("a1");
        message.Bcc.ShouldBeEmpty();
        message.Headers.Contains("Bcc").ShouldBeFalse();
        message.Subject.ShouldBe("[ReportPipeline] Ruritania: inspections <suspended> & \"paused\" Bcc: x@example.org");
        (message.TextBody ?? string.Empty).ShouldContain("Severity: High, worsening");
        (message.HtmlBody ?? string.Empty).ShouldContain("inspections &lt;suspended&gt; &amp; &quot;paused&quot;");
        mail.To.ShouldBe(["ana@example.org"]);
    }

    [Fact]
    public async Task A_failing_webhook_does_not_stop_email_and_is_recorded_failed_after_retries()
    {
        await ConfirmAsync("ana@example.org", new SubscriptionRequest { Email = "ana@example.org" });
        var deadPort = MaildevServer.FreePort();
        var webhook = await _h.Subscriptions.SubscribeAsync(new SubscriptionRequest { Webhook = $"http://127.0.0.1:{deadPort}/hook" });
        webhook.ConfirmationSent.ShouldBeFalse();
        // An unconfirmed URL gets one POST, no retries (issue 19.1); alerts to a confirmed one are retried below.
        webhook.Confirmation!.Attempts.ShouldBe(1);
        // The operator confirms a webhook whose endpoint was down by using the token from the failed event; here, straight from the store.
        var sub = webhook.Subscription!;
        await _h.SubscriptionStore.SaveAsync(sub with { State = SubscriptionState.Confirmed, ConfirmedAt = _h.Time.GetUtcNow(), AlertsFrom = _h.Time.GetUtcNow() });

        _h.Time.Advance(TimeSpan.FromMinutes(1));
        _h.Feed.Add(AlertSamples.Create("a1", _h.Time.GetUtcNow()));
        var report = await _h.Notify().NotifyAsync();

        report.MessagesSent.ShouldBe(1);
        report.MessagesFailed.ShouldBe(1);
        (await OnlyEmailToAsync("ana@example.org")).Subject.ShouldContain("Ruritania");
        var failed = (await _h.Digests.ListAsync()).Single(d => d.SubscriptionId == sub.Id);
        failed.State.ShouldBe(DigestState.Failed);
        failed.Attempts.ShouldBe(3);
        failed.Error.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Smtp_server_down_is_retried_then_recorded_failed()
    {
        var down = new SmtpEmailTransport(new SmtpOptions { Host = "127.0.0.1", Port = MaildevServer.FreePort(), UseTls = false, Timeout = TimeSpan.FromSeconds(2) });
        var h = new NotificationHarness(null, down, maxRetries: 2);
        var result = await h.Subscriptions.SubscribeAsync(new SubscriptionRequest { Email = "ana@example.org" });
        result.Outcome.ShouldBe(SubscriptionOutcome.Created);
        result.ConfirmationSent.ShouldBeFalse();
        result.Confirmation!.Attempts.ShouldBe(3);
        result.Errors.ShouldHaveSingleItem().ShouldStartWith("The confirmation message could not be sent");
    }

    /// <summary>Lets the real send happen, then "crashes" before the service can record it.</summary>
    private sealed class CrashAfterSendSender(IMessageSender inner, CancellationTokenSource crash) : IMessageSender
    {
        public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken = default)
        {
            var result = await inner.SendAsync(message, cancellationToken);
            result.Succeeded.ShouldBeTrue(result.Error);
            await crash.CancelAsync();
            crash.Token.ThrowIfCancellationRequested();
            return result;
        }
    }
}

[CollectionDefinition(Name)]
public sealed class MaildevCollection : ICollectionFixture<MaildevServer>
{
    public const string Name = "maildev";
}

/// <summary>A message over the size the server allows (SMTP SIZE, RFC 1870; a 552-class refusal) is final: no retries.</summary>
public sealed class PermanentSmtpRefusalTests : IAsyncLifetime
{
    private readonly MaildevServer _strict = new() { ExtraArguments = ["--max-message-size", "600"] };

    public Task InitializeAsync() => _strict.InitializeAsync();

    public Task DisposeAsync() => _strict.DisposeAsync();

    [Fact]
    public async Task A_5xx_refusal_is_recorded_after_one_try()
    {
        var h = new NotificationHarness(_strict, maxRetries: 3);
        var result = await h.Subscriptions.SubscribeAsync(new SubscriptionRequest { Email = "ana@example.org" });
        result.ConfirmationSent.ShouldBeFalse();
        result.Confirmation!.Attempts.ShouldBe(1);
        result.Errors.ShouldHaveSingleItem().ShouldContain("size");
        (await _strict.GetEmailsAsync()).ShouldBeEmpty();
    }
}
