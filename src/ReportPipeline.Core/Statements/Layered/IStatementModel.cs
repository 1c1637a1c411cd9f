using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Statements;

/// <summary>
/// A language model that labels sentences with the statement vocabulary. Implemented
/// outside Core (ReportPipeline.Ai); Core only decides what is worth asking and what is kept.
/// </summary>
public interface IStatementModel
{
    /// <summary>Recorded as each statement's <c>classifier</c>, e.g. <c>gpt-4o-mini</c>.</summary>
    string ModelId { get; }

    /// <summary>Changes whenever the prompt or answer format changes, so cached answers from an older prompt are not reused.</summary>
    string Revision { get; }

    /// <summary>
    /// Labels one batch of sentences. Answers that cannot be read are left out and described in
    /// <see cref="ModelBatchResult.Problems"/>; a model that cannot be reached (after its own
    /// retries) throws <see cref="ModelUnavailableException"/>.
    /// </summary>
    Task<ModelBatchResult> ClassifyAsync(IReadOnlyList<string> sentences, DocumentInfo document, CancellationToken cancellationToken = default);
}

/// <summary>The labels for one sentence of a batch; <see cref="Index"/> is its position in the batch. No labels means "nothing to report".</summary>
public sealed record SentenceAnswer(int Index, IReadOnlyList<StatementLabel> Labels);

/// <summary>What a model answered for a batch, and what in its answer could not be read.</summary>
public sealed record ModelBatchResult(IReadOnlyList<SentenceAnswer> Answers, IReadOnlyList<string> Problems);

/// <summary>The model could not be reached or kept failing; the rules' result stands.</summary>
public sealed class ModelUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
