using System.Globalization;
using System.Text.RegularExpressions;
using ReportPipeline.Core.Statements.Rules;

namespace ReportPipeline.Core.Statements;

/// <summary>
/// The sentences the rules gave up on because a pattern ran past <see cref="PatternLimits"/>: each is skipped (by the one
/// rule, or whole when the fault is outside a rule) and reported once as a warning of the document, so that one sentence
/// that trips the regex generator's fault costs its own statements and nothing else.
/// </summary>
internal sealed class UnreadSentences(ICollection<string> warnings)
{
    private const int ExcerptLength = 80;
    private readonly Dictionary<int, (Sentence Sentence, SortedSet<string> Readers)> _unread = [];

    /// <summary>
    /// <paramref name="read"/>(), or <paramref name="fallback"/> when one of its patterns ran out of time on the sentence twice.
    /// </summary>
    /// <remarks>
    /// A pattern's first match also compiles its matching code, which for the largest patterns can pass the limit on a machine
    /// busy with other work; the fault the limit is for never ends, so it runs out of time again and only then is the sentence
    /// given up on.
    /// </remarks>
    public T Guard<T>(Sentence sentence, Func<T> read, T fallback, ISentenceRule? rule = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return read();
            }
            catch (RegexMatchTimeoutException) when (attempt == 1)
            {
                // Once more: see remarks.
            }
            catch (RegexMatchTimeoutException timeout)
            {
                Add(sentence, rule, timeout);
                return fallback;
            }
        }
    }

    public void Add(Sentence sentence, ISentenceRule? rule, RegexMatchTimeoutException timeout)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(timeout);
        if (!_unread.TryGetValue(sentence.Offset, out var entry))
        {
            entry = (sentence, new SortedSet<string>(StringComparer.Ordinal));
            _unread[sentence.Offset] = entry;
        }

        entry.Readers.Add(rule?.GetType().Name ?? "the classifier");
    }

    /// <summary>One warning per sentence given up on, in document order.</summary>
    public void Report()
    {
        foreach (var (sentence, readers) in _unread.OrderBy(u => u.Key).Select(u => u.Value))
        {
            var where = sentence.Page is { } page ? string.Create(CultureInfo.InvariantCulture, $"Page {page}") : "A sentence";
            warnings.Add(
                $"{where}: the statement rules gave up on \"{Excerpt(sentence.Text)}\" ({string.Join(", ", readers)}: a pattern ran past its " +
                $"{PatternLimits.MatchTimeoutMilliseconds / 1000} s limit twice, a fault of the .NET 10 regex source generator); statements it makes may be missing.");
        }
    }

    private static string Excerpt(string text) =>
        text.Length <= ExcerptLength ? text : string.Concat(text.AsSpan(0, ExcerptLength).TrimEnd(), "…");
}
