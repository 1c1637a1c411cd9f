using System.Diagnostics;
using System.Globalization;
using ReportPipeline.Core;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Benchmarks;

/// <summary>
/// Times three passes over the same PDFs, one file after another on one thread: the full
/// extraction (text, identification, facts, statements), the PDF text alone, and
/// <c>pdftotext -layout</c>. Each figure is the best of the runs, which is the least disturbed
/// by other work on the machine.
/// </summary>
internal static class ExtractionBenchmark
{
    public static async Task<int> RunAsync(BenchmarkOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var files = Directory.GetFiles(options.PdfDirectory, "*.pdf").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            await Console.Error.WriteLineAsync($"No PDFs in {options.PdfDirectory}.").ConfigureAwait(false);
            return 2;
        }

        var extractor = ReportExtractor.CreateDefault();
        var contents = files.Select(File.ReadAllBytes).ToArray();
        // Warm up the JIT and the regexes so the first timed run is not the slowest.
        await ExtractAllAsync(extractor, files.Take(3).ToArray(), contents.Take(3).ToArray(), cancellationToken).ConfigureAwait(false);

        // The three passes take turns within each run, so a change of load on this shared machine falls on all
        // three alike; run after run, each pass keeps its best time, and each run gives its own ratio too.
        var hasPoppler = File.Exists(options.PdfToText);
        Timing? full = null, text = null, poppler = null;
        var ratios = new List<double>();
        for (var run = 0; run < options.Runs; run++)
        {
            var fullRun = await TimeAsync(() => ExtractAllAsync(extractor, files, contents, cancellationToken)).ConfigureAwait(false);
            var textRun = await TimeAsync(() => ReadTextAsync(contents, cancellationToken)).ConfigureAwait(false);
            full = Best(full, fullRun);
            text = Best(text, textRun);
            if (hasPoppler)
            {
                var popplerRun = await TimeAsync(() => PdfToTextAsync(options.PdfToText, files, fullRun.Pages, cancellationToken)).ConfigureAwait(false);
                poppler = Best(poppler, popplerRun);
                ratios.Add(popplerRun.PagesPerSecond / fullRun.PagesPerSecond);
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Length} PDFs, {full!.Pages} pages, best of {options.Runs} runs, one thread, the three passes taking turns"));
        output.WriteLine();
        output.WriteLine($"{"pass",-44} {"seconds",8} {"pages/s",8}");
        Write(output, "reportpipeline: full extraction", full!);
        Write(output, "reportpipeline: PDF text only", text!);
        if (poppler is null)
        {
            output.WriteLine($"pdftotext not found at {options.PdfToText} (apt-get install poppler-utils); no ratio.");
            return 0;
        }

        Write(output, "pdftotext -layout (poppler)", poppler);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio pdftotext / full extraction: {poppler.PagesPerSecond / full!.PagesPerSecond:0.00}x (target: within 2x)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio pdftotext / PDF text only:   {poppler.PagesPerSecond / text!.PagesPerSecond:0.00}x"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"full extraction / pdftotext run by run: {string.Join(", ", ratios.Select(r => r.ToString("0.00", CultureInfo.InvariantCulture) + "x"))} (median {ratios.Order().ElementAt(ratios.Count / 2):0.00}x)"));
        return 0;
    }

    private static void Write(TextWriter output, string name, Timing timing) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-44} {timing.Seconds,8:0.00} {timing.PagesPerSecond,8:0}"));

    private static async Task<Timing> TimeAsync(Func<Task<int>> pass)
    {
        var watch = Stopwatch.StartNew();
        var pages = await pass().ConfigureAwait(false);
        watch.Stop();
        return new Timing(pages, watch.Elapsed.TotalSeconds);
    }

    private static Timing Best(Timing? best, Timing timing) => best is null || timing.Seconds < best.Seconds ? timing : best;

    private static async Task<int> ExtractAllAsync(ReportExtractor extractor, string[] files, byte[][] contents, CancellationToken cancellationToken)
    {
        var pages = 0;
        for (var i = 0; i < files.Length; i++)
        {
            using var stream = new MemoryStream(contents[i], writable: false);
            var result = await extractor.ExtractAsync(stream, Path.GetFileName(files[i]), cancellationToken).ConfigureAwait(false);
            pages += result.PageCount;
        }

        return pages;
    }

    private static async Task<int> ReadTextAsync(byte[][] contents, CancellationToken cancellationToken)
    {
        var pages = 0;
        foreach (var content in contents)
        {
            using var stream = new MemoryStream(content, writable: false);
            var text = await ReportTextReader.ReadAsync(stream, ExtractionLimits.Default, cancellationToken).ConfigureAwait(false);
            pages += text.PageCount;
        }

        return pages;
    }

    /// <summary>pdftotext writes to stdout, which is drained and dropped; the pages are the same files' pages.</summary>
    private static async Task<int> PdfToTextAsync(string pdftotext, string[] files, int pages, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            var start = new ProcessStartInfo(pdftotext) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("-layout");
            start.ArgumentList.Add(file);
            start.ArgumentList.Add("-");
            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start.");
            var drain = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            await drain.ConfigureAwait(false);
            await errors.ConfigureAwait(false);
        }

        return pages;
    }

    private sealed record Timing(int Pages, double Seconds)
    {
        public double PagesPerSecond => Pages / Math.Max(Seconds, 1e-9);
    }
}
