using System.ClientModel;
using System.ClientModel.Primitives;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;
using ChatResponseFormat = OpenAI.Chat.ChatResponseFormat;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;

namespace ReportPipeline.Ai;

/// <summary>
/// Asks a chat model, through Semantic Kernel's OpenAI connector, to label sentences with the
/// statement vocabulary. One endpoint setting reaches OpenAI, Azure OpenAI's v1 API and
/// OpenAI-compatible servers (Ollama, vLLM). Retries rate limits and server errors with
/// backoff, then gives up with <see cref="ModelUnavailableException"/>; after giving up it
/// stays quiet for <see cref="AiOptions.OutageCooldown"/> so a batch of documents does not
/// wait out the same outage once per document.
/// </summary>
public sealed partial class OpenAIStatementModel : IStatementModel
{
    /// <summary>Shared because sockets are: one pooled client for the process, timeouts come from <see cref="AiOptions"/>.</summary>
    private static readonly HttpClient SharedHttpClient = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    private readonly AiOptions _options;
    private readonly IChatCompletionService _chat;
    private readonly OpenAIPromptExecutionSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private long _quietUntilTicks;

    public OpenAIStatementModel(AiOptions options, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (options.Endpoint is null || options.Model is null)
        {
            throw new AiConfigurationException($"{AiOptions.SectionName}:Endpoint and Model are needed to reach a model.");
        }

        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)loggerFactory?.CreateLogger<OpenAIStatementModel>() ?? NullLogger.Instance;
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = options.Endpoint,
            Transport = new HttpClientPipelineTransport(httpClient ?? SharedHttpClient),
            // Retries are ours (below): they know about Retry-After caps, the outage cool-down and logging.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = options.RequestTimeout + TimeSpan.FromSeconds(5),
        };
        // OpenAI-compatible servers without authentication still need a non-empty key in the client.
        var client = new OpenAIClient(new ApiKeyCredential(options.ApiKey ?? "no-key"), clientOptions);
        _chat = new OpenAIChatCompletionService(options.Model, client, loggerFactory);
        _settings = new OpenAIPromptExecutionSettings
        {
            Temperature = 0,
            MaxTokens = options.MaxOutputTokens,
            ResponseFormat = options.ResponseFormat == AiOptions.JsonSchemaFormat
                ? ChatResponseFormat.CreateJsonSchemaFormat("statement_labels", StatementPrompt.AnswerSchema, jsonSchemaIsStrict: true)
                : ChatResponseFormat.CreateJsonObjectFormat(),
        };
    }

    public string ModelId => _options.Model!;

    public string Revision => $"{StatementPrompt.Revision}/{_options.ResponseFormat}";

    public async Task<ModelBatchResult> ClassifyAsync(IReadOnlyList<string> sentences, DocumentInfo document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(document);
        if (sentences.Count == 0)
        {
            return new ModelBatchResult([], []);
        }

        var quietUntil = new DateTimeOffset(Interlocked.Read(ref _quietUntilTicks), TimeSpan.Zero);
        if (_time.GetUtcNow() < quietUntil)
        {
            throw new ModelUnavailableException($"model {ModelId} failed recently; not asked again before {quietUntil:O}");
        }

        var history = new ChatHistory();
        history.AddSystemMessage(StatementPrompt.SystemMessage);
        history.AddUserMessage(StatementPrompt.UserMessage(sentences, document));
        var reply = await CompleteWithRetriesAsync(history, cancellationToken).ConfigureAwait(false);
        return ModelAnswerReader.Read(reply.Content, sentences.Count);
    }

    private async Task<ChatMessageContent> CompleteWithRetriesAsync(ChatHistory history, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var requestTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            requestTimeout.CancelAfter(_options.RequestTimeout);
            try
            {
                return await _chat.GetChatMessageContentAsync(history, _settings, kernel: null, requestTimeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // A model too slow for one batch will be as slow for the next: no retry.
                throw GiveUp($"no answer within {_options.RequestTimeout.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture)} s", null);
            }
            catch (HttpOperationException ex) when (IsTransient(ex.StatusCode))
            {
                if (attempt >= _options.MaxRetries)
                {
                    throw GiveUp($"{Describe(ex)} after {attempt + 1} attempts", ex);
                }

                var delay = RetryDelay(ex, attempt);
                LogRetrying(_logger, ModelId, Describe(ex), delay.TotalSeconds, attempt + 1, _options.MaxRetries);
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpOperationException ex)
            {
                // 400/401/404…: the request or the configuration is wrong; retrying cannot help.
                throw GiveUp(Describe(ex), ex);
            }
        }
    }

    private ModelUnavailableException GiveUp(string reason, Exception? inner)
    {
        Interlocked.Exchange(ref _quietUntilTicks, (_time.GetUtcNow() + _options.OutageCooldown).UtcTicks);
        LogGaveUp(_logger, ModelId, reason, _options.OutageCooldown.TotalSeconds);
        return new ModelUnavailableException($"model {ModelId} at {_options.Endpoint}: {reason}", inner);
    }

    /// <summary>Rate limits, server trouble and refused connections (no status) pass; client errors do not.</summary>
    private static bool IsTransient(HttpStatusCode? status) =>
        status is null or 0 or HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout or >= HttpStatusCode.InternalServerError;

    private TimeSpan RetryDelay(HttpOperationException ex, int attempt)
    {
        var backoff = _options.RetryDelay * Math.Pow(2, attempt);
        var jittered = backoff * (0.8 + (Random.Shared.NextDouble() * 0.4));
        var delay = RetryAfter(ex) is { } serverSays && serverSays > jittered ? serverSays : jittered;
        return delay > _options.MaxRetryDelay ? _options.MaxRetryDelay : delay;
    }

    private static TimeSpan? RetryAfter(HttpOperationException ex)
    {
        if (ex.InnerException is not ClientResultException { } result || result.GetRawResponse() is not { } response
            || !response.Headers.TryGetValue("Retry-After", out var value) || value is null)
        {
            return null;
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;
    }

    private static string Describe(HttpOperationException ex) => ex.StatusCode is { } status and not 0
        ? $"HTTP {(int)status} {status}"
        : $"connection failed ({ex.InnerException?.Message ?? ex.Message})";

    [LoggerMessage(Level = LogLevel.Information, Message = "Model {ModelId}: {Problem}; retrying in {DelaySeconds:0.##} s (retry {Retry} of {MaxRetries})")]
    private static partial void LogRetrying(ILogger logger, string modelId, string problem, double delaySeconds, int retry, int maxRetries);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model {ModelId} gave up: {Reason}; not asked again for {CooldownSeconds:0} s")]
    private static partial void LogGaveUp(ILogger logger, string modelId, string reason, double cooldownSeconds);
}
