using Azure;
using Azure.Identity;
using ReportPipeline.Core.Ingestion;

namespace ReportPipeline.Storage;

/// <summary>The ways an unreachable or failing storage account shows up, for every host that reports or waits out an outage.</summary>
public static class StorageFailures
{
    public static bool IsStorageFailure(Exception exception) => exception switch
    {
        StorageUnavailableException or StorageProbeException or RequestFailedException or HttpRequestException or IOException or System.Net.Sockets.SocketException => true,
        AuthenticationFailedException or CredentialUnavailableException => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsStorageFailure),
        _ => false,
    };

    /// <summary>What went wrong, in one line a person can act on (no stack trace, no response headers).</summary>
    public static string Describe(Exception exception) => Innermost(exception) switch
    {
        StorageProbeException ex => ex.Message,
        // Azure says AuthenticationFailed; Azurite answers a wrong key with a bare 403.
        RequestFailedException { Status: 403, ErrorCode: null or "" or "AuthenticationFailed" or "AuthorizationFailure" } ex =>
            $"the account refused the credentials (403{(string.IsNullOrEmpty(ex.ErrorCode) ? string.Empty : " " + ex.ErrorCode)}): check the account name and key in the connection string",
        RequestFailedException { Status: 403 } ex => $"access denied ({ex.Status} {ex.ErrorCode}): {FirstLine(ex.Message)}",
        RequestFailedException { Status: 0 } ex => FirstLine(ex.InnerException?.Message ?? ex.Message),
        RequestFailedException ex => $"{ex.Status} {ex.ErrorCode}: {FirstLine(ex.Message)}",
        var ex => FirstLine(ex.Message),
    };

    private static Exception Innermost(Exception exception) => exception switch
    {
        StorageProbeException => exception,
        StorageUnavailableException { InnerException: { } inner } => Innermost(inner),
        StorageConfigurationException { InnerException: { } inner } => Innermost(inner),
        AggregateException { InnerExceptions.Count: > 0 } aggregate => Innermost(aggregate.InnerExceptions[^1]),
        RequestFailedException { Status: 0, InnerException: { } inner } => Innermost(inner),
        _ => exception,
    };

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.Length == 0 ? message.Trim() : line;
    }
}

/// <summary>The first request of a command found the account unusable; the message names the endpoint and why.</summary>
public sealed class StorageProbeException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The storage settings cannot be used (no account, a malformed connection string): fixing the settings is the only cure.</summary>
public sealed class StorageConfigurationException(string message, Exception? inner = null) : InvalidOperationException(message, inner);
