using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReportPipeline.Core.Identification;
using ReportPipeline.Transports;
using ReportPipeline.Storage;
using ReportPipeline.Development;
using ReportPipeline.Hosting;
using ReportPipeline.Storage.Subscriptions;
using ReportPipeline.Web;

namespace ReportPipeline.Cli.Commands;

/// <summary>
/// <c>reportpipeline serve</c>: the read API, Atom feeds, subscription endpoints and the dashboard
/// on Kestrel — the same endpoints the Functions app's HTTP triggers serve in Azure.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen (default http://127.0.0.1:5080).", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var storage = new Option<string?>("--storage") { Description = "Storage connection string; default ReportPipeline__Storage or AzureWebJobsStorage, else a local Azurite (found or started)." };
        var countries = CliOptions.Countries();
        var command = new Command("serve", "Serve the read API, alert feeds and the dashboard.") { urls, storage, countries };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(urls)!, parse.GetValue(storage), parse.GetValue(countries), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string urls, string? storage, FileInfo[]? countryFiles, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        builder.Configuration.AddEnvironmentVariables();
        if (!string.IsNullOrWhiteSpace(storage))
        {
            builder.Configuration.AddInMemoryCollection([new("ReportPipeline:Storage", storage)]);
        }

        // The local Azurite and data folder ingest and demo use, so the dashboard shows what they stored.
        var azurite = await StorageSession.UseLocalAzuriteWhenUnconfiguredAsync(builder.Configuration, cancellationToken).ConfigureAwait(false);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddSingleton<CountryCatalog>(CliOptions.LoadCountries(countryFiles));
        builder.Services.AddReportPipeline(builder.Configuration).AddReportPipelineWeb(builder.Configuration);
        try
        {
            await using var app = builder.Build();
            app.UseReportPipelineErrors();
            app.MapReportPipeline();
            // Fail at once, in one line, when the account does not answer or refuses the key (Program.cs reports it).
            await app.Services.GetRequiredService<StorageClients>().ProbeAsync(cancellationToken).ConfigureAwait(false);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            Console.Error.WriteLine($"Dashboard and API on {string.Join(", ", app.Urls)} (Ctrl-C stops).");
            if (PublicAddressNotice.ForServe(builder.Configuration) is { } notice)
            {
                Console.Error.WriteLine(notice);
            }
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }
        finally
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
