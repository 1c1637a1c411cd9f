using Microsoft.Extensions.Logging;
using ReportPipeline.Core.Statements;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Ai;

/// <summary>Puts a configured model behind the rules; with no model configured the result is the rules alone.</summary>
public static class AiClassification
{
    /// <param name="rules">The rules classifier; its statements stand wherever the model adds nothing.</param>
    /// <param name="options">Settings; no <see cref="AiOptions.Endpoint"/> means no model.</param>
    /// <param name="sentences">Every sentence of a document (the rules' sentence splitter), so unmentioned sentences can be sent too.</param>
    /// <param name="cache">Earlier answers; an in-memory cache when null.</param>
    public static LayeredStatementClassifier Layer(
        IStatementClassifier rules,
        AiOptions options,
        Func<TextDocument, IEnumerable<CandidateSentence>>? sentences = null,
        IClassificationCache? cache = null,
        ILoggerFactory? loggerFactory = null,
        HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var model = options.IsConfigured ? new OpenAIStatementModel(options, httpClient, loggerFactory) : null;
        return new LayeredStatementClassifier(rules, model, cache, sentences, options.Layering, loggerFactory?.CreateLogger<LayeredStatementClassifier>());
    }
}
