using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging.Abstractions;
using ReportPipeline.Testing;

namespace ReportPipeline.Hosting.Tests;

public sealed class CompareRunsTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    // Each test gets its own table and queues, so that tests sharing one Azurite never see each other's runs.
    private readonly string _prefix = "T" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Start_queues_one_message_per_distinct_country_in_the_functions_encoding()
    {
        var (runs, queues) = Create();

        var started = await runs.StartAsync(["xr", "AZ", " XR ", "ua"]);

        started.Countries.ShouldBe(["AZ", "UA", "XR"]);
        started.NotifyQueued.ShouldBeFalse();
        var messages = await DrainAsync<CompareCountryMessage>(queues, PipelineNames.CompareQueue);
        messages.ShouldBe([new(started.RunId, "AZ"), new(started.RunId, "UA"), new(started.RunId, "XR")], ignoreOrder: true);
        (await runs.StatesAsync(started.RunId)).Values.ShouldAllBe(s => s == "pending");
    }

    [Fact]
    public async Task Only_the_last_country_to_finish_queues_the_notification_once()
    {
        var (runs, queues) = Create();
        var started = await runs.StartAsync(["AZ", "UA", "XR"]);

        (await runs.CompleteAsync(new(started.RunId, "AZ"), error: null)).ShouldBeFalse();
        (await runs.CompleteAsync(new(started.RunId, "UA"), error: "storage timeout")).ShouldBeFalse();
        (await DrainAsync<NotifyMessage>(queues, PipelineNames.NotifyQueue)).ShouldBeEmpty();

        (await runs.CompleteAsync(new(started.RunId, "XR"), error: null)).ShouldBeTrue();
        // A redelivered message for a country already done changes nothing and queues nothing more.
        (await runs.CompleteAsync(new(started.RunId, "XR"), error: null)).ShouldBeFalse();
        (await runs.CompleteAsync(new(started.RunId, "AZ"), error: null)).ShouldBeFalse();

        (await DrainAsync<NotifyMessage>(queues, PipelineNames.NotifyQueue)).ShouldBe([new NotifyMessage(started.RunId)]);
        var states = await runs.StatesAsync(started.RunId);
        states["AZ"].ShouldBe("done");
        states["UA"].ShouldBe("failed");
        states["XR"].ShouldBe("done");
    }

    [Fact]
    public async Task Countries_finishing_at_the_same_time_on_many_instances_notify_exactly_once()
    {
        var countries = Enumerable.Range(0, 40).Select(i => $"{(char)('A' + (i / 26))}{(char)('A' + (i % 26))}").ToList();
        var (starter, queues) = Create();
        var started = await starter.StartAsync(countries);

        // One CompareRuns per "instance", all completing concurrently.
        var winners = await Task.WhenAll(countries.Select(async iso2 =>
        {
            var (instance, _) = Create();
            return await instance.CompleteAsync(new(started.RunId, iso2), error: null);
        }));

        winners.Count(w => w).ShouldBe(1);
        (await DrainAsync<NotifyMessage>(queues, PipelineNames.NotifyQueue)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_run_with_nothing_to_compare_goes_straight_to_notification()
    {
        var (runs, queues) = Create();

        var started = await runs.StartAsync([]);

        started.NotifyQueued.ShouldBeTrue();
        (await DrainAsync<CompareCountryMessage>(queues, PipelineNames.CompareQueue)).ShouldBeEmpty();
        (await DrainAsync<NotifyMessage>(queues, PipelineNames.NotifyQueue)).ShouldBe([new NotifyMessage(started.RunId)]);
    }

    private (CompareRuns Runs, QueueServiceClient Queues) Create()
    {
        var queues = new QueueServiceClient(azurite.ConnectionString);
        var runs = new CompareRuns(new TableCompareRunStore(new TableServiceClient(azurite.ConnectionString), _prefix), new AzureCompareRunQueues(queues, _prefix.ToLowerInvariant() + "-"), TimeProvider.System, NullLogger<CompareRuns>.Instance);
        return (runs, queues);
    }

    private async Task<List<T>> DrainAsync<T>(QueueServiceClient queues, string queue)
    {
        var client = queues.GetQueueClient(_prefix.ToLowerInvariant() + "-" + queue);
        var messages = new List<T>();
        while (true)
        {
            var batch = (await client.ReceiveMessagesAsync(maxMessages: 32)).Value;
            if (batch.Length == 0)
            {
                return messages;
            }

            foreach (var message in batch)
            {
                messages.Add(CompareRuns.Decode<T>(message.MessageText));
                await client.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }
    }
}
