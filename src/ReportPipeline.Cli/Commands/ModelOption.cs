using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using ReportPipeline.Ai;
using ReportPipeline.Core;
using ReportPipeline.Core.Statements;

namespace ReportPipeline.Cli.Commands;

/// <summary>
/// <c>--ai</c>: put the configured language model behind the rules for this run. Settings come
/// from the environment (<c>ReportPipeline__Ai__Endpoint</c>, <c>__Model</c>, <c>__ApiKey</c>, …);
/// everything it says goes to stderr so that <c>--json</c> output stays the contract.
/// </summary>
internal sealed class ModelOption : IDisposable
{
    private readonly ILoggerFactory _loggers;

    private ModelOption(ReportExtractor extractor, string? modelId, ModelUsage usage, ILoggerFactory loggers)
    {
        Extractor = extractor;
        ModelId = modelId;
        Usage = usage;
        _loggers = loggers;
    }

    public ReportExtractor Extractor { get; }

    /// <summary>The model asked in this run, or null when the rules run alone.</summary>
    public string? ModelId { get; }

    public ModelUsage Usage { get; }

    public static Option<bool> Create() => new("--ai")
    {
        Description = "Also ask the configured language model about sentences the rules are unsure of (ReportPipeline__Ai__Endpoint, __Model, __ApiKey). Without a configured model the rules run alone.",
    };

    /// <summary>
    /// The extractor to use: <paramref name="extractor"/> itself unless <paramref name="ai"/> is set
    /// and a model is configured. Null, with the reason on stderr, when a setting is wrong.
    /// </summary>
    public static ModelOption? TryApply(ReportExtractor extractor, bool ai)
    {
        var loggers = LoggerFactory.Create(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddSimpleConsole(console => console.SingleLine = true)
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        if (!ai)
        {
            return new ModelOption(extractor, null, new ModelUsage(), loggers);
        }

        AiOptions options;
        try
        {
            options = AiOptions.FromConfiguration(new ConfigurationBuilder().AddEnvironmentVariables().Build());
        }
        catch (AiConfigurationException ex)
        {
            loggers.Dispose();
            Console.Error.WriteLine($"error: {ex.Message}");
            return null;
        }

        if (!options.IsConfigured)
        {
            Console.Error.WriteLine("--ai: no language model is configured (set ReportPipeline__Ai__Endpoint and ReportPipeline__Ai__Model); statements come from the rules alone.");
            return new ModelOption(extractor, null, new ModelUsage(), loggers);
        }

        var usage = new ModelUsage();
        return new ModelOption(extractor.WithModel(options, usage, loggerFactory: loggers), options.Model, usage, loggers);
    }

    /// <summary>One line on stderr: what the model was asked and what came of it.</summary>
    public void WriteSummary()
    {
        if (ModelId is null)
        {
            return;
        }

        var u = Usage.Snapshot();
        Console.Error.WriteLine(
            $"model {ModelId}: {u.Candidates} unsure sentences in {u.Documents} documents; {u.CacheHits} answered from cache, {u.SentencesSent} sent in {u.Requests} requests " +
            $"({u.FailedRequests} failed), {u.OverBudget} left out by the budget, {u.AnswersDropped} answers dropped, {u.StatementsAdded} statements added.");
    }

    public void Dispose() => _loggers.Dispose();
}
