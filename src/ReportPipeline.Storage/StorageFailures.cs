using Azure;
using ReportPipeline.Core.Ingestion;

namespace ReportPipeline.Storage;

/// <summary>The ways an unreachable or failing storage account shows up, for every host that reports or waits out an outage.</summary>
public static class StorageFailures
{
    public static bool IsStorageFailure(Exception exception) => exception switch
    {
        StorageUnavailableException or RequestFailedException or HttpRequestException or IOException or System.Net.Sockets.SocketException => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsStorageFailure),
        _ => false,
    };
}
