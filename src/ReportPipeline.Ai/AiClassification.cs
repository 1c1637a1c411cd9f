using Microsoft.Extensions.Logging;
using ReportPipeline.Core;
using ReportPipeline.Core.Statements;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Ai;

/// <summary>Puts a configured model behind the rules; with no model configured the result is the rules alone.</summary>
public static class AiClassification
{
    /// <param name="rules">The rules classifier; its statements stand wherever the model adds nothing.</param>
    /// <param name="options">Settings; no <see cref="AiOptions.Endpoint"/> means no model.</param>
    /// <param name="sentences">Every sentence of a document; <see cref="ProseSentences"/> when null and <see cref="AiOptions.SendUnmentionedSentences"/> is set.</param>
    /// <param name="cache">Earlier answers; an in-memory cache when null.</param>
    /// <param name="usage">Totals shared across classifiers, e.g. for a run summary.</param>
    public static LayeredStatementClassifier Layer(
        IStatementClassifier rules,
        AiOptions options,
        Func<TextDocument, IEnumerable<CandidateSentence>>? sentences = null,
        IClassificationCache? cache = null,
        ILoggerFactory? loggerFactory = null,
        HttpClient? httpClient = null,
        ModelUsage? usage = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var model = options.IsConfigured ? new OpenAIStatementModel(options, httpClient, loggerFactory) : null;
        return new LayeredStatementClassifier(rules, model, cache, SentencesFor(options, sentences), options.Layering, loggerFactory?.CreateLogger<LayeredStatementClassifier>(), usage);
    }

    /// <summary>
    /// <paramref name="extractor"/> with the model behind each of its statement classifiers, or
    /// <paramref name="extractor"/> itself when no model is configured.
    /// </summary>
    public static ReportExtractor WithModel(
        this ReportExtractor extractor,
        AiOptions options,
        ModelUsage usage,
        Func<TextDocument, IEnumerable<CandidateSentence>>? sentences = null,
        IClassificationCache? cache = null,
        ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured)
        {
            return extractor;
        }

        return extractor.WithStatementClassifiers(BehindRules(options, usage, sentences, cache, loggerFactory));
    }

    /// <summary>Wraps a rules classifier with the configured model; one model and one cache for every classifier wrapped.</summary>
    public static Func<IStatementClassifier, IStatementClassifier> BehindRules(
        AiOptions options,
        ModelUsage usage,
        Func<TextDocument, IEnumerable<CandidateSentence>>? sentences = null,
        IClassificationCache? cache = null,
        ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        // One model and one cache for every classifier: the connection pool and the answers are shared.
        var model = new OpenAIStatementModel(options, loggerFactory: loggerFactory);
        cache ??= new InMemoryClassificationCache();
        var logger = loggerFactory?.CreateLogger<LayeredStatementClassifier>();
        return rules => new LayeredStatementClassifier(rules, model, cache, SentencesFor(options, sentences), options.Layering, logger, usage);
    }

    /// <summary>
    /// The sentences worth a model's look, as the rules' splitter finds them: running text, not
    /// headings or table rows (the rules read those by position), and not the suggested-actions
    /// table, whose rows the rules classify whole.
    /// </summary>
    public static IEnumerable<CandidateSentence> ProseSentences(TextDocument text) =>
        SentenceSplitter.Split(text)
            .Where(s => s.Kind == SentenceKind.Prose && s.Section != ReportSections.SuggestedActions)
            .Select(s => new CandidateSentence(s.Text, s.Page, s.Offset));

    private static Func<TextDocument, IEnumerable<CandidateSentence>>? SentencesFor(AiOptions options, Func<TextDocument, IEnumerable<CandidateSentence>>? sentences) =>
        sentences ?? (options.SendUnmentionedSentences ? ProseSentences : null);
}
