using System.Reflection;
using System.Text;
using Microsoft.Azure.Functions.Worker;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Hosting;
using ReportPipeline.Storage;
using ReportPipeline.Testing;

namespace ReportPipeline.Functions.Tests;

public sealed class RetractFunctionTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static string BlobDeleted(string container, string blob) => Convert.ToBase64String(Encoding.UTF8.GetBytes($$"""
        {"id":"{{Guid.NewGuid()}}","topic":"/subscriptions/x/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/acct",
         "subject":"/blobServices/default/containers/{{container}}/blobs/{{blob}}","eventType":"Microsoft.Storage.BlobDeleted",
         "eventTime":"2026-12-03T10:00:00Z","data":{"api":"DeleteBlob","url":"https://acct.blob.core.windows.net/{{container}}/{{blob}}"},
         "dataVersion":"","metadataVersion":"1"}
        """));

    [Fact]
    public void RetractDeletedReport_is_a_queue_trigger_on_the_deletions_queue()
    {
        var run = typeof(RetractDeletedReport).GetMethod(nameof(RetractDeletedReport.Run))!;
        run.GetCustomAttribute<FunctionAttribute>()!.Name.ShouldBe("RetractDeletedReport");
        run.GetParameters()[0].GetCustomAttribute<QueueTriggerAttribute>()!.QueueName.ShouldBe(PipelineNames.DeletionsQueue);
    }

    [Fact]
    public async Task A_blob_deleted_event_retracts_the_document_of_the_deleted_report()
    {
        await using var harness = new FunctionsHarness(azurite);
        var blob = await harness.UploadSampleAsync("ruritania-usdol-2023.txt", "2023/ruritania.txt");
        (await harness.Function<IngestReport>().Run(blob, CancellationToken.None))!.Kind.ShouldBe(IngestOutcomeKind.Ingested);
        await blob.DeleteAsync();

        var function = harness.Function<RetractDeletedReport>();
        var outcome = await function.Run(BlobDeleted(harness.Storage.Options.ReportsContainer, "2023/ruritania.txt"), CancellationToken.None);

        outcome.ShouldNotBeNull().Retired.ShouldHaveSingleItem().Status.ShouldBe(DocumentStatus.Retracted);
        var row = (await harness.RowsAsync(TableNames.Documents)).ShouldHaveSingleItem();
        row.GetString("Status").ShouldBe(DocumentStatus.Retracted);
        row.GetString("Reason").ShouldBe("The blob '2023/ruritania.txt' was deleted.");

        // The event delivered again, and an event about another container, change nothing.
        (await function.Run(BlobDeleted(harness.Storage.Options.ReportsContainer, "2023/ruritania.txt"), CancellationToken.None))!.Retired.ShouldBeEmpty();
        (await function.Run(BlobDeleted("elsewhere", "2023/ruritania.txt"), CancellationToken.None)).ShouldBeNull();
        (await harness.RowsAsync(TableNames.Documents)).ShouldHaveSingleItem().GetString("Status").ShouldBe(DocumentStatus.Retracted);
    }
}
