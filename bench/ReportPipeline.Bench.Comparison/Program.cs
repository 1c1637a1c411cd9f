using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Core;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Storage;
using ReportPipeline.Development;

// Ingests the publisher's seven XML exports (~143 countries x 7 report years) into a fresh
// in-memory Azurite, then times the comparison: every country dirty (the first run, which
// stores every alert), every country again with nothing new (compare --all), and one country
// dirty (the usual run after one report arrives). Prints each time and the ratios.
// Usage: dotnet run -c Release --project bench/ReportPipeline.Bench.Comparison [-- CORPUS_DIR [RUNS]]
var corpus = args.Length > 0 ? args[0] : FindCorpus();
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
if (corpus is null || !Directory.Exists(Path.Combine(corpus, "xml")))
{
    Console.Error.WriteLine("Corpus not found: pass the folder holding xml/ (default ../shared/corpus/usdol-ilab-sweat-toil).");
    return 2;
}

await using var azurite = await AzuriteHost.StartAsync();
Console.WriteLine(azurite.Description);
Console.WriteLine($"{Environment.ProcessorCount} cores, load average {LoadAverage()} at start");
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["ReportPipeline:Storage"] = azurite.ConnectionString,
}).Build();
await using var services = new ServiceCollection()
    .AddReportPipelineCore(configuration)
    .AddReportPipelineStorage(configuration)
    .BuildServiceProvider();

var files = Directory.GetFiles(Path.Combine(corpus, "xml"), "countries_*.xml").Order(StringComparer.Ordinal).ToList();
var clock = Stopwatch.StartNew();
var outcomes = await services.GetRequiredService<IngestionBatch>().RunAsync([.. files.Select(f => ReportBlob.FromFile(f, "usdol/" + Path.GetFileName(f)))]);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ingested {files.Count} exports: {outcomes.Sum(o => o.Documents.Count)} country-year documents, {outcomes.Sum(o => o.FactCount)} facts in {clock.Elapsed.TotalSeconds:0.0} s"));

var compare = services.GetRequiredService<CompareService>();
var flags = services.GetRequiredService<ICountryStateStore>();
await services.GetRequiredService<StorageClients>().TableAsync(TableNames.Alerts);

clock.Restart();
var first = await compare.CompareDirtyAsync();
var firstTime = clock.Elapsed;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first run, all dirty: {first.Countries.Count} countries, {first.Countries.Sum(c => c.Years)} country-years, {first.Raised} alerts stored, {first.Failed} failed"));

var all = new List<TimeSpan>();
var one = new List<TimeSpan>();
for (var run = 0; run < runs; run++)
{
    clock.Restart();
    var again = await compare.CompareAllAsync();
    all.Add(clock.Elapsed);
    if (again.Added != 0)
    {
        throw new InvalidOperationException($"compare --all stored {again.Added} new alerts on an unchanged dataset.");
    }

    // What ingesting one new report does to the Countries table.
    await flags.MarkDirtyAsync("UA", "Ukraine", 2022, DateTimeOffset.UtcNow);
    clock.Restart();
    var single = await compare.CompareDirtyAsync();
    one.Add(clock.Elapsed);
    if (single.Countries.Count != 1)
    {
        throw new InvalidOperationException($"{single.Countries.Count} countries were dirty, expected 1.");
    }
}

var allMedian = Median(all);
var oneMedian = Median(one);
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all {first.Countries.Count} countries dirty, first run (alerts written) {firstTime.TotalSeconds,8:0.000} s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all countries again, nothing new (median of {runs}) {allMedian.TotalSeconds,8:0.000} s   [{string.Join(", ", all.Select(t => t.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)))}]"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one country dirty (median of {runs})               {oneMedian.TotalSeconds,8:0.000} s   [{string.Join(", ", one.Select(t => t.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)))}]"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio all / one                                    {allMedian / oneMedian,8:0.0}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio first run / one                              {firstTime / oneMedian,8:0.0}"));
Console.WriteLine($"load average {LoadAverage()} at the end");
return 0;

// Figures on a shared machine mean little without the load they were taken under.
static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

static TimeSpan Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);

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
