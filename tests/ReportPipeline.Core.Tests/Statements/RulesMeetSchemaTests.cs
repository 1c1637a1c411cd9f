using ReportPipeline.Core.Statements;
using ReportPipeline.Testing;

namespace ReportPipeline.Core.Tests.Statements;

/// <summary>
/// The rules and a language model answer in one vocabulary: whatever the rules say about the real
/// seed reports passes the same <see cref="StatementSchema"/> check a model's answer must pass.
/// </summary>
public sealed class RulesMeetSchemaTests
{
    [SharedDataFact]
    public async Task Every_rules_statement_about_the_seed_reports_passes_the_schema()
    {
        var rejected = new List<string>();
        var checkedCount = 0;
        foreach (var path in Directory.GetFiles(SharedData.Seeds).Order(StringComparer.Ordinal))
        {
            await using var stream = File.OpenRead(path);
            var result = await ReportExtractor.CreateDefault().ExtractAsync(stream, Path.GetFileName(path));
            foreach (var statement in result.Statements.Where(s => s.Category != StatementSchema.Other))
            {
                checkedCount++;
                var label = new StatementLabel(statement.Category, statement.Action, statement.Fields, statement.Confidence);
                if (StatementSchema.Validate(label, out var reason) is null)
                {
                    rejected.Add($"{Path.GetFileName(path)}: {reason}: {statement.Text}");
                }
            }
        }

        checkedCount.ShouldBeGreaterThan(20);
        rejected.ShouldBeEmpty();
    }
}
