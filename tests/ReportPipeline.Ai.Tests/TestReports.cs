using System.Text.Json.Nodes;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Ai.Tests;

/// <summary>
/// Stands in for the rules classifier: returns the statements it was given, as the rules
/// would for the invented report below.
/// </summary>
internal sealed class GivenRules(params Statement[] statements) : IStatementClassifier
{
    public int Calls { get; private set; }

    public Task<IReadOnlyList<Statement>> ClassifyAsync(TextDocument text, DocumentInfo document, CancellationToken cancellationToken = default)
    {
        Calls++;
        return Task.FromResult<IReadOnlyList<Statement>>(statements);
    }
}

/// <summary>An invented Ruritania chapter, one sentence per line.</summary>
internal static class TestReports
{
    public const string Moratorium = "In 2024, the Government of Ruritania extended the moratorium on labor inspections until January 1, 2026.";
    public const string NewLaw = "On 3 March 2024, the Parliament passed the Law on Seasonal Work, which entered into force on 1 July 2024.";
    public const string Council = "The Ministry of Labor chaired the Council on Child Protection, which met twice during the reporting period.";
    public const string Heading = "Enforcement";
    public const string Hotline = "A hotline for reporting child labor complaints was launched by the Ombudsman's Office in the capital.";

    public static DocumentInfo Document { get; } = new("Ruritania", "XR", 2024, Sources.UsdolFindings, new string('a', 64));

    public static TextDocument Text(params string[] lines) => TextDocument.FromPlainLines(InputFormat.Text, lines);

    public static TextDocument Chapter { get; } = Text(Heading, Moratorium, NewLaw, Council);

    /// <summary>What the rules say about <see cref="Chapter"/>: sure of the moratorium, unsure of the law.</summary>
    public static Statement[] RulesOnChapter() =>
    [
        new("inspection_moratorium", "extended", Moratorium, 0.95, "rules", new Dictionary<string, string> { ["until"] = "2026-01-01" }),
        new("law", "enacted", NewLaw, 0.4, "rules", new Dictionary<string, string>()),
    ];

    /// <summary>The stand-in for the rules' sentence splitter: a line is a sentence.</summary>
    public static IEnumerable<CandidateSentence> Lines(TextDocument text) =>
        text.Lines.Select(l => new CandidateSentence(l.Text, l.Page, l.Offset));

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
