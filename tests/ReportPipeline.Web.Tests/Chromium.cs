using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ReportPipeline.Web.Tests;

/// <summary>Debian's Chromium (never a downloaded browser), driven by Playwright; one per test class.</summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string Executable = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        File.Exists(Executable).ShouldBeTrue("Debian's chromium is needed (apt-get install chromium; .ci/run installs it).");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }

    /// <summary>A page of the given viewport; 390 × 844 is a phone held upright, 1366 × 768 a common laptop.</summary>
    public async Task<IPage> PageAsync(int width, int height)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        return await context.NewPageAsync();
    }
}

/// <summary>
/// Where browser tests keep their screenshots: TestResults/screenshots at the repository root (scripts/test.sh lists
/// them after a run), or the folder REPORTPIPELINE_SCREENSHOTS names.
/// </summary>
public static class Screenshots
{
    public static string Directory { get; } = Create();

    public static async Task<string> SaveAsync(IPage page, string name, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(output);
        var file = Path.Combine(Directory, name + ".png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = true });
        output.WriteLine($"screenshot: {file}");
        Console.WriteLine($"screenshot: {file}");
        return file;
    }

    private static string Create()
    {
        var configured = Environment.GetEnvironmentVariable("REPORTPIPELINE_SCREENSHOTS");
        var directory = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(ReportPipeline.Testing.SharedData.RepositoryRoot, "TestResults", "screenshots")
            : Path.GetFullPath(configured);
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }
}
