using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReportPipeline.Ai;
using ReportPipeline.Core;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Core.Text;
using ReportPipeline.Transports;
using ReportPipeline.Storage;

namespace ReportPipeline.Hosting.Tests;

/// <summary>One composition: each project's AddXxx registers only its own types; AddReportPipeline composes them.</summary>
public sealed class CompositionTests
{
    private static readonly IConfiguration Settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        // A model configured for ingestion, so the Ai project registers everything it can.
        ["ReportPipeline:Ai:Endpoint"] = "http://127.0.0.1:9/v1",
        ["ReportPipeline:Ai:Model"] = "test-model",
        ["ReportPipeline:Ai:UseDuringIngest"] = "true",
        // Storage is configured (the model caches its answers in the ModelAnswers table) but never contacted here.
        ["ReportPipeline:Storage"] = "UseDevelopmentStorage=true",
        ["ReportPipeline:Comparison:FigureMinimumDifference"] = "25",
        ["ReportPipeline:Comparison:MaxParallelCountries"] = "2",
        ["ReportPipeline:Limits:MaxPages"] = "77",
        ["ReportPipeline:Ingestion:FileParallelism"] = "1",
    }).Build();

    public static TheoryData<string> Projects() => ["Core", "Storage", "Transports", "Ai"];

    [Theory]
    [MemberData(nameof(Projects))]
    public void A_projects_AddXxx_registers_only_its_own_types(string project)
    {
        var services = new ServiceCollection();
        Assembly own;
        switch (project)
        {
            case "Core": services.AddReportPipelineCore(Settings); own = typeof(ReportExtractor).Assembly; break;
            case "Storage": services.AddReportPipelineStorage(Settings); own = typeof(StorageClients).Assembly; break;
            case "Transports": services.AddReportPipelineTransports(Settings); own = typeof(SmtpOptions).Assembly; break;
            default: services.AddReportPipelineAi(Settings); own = typeof(AiOptions).Assembly; break;
        }

        var foreign = services
            .Select(Registered)
            .Where(type => type is not null && type.Assembly != own && !IsFramework(type.Assembly))
            .Select(type => type!.FullName)
            .Distinct()
            .ToList();
        foreign.ShouldBeEmpty($"{project} registers other projects' types: {string.Join(", ", foreign)}");
        services.ShouldNotBeEmpty();
    }

    [Fact]
    public void The_composition_registers_one_extractor_binds_options_from_settings_and_puts_the_model_behind_the_rules()
    {
        var services = new ServiceCollection().AddReportPipeline(Settings);

        services.Count(d => d.ServiceType == typeof(ReportExtractor)).ShouldBe(1);
        services.Count(d => d.ServiceType == typeof(Core.Statements.IStatementClassifierDecorator)).ShouldBe(1);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<ComparisonOptions>().FigureMinimumDifference.ShouldBe(25m);
        provider.GetRequiredService<ComparisonOptions>().MaxParallelCountries.ShouldBe(2);
        provider.GetRequiredService<IOptions<ExtractionLimits>>().Value.MaxPages.ShouldBe(77);
        provider.GetRequiredService<ReportExtractor>().Limits.MaxPages.ShouldBe(77);
        provider.GetRequiredService<IngestionOptions>().FileParallelism.ShouldBe(1);
        provider.GetRequiredService<ChangeDetector>().Options.FigureMinimumDifference.ShouldBe(25m);
    }

    [Fact]
    public void An_out_of_range_setting_is_refused_with_its_name()
    {
        var bad = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ReportPipeline:Comparison:MaxParallelCountries"] = "0" }).Build();
        using var provider = new ServiceCollection().AddReportPipelineCore(bad).BuildServiceProvider();
        Should.Throw<ArgumentOutOfRangeException>(() => provider.GetRequiredService<ComparisonOptions>()).ParamName.ShouldBe("MaxParallelCountries");
    }

    // What a registration brings into the container: its implementation, else the type it is registered as.
    private static Type? Registered(ServiceDescriptor descriptor)
    {
        var implementation = descriptor.IsKeyedService
            ? descriptor.KeyedImplementationType ?? descriptor.KeyedImplementationInstance?.GetType()
            : descriptor.ImplementationType ?? descriptor.ImplementationInstance?.GetType();
        if (implementation is not null)
        {
            return implementation;
        }

        // A factory for a port (an interface) is the adapter the project wires to it; a factory for a class builds that class.
        return descriptor.ServiceType.IsInterface && descriptor.ServiceType.Assembly != typeof(ServiceDescriptor).Assembly ? null : descriptor.ServiceType;
    }

    private static bool IsFramework(Assembly assembly) =>
        assembly.GetName().Name is { } name && (name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft.", StringComparison.Ordinal) || name == "netstandard");
}
