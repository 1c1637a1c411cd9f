using System.Collections.Concurrent;

namespace ReportPipeline.Core.Statements;

/// <summary>A process-lifetime cache: enough for one CLI run over many files; storage keeps answers across runs.</summary>
public sealed class InMemoryClassificationCache : IClassificationCache
{
    private readonly ConcurrentDictionary<(string Scope, string Hash), IReadOnlyList<StatementLabel>> _answers = new();

    public int Count => _answers.Count;

    public Task<IReadOnlyDictionary<string, IReadOnlyList<StatementLabel>>> GetManyAsync(string scope, IReadOnlyCollection<string> sentenceHashes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentenceHashes);
        var found = new Dictionary<string, IReadOnlyList<StatementLabel>>(StringComparer.Ordinal);
        foreach (var hash in sentenceHashes)
        {
            if (_answers.TryGetValue((scope, hash), out var labels))
            {
                found[hash] = labels;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<StatementLabel>>>(found);
    }

    public Task SetManyAsync(string scope, IReadOnlyDictionary<string, IReadOnlyList<StatementLabel>> answers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        foreach (var (hash, labels) in answers)
        {
            _answers[(scope, hash)] = labels;
        }

        return Task.CompletedTask;
    }
}
