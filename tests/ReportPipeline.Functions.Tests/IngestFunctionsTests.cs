using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Hosting;
using ReportPipeline.Hosting.Handlers;
using ReportPipeline.Storage;
using ReportPipeline.Testing;

namespace ReportPipeline.Functions.Tests;

public sealed class IngestFunctionsTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task A_dropped_report_is_ingested_and_its_country_marked_for_comparison()
    {
        await using var harness = new FunctionsHarness(azurite);
        var blob = await harness.UploadSampleAsync("ruritania-usdol-2022.txt", "2022/ruritania.txt");

        var outcome = await harness.Function<IngestReport>().Run(blob, CancellationToken.None);

        outcome.ShouldNotBeNull();
        outcome.Kind.ShouldBe(IngestOutcomeKind.Ingested, outcome.Reason);
        var document = outcome.Documents.ShouldHaveSingleItem();
        (document.Iso2, document.Year, document.BlobName).ShouldBe(("XR", 2022, "2022/ruritania.txt"));
        (await harness.RowsAsync(TableNames.Facts, "PartitionKey eq 'XR'")).Count.ShouldBe(outcome.FactCount);
        (await harness.Get<Core.Comparison.ICountryDirtyFlags>().GetDirtyAsync("XR")).ShouldNotBeNull();
    }

    [Fact]
    public async Task The_same_event_delivered_twice_stores_nothing_twice()
    {
        await using var harness = new FunctionsHarness(azurite);
        var blob = await harness.UploadSampleAsync("ruritania-usdol-2023.txt");
        var function = harness.Function<IngestReport>();

        var first = await function.Run(blob, CancellationToken.None);
        var factsAfterFirst = await harness.RowsAsync(TableNames.Facts);
        var second = await function.Run(blob, CancellationToken.None);

        first!.Kind.ShouldBe(IngestOutcomeKind.Ingested);
        second!.Kind.ShouldBe(IngestOutcomeKind.Duplicate);
        (await harness.RowsAsync(TableNames.Facts)).Count.ShouldBe(factsAfterFirst.Count);
        (await harness.RowsAsync(TableNames.Documents)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_blob_deleted_before_the_trigger_ran_is_ignored()
    {
        await using var harness = new FunctionsHarness(azurite);
        var blob = await harness.UploadSampleAsync("ruritania-usdol-2024.txt");
        await blob.DeleteAsync();

        (await harness.Function<IngestReport>().Run(blob, CancellationToken.None)).ShouldBeNull();
        (await harness.RowsAsync(TableNames.Documents)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_blob_that_failed_every_retry_ends_recorded_as_failed_and_is_not_retried()
    {
        await using var harness = new FunctionsHarness(azurite);
        var blob = await harness.UploadSampleAsync("ruritania-usdol-2023.txt", "stuck.txt");
        var message = new BlobTriggerPoisonMessage
        {
            FunctionId = "Host.Functions.IngestReport",
            BlobType = "BlockBlob",
            ContainerName = harness.Storage.Options.ReportsContainer,
            BlobName = "stuck.txt",
            ETag = (await blob.GetPropertiesAsync()).Value.ETag.ToString(),
        };

        var givenUp = await harness.Function<RecordFailedBlob>().Run(message, CancellationToken.None);

        givenUp!.Kind.ShouldBe(IngestOutcomeKind.Failed);
        var row = (await harness.RowsAsync(TableNames.Documents)).ShouldHaveSingleItem();
        row.GetString("Status").ShouldBe(DocumentStatus.Failed);
        row.GetString("Reason").ShouldContain("every retry");
        (await (await harness.FailedAsync()).GetBlobClient("stuck.txt").ExistsAsync()).Value.ShouldBeTrue();

        // A late retry of the trigger (or `watch` after a restart) sees the recorded failure and stops there.
        var retried = await harness.Function<IngestReport>().Run(blob, CancellationToken.None);
        retried!.Kind.ShouldBe(IngestOutcomeKind.Duplicate);
        retried.Reason!.ShouldContain(DocumentStatus.Failed);
        (await harness.RowsAsync(TableNames.Facts)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_poison_message_about_another_container_changes_nothing()
    {
        await using var harness = new FunctionsHarness(azurite);
        var message = new BlobTriggerPoisonMessage { ContainerName = "elsewhere", BlobName = "x.pdf" };

        (await harness.Function<RecordFailedBlob>().Run(message, CancellationToken.None)).ShouldBeNull();
        (await harness.RowsAsync(TableNames.Documents)).ShouldBeEmpty();
    }
}
