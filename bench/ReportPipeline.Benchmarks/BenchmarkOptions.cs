using System.Globalization;

namespace ReportPipeline.Benchmarks;

/// <summary>Command-line options: the corpus folder (pdf/ inside it) and how many timed runs to keep the best of.</summary>
internal sealed record BenchmarkOptions(string PdfDirectory, int Runs, string PdfToText)
{
    public static BenchmarkOptions? Parse(string[] args)
    {
        string? corpus = null;
        var runs = 3;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--corpus" when i + 1 < args.Length:
                    corpus = args[++i];
                    break;
                case "--runs" when i + 1 < args.Length:
                    runs = Math.Max(1, int.Parse(args[++i], CultureInfo.InvariantCulture));
                    break;
                default:
                    Console.Error.WriteLine($"Unknown argument {args[i]}. Usage: [--corpus DIR] [--runs N]");
                    return null;
            }
        }

        corpus ??= FindCorpus();
        if (corpus is null)
        {
            Console.Error.WriteLine("No corpus found: pass --corpus DIR (the folder holding pdf/), or put ../shared beside the repository.");
            return null;
        }

        var pdf = Directory.Exists(Path.Combine(corpus, "pdf")) ? Path.Combine(corpus, "pdf") : corpus;
        return new BenchmarkOptions(pdf, runs, "/usr/bin/pdftotext");
    }

    private static string? FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", "usdol-ilab-sweat-toil");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
