using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>Classifies invented Ruritania text the way the extractor does.</summary>
internal static class StatementTestKit
{
    public static readonly DocumentInfo Ruritania = new("Ruritania", "XR", 2025, Sources.UsdolFindings, "0000");

    public static IReadOnlyList<Statement> Classify(params string[] lines) =>
        RulesStatementClassifier.Classify(TextDocument.FromPlainLines(InputFormat.Text, lines), Ruritania);

    private static readonly string[] PolicyTableHead =
    [
        "Ruritania",
        "V. GOVERNMENT POLICIES ON CHILD LABOR",
        "The government has established policies related to child labor (Table 9).",
        "Table 9. Key Policies Related to Child Labor",
        "Policy\tDescription",
    ];

    /// <summary>Page 6 of an invented PDF chapter: the key-policies table's head, then <paramref name="rows"/> as the PDF reader gives them.</summary>
    public static TextDocument PolicyTablePage(params string[] rows)
    {
        string[] lines = [.. PolicyTableHead, .. rows];
        return new TextDocument(InputFormat.Pdf, lines, [.. lines.Select(_ => (int?)6)], 6, []);
    }

    public static Statement Single(IReadOnlyList<Statement> statements, string category) =>
        statements.Where(s => s.Category == category).ShouldHaveSingleItem();

    /// <summary>The statements of <paramref name="category"/>, in order.</summary>
    public static List<Statement> Of(IReadOnlyList<Statement> statements, string category) =>
        statements.Where(s => s.Category == category).ToList();

    /// <summary>Sentences under a chapter's legal-framework heading.</summary>
    public static IReadOnlyList<Statement> Legal(params string[] sentences) =>
        Classify(["Ruritania", "IV. LEGAL FRAMEWORK FOR CHILD LABOR", .. sentences]);

    /// <summary>Sentences under a chapter's enforcement heading.</summary>
    public static IReadOnlyList<Statement> Enforcement(params string[] sentences) =>
        Classify(["Ruritania", "ENFORCEMENT OF LAWS ON CHILD LABOR", .. sentences]);

    /// <summary>Sentences under a chapter's policies heading.</summary>
    public static IReadOnlyList<Statement> Policies(params string[] sentences) =>
        Classify(["Ruritania", "GOVERNMENT POLICIES ON CHILD LABOR", .. sentences]);
}
