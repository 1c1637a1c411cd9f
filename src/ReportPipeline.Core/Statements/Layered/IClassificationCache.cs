namespace ReportPipeline.Core.Statements;

/// <summary>
/// Remembers a model's validated labels per sentence so that classifying the same sentence
/// again (a re-ingest, a repeated paragraph) costs no model call.
/// </summary>
public interface IClassificationCache
{
    /// <param name="scope">Model and prompt revision the answers belong to.</param>
    /// <param name="sentenceHashes">Values of <see cref="SentenceHash.Of"/>.</param>
    /// <returns>The labels of the sentences found; sentences absent from the result were never answered.</returns>
    Task<IReadOnlyDictionary<string, IReadOnlyList<StatementLabel>>> GetManyAsync(string scope, IReadOnlyCollection<string> sentenceHashes, CancellationToken cancellationToken = default);

    Task SetManyAsync(string scope, IReadOnlyDictionary<string, IReadOnlyList<StatementLabel>> answers, CancellationToken cancellationToken = default);
}
