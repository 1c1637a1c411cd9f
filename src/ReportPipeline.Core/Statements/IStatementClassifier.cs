using ReportPipeline.Core.Model;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Statements;

/// <summary>
/// Classifies a document's sentences into statements. The rules classifier is the default;
/// a model-backed one (ReportPipeline.Ai) implements the same port.
/// </summary>
public interface IStatementClassifier
{
    Task<IReadOnlyList<Statement>> ClassifyAsync(TextDocument text, DocumentInfo document, CancellationToken cancellationToken = default);
}
