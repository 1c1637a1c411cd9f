using System.Reflection;
using System.Text.RegularExpressions;
using ReportPipeline.Core.Statements;
using ReportPipeline.Core.Text;
using ReportPipeline.Testing;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// The source-generated regex code of this SDK can lose its place when a bounded lazy loop over a group
/// (<c>(?:\w+\s+){0,2}?</c>) gives up at its last iteration and something before it backtracks: the match then
/// differs from the pattern's, or never ends (dotnet/runtime#129628, fixed after .NET 10). A rule written that way
/// hung on one sentence of a real chapter. The interpreter has no such fault, so each generated pattern of that
/// shape must find what its interpreted twin finds, on every sentence of the bundled and real chapters.
/// </summary>
public sealed class GeneratedPatternTests
{
    private static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(20);
    private static readonly Regex BoundedLazyGroupLoopShape = new(@"\)\{\d+,\d+\}\?");

    [Fact]
    public void The_lazy_loop_patterns_are_found_by_reflection()
    {
        // Guards the guard: if the reflection found nothing, the agreement tests below would pass on nothing.
        var patterns = LazyLoopPatterns();

        Assert.True(patterns.Count >= 20, $"only {patterns.Count} generated patterns with a bounded lazy group loop found");
        Assert.Contains(patterns, p => p.Name.StartsWith("RestrictionRule.", StringComparison.Ordinal));
    }

    [Fact]
    public void Generated_patterns_agree_with_the_interpreter_on_the_bundled_chapters()
    {
        var sentences = SentencesOf(
            Path.Combine(SharedData.RepositoryRoot, "samples"),
            Path.Combine(SharedData.RepositoryRoot, "eval"));

        Assert.True(sentences.Count > 1000, $"only {sentences.Count} sentences read from samples/ and eval/");
        AssertAgreement(sentences);
    }

    [SharedDataFact]
    public void Generated_patterns_agree_with_the_interpreter_on_the_real_chapters()
    {
        var sentences = SentencesOf(
            Path.Combine(SharedData.Corpus, "pdf"),
            Path.Combine(SharedData.Directory, "corpus", "usdol-multi-territory", "pdf"));

        Assert.True(sentences.Count > 10000, $"only {sentences.Count} sentences read from the real chapters");
        AssertAgreement(sentences);
    }

    private static void AssertAgreement(IReadOnlyList<string> sentences)
    {
        // The check runs on a thread of its own and counts its progress: a hung generated match cannot be stopped, and a
        // match that makes no progress for StallLimit is a hang, whatever the load on the machine (a wait on each match
        // alone also counted the time a busy thread pool took to start it, and failed on a six-word sentence in CI).
        var check = new AgreementCheck(LazyLoopPatterns(), sentences);
        var thread = new Thread(check.Run) { IsBackground = true, Name = "generated-pattern-check" };
        thread.Start();
        var seen = -1;
        while (!thread.Join(StallLimit))
        {
            var done = Volatile.Read(ref check.Checked);
            Assert.True(done != seen, $"{check.CurrentPattern} does not finish on: {check.CurrentSentence}");
            seen = done;
        }

        Assert.True(check.Faults.Count == 0, string.Join(Environment.NewLine, check.Faults.Take(10)));
    }

    private sealed class AgreementCheck(List<(string Name, Regex Pattern)> patterns, IReadOnlyList<string> sentences)
    {
        public int Checked;

        public List<string> Faults { get; } = [];

        public volatile string? CurrentPattern;

        public volatile string? CurrentSentence;

        public void Run()
        {
            foreach (var (name, generated) in patterns)
            {
                CurrentPattern = name;
                var interpreted = new Regex(generated.ToString(), generated.Options);
                foreach (var sentence in sentences)
                {
                    CurrentSentence = sentence;
                    var expected = Spans(interpreted, sentence);
                    var actual = Spans(generated, sentence);
                    if (actual != expected)
                    {
                        Faults.Add($"{name} finds [{actual}] where the interpreter finds [{expected}] in: {sentence}");
                    }

                    Interlocked.Increment(ref Checked);
                }
            }
        }
    }

    private static string Spans(Regex regex, string text) =>
        string.Join(",", regex.Matches(text).Take(20).Select(m => $"{m.Index}:{m.Length}"));

    internal static List<(string Name, Regex Pattern)> LazyLoopPatterns() =>
        [.. typeof(SentenceSplitter).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public))
            .Where(m => m.GetCustomAttribute<GeneratedRegexAttribute>() is not null && m.GetParameters().Length == 0)
            .Select(m => (Name: $"{m.DeclaringType!.Name}.{m.Name}", Pattern: (Regex)m.Invoke(null, null)!))
            .Where(p => BoundedLazyGroupLoopShape.IsMatch(p.Pattern.ToString()))];

    private static List<string> SentencesOf(params string[] folders) =>
        [.. folders
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(file => file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .SelectMany(file => SentenceSplitter.Split(ReportTextReader.Read(File.ReadAllBytes(file), ExtractionLimits.Default)))
            .Select(sentence => sentence.Text)
            .Distinct(StringComparer.Ordinal)];
}
