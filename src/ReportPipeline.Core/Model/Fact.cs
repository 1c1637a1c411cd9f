namespace ReportPipeline.Core.Model;

/// <summary>
/// One value of one facet (status-schema.md), with the verbatim text it came from and where.
/// </summary>
/// <param name="Facet">Dotted key, e.g. <c>enforcement.labor.unannounced_inspections_permitted</c>.</param>
/// <param name="Value">A vocabulary string or a number written invariantly.</param>
/// <param name="Evidence">The sentence or table row, verbatim.</param>
/// <param name="Page">1-based page for paged inputs; null for text without pages.</param>
/// <param name="Offset">Character offset in the document's text when there is no page.</param>
/// <param name="Period">For action plans, e.g. <c>2024-2026</c>.</param>
public sealed record Fact(
    string Facet,
    string Value,
    string Evidence,
    int? Page = null,
    int? Offset = null,
    string? Period = null);
