using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Core;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Storage;
using ReportPipeline.Development;

// Ingests the whole corpus (../shared/corpus/usdol-ilab-sweat-toil: PDFs and the seven XML
// exports) into a fresh in-memory Azurite and prints throughput and where the time goes, next to a
// reference: the same rows written again with bare entity-group transactions (no extraction, no
// ledger, no dirty marks), which is what this Azurite can take at best.
// Usage: dotnet run -c Release --project bench/ReportPipeline.Bench.Ingestion [-- CORPUS_DIR [FILE_PARALLELISM]]
var corpus = args.Length > 0 ? args[0] : FindCorpus();
var parallelism = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2;
if (corpus is null || !Directory.Exists(corpus))
{
    Console.Error.WriteLine("Corpus not found: pass the folder holding pdf/ and xml/ (default ../shared/corpus/usdol-ilab-sweat-toil).");
    return 2;
}

var files = Directory.GetFiles(Path.Combine(corpus, "pdf"), "*.pdf").Concat(Directory.GetFiles(Path.Combine(corpus, "xml"), "*.xml")).Order(StringComparer.Ordinal).ToList();
Console.WriteLine($"corpus: {corpus} ({files.Count} files, {files.Sum(f => new FileInfo(f).Length) / 1024.0 / 1024.0:0.0} MB), file parallelism {parallelism}");

await using var azurite = await AzuriteHost.StartAsync();
Console.WriteLine(azurite.Description);
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["ReportPipeline:Storage"] = azurite.ConnectionString,
    ["ReportPipeline:Ingestion:FileParallelism"] = parallelism.ToString(CultureInfo.InvariantCulture),
}).Build();
var services = new ServiceCollection().AddReportPipelineCore(configuration).AddReportPipelineStorage(configuration).BuildServiceProvider();
var batch = services.GetRequiredService<IngestionBatch>();
var blobs = files.Select(f => ReportBlob.FromFile(f, Path.GetRelativePath(corpus, f))).ToList();

// Create the tables and containers first so that their creation is not counted.
var clients = services.GetRequiredService<StorageClients>();
foreach (var table in TableNames.Ingestion)
{
    await clients.TableAsync(table);
}

var clock = Stopwatch.StartNew();
var outcomes = await batch.RunAsync(blobs);
clock.Stop();

var wall = clock.Elapsed.TotalSeconds;
var documents = outcomes.Sum(o => o.Documents.Count);
var entities = outcomes.Sum(o => o.EntitiesWritten);
var read = outcomes.Sum(o => o.ReadTime.TotalSeconds);
var extraction = outcomes.Sum(o => o.ExtractionTime.TotalSeconds);
var storage = outcomes.Sum(o => o.StorageTime.TotalSeconds);
var busy = read + extraction + storage;
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"files                {outcomes.Count,8}   ({string.Join(", ", outcomes.GroupBy(o => o.Kind).Select(g => $"{g.Count()} {g.Key}"))})"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents            {documents,8}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"facts                {outcomes.Sum(o => o.FactCount),8}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"statements           {outcomes.Sum(o => o.StatementCount),8}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"table entities       {entities,8}   (documents + facts + statements)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wall time            {wall,8:0.00} s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents / s        {documents / wall,8:0.0}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"table entities / s   {entities / wall,8:0.0}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"time in extraction   {extraction,8:0.00} s  {extraction / busy,6:P0}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"time in storage      {storage,8:0.00} s  {storage / busy,6:P0}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"time reading files   {read,8:0.00} s  {read / busy,6:P0}"));
// The reference: every document, fact and statement row the run wrote, read back (not timed) and
// upserted into fresh tables per partition, as many partitions at once as the pipeline writes documents.
var storageParallelism = services.GetRequiredService<IngestionOptions>().StorageParallelism * parallelism;
var rows = new List<(string Table, TableEntity Entity)>();
foreach (var name in new[] { TableNames.Documents, TableNames.Facts, TableNames.Statements })
{
    var source = await clients.TableAsync(name);
    await foreach (var entity in source.QueryAsync<TableEntity>())
    {
        entity.ETag = default;
        rows.Add((name, entity));
    }
}

var targets = new Dictionary<string, TableClient>(StringComparer.Ordinal);
foreach (var name in new[] { TableNames.Documents, TableNames.Facts, TableNames.Statements })
{
    targets[name] = clients.Tables.GetTableClient("Reference" + name);
    await targets[name].CreateIfNotExistsAsync();
}

var reference = Stopwatch.StartNew();
await Parallel.ForEachAsync(
    rows.GroupBy(r => (r.Table, r.Entity.PartitionKey)),
    new ParallelOptions { MaxDegreeOfParallelism = storageParallelism },
    async (partition, ct) => await TableBatch.UpsertAsync(targets[partition.Key.Table], partition.Select(r => r.Entity), ct));
reference.Stop();
var referenceSeconds = reference.Elapsed.TotalSeconds;
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"",-22}{"pipeline",12}{"reference",12}   reference = the same {rows.Count} rows, bare batch upserts, {storageParallelism} partitions at once"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"seconds",-22}{wall,12:0.00}{referenceSeconds,12:0.00}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"table entities / s",-22}{entities / wall,12:0.0}{rows.Count / referenceSeconds,12:0.0}   pipeline at {entities / wall / (rows.Count / referenceSeconds),0:P0} of the reference"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"storage only, ent. / s",-22}{entities / (storage / parallelism),12:0.0}{rows.Count / referenceSeconds,12:0.0}   (pipeline: its storage time per ingesting thread)"));

Console.WriteLine();
Console.WriteLine("slowest files (extraction / storage):");
foreach (var o in outcomes.OrderByDescending(o => o.Elapsed).Take(5))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {o.BlobName,-32} {o.ExtractionTime.TotalSeconds,6:0.00} s / {o.StorageTime.TotalSeconds,6:0.00} s  {o.Documents.Count,4} documents {o.EntitiesWritten,6} entities"));
}

return 0;

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
