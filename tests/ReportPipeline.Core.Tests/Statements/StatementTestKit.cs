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
}
