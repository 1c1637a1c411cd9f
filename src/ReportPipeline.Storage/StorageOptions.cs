using Microsoft.Extensions.Configuration;

namespace ReportPipeline.Storage;

/// <summary>
/// Where the pipeline's blobs and tables live. Read from configuration:
/// <c>ReportPipeline:Storage</c> (or <c>AzureWebJobsStorage</c>) is the connection string;
/// <c>ReportPipeline:Containers:Reports</c>, <c>ReportPipeline:Containers:Failed</c> and
/// <c>ReportPipeline:Tables:Prefix</c> rename containers and tables (tests use them to isolate runs).
/// </summary>
public sealed class StorageOptions
{
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    /// <summary>An Azure Storage connection string; <c>UseDevelopmentStorage=true</c> means Azurite on its default ports.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Without a connection string: the account reached with an Azure identity (managed identity in
    /// Azure, developer sign-in locally). Read from <c>AzureWebJobsStorage:accountName</c> like the Functions host.
    /// </summary>
    public string? AccountName { get; set; }

    /// <summary>The managed identity's client id when a user-assigned identity is used (<c>AzureWebJobsStorage:clientId</c>).</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Where reports are dropped (default <c>reports</c>).</summary>
    public string ReportsContainer { get; set; } = "reports";

    /// <summary>Where blobs that could not be processed are copied (default <c>reports-failed</c>).</summary>
    public string FailedContainer { get; set; } = "reports-failed";

    /// <summary>Prepended to every table name (letters and digits; default none).</summary>
    public string TablePrefix { get; set; } = string.Empty;

    public string TableName(string table) => TablePrefix + table;

    /// <summary>Fills the options from configuration (see the class summary for the keys).</summary>
    public static void Bind(StorageOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        options.ConnectionString = FirstNonEmpty(configuration["ReportPipeline:Storage"], configuration["AzureWebJobsStorage"], options.ConnectionString);
        options.AccountName = FirstNonEmpty(configuration["ReportPipeline:StorageAccountName"], configuration["AzureWebJobsStorage:accountName"], options.AccountName);
        options.ManagedIdentityClientId = FirstNonEmpty(configuration["AzureWebJobsStorage:clientId"], options.ManagedIdentityClientId);
        options.ReportsContainer = FirstNonEmpty(configuration["ReportPipeline:Containers:Reports"], options.ReportsContainer)!;
        options.FailedContainer = FirstNonEmpty(configuration["ReportPipeline:Containers:Failed"], options.FailedContainer)!;
        options.TablePrefix = configuration["ReportPipeline:Tables:Prefix"] ?? options.TablePrefix;
    }

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString) && string.IsNullOrWhiteSpace(AccountName))
        {
            throw new StorageConfigurationException("No storage is configured: set ReportPipeline:Storage (environment ReportPipeline__Storage) or AzureWebJobsStorage to a connection string, e.g. UseDevelopmentStorage=true, or AzureWebJobsStorage__accountName for an Azure identity.");
        }

        if (TablePrefix.Any(c => !char.IsAsciiLetterOrDigit(c)) || (TablePrefix.Length > 0 && !char.IsAsciiLetter(TablePrefix[0])))
        {
            throw new StorageConfigurationException($"ReportPipeline:Tables:Prefix '{TablePrefix}' must be letters and digits, starting with a letter.");
        }
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
