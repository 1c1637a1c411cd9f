namespace ReportPipeline.Testing;

/// <summary>
/// Locates <c>../shared</c> (real reports, corpus, design) beside the repository. A user's clone
/// may not have it; tests that need it are marked with <see cref="SharedDataFactAttribute"/>.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Find);

    public static bool Available => Root.Value is not null;

    public static string MissingMessage =>
        "Skipped: ../shared (real reports and corpus) is not beside this clone; CI has it.";

    public static string Directory => Root.Value ?? throw new InvalidOperationException(MissingMessage);

    public static string Seeds => Path.Combine(Directory, "seeds");

    public static string Corpus => Path.Combine(Directory, "corpus", "usdol-ilab-sweat-toil");

    public static string Seed(string prefix) =>
        System.IO.Directory.GetFiles(Seeds, prefix + "_*.txt").Single();

    /// <summary>The repository root (the folder holding ReportPipeline.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string? Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("REPORTPIPELINE_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment) && System.IO.Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        var candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
        return System.IO.Directory.Exists(Path.Combine(candidate, "seeds")) ? candidate : null;
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportPipeline.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find ReportPipeline.sln above " + AppContext.BaseDirectory);
    }
}
