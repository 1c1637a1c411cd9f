using System.Text;
using ReportPipeline.Core.Model;

namespace ReportPipeline.Core.Statements;

/// <summary>
/// Collects statements and drops repeats. PDF tables repeat rows and sentences (sometimes with
/// words run together, "ensureadequate", or cut short by a cell edge), so two statements are the
/// same when they share category, action and identifying field and one's letters and digits
/// contain the other's. The first occurrence is kept; a longer repeat replaces a cut-short one.
/// </summary>
public sealed class StatementSet
{
    private const int MinimumContainedLength = 30;

    private readonly List<(Statement Statement, string Key, string Normalized)> _items = [];

    public int Count => _items.Count;

    /// <summary>Adds <paramref name="statement"/> unless it repeats one already held; returns whether it was added.</summary>
    public bool Add(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var key = IdentityKey(statement);
        var normalized = Normalize(statement.Text);
        for (var i = 0; i < _items.Count; i++)
        {
            var (held, heldKey, heldText) = _items[i];
            if (!string.Equals(key, heldKey, StringComparison.Ordinal))
            {
                continue;
            }

            if (string.Equals(normalized, heldText, StringComparison.Ordinal))
            {
                return false;
            }

            if (Math.Min(normalized.Length, heldText.Length) >= MinimumContainedLength)
            {
                if (heldText.Contains(normalized, StringComparison.Ordinal))
                {
                    return false;
                }

                if (normalized.Contains(heldText, StringComparison.Ordinal))
                {
                    // Keep the first position but the fuller text.
                    _items[i] = (statement with { Page = held.Page, Offset = held.Offset }, key, normalized);
                    return false;
                }
            }
        }

        _items.Add((statement, key, normalized));
        return true;
    }

    /// <summary>Drops the statements from position <paramref name="from"/> on that <paramref name="match"/> selects; returns how many.</summary>
    public int RemoveFrom(int from, Func<Statement, bool> match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var removed = 0;
        for (var i = _items.Count - 1; i >= from; i--)
        {
            if (match(_items[i].Statement))
            {
                _items.RemoveAt(i);
                removed++;
            }
        }

        return removed;
    }

    public List<Statement> ToList() => _items.Select(i => i.Statement).ToList();

    /// <summary>Letters and digits only, lower case: what survives PDF spacing, hyphenation and footnote marks.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static string IdentityKey(Statement statement) =>
        string.Join('|', statement.Category, statement.Action ?? string.Empty, statement.Field(StatementFields.Instrument) ?? string.Empty,
            statement.Field(StatementFields.Measure) ?? string.Empty, statement.Field(StatementFields.Name) ?? string.Empty,
            statement.Field(StatementFields.Condition) ?? string.Empty);
}
