using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.Core.FunctionMetadata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ReportPipeline.Functions.Tests;

/// <summary>
/// The worker host exactly as Program.cs builds it (FunctionsApplication.CreateBuilder, then
/// ConfigureReportPipelineFunctions), built but never run: every service it registers can be
/// constructed, and the worker can create every function class from an invocation's scope.
/// </summary>
public sealed class FunctionsHostTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_host_Program_cs_builds_creates_every_function_class(bool withTelemetry)
    {
        var builder = FunctionsApplication.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            // Nothing is contacted: the host is built, not started.
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["ReportPipeline:PublicBaseUrl"] = "https://reports.ruritania.test",
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = withTelemetry
                ? "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/"
                : "",
        });
        builder.ConfigureReportPipelineFunctions();
        // Development's checks in any environment: every registration's dependencies must resolve
        // now, and no singleton may capture a scoped service.
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));

        using var host = builder.Build();

        var classes = typeof(IngestReport).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null))
            .ToList();
        classes.Count.ShouldBeGreaterThanOrEqualTo(8);
        await using var invocation = host.Services.CreateAsyncScope();
        foreach (var type in classes)
        {
            // What the worker's DefaultFunctionActivator does with the invocation's InstanceServices.
            ActivatorUtilities.CreateInstance(invocation.ServiceProvider, type).ShouldBeOfType(type);
        }

        // The functions the worker itself will index and report to the host: the same ones.
        var indexed = await host.Services.GetRequiredService<IFunctionMetadataProvider>().GetFunctionMetadataAsync(AppContext.BaseDirectory);
        indexed.Select(f => f.Name).Order().ShouldBe(classes
            .SelectMany(t => t.GetMethods())
            .Select(m => m.GetCustomAttribute<FunctionAttribute>()?.Name)
            .OfType<string>()
            .Order());
    }

    [Fact]
    public void Without_a_public_base_url_the_host_refuses_to_start_naming_the_setting()
    {
        var builder = FunctionsApplication.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" });

        var refused = Should.Throw<InvalidOperationException>(() => builder.ConfigureReportPipelineFunctions());

        refused.Message.ShouldStartWith("ReportPipeline:PublicBaseUrl is not set: the Functions app needs its public address");
    }
}
