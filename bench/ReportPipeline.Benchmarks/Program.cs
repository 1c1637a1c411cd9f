using ReportPipeline.Benchmarks;

// Extraction speed on the USDOL corpus next to poppler's pdftotext -layout, as a ratio.
// Usage: dotnet run -c Release --project bench/ReportPipeline.Benchmarks -- [--corpus DIR] [--runs N]
var options = BenchmarkOptions.Parse(args);
if (options is null)
{
    return 2;
}

return await ExtractionBenchmark.RunAsync(options, Console.Out, CancellationToken.None).ConfigureAwait(false);
