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

    /// <summary>
    /// The statements, with a note in <paramref name="warnings"/> for each part of the document the classifier could not
    /// read (a sentence it gave up on); the extractor stores them with the document.
    /// </summary>
    Task<IReadOnlyList<Statement>> ClassifyAsync(TextDocument text, DocumentInfo document, ICollection<string> warnings, CancellationToken cancellationToken) =>
        ClassifyAsync(text, document, cancellationToken);
}
