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
    /// Registers <see cref="AiOptions"/>; when
    /// <c>ReportPipeline:Ai:Endpoint</c> is set and <c>ReportPipeline:Ai:UseDuringIngest</c> is true, also a
    /// <see cref="IStatementClassifierDecorator"/> that puts the model behind the extractor's rules
    /// (Core applies it when it builds the <see cref="ReportExtractor"/>; registration order does not matter).
    /// Answers are cached in the registered <see cref="IClassificationCache"/> (the ModelAnswers table
    /// with storage), else in memory; totals go to Core's shared <see cref="ModelUsage"/>.
    /// </summary>
    /// <param name="sentences">Every sentence of a document; the rules' prose sentences when null (see <see cref="AiOptions.SendUnmentionedSentences"/>).</param>
    public static IServiceCollection AddReportPipelineAi(this IServiceCollection services, IConfiguration configuration, Func<TextDocument, IEnumerable<CandidateSentence>>? sentences = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        // AiOptions reads flat keys into nested layering settings and names the wrong setting in its errors,
        // so it is read by AiOptions.FromConfiguration rather than bound from a section.
        var options = AiOptions.FromConfiguration(configuration);
        services.TryAddSingleton(options);
        if (options.IsConfigured && options.UseDuringIngest)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IStatementClassifierDecorator, ModelBehindRules>(sp => new ModelBehindRules(
                options,
                sp.GetRequiredService<ModelUsage>(),
                sentences,
                sp.GetService<IClassificationCache>() ?? new InMemoryClassificationCache(),
                sp.GetService<ILoggerFactory>())));
        }

        return services;
    }
}

/// <summary>The configured model behind each statement classifier of the extractor (one model and one cache for all).</summary>
public sealed class ModelBehindRules : IStatementClassifierDecorator
{
    private readonly Func<IStatementClassifier, IStatementClassifier> _wrap;

    public ModelBehindRules(AiOptions options, ModelUsage usage, Func<TextDocument, IEnumerable<CandidateSentence>>? sentences, IClassificationCache cache, ILoggerFactory? loggerFactory) =>
        _wrap = AiClassification.BehindRules(options, usage, sentences, cache, loggerFactory);

    public IStatementClassifier Decorate(IStatementClassifier inner) => _wrap(inner);
}
