using System.Text.Json;
using System.Text.Json.Nodes;
using ReportPipeline.Hosting;
using ReportPipeline.Storage;
using ReportPipeline.Testing;

namespace ReportPipeline.Infrastructure.Tests;

public sealed class MainTemplateTests(CompiledTemplate template) : IClassFixture<CompiledTemplate>
{
    private const string StorageAccounts = "Microsoft.Storage/storageAccounts";
    private const string Sites = "Microsoft.Web/sites";

    // Settings that exist only on a developer's machine, with the reason Azure does without them.
    private static readonly Dictionary<string, string> LocalOnlySettings = new()
    {
        ["AzureWebJobsStorage"] = "replaced by the identity-based AzureWebJobsStorage__accountName",
        ["FUNCTIONS_WORKER_RUNTIME"] = "Flex Consumption sets the runtime in functionAppConfig",
        ["ReportPipeline__Storage"] = "the data lives in the app's own storage account",
        ["ReportPipeline__Countries"] = "a local file of extra (invented) countries",
    };

    [Fact]
    public void Builds_without_errors_or_linter_warnings()
    {
        template.ExitCode.ShouldBe(0, template.Diagnostics);
        template.Diagnostics.ShouldNotContain("Warning", Case.Insensitive);
        template.Diagnostics.ShouldNotContain("Error", Case.Insensitive);
    }

    [Fact]
    public void Storage_account_accepts_identities_only()
    {
        var storage = template.Single(StorageAccounts);
        storage["properties"]!["allowSharedKeyAccess"]!.GetValue<bool>().ShouldBeFalse();
        storage["properties"]!["allowBlobPublicAccess"]!.GetValue<bool>().ShouldBeFalse();
        storage["properties"]!["minimumTlsVersion"]!.GetValue<string>().ShouldBe("TLS1_2");

        var text = template.Json.ToJsonString();
        text.ShouldNotContain("AccountKey", Case.Insensitive);
        text.ShouldNotContain("listKeys(resourceId('Microsoft.Storage", Case.Insensitive);
    }

    [Fact]
    public void Storage_has_the_containers_queues_and_tables_the_pipeline_uses()
    {
        var containers = template.LoopNames(template.Single("Microsoft.Storage/storageAccounts/blobServices/containers"));
        containers.ShouldContain(PipelineNames.ReportsContainer);
        containers.ShouldContain(PipelineNames.FailedContainer);
        new StorageOptions().ReportsContainer.ShouldBe(PipelineNames.ReportsContainer);
        new StorageOptions().FailedContainer.ShouldBe(PipelineNames.FailedContainer);

        var queues = template.LoopNames(template.Single("Microsoft.Storage/storageAccounts/queueServices/queues"));
        queues.ShouldBe([PipelineNames.CompareQueue, PipelineNames.NotifyQueue, PipelineNames.DeletionsQueue], ignoreOrder: true);

        // Every table the storage adapters name, plus the hosts' own.
        var codeTables = typeof(TableNames).GetFields()
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Concat(["Alerts", "Subscriptions", "SubscriptionTokens", "Deliveries", PipelineNames.CompareRunsTable]);
        var tables = template.LoopNames(template.Single("Microsoft.Storage/storageAccounts/tableServices/tables"));
        tables.ShouldBe(codeTables.Distinct(), ignoreOrder: true);
    }

    [Fact]
    public void Function_app_runs_on_flex_consumption_with_a_system_assigned_identity()
    {
        var plan = template.Single("Microsoft.Web/serverfarms");
        plan["sku"]!["tier"]!.GetValue<string>().ShouldBe("FlexConsumption");
        plan["sku"]!["name"]!.GetValue<string>().ShouldBe("FC1");

        var app = template.Single(Sites);
        app["kind"]!.GetValue<string>().ShouldBe("functionapp,linux");
        app["identity"]!["type"]!.GetValue<string>().ShouldBe("SystemAssigned");
        app["properties"]!["httpsOnly"]!.GetValue<bool>().ShouldBeTrue();

        var config = app["properties"]!["functionAppConfig"]!;
        config["runtime"]!["name"]!.GetValue<string>().ShouldBe("dotnet-isolated");
        config["runtime"]!["version"]!.GetValue<string>().ShouldBe("10.0");
        config["deployment"]!["storage"]!["authentication"]!["type"]!.GetValue<string>().ShouldBe("SystemAssignedIdentity");
    }

    [Fact]
    public void App_identity_holds_the_blob_queue_and_table_data_roles_on_the_storage_account()
    {
        var storageRoles = template.All("Microsoft.Authorization/roleAssignments")
            .Where(r => ((string)r["scope"]!).Contains(StorageAccounts, StringComparison.Ordinal))
            .ToList();
        storageRoles.Count.ShouldBe(1, "one copy loop over the storage roles");
        var assignment = storageRoles[0];

        var roleIds = template.VariableArray("storageRoles")
            .Select(r => (string)r!)
            .Select(expression => expression["[variables('roles').".Length..^1])
            .Select(name => (string)template.Json["variables"]!["roles"]![name]!)
            .ToList();
        roleIds.ShouldBe(
            [
                "b7e6dc6d-f1e8-4753-8033-0f276bb0955b", // Storage Blob Data Owner
                "974c5e8b-45b9-4653-ba55-5f855dd0fb88", // Storage Queue Data Contributor
                "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", // Storage Table Data Contributor
            ],
            ignoreOrder: true);

        var properties = assignment["properties"]!;
        ((string)properties["principalId"]!).ShouldContain("identity.principalId");
        ((string)properties["principalType"]!).ShouldBe("ServicePrincipal");
    }

    [Fact]
    public void Application_insights_is_workspace_based_and_takes_entra_id_telemetry_only()
    {
        template.Single("Microsoft.OperationalInsights/workspaces").ShouldNotBeNull();
        var insights = template.Single("Microsoft.Insights/components");
        ((string)insights["properties"]!["WorkspaceResourceId"]!).ShouldContain("Microsoft.OperationalInsights/workspaces");
        insights["properties"]!["DisableLocalAuth"]!.GetValue<bool>().ShouldBeTrue();

        AppSettings()["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]!.GetValue<string>().ShouldBe("Authorization=AAD");
        template.All("Microsoft.Authorization/roleAssignments")
            .ShouldContain(r => ((string)r["scope"]!).Contains("Microsoft.Insights/components", StringComparison.Ordinal));
    }

    [Fact]
    public void Event_grid_subscription_calls_the_blob_trigger_for_new_blobs_in_reports_only()
    {
        var topic = template.Single("Microsoft.EventGrid/systemTopics");
        topic["properties"]!["topicType"]!.GetValue<string>().ShouldBe("Microsoft.Storage.StorageAccounts");
        ((string)topic["properties"]!["source"]!).ShouldContain(StorageAccounts);

        var subscription = EventSubscription("ingest-reports");
        ((string)subscription["condition"]!).ShouldBe("[parameters('subscribeBlobEvents')]");
        var destination = subscription["properties"]!["destination"]!;
        destination["endpointType"]!.GetValue<string>().ShouldBe("WebHook");
        var endpoint = (string)destination["properties"]!["endpointUrl"]!;
        endpoint.ShouldContain("/runtime/webhooks/blobs?functionName=Host.Functions.IngestReport&code={1}");
        endpoint.ShouldContain(".systemKeys.blobs_extension");

        var filter = subscription["properties"]!["filter"]!;
        filter["includedEventTypes"]!.AsArray().Select(t => (string)t!).ShouldBe(["Microsoft.Storage.BlobCreated"]);
        ((string)filter["subjectBeginsWith"]!).ShouldBe("[format('/blobServices/default/containers/{0}/', variables('reportsContainer'))]");
        template.Variable("reportsContainer").ShouldBe("reports");
    }

    [Fact]
    public void Deleted_blobs_of_reports_reach_the_deletions_queue_of_the_retracting_function()
    {
        var subscription = EventSubscription("retract-deleted-reports");
        ((string)subscription["condition"]!).ShouldBe("[parameters('subscribeBlobEvents')]");
        var destination = subscription["properties"]!["destination"]!;
        destination["endpointType"]!.GetValue<string>().ShouldBe("StorageQueue");
        ((string)destination["properties"]!["queueName"]!).ShouldBe("[variables('deletionsQueue')]");
        template.Variable("deletionsQueue").ShouldBe(PipelineNames.DeletionsQueue);
        var filter = subscription["properties"]!["filter"]!;
        filter["includedEventTypes"]!.AsArray().Select(t => (string)t!).ShouldBe(["Microsoft.Storage.BlobDeleted"]);
        ((string)filter["subjectBeginsWith"]!).ShouldBe("[format('/blobServices/default/containers/{0}/', variables('reportsContainer'))]");
    }

    private JsonObject EventSubscription(string name) =>
        template.Resources.Single(r => (string?)r["type"] == "Microsoft.EventGrid/systemTopics/eventSubscriptions" && ((string?)r["name"])!.Contains(name, StringComparison.Ordinal));

    [Fact]
    public void Host_storage_connection_is_identity_based()
    {
        var settings = AppSettings();
        ((string)settings["AzureWebJobsStorage__accountName"]!).ShouldBe("[variables('storageAccountName')]");
        ((string)settings["AzureWebJobsStorage__credential"]!).ShouldBe("managedidentity");
        settings.ContainsKey("AzureWebJobsStorage").ShouldBeFalse();
        settings.ContainsKey("FUNCTIONS_WORKER_RUNTIME").ShouldBeFalse("Flex Consumption rejects it");
    }

    [Fact]
    public void Every_setting_the_app_reads_is_set_in_azure()
    {
        var documented = DocumentedSettings();
        documented.ShouldContain("CompareSchedule");
        var settings = AppSettings();

        var missing = documented.Where(k => !LocalOnlySettings.ContainsKey(k) && !settings.ContainsKey(k)).ToList();
        missing.ShouldBeEmpty("documented in local.settings.sample.json but not set by infra/main.bicep");

        var undocumented = settings.Select(s => s.Key)
            .Where(k => !documented.Contains(k) && !k.StartsWith("AzureWebJobsStorage__", StringComparison.Ordinal)
                && k != "APPLICATIONINSIGHTS_AUTHENTICATION_STRING")
            .ToList();
        undocumented.ShouldBeEmpty("set by infra/main.bicep but missing from local.settings.sample.json");
    }

    [Fact]
    public void Secrets_are_secure_parameters_or_key_vault_references()
    {
        var parameters = template.Json["parameters"]!;
        parameters["smtpPassword"]!["type"]!.GetValue<string>().ShouldBe("securestring");
        parameters["aiApiKey"]!["type"]!.GetValue<string>().ShouldBe("securestring");
        parameters["webReadKey"]!["type"]!.GetValue<string>().ShouldBe("securestring");

        var settings = AppSettings();
        ((string)settings["ReportPipeline__Web__ReadKey"]!).ShouldContain("parameters('webReadKey')");
        ((string)settings["ReportPipeline__Smtp__Password"]!).ShouldContain("@Microsoft.KeyVault(VaultName=");
        ((string)settings["ReportPipeline__Smtp__Password"]!).ShouldContain("parameters('smtpPassword')");
        ((string)settings["ReportPipeline__Ai__ApiKey"]!).ShouldContain("@Microsoft.KeyVault(VaultName=");
        ((string)settings["ReportPipeline__Ai__ApiKey"]!).ShouldContain("parameters('aiApiKey')");

        template.Json["outputs"]!.AsObject().Select(o => o.Value!.ToJsonString())
            .ShouldAllBe(o => !o.Contains("Password", StringComparison.OrdinalIgnoreCase) && !o.Contains("ApiKey", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Compare_schedule_defaults_to_daily()
    {
        template.Json["parameters"]!["compareSchedule"]!["defaultValue"]!.GetValue<string>().ShouldBe("0 0 6 * * *");
        ((string)AppSettings()["CompareSchedule"]!).ShouldBe("[parameters('compareSchedule')]");
    }

    [Fact]
    public void Example_parameters_file_builds_against_the_template()
    {
        var (exitCode, output) = Bicep.Run("build-params", "main.example.bicepparam", "--stdout");
        exitCode.ShouldBe(0, output);
        var parameters = JsonNode.Parse(JsonNode.Parse(output)!["parametersJson"]!.GetValue<string>())!["parameters"]!;
        parameters["smtpHost"]!["value"]!.GetValue<string>().ShouldBe("smtp.example.org");
        parameters["subscribeBlobEvents"]!["value"]!.GetValue<bool>().ShouldBeFalse();
    }

    private JsonObject AppSettings()
    {
        var config = template.All("Microsoft.Web/sites/config")
            .Single(c => ((string)c["name"]!).Contains("'appsettings'", StringComparison.Ordinal));
        return config["properties"]!.AsObject();
    }

    private static HashSet<string> DocumentedSettings()
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "local.settings.sample.json");
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip };
        using var document = JsonDocument.Parse(File.ReadAllText(path), options);
        return [.. document.RootElement.GetProperty("Values").EnumerateObject().Select(p => p.Name)];
    }
}
