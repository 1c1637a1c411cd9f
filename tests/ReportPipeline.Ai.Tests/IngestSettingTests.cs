using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Core;
using ReportPipeline.Core.Identification;
using ReportPipeline.Core.Statements;
using static ReportPipeline.Ai.Tests.TestReports;

namespace ReportPipeline.Ai.Tests;

/// <summary><c>ReportPipeline:Ai:UseDuringIngest</c> decides whether the registered extractor asks the model.</summary>
public sealed class IngestSettingTests : IAsyncLifetime
{
    private ChatCompletionServer _server = null!;

    public async Task InitializeAsync() => _server = await ChatCompletionServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static readonly string Report = string.Join("\n", Assessment, Notice);

    private ServiceProvider Services(bool useDuringIngest, bool endpoint = true, bool modelFirst = false)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ReportPipeline:Ai:Endpoint"] = endpoint ? _server.Endpoint.ToString() : null,
            ["ReportPipeline:Ai:Model"] = "ingest-model",
            ["ReportPipeline:Ai:UseDuringIngest"] = useDuringIngest ? "true" : "false",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var countries = new CountryCatalog([.. CountryCatalog.Default.All, new Country("XR", "Ruritania", [])]);
        var services = new ServiceCollection().AddSingleton(countries);
        // Each project registers its own types; the model is a decorator Core applies, so the order does not matter.
        if (modelFirst)
        {
            services.AddReportPipelineAi(configuration).AddReportPipelineCore(configuration);
        }
        else
        {
            services.AddReportPipelineCore(configuration).AddReportPipelineAi(configuration);
        }

        services.Count(d => d.ServiceType == typeof(ReportExtractor)).ShouldBe(1);
        return services.BuildServiceProvider();
    }

    private static async Task<Core.Model.ExtractionResult> ExtractAsync(ServiceProvider services)
    {
        using var input = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Report));
        return await services.GetRequiredService<ReportExtractor>().ExtractAsync(input, "xr-2024.txt");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task With_the_setting_on_ingestion_asks_the_model(bool modelFirst)
    {
        _server.ThenAnswer(request => Answer(request, _ => [Label("inspection_restriction", "imposed", 0.8, ("date", "2024-03"))]));
        await using var services = Services(useDuringIngest: true, modelFirst: modelFirst);

        var result = await ExtractAsync(services);

        _server.Requests.ShouldHaveSingleItem().Sentences.ShouldBe([Notice]);
        result.Statements.Select(s => (s.Category, s.Classifier)).ShouldBe([("assessment", "rules"), ("inspection_restriction", "ingest-model")]);
        result.Statements[1].Text.ShouldBe(Notice);
        services.GetRequiredService<ModelUsage>().Snapshot().StatementsAdded.ShouldBe(1);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task Without_the_setting_or_without_an_endpoint_ingestion_uses_the_rules_alone(bool useDuringIngest, bool endpoint)
    {
        await using var services = Services(useDuringIngest, endpoint);

        var result = await ExtractAsync(services);

        result.Statements.Select(s => (s.Category, s.Classifier)).ShouldBe([("assessment", "rules")]);
        _server.Requests.ShouldBeEmpty();
    }
}
