using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Core;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Notifications;
using ReportPipeline.Storage;
using ReportPipeline.Storage.Subscriptions;
using ReportPipeline.Testing;
using ReportPipeline.Testing.Notifications;

namespace ReportPipeline.IntegrationTests.Notifications;

/// <summary>The subscription, token and delivery tables on a real Azurite.</summary>
[Collection(InProcessAzuriteCollection.Name)]
public sealed class NotificationTableStoreTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly ServiceProvider _services = Services(azurite.ConnectionString);

    public void Dispose() => _services.Dispose();

    internal static ServiceProvider Services(string connectionString, string? prefix = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReportPipeline:Storage"] = connectionString,
            ["ReportPipeline:Tables:Prefix"] = prefix ?? AzuriteFixture.UniqueName(),
        }).Build();
        var services = new ServiceCollection();
        services.AddReportPipelineCore(configuration);
        services.AddReportPipelineStorage(configuration);
        return services.BuildServiceProvider();
    }

    private ISubscriptionStore Subscriptions => _services.GetRequiredService<ISubscriptionStore>();

    private IDeliveryStore Deliveries => _services.GetRequiredService<IDeliveryStore>();

    private static Subscription NewSubscription(string address) => new()
    {
        Id = SubscriptionIds.For(SubscriptionChannel.Email, address),
        Channel = SubscriptionChannel.Email,
        Address = address,
        Filters = new SubscriptionFilters { Countries = ["XR", "AZ"], Families = [FacetFamilies.Enforcement], MinimumSeverity = AlertSeverity.Medium, Direction = DirectionFilter.WorseningOnly, Delivery = DeliveryMode.WeeklyDigest },
        State = SubscriptionState.Pending,
        CreatedAt = At,
        ConfirmationSentAt = At,
    };

    [Fact]
    public async Task A_subscription_round_trips_every_field()
    {
        var saved = await Subscriptions.SaveAsync(NewSubscription("ana@example.org") with { PendingFilters = new SubscriptionFilters { Countries = ["XB"] }, AlertsFrom = At.AddMinutes(5) });
        saved.Version.ShouldNotBeNullOrEmpty();

        var read = (await Subscriptions.GetAsync(saved.Id)).ShouldNotBeNull();
        read.Address.ShouldBe("ana@example.org");
        read.State.ShouldBe(SubscriptionState.Pending);
        read.Filters.SameAs(saved.Filters).ShouldBeTrue();
        read.PendingFilters.ShouldNotBeNull().Countries.ShouldBe(["XB"]);
        read.CreatedAt.ShouldBe(At);
        read.ConfirmationSentAt.ShouldBe(At);
        read.AlertsFrom.ShouldBe(At.AddMinutes(5));
        read.ConfirmedAt.ShouldBeNull();
        read.WebhookSecret.ShouldBeNull();
        read.Version.ShouldBe(saved.Version);
        (await Subscriptions.ListAsync()).ShouldHaveSingleItem().Id.ShouldBe(saved.Id);
    }

    [Fact]
    public async Task Writes_are_conditional_on_the_version()
    {
        var first = await Subscriptions.SaveAsync(NewSubscription("ana@example.org"));
        await Should.ThrowAsync<ConcurrencyConflictException>(() => Subscriptions.SaveAsync(NewSubscription("ana@example.org")));

        var confirmed = await Subscriptions.SaveAsync(first with { State = SubscriptionState.Confirmed, ConfirmedAt = At });
        await Should.ThrowAsync<ConcurrencyConflictException>(() => Subscriptions.SaveAsync(first with { State = SubscriptionState.Unsubscribed }));
        (await Subscriptions.GetAsync(first.Id))!.State.ShouldBe(SubscriptionState.Confirmed);

        var cleared = await Subscriptions.SaveAsync(confirmed with { PendingFilters = null, ConfirmedAt = null });
        (await Subscriptions.GetAsync(first.Id))!.ConfirmedAt.ShouldBeNull();
        cleared.Version.ShouldNotBe(confirmed.Version);
    }

    [Theory]
    [InlineData("sub-0123")]
    [InlineData("nonsense")]
    [InlineData("sub-0123456789abcdef0123456789abcdef")]
    public async Task Unknown_or_malformed_ids_are_not_found(string id) => (await Subscriptions.GetAsync(id)).ShouldBeNull();

    [Fact]
    public async Task Tokens_are_found_by_their_hash_only()
    {
        var token = SecretTokens.NewToken();
        await Subscriptions.AddTokenAsync(new SubscriptionToken(SecretTokens.Hash(token), "sub-0123456789abcdef0123456789abcdef", TokenPurpose.Confirm, At, At.AddDays(7)));

        var found = (await Subscriptions.FindTokenAsync(SecretTokens.Hash(token))).ShouldNotBeNull();
        found.SubscriptionId.ShouldBe("sub-0123456789abcdef0123456789abcdef");
        found.Purpose.ShouldBe(TokenPurpose.Confirm);
        found.ExpiresAt.ShouldBe(At.AddDays(7));
        (await Subscriptions.FindTokenAsync(SecretTokens.Hash(SecretTokens.NewToken()))).ShouldBeNull();
        (await Subscriptions.FindTokenAsync(token)).ShouldBeNull();

        var clients = _services.GetRequiredService<StorageClients>();
        var table = await clients.TableAsync(TableSubscriptionStore.TokensTable);
        await foreach (var row in table.QueryAsync<Azure.Data.Tables.TableEntity>())
        {
            row.Select(p => p.Value).OfType<string>().ShouldNotContain(token);
            row.PartitionKey.ShouldNotBe(token);
        }
    }

    [Fact]
    public async Task A_delivery_is_claimed_once_and_updated_only_from_its_current_version()
    {
        var pending = new Delivery { AlertId = "XR-0123456789abcdef01234567", SubscriptionId = "sub-0123456789abcdef0123456789abcdef", MessageKey = "digest-1", State = DeliveryState.Pending, CreatedAt = At, UpdatedAt = At };
        var claimed = (await Deliveries.TryRecordAsync(pending)).ShouldNotBeNull();
        (await Deliveries.TryRecordAsync(pending)).ShouldBeNull();

        var sent = (await Deliveries.TryRecordAsync(claimed with { State = DeliveryState.Sent, Attempts = 2, TransportId = "<m@x>", UpdatedAt = At.AddSeconds(3) })).ShouldNotBeNull();
        (await Deliveries.TryRecordAsync(claimed with { State = DeliveryState.Failed })).ShouldBeNull();

        var read = (await Deliveries.GetAsync(pending.AlertId, pending.SubscriptionId)).ShouldNotBeNull();
        read.State.ShouldBe(DeliveryState.Sent);
        read.Attempts.ShouldBe(2);
        read.MessageKey.ShouldBe("digest-1");
        read.TransportId.ShouldBe("<m@x>");
        read.Version.ShouldBe(sent.Version);
        (await Deliveries.ListAsync()).ShouldHaveSingleItem();
        (await Deliveries.GetAsync(pending.AlertId, "sub-ffffffffffffffffffffffffffffffff")).ShouldBeNull();
    }

    [Fact]
    public async Task Two_claims_at_once_give_one_winner()
    {
        var delivery = new Delivery { AlertId = "XR-race", SubscriptionId = "sub-0123456789abcdef0123456789abcdef", MessageKey = "XR-race", State = DeliveryState.Pending, CreatedAt = At, UpdatedAt = At };
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Deliveries.TryRecordAsync(delivery)));
        results.Count(r => r is not null).ShouldBe(1);
    }

    [Fact]
    public async Task Expired_tokens_are_deleted_at_most_max_at_a_time_live_ones_kept_and_a_second_sweep_at_once_is_harmless()
    {
        var now = At.AddDays(400);
        var subscription = "sub-0123456789abcdef0123456789abcdef";
        async Task<string> AddAsync(TokenPurpose purpose, DateTimeOffset created, DateTimeOffset? expires)
        {
            var hash = SecretTokens.Hash(SecretTokens.NewToken());
            await Subscriptions.AddTokenAsync(new SubscriptionToken(hash, subscription, purpose, created, expires));
            return hash;
        }

        string[] expired =
        [
            await AddAsync(TokenPurpose.Confirm, At, At.AddDays(7)),
            await AddAsync(TokenPurpose.Manage, At, At.AddDays(365)),
            await AddAsync(TokenPurpose.Manage, now.AddDays(-30), now.AddSeconds(-1)),
            // Minted before expiry was stamped: counts from its creation.
            await AddAsync(TokenPurpose.Manage, At, null),
        ];
        string[] live =
        [
            await AddAsync(TokenPurpose.Manage, now.AddDays(-10), now.AddDays(355)),
            await AddAsync(TokenPurpose.Confirm, now.AddDays(-1), now.AddDays(6)),
            await AddAsync(TokenPurpose.Manage, now.AddDays(-10), null),
            // Old, but its stamped expiry (a longer lifetime when it was minted) is still ahead.
            await AddAsync(TokenPurpose.Manage, At, now.AddDays(1)),
        ];
        var unstampedBefore = now.AddDays(-365);

        (await Subscriptions.DeleteExpiredTokensAsync(now, unstampedBefore, max: 3)).ShouldBe(3);
        (await Subscriptions.DeleteExpiredTokensAsync(now, unstampedBefore, max: 3)).ShouldBe(1);
        (await Subscriptions.DeleteExpiredTokensAsync(now, unstampedBefore, max: 3)).ShouldBe(0);
        foreach (var hash in expired) (await Subscriptions.FindTokenAsync(hash)).ShouldBeNull();
        foreach (var hash in live) (await Subscriptions.FindTokenAsync(hash)).ShouldNotBeNull();

        // Two sweeps at once over the same expired rows: no error, and each row is counted by at most one of them.
        string[] more = [.. await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => AddAsync(TokenPurpose.Manage, At, At.AddDays(1))))];
        var counts = await Task.WhenAll(Subscriptions.DeleteExpiredTokensAsync(now, unstampedBefore, 100), Subscriptions.DeleteExpiredTokensAsync(now, unstampedBefore, 100));
        counts.Sum().ShouldBeLessThanOrEqualTo(6);
        counts.Max().ShouldBeGreaterThan(0);
        foreach (var hash in more) (await Subscriptions.FindTokenAsync(hash)).ShouldBeNull();
        foreach (var hash in live) (await Subscriptions.FindTokenAsync(hash)).ShouldNotBeNull();
    }

    [Fact]
    public async Task An_alert_mails_unsubscribe_link_expires_after_the_lifetime_and_notify_deletes_its_token()
    {
        var time = new ManualTimeProvider(DateTimeOffset.UtcNow);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReportPipeline:Storage"] = azurite.ConnectionString,
            ["ReportPipeline:Tables:Prefix"] = AzuriteFixture.UniqueName(),
            ["ReportPipeline:Notifications:ManageTokenLifetime"] = "30.00:00:00",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<IHostResolver>(TestHostResolver.WithPublicHosts());
        var sender = new CapturingMessageSender();
        services.AddSingleton<IMessageSender>(sender);
        services.AddLogging();
        services.AddReportPipelineCore(configuration);
        services.AddReportPipelineStorage(configuration);
        await using var provider = services.BuildServiceProvider();
        var subscribe = provider.GetRequiredService<SubscriptionService>();
        var notify = provider.GetRequiredService<NotificationService>();
        var tokens = await provider.GetRequiredService<StorageClients>().TableAsync(TableSubscriptionStore.TokensTable);

        (await subscribe.SubscribeAsync(new SubscriptionRequest { Email = "ana@example.org" })).ConfirmationSent.ShouldBeTrue();
        var confirm = sender.Emails.Single().TextBody;
        confirm = confirm[(confirm.IndexOf("confirm?token=", StringComparison.Ordinal) + "confirm?token=".Length)..][..43];
        (await subscribe.ConfirmAsync(confirm)).Outcome.ShouldBe(SubscriptionOutcome.Confirmed);
        time.Advance(TimeSpan.FromMinutes(1));
        await provider.GetRequiredService<ReportPipeline.Core.Comparison.IAlertStore>().AddNewAsync("XR", [AlertSamples.Create("XR-" + Guid.NewGuid().ToString("N")[..24], time.GetUtcNow())]);
        (await notify.NotifyAsync()).MessagesSent.ShouldBe(1);
        var text = sender.Emails.Last().TextBody;
        var manage = text[(text.IndexOf("unsubscribe?token=", StringComparison.Ordinal) + "unsubscribe?token=".Length)..][..43];

        var stored = (await provider.GetRequiredService<ISubscriptionStore>().FindTokenAsync(SecretTokens.Hash(manage))).ShouldNotBeNull();
        stored.ExpiresAt.ShouldBe(stored.CreatedAt + TimeSpan.FromDays(30));
        tokens.Query<Azure.Data.Tables.TableEntity>().Count().ShouldBe(3);

        time.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));
        var refused = await subscribe.UnsubscribeAsync(manage);
        refused.Outcome.ShouldBe(SubscriptionOutcome.InvalidToken);
        refused.Errors.ShouldHaveSingleItem().ShouldStartWith("This link has expired: the links in a message work for 30 days.");

        // Every token of this subscriber has expired now: the confirmation's (7 days) and both manage tokens.
        (await notify.NotifyAsync()).TokensDeleted.ShouldBe(3);
        tokens.Query<Azure.Data.Tables.TableEntity>().ShouldBeEmpty();
        (await notify.NotifyAsync()).TokensDeleted.ShouldBe(0);
        (await provider.GetRequiredService<ISubscriptionStore>().ListAsync()).Single().State.ShouldBe(SubscriptionState.Confirmed);
    }
}
