using System.Globalization;
using Microsoft.Extensions.Configuration;
using ReportPipeline.Core.Statements;

namespace ReportPipeline.Ai;

/// <summary>
/// Settings under <c>ReportPipeline:Ai</c> (environment: <c>ReportPipeline__Ai__Endpoint</c>, …).
/// No <see cref="Endpoint"/> means no model: the rules classifier runs alone.
/// </summary>
public sealed record AiOptions
{
    public const string SectionName = "ReportPipeline:Ai";

    /// <summary>
    /// Base address of an OpenAI-compatible API, up to and including its version segment:
    /// <c>https://api.openai.com/v1</c>, <c>https://RESOURCE.openai.azure.com/openai/v1</c>,
    /// <c>http://localhost:11434/v1</c> (Ollama), <c>http://localhost:8000/v1</c> (vLLM).
    /// </summary>
    public Uri? Endpoint { get; init; }

    /// <summary>Model (or Azure deployment) name; recorded as each model statement's <c>classifier</c>.</summary>
    public string? Model { get; init; }

    /// <summary>Key sent as a bearer token; local servers usually need none.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Whether ingestion (blob trigger, <c>ingest</c>, <c>watch</c>) asks the model; <c>extract</c> asks only with <c>--ai</c>.</summary>
    public bool UseDuringIngest { get; init; }

    /// <summary>
    /// Whether sentences the rules did not mention at all are sent too (default true): new phrasing
    /// slips past rules without leaving a trace. False sends only what the rules left as
    /// <c>other</c> or below the confidence threshold.
    /// </summary>
    public bool SendUnmentionedSentences { get; init; } = true;

    /// <summary><c>json_schema</c> (structured outputs, the default) or <c>json_object</c> for servers that only offer JSON mode.</summary>
    public string ResponseFormat { get; init; } = JsonSchemaFormat;

    /// <summary>Longest wait for one request before the model is considered unavailable (default 30 s).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after a rate limit (429), a server error (5xx) or a refused connection (default 3).</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First retry delay, doubled on each retry; a server's Retry-After wins when it says more (default 1 s).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>No single wait between retries is longer than this (default 20 s).</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>After giving up, later documents skip the model for this long instead of waiting out retries again (default 60 s).</summary>
    public TimeSpan OutageCooldown { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Most tokens the model may write per batch (default 4,000).</summary>
    public int MaxOutputTokens { get; init; } = 4000;

    /// <summary>Which sentences are sent and how many: threshold, batch size, per-document budget and timeout.</summary>
    public LayeredClassifierOptions Layering { get; init; } = LayeredClassifierOptions.Default;

    public const string JsonSchemaFormat = "json_schema";
    public const string JsonObjectFormat = "json_object";

    /// <summary>True when a model can be asked.</summary>
    public bool IsConfigured => Endpoint is not null;

    /// <summary>Reads <see cref="SectionName"/>; throws <see cref="AiConfigurationException"/> naming the setting that is wrong.</summary>
    public static AiOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        var defaults = new AiOptions();
        var layering = LayeredClassifierOptions.Default;
        var options = new AiOptions
        {
            Endpoint = ReadEndpoint(section["Endpoint"]),
            Model = Blank(section["Model"]),
            ApiKey = Blank(section["ApiKey"]),
            UseDuringIngest = ReadBool(section, "UseDuringIngest", false),
            SendUnmentionedSentences = ReadBool(section, "SendUnmentionedSentences", defaults.SendUnmentionedSentences),
            ResponseFormat = Blank(section["ResponseFormat"]) ?? defaults.ResponseFormat,
            RequestTimeout = ReadDuration(section, "RequestTimeout", defaults.RequestTimeout),
            MaxRetries = ReadInt(section, "MaxRetries", defaults.MaxRetries),
            RetryDelay = ReadDuration(section, "RetryDelay", defaults.RetryDelay),
            MaxRetryDelay = ReadDuration(section, "MaxRetryDelay", defaults.MaxRetryDelay),
            OutageCooldown = ReadDuration(section, "OutageCooldown", defaults.OutageCooldown),
            MaxOutputTokens = ReadInt(section, "MaxOutputTokens", defaults.MaxOutputTokens),
            Layering = new LayeredClassifierOptions
            {
                ConfidenceThreshold = ReadDouble(section, "ConfidenceThreshold", layering.ConfidenceThreshold),
                BatchSize = ReadInt(section, "BatchSize", layering.BatchSize),
                MaxSentencesPerDocument = ReadInt(section, "MaxSentencesPerDocument", layering.MaxSentencesPerDocument),
                MaxTokensPerDocument = ReadInt(section, "MaxTokensPerDocument", layering.MaxTokensPerDocument),
                DocumentTimeout = ReadDuration(section, "DocumentTimeout", layering.DocumentTimeout),
                MinSentenceLength = layering.MinSentenceLength,
                MaxSentenceLength = layering.MaxSentenceLength,
            },
        };
        options.Validate();
        return options;
    }

    /// <summary>Throws <see cref="AiConfigurationException"/> when a setting is out of range or missing.</summary>
    public void Validate()
    {
        if (Endpoint is not null && Model is null)
        {
            throw new AiConfigurationException($"{SectionName}:Endpoint is set but {SectionName}:Model is not; name the model (or Azure deployment) to use.");
        }

        if (ResponseFormat is not (JsonSchemaFormat or JsonObjectFormat))
        {
            throw new AiConfigurationException($"{SectionName}:ResponseFormat must be '{JsonSchemaFormat}' or '{JsonObjectFormat}', not '{ResponseFormat}'.");
        }

        if (RequestTimeout <= TimeSpan.Zero) throw new AiConfigurationException($"{SectionName}:RequestTimeout must be positive.");
        if (MaxRetries is < 0 or > 10) throw new AiConfigurationException($"{SectionName}:MaxRetries must be between 0 and 10.");
        if (RetryDelay < TimeSpan.Zero || MaxRetryDelay < RetryDelay) throw new AiConfigurationException($"{SectionName}:RetryDelay must be between 0 and MaxRetryDelay.");
        if (OutageCooldown < TimeSpan.Zero) throw new AiConfigurationException($"{SectionName}:OutageCooldown must not be negative.");
        if (MaxOutputTokens < 100) throw new AiConfigurationException($"{SectionName}:MaxOutputTokens must be at least 100.");
        try
        {
            Layering.Validate();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new AiConfigurationException($"{SectionName}:{ex.ParamName} {ex.Message.Split(" (Parameter", 2)[0]}", ex);
        }
    }

    private static Uri? ReadEndpoint(string? value)
    {
        if (Blank(value) is not { } text)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new AiConfigurationException($"{SectionName}:Endpoint '{text}' is not an http(s) address.");
        }

        return uri;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool ReadBool(IConfigurationSection section, string key, bool fallback) =>
        Blank(section[key]) is not { } text ? fallback
        : bool.TryParse(text, out var value) ? value
        : throw new AiConfigurationException($"{SectionName}:{key} must be true or false, not '{text}'.");

    private static int ReadInt(IConfigurationSection section, string key, int fallback) =>
        Blank(section[key]) is not { } text ? fallback
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
        : throw new AiConfigurationException($"{SectionName}:{key} must be a whole number, not '{text}'.");

    private static double ReadDouble(IConfigurationSection section, string key, double fallback) =>
        Blank(section[key]) is not { } text ? fallback
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
        : throw new AiConfigurationException($"{SectionName}:{key} must be a number, not '{text}'.");

    /// <summary>Seconds (<c>30</c>, <c>0.5</c>) or a time span (<c>00:00:30</c>).</summary>
    private static TimeSpan ReadDuration(IConfigurationSection section, string key, TimeSpan fallback)
    {
        if (Blank(section[key]) is not { } text)
        {
            return fallback;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span)
            ? span
            : throw new AiConfigurationException($"{SectionName}:{key} must be seconds or hh:mm:ss, not '{text}'.");
    }
}

/// <summary>A <c>ReportPipeline:Ai</c> setting is wrong; the message names it.</summary>
public sealed class AiConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
