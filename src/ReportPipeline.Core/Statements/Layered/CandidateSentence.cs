namespace ReportPipeline.Core.Statements;

/// <summary>One sentence of a document, verbatim, with where it was found.</summary>
public sealed record CandidateSentence(string Text, int? Page, int? Offset);
