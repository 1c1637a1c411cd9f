using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ReportPipeline.Functions.Tests;

/// <summary>What an HTTP function answered: status, content type and body text.</summary>
public sealed record HttpAnswer(int Status, string? ContentType, string Body)
{
    public JsonElement Json() => JsonDocument.Parse(Body).RootElement;
}

/// <summary>
/// Builds the ASP.NET Core request an HTTP trigger receives and runs the function's IResult on it,
/// as the worker's ASP.NET Core integration does (FunctionsHttpProxyingMiddleware executes a
/// returned IResult against the invocation's HttpContext).
/// </summary>
public static class HttpCall
{
    public static HttpRequest Request(
        IServiceProvider services,
        string method,
        string pathAndQuery,
        string? body = null,
        string contentType = "application/json",
        IPAddress? peer = null,
        IDictionary<string, string>? headers = null)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        var query = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        context.Request.Method = method;
        context.Request.Scheme = "https";
        context.Request.Host = new HostString("reports.ruritania.test");
        context.Request.Path = query < 0 ? pathAndQuery : pathAndQuery[..query];
        context.Request.QueryString = query < 0 ? QueryString.Empty : new QueryString(pathAndQuery[query..]);
        context.Connection.RemoteIpAddress = peer ?? IPAddress.Parse("203.0.113.7");
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            context.Request.Headers[name] = value;
        }

        if (body is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Request.Body = new MemoryStream(bytes);
            context.Request.ContentLength = bytes.Length;
            context.Request.ContentType = contentType;
        }

        context.Response.Body = new MemoryStream();
        return context.Request;
    }

    public static HttpRequest Json(IServiceProvider services, string method, string pathAndQuery, object body) =>
        Request(services, method, pathAndQuery, JsonSerializer.Serialize(body, JsonSerializerOptions.Web));

    public static async Task<HttpAnswer> RunAsync(HttpRequest request, Func<HttpRequest, CancellationToken, Task<IResult>> function)
    {
        var result = await function(request, CancellationToken.None);
        await result.ExecuteAsync(request.HttpContext);
        var response = request.HttpContext.Response;
        response.Body.Position = 0;
        using var reader = new StreamReader(response.Body, Encoding.UTF8);
        return new HttpAnswer(response.StatusCode, response.ContentType, await reader.ReadToEndAsync());
    }
}
