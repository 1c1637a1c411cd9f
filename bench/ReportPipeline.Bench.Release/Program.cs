using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using ReportPipeline.Development;

// From a release dropped into the reports container to the digest leaving, as a user meets it:
// `reportpipeline watch`, published as it is deployed (`dotnet publish`: ReadyToRun), runs against a fresh Azurite
// with a confirmed subscriber (mail to a pickup folder), every chapter PDF of the release is uploaded at once, and
// the clock stops when the digest file is written. Beside it, in the same run, `pdftotext -layout` over the same
// PDFs one after the other. `--built` runs the JIT-compiled Release build instead of publishing; `--cli=DLL` runs a
// reportpipeline.dll published before.
// Usage: dotnet run -c Release --project bench/ReportPipeline.Bench.Release [-- [--built|--cli=DLL] CORPUS_DIR [YEAR|all]]
var built = args.Contains("--built");
var given = args.FirstOrDefault(a => a.StartsWith("--cli=", StringComparison.Ordinal))?["--cli=".Length..];
args = [.. args.Where(a => a != "--built" && !a.StartsWith("--cli=", StringComparison.Ordinal))];
var corpus = args.Length > 0 ? args[0] : FindCorpus();
var year = args.Length > 1 ? args[1] : "all";
if (corpus is null || !Directory.Exists(Path.Combine(corpus, "pdf")))
{
    Console.Error.WriteLine("Corpus not found: pass the folder holding pdf/ (default ../shared/corpus/usdol-ilab-sweat-toil).");
    return 2;
}

// With a YEAR, the chapters of the years before it are dropped first: a year's release meets a watcher that holds
// the earlier years, and a single year alone has nothing to compare with, so no alert and no digest.
var corpusFiles = Directory.GetFiles(Path.Combine(corpus, "pdf"), "*.pdf").Order(StringComparer.Ordinal).ToList();
var files = corpusFiles.Where(f => year == "all" || string.CompareOrdinal(YearOf(f), year) <= 0).ToList();
if (year != "all" && !files.Any(f => YearOf(f) == year))
{
    Console.Error.WriteLine($"No chapter PDFs for {year} in {corpus}/pdf.");
    return 2;
}

if (year != "all" && files.All(f => YearOf(f) == year))
{
    Console.Error.WriteLine($"{year} is the earliest year in {corpus}/pdf: a year alone has nothing to compare with and sends no digest. Give a later year, or all.");
    return 2;
}

const string Settle = "2s";
var pages = files.Sum(f => { using var pdf = UglyToad.PdfPig.PdfDocument.Open(f); return pdf.NumberOfPages; });
var published = built || given is not null ? null : Directory.CreateTempSubdirectory("rp-bench-cli-");
var tool = given ?? (published is null ? BuiltTool() : await PublishAsync(published));
Console.WriteLine($"watch: {(given is not null ? "as given" : published is null ? "the Release build (JIT)" : "published, ReadyToRun")}, {tool}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"release: {files.Count} chapter PDFs ({(year == "all" ? "all" : "up to " + year)}), {pages:N0} pages, {files.Sum(f => new FileInfo(f).Length) / 1024.0 / 1024.0:0.0} MB; {Environment.ProcessorCount} cores, load {Load()}"));

await using var azurite = await AzuriteHost.StartAsync();
var work = Directory.CreateTempSubdirectory("rp-bench-release-");
var mail = Path.Combine(work.FullName, "mail");
var environment = new Dictionary<string, string>
{
    ["ReportPipeline__Storage"] = azurite.ConnectionString,
    ["ReportPipeline__Smtp__PickupDirectory"] = mail,
    ["ReportPipeline__Notifications__BaseUrl"] = "https://alerts.example.org",
};

// A confirmed subscriber to every alert: the digest is what leaves.
await RunAsync(["subscribe", "bench@example.org"]);
var token = Regex.Match(File.ReadAllText(Directory.GetFiles(mail, "*.eml").Single()), "confirm\\?token=([A-Za-z0-9_-]{43})").Groups[1].Value;
await RunAsync(["confirm", token]);
foreach (var file in Directory.GetFiles(mail))
{
    File.Delete(file);
}

using var watch = Start(["watch", "--poll-interval", "500ms", "--settle", Settle]);
var reports = new BlobContainerClient(azurite.ConnectionString, "reports");
await reports.CreateIfNotExistsAsync();
await WaitAsync(() => watch.Output.Contains("Watching container", StringComparison.Ordinal), TimeSpan.FromMinutes(2), "watch did not start");

// With `all`, two releases one after the other into the same watch, as a running watcher meets them: the two
// earliest years' chapters into a fresh process (cold: its code still on the first JIT tiers; two years, so that
// there are changes and a digest), then every later chapter at once (warm). With a YEAR, the earlier years at once
// (history), then that year's chapters into the watcher that holds them.
var years = files.Select(YearOf).Distinct().Order(StringComparer.Ordinal).ToList();
var releases = year == "all" && years.Count > 2
    ? new[] { ($"cold: {years[0]}-{years[1]}", files.Where(f => string.CompareOrdinal(YearOf(f), years[1]) <= 0).ToList()), ($"warm: {years[2]}-{years[^1]}", files.Where(f => string.CompareOrdinal(YearOf(f), years[1]) > 0).ToList()) }
    : new[] { ($"history: {years[0]}-{years[^2]}", files.Where(f => YearOf(f) != year).ToList()), ($"year: {year}", files.Where(f => YearOf(f) == year).ToList()) };
var results = new List<string>();
foreach (var (name, release) in releases)
{
    results.Add(await MeasureAsync(name, release));
}

watch.Stop();
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"release",-22}{"PDFs",6}{"pages",7}{"drop -> digest",16}{"pdftotext",11}{"ratio",8}   (target at most 2.50x)"));
foreach (var line in results)
{
    Console.WriteLine(line);
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load after the run {Load()}"));

async Task<string> MeasureAsync(string name, IReadOnlyList<string> release)
{
    var releasePages = release.Sum(f => { using var pdf = UglyToad.PdfPig.PdfDocument.Open(f); return pdf.NumberOfPages; });
    var ingestedBefore = IngestedLines(watch.Output).Count();
    var roundsBefore = Rounds(watch.Output);
    foreach (var file in Directory.Exists(mail) ? Directory.GetFiles(mail) : [])
    {
        File.Delete(file);
    }

    var cpuBefore = DescendantsCpu();
    var clock = Stopwatch.StartNew();
    await Parallel.ForEachAsync(release, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (file, ct) =>
        await reports.GetBlobClient($"{Path.GetFileName(file)}").UploadAsync(file, overwrite: true, ct));
    var uploaded = clock.Elapsed;

    // Phases, read from what watch prints as it goes: every file ingested, the comparison round started, the digest written.
    TimeSpan? ingested = null, compareStarted = null;
    await WaitAsync(() =>
    {
        var output = watch.Output;
        ingested ??= IngestedLines(output).Count() - ingestedBefore >= release.Count ? clock.Elapsed : null;
        compareStarted ??= Rounds(output) > roundsBefore ? clock.Elapsed : null;
        return Directory.Exists(mail) && Directory.GetFiles(mail, "*.eml").Length > 0;
    }, TimeSpan.FromMinutes(20), "no digest left");
    var toDigest = clock.Elapsed;
    var cpuAfter = DescendantsCpu();
    var pipelineCpu = cpuAfter.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b) - cpuBefore.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
    var cpuByProcess = string.Join(", ", cpuAfter.Select(p => (p.Key, Cpu: p.Value - cpuBefore.GetValueOrDefault(p.Key))).Where(p => p.Cpu > TimeSpan.FromMilliseconds(50)).OrderByDescending(p => p.Cpu)
        .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Cpu.TotalSeconds:0.0} s")));

    var referenceCpuBefore = ReapedChildrenCpu();
    var reference = Stopwatch.StartNew();
    foreach (var file in release)
    {
        using var pdftotext = Process.Start(new ProcessStartInfo("pdftotext") { ArgumentList = { "-layout", file, "-" }, RedirectStandardOutput = true, UseShellExecute = false })!;
        await pdftotext.StandardOutput.ReadToEndAsync();
        await pdftotext.WaitForExitAsync();
    }

    reference.Stop();
    var referenceCpu = ReapedChildrenCpu() - referenceCpuBefore;
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {release.Count} PDFs, {releasePages:N0} pages; uploaded {uploaded.TotalSeconds:0.0} s, every file ingested {Seconds(ingested)}, comparison started {Seconds(compareStarted)} (settle {Settle} after the newest blob was listed), digest written {toDigest.TotalSeconds:0.0} s"));
    var times = IngestedLines(watch.Output).Skip(ingestedBefore).Select(line => Regex.Match(line, @"\(read (\d+), extraction (\d+), storage (\d+)\)")).Where(m => m.Success)
        .Select(m => (Read: double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Extraction: double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), Storage: double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture))).ToList();
    if (times.Count > 0)
    {
        // Summed over the files, which are ingested in parallel: shares of the work, not of the wall time.
        var total = times.Sum(t => t.Read + t.Extraction + t.Storage);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ingest work summed over {times.Count} files: extraction {times.Sum(t => t.Extraction) / 1000:0.0} s ({times.Sum(t => t.Extraction) / total:P0}), storage {times.Sum(t => t.Storage) / 1000:0.0} s ({times.Sum(t => t.Storage) / total:P0}), reading blobs {times.Sum(t => t.Read) / 1000:0.0} s"));
    }

    // CPU time moves far less with the machine's load than wall time does: the work, not the wait.
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  CPU used from drop to digest by watch and Azurite {pipelineCpu.TotalSeconds:0.0} s ({cpuByProcess}); by pdftotext {referenceCpu.TotalSeconds:0.0} s ({pipelineCpu / referenceCpu:0.00}x)"));
    return string.Create(CultureInfo.InvariantCulture, $"{name,-22}{release.Count,6}{releasePages,7}{toDigest.TotalSeconds,14:0.0} s{reference.Elapsed.TotalSeconds,9:0.0} s{toDigest.TotalSeconds / reference.Elapsed.TotalSeconds,7:0.00}x");
}

work.Delete(recursive: true);
published?.Delete(recursive: true);
return 0;

// `dotnet publish` of the CLI as a deployment does it (the project compiles ReadyToRun when published).
static async Task<string> PublishAsync(DirectoryInfo output)
{
    Console.WriteLine("publishing the CLI (ReadyToRun, about a minute) ...");
    var publish = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in new[] { "publish", Path.Combine(RepositoryRoot(), "src", "ReportPipeline.Cli"), "-c", "Release", "-o", output.FullName, "--nologo", "-v", "q" })
    {
        publish.ArgumentList.Add(argument);
    }

    using var process = Process.Start(publish)!;
    var printed = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
    await process.WaitForExitAsync();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"dotnet publish exited {process.ExitCode}: {printed}");
    }

    return Path.Combine(output.FullName, "reportpipeline.dll");
}

async Task RunAsync(string[] arguments)
{
    using var run = Start(arguments);
    await run.Process.WaitForExitAsync();
    if (run.Process.ExitCode != 0)
    {
        throw new InvalidOperationException($"reportpipeline {arguments[0]} exited {run.Process.ExitCode}: {run.Output}");
    }
}

Tool Start(string[] arguments)
{
    var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = work.FullName };
    start.ArgumentList.Add(tool);
    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }

    foreach (var (key, value) in environment)
    {
        start.Environment[key] = value;
    }

    return new Tool(Process.Start(start)!);
}

static string YearOf(string file) => Path.GetFileNameWithoutExtension(file)[^4..];

static int Rounds(string output) => output.Split("Comparison round (after ingest) started").Length - 1;

static IEnumerable<string> IngestedLines(string output) =>
    output.Split('\n').Where(line => line.Contains("IngestionService", StringComparison.Ordinal) && line.Contains(": Ingested, ", StringComparison.Ordinal));

static string Seconds(TimeSpan? at) => at is { } value ? string.Create(CultureInfo.InvariantCulture, $"{value.TotalSeconds:0.0} s") : "(not seen)";

static async Task WaitAsync(Func<bool> done, TimeSpan timeout, string what)
{
    var clock = Stopwatch.StartNew();
    while (!done())
    {
        if (clock.Elapsed > timeout)
        {
            throw new TimeoutException(what);
        }

        await Task.Delay(50);
    }
}

// utime + stime of every live process below this one (watch, Azurite and their children), from /proc (Linux), by
// command name.
static Dictionary<string, TimeSpan> DescendantsCpu()
{
    var stats = new Dictionary<int, (int Parent, long Ticks)>();
    var names = new Dictionary<int, string>();
    foreach (var dir in Directory.Exists("/proc") ? Directory.GetDirectories("/proc") : [])
    {
        if (int.TryParse(Path.GetFileName(dir), out var pid) && ProcStat(Path.Combine(dir, "stat")) is { } fields)
        {
            stats[pid] = (int.Parse(fields[1], CultureInfo.InvariantCulture), long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture));
            names[pid] = ProcName(Path.Combine(dir, "cmdline"));
        }
    }

    var self = Environment.ProcessId;
    bool Below(int pid)
    {
        for (var depth = 0; depth < 64 && stats.TryGetValue(pid, out var stat); depth++)
        {
            if (stat.Parent == self)
            {
                return true;
            }

            pid = stat.Parent;
        }

        return false;
    }

    return stats.Where(s => Below(s.Key)).GroupBy(s => names[s.Key]).ToDictionary(g => g.Key, g => Ticks(g.Sum(s => s.Value.Ticks)));
}

// "reportpipeline watch", "node azurite", ...: the program and its first argument's file name.
static string ProcName(string cmdline)
{
    try
    {
        var parts = File.ReadAllText(cmdline).Split('\0', StringSplitOptions.RemoveEmptyEntries).Select(Path.GetFileNameWithoutExtension).Take(3);
        return string.Join(' ', parts);
    }
    catch (IOException)
    {
        return "?";
    }
}

// cutime + cstime: the CPU of this process's children that have exited and been waited for (pdftotext).
static TimeSpan ReapedChildrenCpu() => ProcStat("/proc/self/stat") is { } fields
    ? Ticks(long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture))
    : TimeSpan.Zero;

// The fields after the command name, which may itself hold spaces: [0] is the state, [1] the parent, [11] utime.
static string[]? ProcStat(string path)
{
    try
    {
        var text = File.ReadAllText(path);
        return text[(text.LastIndexOf(')') + 2)..].Split(' ');
    }
    catch (IOException)
    {
        return null;
    }
}

// Linux reports clock ticks of 1/100 s (USER_HZ) on every common platform.
static TimeSpan Ticks(long ticks) => TimeSpan.FromMilliseconds(ticks * 10);

static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

static string BuiltTool()
{
    var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
    return Path.Combine(RepositoryRoot(), "src", "ReportPipeline.Cli", "bin", configuration, "net10.0", "reportpipeline.dll");
}

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "ReportPipeline.sln")))
        {
            return dir.FullName;
        }
    }

    throw new FileNotFoundException("The repository root (ReportPipeline.sln) was not found above the bench.");
}

static string? FindCorpus()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "..", "shared", "corpus", "usdol-ilab-sweat-toil");
        if (File.Exists(Path.Combine(dir.FullName, "ReportPipeline.sln")) && Directory.Exists(candidate))
        {
            return Path.GetFullPath(candidate);
        }
    }

    return null;
}

/// <summary>A running `reportpipeline` with everything it printed.</summary>
internal sealed class Tool : IDisposable
{
    private readonly System.Text.StringBuilder _output = new();

    public Tool(Process process)
    {
        Process = process;
        process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Process Process { get; }

    public string Output { get { lock (_output) return _output.ToString(); } }

    public void Stop()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            Process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Stop();
        Process.Dispose();
    }
}
