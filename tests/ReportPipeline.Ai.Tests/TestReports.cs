using System.Text.Json.Nodes;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Ai.Tests;

/// <summary>
/// An invented Ruritania chapter, one paragraph per line, and what the real rules classifier
/// makes of it: sure of the assessment and the moratorium, unsure (<c>other</c>) of the
/// expected law, silent on the notice requirement and the council.
/// </summary>
internal static class TestReports
{
    public const string Assessment = "In 2024, Ruritania made moderate advancement in efforts to eliminate the worst forms of child labor.";
    public const string Heading = "Enforcement";
    public const string Moratorium = "In 2024, the Government of Ruritania extended the moratorium on labor inspections until January 1, 2026.";
    public const string ExpectedLaw = "Parliament is expected to adopt the Law on Seasonal Work next year.";
    public const string Notice = "Since March 2024, Ruritania's labor inspectors have had to tell a workplace's owner ten days ahead of any visit.";
    public const string Council = "The Ministry of Labor chaired the Council on Child Protection, which met twice during the reporting period.";

    public static DocumentInfo Document { get; } = new("Ruritania", "XR", 2024, Sources.UsdolFindings, new string('a', 64));

    public static TextDocument Text(params string[] lines) => TextDocument.FromPlainLines(InputFormat.Text, lines);

    public static TextDocument Chapter { get; } = Text(Assessment, Heading, Moratorium, ExpectedLaw, Notice, Council);

    public static IStatementClassifier Rules { get; } = new RulesStatementClassifier();

    /// <summary>What the rules alone say about <paramref name="text"/>.</summary>
    public static IReadOnlyList<Statement> RulesOn(TextDocument text) => RulesStatementClassifier.Classify(text, Document);

    public static int OffsetOf(string line) => Chapter.Lines.Single(l => l.Text == line).Offset;

    /// <summary>One line per statement, for comparing lists whose field dictionaries are different objects.</summary>
    public static string Describe(IEnumerable<Statement> statements) => string.Join("\n", statements.Select(s =>
        $"{s.Category}/{s.Action} [{string.Join(",", s.Fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"))}] {s.Confidence} {s.Classifier} @{s.Offset}: {s.Text}"));

    /// <summary>A model answer: for each sentence (by its text) the statements to report.</summary>
    public static string Answer(ChatRequest request, Func<string, JsonObject[]> statementsFor)
    {
        var results = new JsonArray();
        for (var i = 0; i < request.Sentences.Count; i++)
        {
            results.Add(new JsonObject { ["index"] = i, ["statements"] = new JsonArray([.. statementsFor(request.Sentences[i])]) });
        }

        return new JsonObject { ["results"] = results }.ToJsonString();
    }

    public static JsonObject Label(string category, string? action, double confidence, params (string Name, string? Value)[] fields)
    {
        var label = new JsonObject { ["category"] = category, ["action"] = action, ["confidence"] = confidence };
        foreach (var (name, value) in fields)
        {
            label[name] = value;
        }

        return label;
    }
}
