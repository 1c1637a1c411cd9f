using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using ReportPipeline.Core;
using ReportPipeline.Core.Statements;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Ai;

public static class AiServiceCollectionExtensions
{
    /// <summary>
    /// When <c>ReportPipeline:Ai:Endpoint</c> is set and <c>ReportPipeline:Ai:UseDuringIngest</c> is
    /// true, the registered <see cref="ReportExtractor"/> gets the model behind its rules; otherwise
    /// it is left exactly as registered. Call after the extractor is registered. Registers
    /// <see cref="AiOptions"/>, a shared <see cref="ModelUsage"/> and, unless one is registered
    /// already, an in-memory <see cref="IClassificationCache"/>.
    /// </summary>
    /// <param name="sentences">Every sentence of a document; the rules' prose sentences when null (see <see cref="AiOptions.SendUnmentionedSentences"/>).</param>
    public static IServiceCollection AddReportPipelineAi(this IServiceCollection services, IConfiguration configuration, Func<TextDocument, IEnumerable<CandidateSentence>>? sentences = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = AiOptions.FromConfiguration(configuration);
        services.TryAddSingleton(options);
        services.TryAddSingleton<ModelUsage>();
        services.TryAddSingleton<IClassificationCache, InMemoryClassificationCache>();
        if (!options.IsConfigured || !options.UseDuringIngest)
        {
            return services;
        }

        var registered = services.LastOrDefault(d => d.ServiceType == typeof(ReportExtractor))
            ?? throw new InvalidOperationException("Register the ReportExtractor before AddReportPipelineAi, which puts the model behind its rules.");
        services.Remove(registered);
        services.Add(ServiceDescriptor.Describe(typeof(ReportExtractor), sp => Original(sp, registered).WithModel(
            options,
            sp.GetRequiredService<ModelUsage>(),
            sentences,
            sp.GetRequiredService<IClassificationCache>(),
            sp.GetService<ILoggerFactory>()), registered.Lifetime));
        return services;
    }

    private static ReportExtractor Original(IServiceProvider services, ServiceDescriptor registered) =>
        registered.ImplementationInstance as ReportExtractor
        ?? (ReportExtractor?)registered.ImplementationFactory?.Invoke(services)
        ?? (ReportExtractor)ActivatorUtilities.CreateInstance(services, registered.ImplementationType!);
}
