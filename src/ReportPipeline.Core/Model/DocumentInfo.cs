namespace ReportPipeline.Core.Model;

/// <summary>
/// What a report is: its country, reporting year and source. <see cref="Country"/> and
/// <see cref="Year"/> stay null when the text does not say; such a document needs review
/// instead of a guess.
/// </summary>
public sealed record DocumentInfo(string? Country, string? Iso2, int? Year, string Source, string Sha256)
{
    public bool NeedsReview => Iso2 is null || Year is null;
}
