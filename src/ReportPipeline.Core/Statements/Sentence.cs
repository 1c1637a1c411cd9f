namespace ReportPipeline.Core.Statements;

public enum SentenceKind
{
    /// <summary>A sentence of running text (or of a prose table cell).</summary>
    Prose,

    /// <summary>A table row whose cells are short values, kept whole.</summary>
    TableRow,

    /// <summary>A section or table title; not classified, but it sets the section.</summary>
    Heading,
}

/// <summary>Report sections whose sentences read differently (imperatives are suggestions; rows are programmes).</summary>
public static class ReportSections
{
    public const string SuggestedActions = "suggested_actions";
    public const string Policies = "policies";
    public const string Programs = "programs";
    public const string Enforcement = "enforcement";
    public const string Legal = "legal";
    public const string Coordination = "coordination";
}

/// <summary>
/// One unit of classification: a sentence or a table row, with where it starts.
/// </summary>
/// <param name="Text">The sentence as printed, with PDF line breaks and end-of-line hyphenation undone.</param>
/// <param name="Page">1-based page where it starts, or null for unpaged input.</param>
/// <param name="Offset">Character offset of its start in <see cref="Text.TextDocument.FullText"/>.</param>
/// <param name="Kind">Prose, table row or heading.</param>
/// <param name="Label">The row's first cell or a "Name (2022–2024):" lead-in, which names what the sentence is about (a plan, a programme, an area).</param>
/// <param name="Section">One of <see cref="ReportSections"/> when known.</param>
public sealed record Sentence(string Text, int? Page, int Offset, SentenceKind Kind, string? Label = null, string? Section = null);
