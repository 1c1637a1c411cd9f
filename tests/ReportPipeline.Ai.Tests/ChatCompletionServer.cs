using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReportPipeline.Ai.Tests;

/// <summary>
/// An OpenAI-compatible chat-completions endpoint on loopback (real Kestrel, real HTTP) whose
/// replies the test decides, one per request in order. It records every request it gets.
/// </summary>
public sealed class ChatCompletionServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<ChatRequest, HttpContext, Task>> _replies = new();
    private readonly List<ChatRequest> _requests = [];
    private Func<ChatRequest, HttpContext, Task>? _always;

    private ChatCompletionServer(WebApplication app, Uri root)
    {
        _app = app;
        Endpoint = new Uri(root, "v1");
    }

    /// <summary>The base address to configure, like <c>http://localhost:11434/v1</c> for Ollama.</summary>
    public Uri Endpoint { get; }

    public IReadOnlyList<ChatRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<ChatCompletionServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        ChatCompletionServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server = new ChatCompletionServer(app, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    /// <summary>The next request gets a chat completion whose message content is what <paramref name="content"/> returns.</summary>
    public void ThenAnswer(Func<ChatRequest, string> content) => _replies.Enqueue((request, context) => WriteCompletionAsync(context, request, content(request)));

    public void ThenStatus(HttpStatusCode status, string? retryAfter = null) => _replies.Enqueue((_, context) =>
    {
        context.Response.StatusCode = (int)status;
        if (retryAfter is not null) context.Response.Headers.RetryAfter = retryAfter;
        return context.Response.WriteAsJsonAsync(new { error = new { message = $"status {(int)status} chosen by the test", type = "test" } });
    });

    /// <summary>The next request waits this long before answering (or until the client gives up).</summary>
    public void ThenHang(TimeSpan wait) => _replies.Enqueue(async (_, context) =>
    {
        await Task.Delay(wait, context.RequestAborted);
        context.Response.StatusCode = 500;
    });

    /// <summary>Every request, once the queued replies are used up, gets this answer.</summary>
    public void AlwaysAnswer(Func<ChatRequest, string> content) => _always = (request, context) => WriteCompletionAsync(context, request, content(request));

    public void AlwaysStatus(HttpStatusCode status, string? retryAfter = null) => _always = (_, context) =>
    {
        context.Response.StatusCode = (int)status;
        if (retryAfter is not null) context.Response.Headers.RetryAfter = retryAfter;
        return Task.CompletedTask;
    };

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var request = ChatRequest.Parse(context.Request.Path, context.Request.Headers.Authorization.ToString(), body);
        lock (_requests)
        {
            _requests.Add(request);
        }

        if (context.Request.Path != "/v1/chat/completions" || context.Request.Method != "POST")
        {
            context.Response.StatusCode = 404;
            return;
        }

        var reply = _replies.TryDequeue(out var next) ? next : _always;
        if (reply is null)
        {
            // A request the test did not expect: fail loudly rather than invent an answer.
            context.Response.StatusCode = 500;
            await context.Response.WriteAsync("no reply queued for this request", context.RequestAborted);
            return;
        }

        await reply(request, context);
    }

    private static Task WriteCompletionAsync(HttpContext context, ChatRequest request, string content)
    {
        var completion = new JsonObject
        {
            ["id"] = "chatcmpl-test",
            ["object"] = "chat.completion",
            ["created"] = 1_700_000_000,
            ["model"] = request.Model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
                ["finish_reason"] = "stop",
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 100, ["completion_tokens"] = 20, ["total_tokens"] = 120 },
        };
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(completion.ToJsonString(), context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request as the server saw it, with the sentences the user message carried.</summary>
public sealed record ChatRequest(string Path, string Authorization, string Body, string Model, JsonNode? ResponseFormat, string SystemMessage, IReadOnlyList<string> Sentences)
{
    public static ChatRequest Parse(string path, string authorization, string body)
    {
        JsonNode? json;
        try
        {
            json = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return new ChatRequest(path, authorization, body, string.Empty, null, string.Empty, []);
        }

        var messages = json?["messages"]?.AsArray() ?? [];
        var system = Text(messages.FirstOrDefault(m => (string?)m?["role"] == "system"));
        var user = Text(messages.LastOrDefault(m => (string?)m?["role"] == "user"));
        var sentences = new List<string>();
        var start = user.IndexOf('[', StringComparison.Ordinal);
        if (start >= 0)
        {
            foreach (var item in JsonNode.Parse(user[start..])!.AsArray())
            {
                sentences.Add((string)item!["sentence"]!);
            }
        }

        return new ChatRequest(path, authorization, body, (string?)json?["model"] ?? string.Empty, json?["response_format"]?.DeepClone(), system, sentences);
    }

    /// <summary>Content is a string, or a list of parts with text.</summary>
    private static string Text(JsonNode? message) => message?["content"] switch
    {
        JsonValue value => (string?)value ?? string.Empty,
        JsonArray parts => string.Concat(parts.Select(p => (string?)p?["text"])),
        _ => string.Empty,
    };
}
