using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using ReportPipeline.Hosting;
using ReportPipeline.Testing;

namespace ReportPipeline.Functions.Tests;

/// <summary>
/// The bindings as the Functions host will read them: the <c>functions.metadata</c> the worker SDK
/// writes beside the app when it builds (bin/&lt;configuration&gt;/net10.0), not the attributes in
/// the source. A renamed queue, a lost Event Grid source or an admin route left anonymous fails here.
/// </summary>
public sealed class FunctionsMetadataTests
{
    // One line per function: entry point, then each binding as "direction type key=value…"
    // (keys sorted; "connection" absent means the host's AzureWebJobsStorage).
    private static readonly string[] Expected =
    [
        "AlertsFeed: ReadApiFunctions.AlertsFeed | In httpTrigger authLevel=Anonymous methods=get route=feeds/alerts.atom | Out http",
        "CompareCountries: CompareCountries.Run | In timerTrigger schedule=%CompareSchedule%",
        "CompareCountry: CompareCountry.Run | In queueTrigger queueName=compare-countries",
        "CompareCountryGaveUp: CompareCountryGaveUp.Run | In queueTrigger queueName=compare-countries-poison",
        "ConfirmSubscription: SubscriptionFunctions.ConfirmSubscription | In httpTrigger authLevel=Anonymous methods=get,post route=api/subscriptions/confirm | Out http",
        "CountryAlertsFeed: ReadApiFunctions.CountryAlertsFeed | In httpTrigger authLevel=Anonymous methods=get route=feeds/countries/{iso2}/alerts.atom | Out http",
        "Dashboard: DashboardFunctions.Dashboard | In httpTrigger authLevel=Anonymous methods=get route=dashboard | Out http",
        "DashboardAsset: DashboardFunctions.DashboardAsset | In httpTrigger authLevel=Anonymous methods=get route=dashboard/{file} | Out http",
        "GetAlert: ReadApiFunctions.GetAlert | In httpTrigger authLevel=Anonymous methods=get route=api/alerts/{id} | Out http",
        "GetCountryStatus: ReadApiFunctions.GetCountryStatus | In httpTrigger authLevel=Anonymous methods=get route=api/countries/{iso2}/status | Out http",
        "GetCountryTimeline: ReadApiFunctions.GetCountryTimeline | In httpTrigger authLevel=Anonymous methods=get route=api/countries/{iso2}/timeline | Out http",
        "IngestReport: IngestReport.Run | In blobTrigger path=reports/{name} source=EventGrid supportsDeferredBinding=True",
        "ListAlerts: ReadApiFunctions.ListAlerts | In httpTrigger authLevel=Anonymous methods=get route=api/alerts | Out http",
        "ListCountries: ReadApiFunctions.ListCountries | In httpTrigger authLevel=Anonymous methods=get route=api/countries | Out http",
        "ListDocuments: ReadApiFunctions.ListDocuments | In httpTrigger authLevel=Anonymous methods=get route=api/documents | Out http",
        "ListSubscribers: SubscriptionFunctions.ListSubscribers | In httpTrigger authLevel=Function methods=get route=api/subscribers | Out http",
        "ManageSubscription: SubscriptionFunctions.ManageSubscription | In httpTrigger authLevel=Anonymous methods=get route=api/subscriptions/manage | Out http",
        "NotifySubscribers: NotifySubscribers.Run | In queueTrigger queueName=notify-subscribers",
        "RecordFailedBlob: RecordFailedBlob.Run | In queueTrigger queueName=webjobs-blobtrigger-poison",
        "RetractDeletedReport: RetractDeletedReport.Run | In queueTrigger dataType=String queueName=report-deletions",
        "ReviewAlert: ReadApiFunctions.ReviewAlert | In httpTrigger authLevel=Function methods=post route=api/alerts/{id}/review | Out http",
        "Subscribe: SubscriptionFunctions.Subscribe | In httpTrigger authLevel=Anonymous methods=post route=api/subscriptions | Out http",
        "Unsubscribe: SubscriptionFunctions.Unsubscribe | In httpTrigger authLevel=Anonymous methods=get,post route=api/subscriptions/unsubscribe | Out http",
        "UpdateSubscriptionFilters: SubscriptionFunctions.UpdateSubscriptionFilters | In httpTrigger authLevel=Anonymous methods=put,post route=api/subscriptions/filters | Out http",
    ];

    private static string AppFolder => Path.Combine(
        SharedData.RepositoryRoot, "functions", "ReportPipeline.Functions", "bin",
        typeof(FunctionsMetadataTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration, "net10.0");

    [Fact]
    public void Every_function_has_the_bindings_the_pipeline_and_infra_expect()
    {
        var described = Metadata().Select(Describe).Order(StringComparer.Ordinal).ToList();

        described.ShouldBe(Expected);
    }

    [Fact]
    public void Every_function_in_the_metadata_is_a_Function_method_of_the_app_and_none_is_missing()
    {
        var app = typeof(IngestReport).Assembly;
        var declared = app.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Select(m => (Method: m, Function: m.GetCustomAttribute<FunctionAttribute>()))
            .Where(f => f.Function is not null)
            .ToDictionary(f => f.Function!.Name, f => f.Method);

        foreach (var function in Metadata())
        {
            var name = function.GetProperty("name").GetString()!;
            function.GetProperty("scriptFile").GetString().ShouldBe(app.GetName().Name + ".dll");
            declared.ShouldContainKey(name);
            var method = declared[name];
            function.GetProperty("entryPoint").GetString().ShouldBe(method.DeclaringType!.FullName + "." + method.Name);
            declared.Remove(name);
        }

        declared.Keys.ShouldBeEmpty("[Function] methods the metadata does not list");
    }

    [Fact]
    public void The_timer_schedule_setting_is_in_the_sample_settings_and_is_a_six_field_NCRONTAB()
    {
        var timer = Metadata().Single(f => f.GetProperty("name").GetString() == nameof(CompareCountries))
            .GetProperty("bindings")[0].GetProperty("schedule").GetString()!;
        timer.ShouldStartWith("%");
        timer.ShouldEndWith("%");
        var setting = timer.Trim('%');

        var values = JsonDocument.Parse(
            File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "local.settings.sample.json")),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })
            .RootElement.GetProperty("Values");
        var schedule = values.GetProperty(setting).GetString()!;

        schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(6, "the Functions timer reads seconds first");
        ComparisonSchedule.Parse(schedule).Text.ShouldBe(PipelineNames.DefaultCompareSchedule);
    }

    [Fact]
    public void Routes_are_served_without_a_prefix_so_they_match_the_paths_of_serve_and_the_emails()
    {
        // host.json: routePrefix "" (the routes above carry api/ themselves, as `serve` maps them).
        var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppFolder, "host.json"))).RootElement;

        host.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString().ShouldBe(string.Empty);
    }

    [Fact]
    public void The_app_ships_no_development_tooling()
    {
        // AzuriteHost and Testcontainers live in ReportPipeline.Development (CLI, tests): not deployed to Azure.
        var deps = File.ReadAllText(Path.Combine(AppFolder, "ReportPipeline.Functions.deps.json"));

        deps.ShouldContain("ReportPipeline.Storage");
        deps.ShouldNotContain("ReportPipeline.Development");
        deps.ShouldNotContain("Testcontainers");
        deps.ShouldNotContain("Docker.DotNet");
    }

    private static List<JsonElement> Metadata()
    {
        var path = Path.Combine(AppFolder, "functions.metadata");
        File.Exists(path).ShouldBeTrue($"{path} is written by the worker SDK when functions/ReportPipeline.Functions builds");
        return [.. JsonDocument.Parse(File.ReadAllText(path)).RootElement.EnumerateArray()];
    }

    private static string Describe(JsonElement function)
    {
        var entryPoint = function.GetProperty("entryPoint").GetString()!;
        var bindings = function.GetProperty("bindings").EnumerateArray().Select(binding =>
        {
            var settings = binding.EnumerateObject()
                .Where(p => p.Name is not ("name" or "direction" or "type" or "properties"))
                .Concat(binding.TryGetProperty("properties", out var extra) ? extra.EnumerateObject() : [])
                .Select(p => p.Name + "=" + Value(p.Value))
                .Order(StringComparer.Ordinal);
            return string.Join(' ', new[] { binding.GetProperty("direction").GetString()!, binding.GetProperty("type").GetString()! }.Concat(settings));
        });
        return string.Create(CultureInfo.InvariantCulture,
            $"{function.GetProperty("name").GetString()}: {entryPoint.Replace("ReportPipeline.Functions.", "", StringComparison.Ordinal)} | {string.Join(" | ", bindings)}");
    }

    private static string Value(JsonElement value) => value.ValueKind == JsonValueKind.Array
        ? string.Join(',', value.EnumerateArray().Select(v => v.ToString()))
        : value.ToString();
}
