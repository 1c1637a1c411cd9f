namespace ReportPipeline.Core.Statements;

/// <summary>
/// Wraps the extractor's statement classifiers, e.g. a language model behind the rules. Registered
/// decorators are applied by <see cref="CoreServiceCollectionExtensions.AddReportPipelineCore"/> when
/// it builds the <see cref="ReportExtractor"/>, so a layer is added without replacing the extractor's
/// registration, whatever order the projects register in.
/// </summary>
public interface IStatementClassifierDecorator
{
    IStatementClassifier Decorate(IStatementClassifier inner);
}
