using System.Text;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;

namespace ReportPipeline.Core.Evaluation;

/// <summary>A classifier statement paired with the hand label it matched.</summary>
public sealed record StatementMatch(HandLabel Label, Statement Statement);

/// <summary>
/// One chapter scored: labels matched once each, further statements about an already matched
/// event (duplicates, not errors), labels nothing matched, and statements that match no label.
/// </summary>
public sealed record ChapterStatementScore(
    string File,
    IReadOnlyList<StatementMatch> Matched,
    IReadOnlyList<StatementMatch> Duplicates,
    IReadOnlyList<HandLabel> Missed,
    IReadOnlyList<Statement> False);

/// <summary>
/// Matches a chapter's statements to its hand labels by the rules of statement-labels.md ("How a
/// statement is matched to a label"): same category; an action the label allows; and the
/// statement comes from the labelled sentence or another sentence about the same event (its
/// text holds one of the label's anchors, on that page or the next), or it names the same plan,
/// law, instrument or end date. Each label is matched at most once, by a maximum matching, so
/// one greedy pairing cannot leave a label unmatched that another order would have matched.
/// </summary>
public static class StatementMatcher
{
    public static ChapterStatementScore Score(string file, IReadOnlyList<HandLabel> labels, IReadOnlyList<Statement> statements)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(statements);
        var scored = statements
            .Where(s => HandLabels.Categories.Contains(s.Category, StringComparer.Ordinal))
            .OrderBy(s => s.Page ?? int.MaxValue)
            .ThenBy(s => s.Offset ?? int.MaxValue)
            .ToList();

        // Sentence evidence first in each statement's list, so the matching prefers the label of the statement's own sentence.
        var edges = scored
            .Select(s => labels
                .Select((label, index) => (index, strength: Evidence(label, s)))
                .Where(e => e.strength > 0)
                .OrderByDescending(e => e.strength)
                .ThenBy(e => e.index)
                .Select(e => e.index)
                .ToArray())
            .ToArray();

        var labelOwner = Enumerable.Repeat(-1, labels.Count).ToArray();
        for (var s = 0; s < scored.Count; s++)
        {
            TryAssign(s, edges, labelOwner, new bool[labels.Count]);
        }

        var matched = new List<StatementMatch>();
        var statementLabel = new int[scored.Count];
        Array.Fill(statementLabel, -1);
        for (var l = 0; l < labels.Count; l++)
        {
            if (labelOwner[l] >= 0)
            {
                statementLabel[labelOwner[l]] = l;
            }
        }

        var duplicates = new List<StatementMatch>();
        var falseStatements = new List<Statement>();
        for (var s = 0; s < scored.Count; s++)
        {
            if (statementLabel[s] >= 0)
            {
                matched.Add(new StatementMatch(labels[statementLabel[s]], scored[s]));
            }
            else if (edges[s].Length > 0)
            {
                // Every label this statement fits is already taken (else the matching would have grown): same event told again.
                duplicates.Add(new StatementMatch(labels[edges[s][0]], scored[s]));
            }
            else
            {
                falseStatements.Add(scored[s]);
            }
        }

        var missed = labels.Where((_, l) => labelOwner[l] < 0).ToList();
        return new ChapterStatementScore(file, matched, duplicates, missed, falseStatements);
    }

    /// <summary>Whether <paramref name="statement"/> may match <paramref name="label"/> at all.</summary>
    public static bool Matches(HandLabel label, Statement statement) => Evidence(label, statement) > 0;

    /// <summary>0: no match; 1: names the same plan, law, instrument or end date; 2: told in one of the label's sentences.</summary>
    private static int Evidence(HandLabel label, Statement statement)
    {
        if (!string.Equals(label.Category, statement.Category, StringComparison.Ordinal) || !ActionAllowed(label, statement.Action))
        {
            return 0;
        }

        if (FromLabelledSentence(label, statement))
        {
            return 2;
        }

        return NamesSameThing(label, statement) ? 1 : 0;
    }

    /// <summary>
    /// The label's action, its <c>accept</c> list, and the equivalences of statement-labels.md:
    /// continued and extended for a running moratorium, adopted and active for a plan in force;
    /// a law "signed into law" is enacted.
    /// </summary>
    public static bool ActionAllowed(HandLabel label, string? action)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (action is null)
        {
            return false;
        }

        var allowed = new HashSet<string>(label.Accept.Prepend(label.Action), StringComparer.Ordinal);
        switch (label.Category)
        {
            case StatementCategories.InspectionMoratorium when allowed.Contains(StatementActions.Continued) || allowed.Contains(StatementActions.Extended):
                allowed.Add(StatementActions.Continued);
                allowed.Add(StatementActions.Extended);
                break;
            case StatementCategories.ActionPlan when allowed.Contains(StatementActions.Adopted) || allowed.Contains(StatementActions.Active):
                allowed.Add(StatementActions.Adopted);
                allowed.Add(StatementActions.Active);
                break;
            case StatementCategories.Law when allowed.Contains(StatementActions.Enacted):
                allowed.Add(StatementActions.Signed);
                break;
        }

        return allowed.Contains(action);
    }

    private static bool FromLabelledSentence(HandLabel label, Statement statement)
    {
        var text = " " + Words(statement.Text) + " ";
        foreach (var anchor in label.Anchors)
        {
            // A sentence may start at the foot of one page and end on the next.
            var pageFits = statement.Page is not { } page || Math.Abs(page - anchor.Page) <= 1;
            if (pageFits && text.Contains(" " + Words(anchor.Quote) + " ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesSameThing(HandLabel label, Statement statement)
    {
        if (label.Instrument is not null && string.Equals(label.Instrument, statement.Field(StatementFields.Instrument), StringComparison.Ordinal))
        {
            return true;
        }

        if (label.Until is not null && statement.Field(StatementFields.Until) is { } until && SameDate(label.Until, until))
        {
            return true;
        }

        return label.Name is not null
            && statement.Field(StatementFields.Name) is { } name
            && SimilarNames(label.Name, name)
            && !DifferentPeriods(label.Period, statement.Field(StatementFields.Period));
    }

    /// <summary>Dates agree to the precision the less precise one gives (2022 and 2022-01-01 are the same end date).</summary>
    public static bool SameDate(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var length = Math.Min(a.Length, b.Length);
        return length >= 4 && string.CompareOrdinal(a, 0, b, 0, length) == 0;
    }

    private static bool DifferentPeriods(string? a, string? b) =>
        a is not null && b is not null && !string.Equals(Words(a), Words(b), StringComparison.Ordinal);

    /// <summary>Words that every second title has; a name match needs more than these in common.</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to", "with", "no",
        "national", "plan", "action", "strategy", "policy", "program", "programme", "law", "code", "decree", "act",
        "resolution", "order", "government", "republic", "new", "draft", "list",
    };

    /// <summary>
    /// The shorter name's words (years left out) are nearly all in the longer one, and they share a
    /// word that is not generic: "Law No. 179" names the label "Law No. 179 amending Law No. 131",
    /// "National Strategy" names no label.
    /// </summary>
    public static bool SimilarNames(string labelName, string statementName)
    {
        ArgumentNullException.ThrowIfNull(labelName);
        ArgumentNullException.ThrowIfNull(statementName);
        var a = NameWords(labelName);
        var b = NameWords(statementName);
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }

        var common = a.Intersect(b, StringComparer.Ordinal).ToList();
        var smaller = Math.Min(a.Count, b.Count);
        return common.Count >= Math.Max(1, (int)Math.Ceiling(0.8 * smaller)) && common.Any(w => !Generic.Contains(w));
    }

    private static HashSet<string> NameWords(string name) =>
        new(
            Words(name).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => !(w.Length == 4 && w.All(char.IsAsciiDigit)))
                .Select(w => AmericanSpelling.GetValueOrDefault(w, w)),
            StringComparer.Ordinal);

    /// <summary>
    /// British spellings of words that recur in plan and law titles, folded to the American ones the
    /// USDOL chapters use: a labeller (or a model) writing "National Labour Policy" names the chapter's
    /// "National Labor Policy". A fixed list rather than a suffix rule, because "-our" and "-re" endings
    /// are mostly not spellings ("four", "hour", "measure").
    /// </summary>
    private static readonly Dictionary<string, string> AmericanSpelling = new(StringComparer.Ordinal)
    {
        ["labour"] = "labor",
        ["labours"] = "labors",
        ["programme"] = "program",
        ["programmes"] = "programs",
        ["organisation"] = "organization",
        ["organisations"] = "organizations",
        ["centre"] = "center",
        ["centres"] = "centers",
        ["defence"] = "defense",
        ["licence"] = "license",
        ["harmonisation"] = "harmonization",
        ["modernisation"] = "modernization",
        ["mobilisation"] = "mobilization",
        ["criminalisation"] = "criminalization",
        ["neighbourhood"] = "neighborhood",
        ["behaviour"] = "behavior",
    };

    /// <summary>Lower-case letters and digits, every other run of characters one space: quotes, dashes and line breaks fold away.</summary>
    public static string Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var space = true;
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return builder.ToString().TrimEnd();
    }

    private static bool TryAssign(int statement, int[][] edges, int[] labelOwner, bool[] seen)
    {
        foreach (var label in edges[statement])
        {
            if (seen[label])
            {
                continue;
            }

            seen[label] = true;
            if (labelOwner[label] < 0 || TryAssign(labelOwner[label], edges, labelOwner, seen))
            {
                labelOwner[label] = statement;
                return true;
            }
        }

        return false;
    }
}
