using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using ReportPipeline.Testing;

namespace ReportPipeline.Infrastructure.Tests;

/// <summary>
/// infra/main.bicep compiled to ARM JSON by the Bicep CLI from the Azure.Bicep.CommandLine package,
/// once per test class.
/// </summary>
public sealed class CompiledTemplate
{
    public CompiledTemplate()
    {
        var outputFile = Path.Combine(Path.GetTempPath(), $"reportpipeline-main-{Guid.NewGuid():N}.json");
        try
        {
            var (exitCode, output) = Bicep.Run("build", MainBicep, "--outfile", outputFile);
            ExitCode = exitCode;
            Diagnostics = output;
            Json = exitCode == 0 ? JsonNode.Parse(File.ReadAllText(outputFile))!.AsObject() : [];
        }
        finally
        {
            File.Delete(outputFile);
        }
    }

    public static string InfraDirectory => Path.Combine(SharedData.RepositoryRoot, "infra");

    public static string MainBicep => Path.Combine(InfraDirectory, "main.bicep");

    public int ExitCode { get; }

    /// <summary>Everything the CLI printed: errors and linter warnings.</summary>
    public string Diagnostics { get; }

    public JsonObject Json { get; }

    public IEnumerable<JsonObject> Resources =>
        Json["resources"]!.AsArray().Select(r => r!.AsObject());

    public JsonObject Single(string type) => Resources.Single(r => (string?)r["type"] == type);

    public IReadOnlyList<JsonObject> All(string type) => [.. Resources.Where(r => (string?)r["type"] == type)];

    public string Variable(string name) => (string)Json["variables"]![name]!;

    public JsonArray VariableArray(string name) => Json["variables"]![name]!.AsArray();

    /// <summary>The names a copy loop over <c>createArray(variables(...), ...)</c> or <c>variables('x')</c> produces.</summary>
    public IReadOnlyList<string> LoopNames(JsonObject resource)
    {
        var count = (string)resource["copy"]!["count"]!;
        if (count.StartsWith("[length(createArray(", StringComparison.Ordinal))
        {
            var inner = count["[length(createArray(".Length..^3];
            return [.. inner.Split(", ").Select(v => Variable(v["variables('".Length..^2]))];
        }

        var variable = count["[length(variables('".Length..^4];
        return [.. VariableArray(variable).Select(n => (string)n!)];
    }
}

internal static class Bicep
{
    public static string Path { get; } = Locate();

    public static (int ExitCode, string Output) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = CompiledTemplate.InfraDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start " + Path);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("bicep " + string.Join(' ', arguments) + " did not finish in 2 minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string Locate()
    {
        var fromBuild = typeof(Bicep).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "BicepPath")?.Value;
        if (!string.IsNullOrEmpty(fromBuild) && File.Exists(fromBuild))
        {
            return fromBuild;
        }

        var nugetRoot = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var fromCache = System.IO.Path.Combine(nugetRoot, "azure.bicep.commandline.linux-x64", "0.49.2", "tools", "bicep");
        return File.Exists(fromCache)
            ? fromCache
            : throw new FileNotFoundException("The Bicep CLI from Azure.Bicep.CommandLine.linux-x64 0.49.2 was not restored", fromCache);
    }
}
