using ReportPipeline.Core.Ingestion;
using ReportPipeline.Storage.Tables;
using ReportPipeline.Testing;

namespace ReportPipeline.IntegrationTests.Ingestion;

/// <summary>
/// The claim that makes ingestion exactly-once across crashes, on real Azurite: a live claim keeps
/// others out, a lapsed one (its owner died) is taken over, and the dead owner can no longer act on it.
/// </summary>
[Collection(InProcessAzuriteCollection.Name)]
public sealed class ClaimLeaseTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private const string Key = "5e0c2a7f6d1b4c3a9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d";

    [Fact]
    public async Task A_live_claim_keeps_others_out_and_a_lapsed_one_is_taken_over_from_its_dead_owner()
    {
        await using var harness = new IngestionHarness(azurite.ConnectionString);
        var clock = new ManualTimeProvider(Start);
        var ledger = new TableIngestionLedger(harness.Clients, clock);

        (await ledger.TryClaimAsync(Key, "a.pdf", 10, "crashed", Start + Lease)).Result.ShouldBe(ClaimResult.Claimed);
        var held = await ledger.TryClaimAsync(Key, "a.pdf", 10, "survivor", clock.GetUtcNow() + Lease);
        held.Result.ShouldBe(ClaimResult.HeldByOther);
        held.Existing!.Owner.ShouldBe("crashed");

        // The owner renews while it works; then it dies and the lease runs out.
        clock.Advance(Lease / 2);
        (await ledger.RenewAsync(Key, "crashed", clock.GetUtcNow() + Lease)).ShouldBeTrue();
        clock.Advance(Lease - TimeSpan.FromSeconds(1));
        (await ledger.TryClaimAsync(Key, "a.pdf", 10, "survivor", clock.GetUtcNow() + Lease)).Result.ShouldBe(ClaimResult.HeldByOther);
        clock.Advance(TimeSpan.FromSeconds(2));

        var takeover = await ledger.TryClaimAsync(Key, "a.pdf", 10, "survivor", clock.GetUtcNow() + Lease);
        takeover.Result.ShouldBe(ClaimResult.Claimed);
        takeover.Existing!.Owner.ShouldBe("crashed");
        (await ledger.GetContentAsync(Key))!.Owner.ShouldBe("survivor");

        // Were the first owner only slow, not dead: it can neither renew nor release what it lost.
        (await ledger.RenewAsync(Key, "crashed", clock.GetUtcNow() + Lease)).ShouldBeFalse();
        await ledger.ReleaseAsync(Key, "crashed");
        (await ledger.GetContentAsync(Key))!.Owner.ShouldBe("survivor");

        await ledger.CompleteAsync(new ContentRecord { Key = Key, Status = DocumentStatus.Ingested, BlobName = "a.pdf", DocumentCount = 1, CompletedAt = clock.GetUtcNow() });
        var done = await ledger.TryClaimAsync(Key, "copy of a.pdf", 10, "third", clock.GetUtcNow() + Lease);
        done.Result.ShouldBe(ClaimResult.AlreadyDone);
        done.Existing!.Status.ShouldBe(DocumentStatus.Ingested);
    }

    [Fact]
    public async Task A_released_claim_is_free_at_once_and_of_many_claimants_racing_exactly_one_wins()
    {
        await using var harness = new IngestionHarness(azurite.ConnectionString);
        var ledger = new TableIngestionLedger(harness.Clients);
        var until = DateTimeOffset.UtcNow + Lease;

        var claims = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => ledger.TryClaimAsync(Key, "a.pdf", 10, $"ingester-{i}", until)));
        claims.Count(c => c.Result == ClaimResult.Claimed).ShouldBe(1);
        claims.Count(c => c.Result == ClaimResult.HeldByOther).ShouldBe(11);
        var winner = (await ledger.GetContentAsync(Key))!.Owner!;

        // Cancelled: the owner gives the content back and the next ingester need not wait for the lease.
        await ledger.ReleaseAsync(Key, winner);
        (await ledger.GetContentAsync(Key)).ShouldBeNull();
        (await ledger.TryClaimAsync(Key, "a.pdf", 10, "next", until)).Result.ShouldBe(ClaimResult.Claimed);
    }
}
