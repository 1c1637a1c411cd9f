using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using ReportPipeline.Storage;
using ReportPipeline.Testing;

namespace ReportPipeline.IntegrationTests.Storage;

/// <summary>
/// What goes over the wire to real Azurite when many rows are written. Azurite does not refuse a
/// transaction of more than 100 operations or of several partitions (Azure does), so the requests
/// themselves are read: every <c>$batch</c> body is parsed for its operations and their partitions.
/// </summary>
[Collection(InProcessAzuriteCollection.Name)]
public sealed partial class TableBatchTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Rows_go_in_transactions_of_one_partition_and_at_most_a_hundred_operations()
    {
        var spy = new BatchSpy();
        var options = new TableClientOptions();
        options.AddPolicy(spy, HttpPipelinePosition.PerCall);
        var table = new TableServiceClient(azurite.ConnectionString, options).GetTableClient(AzuriteFixture.UniqueName());
        await table.CreateAsync();
        var rows = Enumerable.Range(0, 250).Select(i => new TableEntity("XR", $"2023|fact-{i:D3}") { ["Value"] = "Yes" })
            .Concat(Enumerable.Range(0, 130).Select(i => new TableEntity("XB", $"2023|fact-{i:D3}") { ["Value"] = "No" }))
            .Append(new TableEntity("XR", "2023|fact-007") { ["Value"] = "No" })
            .ToList();

        var written = await TableBatch.UpsertAsync(table, rows);
        var again = await TableBatch.UpsertAsync(table, rows);

        written.ShouldBe(380);
        again.ShouldBe(380);
        var batches = spy.Batches.ToList();
        batches.ShouldAllBe(b => b.Operations.Count <= TableBatch.MaxOperations && b.Operations.Count > 0);
        batches.ShouldAllBe(b => b.Operations.Select(o => o.Partition).Distinct().Count() == 1);
        batches.ShouldAllBe(b => b.Operations.All(o => o.Method == "PUT"), "upsert-replace: a retry rewrites the same rows");
        batches.Select(b => b.Operations.Count).Order().ShouldBe([30, 30, 50, 50, 100, 100, 100, 100, 100, 100]);

        // The later of two rows with the same keys wins, and nothing is doubled.
        var stored = table.Query<TableEntity>().ToList();
        stored.Count.ShouldBe(380);
        stored.Single(e => e.PartitionKey == "XR" && e.RowKey == "2023|fact-007").GetString("Value").ShouldBe("No");
    }

    private sealed record Operation(string Method, string Partition);

    private sealed record Batch(IReadOnlyList<Operation> Operations);

    private sealed partial class BatchSpy : HttpPipelinePolicy
    {
        public ConcurrentQueue<Batch> Batches { get; } = new();

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Record(message);
            ProcessNext(message, pipeline);
        }

        public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Record(message);
            return ProcessNextAsync(message, pipeline);
        }

        private void Record(HttpMessage message)
        {
            if (!message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal) || message.Request.Content is null)
            {
                return;
            }

            using var body = new MemoryStream();
            message.Request.Content.WriteTo(body, CancellationToken.None);
            var text = Encoding.UTF8.GetString(body.ToArray());
            Batches.Enqueue(new Batch([.. SubRequest().Matches(text).Select(m => new Operation(m.Groups["method"].Value, Uri.UnescapeDataString(m.Groups["pk"].Value)))]));
        }

        [GeneratedRegex(@"^(?<method>PUT|POST|PATCH|MERGE|DELETE) \S+\(PartitionKey='(?<pk>[^']*)',RowKey='[^']*'\)", RegexOptions.Multiline)]
        private static partial Regex SubRequest();
    }
}
