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

    public static Statement Single(IReadOnlyList<Statement> statements, string category) =>
        statements.Where(s => s.Category == category).ShouldHaveSingleItem();
}
