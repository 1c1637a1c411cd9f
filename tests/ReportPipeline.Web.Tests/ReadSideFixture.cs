using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Core;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Identification;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Transports;
using ReportPipeline.Storage;
using ReportPipeline.Testing;
using Xunit.Abstractions;

namespace ReportPipeline.Web.Tests;

/// <summary>
/// Real Azurite holding two ingested and compared Ruritania reports plus one failed file with markup in its name, and the
/// read side served by Kestrel on a loopback port, as `reportpipeline serve` runs it: subscriptions included, their
/// mail going to a real maildev on loopback.
/// </summary>
public sealed class ReadSideFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    public const string AdminKey = "test-admin-key";

    private readonly AzuriteFixture _azurite = new(diagnostics);
    private readonly MaildevServer _maildev = new();
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    public HttpClient Client { get; } = new();

    public MaildevServer Mail => _maildev;

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("Not started.");

    public const int FeedPageSize = 1;

    /// <summary>The public address configured for the main site: every feed link starts here, whatever Host a request names.</summary>
    public const string PublicBaseUrl = "https://reports.ruritania.test";

    /// <summary>The same stores served a second time with no public address configured (feed links relative).</summary>
    public HttpClient Unconfigured { get; } = new();

    private WebApplication? _unconfigured;

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        await _maildev.InitializeAsync();
        var name = AzuriteFixture.UniqueName("w");
        _app = await StartAsync(name, PublicBaseUrl);
        BaseUrl = _app.Urls.First().TrimEnd('/');
        Client.BaseAddress = new Uri(BaseUrl);
        _unconfigured = await StartAsync(name, publicBaseUrl: null);
        Unconfigured.BaseAddress = new Uri(_unconfigured.Urls.First());

        var ingestion = Services.GetRequiredService<IngestionService>();
        foreach (var (fileName, text) in RuritaniaReports.TwoYears())
        {
            var outcome = await ingestion.IngestAsync(ReportBlob.FromBytes(fileName, Encoding.UTF8.GetBytes(text)));
            outcome.Kind.ShouldBe(IngestOutcomeKind.Ingested, outcome.Reason);
        }

        var junk = await ingestion.IngestAsync(ReportBlob.FromBytes(RuritaniaReports.HostileName, [0, 1, 2, 3, 0xFF, 0xFE, 0, 0, 7, 8, 9, 0, 0, 0]));
        junk.Kind.ShouldBe(IngestOutcomeKind.Failed);
        var compared = await Services.GetRequiredService<CompareService>().CompareDirtyAsync();
        compared.Raised.ShouldBeGreaterThan(0);
    }

    private async Task<WebApplication> StartAsync(string name, string? publicBaseUrl)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReportPipeline:Storage"] = _azurite.ConnectionString,
            ["ReportPipeline:Containers:Reports"] = $"{name}-reports",
            ["ReportPipeline:Containers:Failed"] = $"{name}-failed",
            ["ReportPipeline:Tables:Prefix"] = name,
            ["ReportPipeline:PublicBaseUrl"] = publicBaseUrl,
            ["ReportPipeline:Web:AdminKey"] = AdminKey,
            // One alert per feed page, so the few alerts of two reports span several (RFC 5005 paging is tested on
            // them) even after another test of the collection has dismissed one.
            ["ReportPipeline:Web:FeedPageSize"] = FeedPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ReportPipeline:Smtp:Host"] = _maildev.Host,
            ["ReportPipeline:Smtp:Port"] = _maildev.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ReportPipeline:Smtp:UseTls"] = "false",
        });
        builder.Services.AddSingleton(CountryCatalog.Load(Path.Combine(SharedData.RepositoryRoot, "samples", "countries.tsv")));
        builder.Services.AddReportPipelineCore(builder.Configuration);
        builder.Services.AddReportPipelineStorage(builder.Configuration);
        builder.Services.AddReportPipelineTransports(builder.Configuration);
        builder.Services.AddReportPipelineWeb(builder.Configuration);
        var app = builder.Build();
        app.UseReportPipelineErrors();
        app.MapReportPipeline();
        await app.StartAsync();
        return app;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        Unconfigured.Dispose();
        foreach (var app in new[] { _app, _unconfigured })
        {
            if (app is null) continue;
            await app.StopAsync();
            await app.DisposeAsync();
        }

        await _azurite.DisposeAsync();
        await _maildev.DisposeAsync();
    }
}
