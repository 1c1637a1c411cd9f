using System.Globalization;

namespace ReportPipeline.Core.Evaluation;

/// <summary>
/// How many corpus documents were identified as the right country and reporting year (the
/// manifest is the reference), and which were not.
/// </summary>
public sealed class IdentificationSection : IEvaluationSection
{
    public string Name => "identification";

    public EvaluationSectionResult Evaluate(CorpusRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var wrong = new List<IReadOnlyList<string>>();
        int right = 0, failed = 0, unreadablePages = 0;
        foreach (var document in run.Documents)
        {
            var info = document.Result.Document;
            unreadablePages += document.Result.Warnings.Count(w => w.Contains("could not be decoded", StringComparison.Ordinal));
            if (info is null)
            {
                failed++;
                wrong.Add([document.Entry.File, $"{document.Entry.Country} {document.Entry.ReportYear}", "(failed) " + string.Join("; ", document.Result.Errors)]);
                continue;
            }

            var countryRight = document.Truth is { } truth
                ? string.Equals(info.Iso2, truth.Iso2, StringComparison.OrdinalIgnoreCase)
                : string.Equals(info.Country, document.Entry.Country, StringComparison.OrdinalIgnoreCase);
            if (countryRight && info.Year == document.Entry.ReportYear)
            {
                right++;
            }
            else
            {
                wrong.Add([document.Entry.File, $"{document.Entry.Country} {document.Entry.ReportYear}", $"{info.Country ?? "?"} ({info.Iso2 ?? "?"}) {info.Year?.ToString(CultureInfo.InvariantCulture) ?? "?"}, source {info.Source}"]);
            }
        }

        var figures = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["documents"] = run.Documents.Count,
            ["identified_right"] = right,
            ["failed"] = failed,
            ["documents_with_undecodable_pages"] = unreadablePages,
        };
        var summary = new EvaluationTable("Identification", ["documents", "right country and year", "failed to read", "with undecodable pages"],
            [[run.Documents.Count.ToString(CultureInfo.InvariantCulture), right.ToString(CultureInfo.InvariantCulture), failed.ToString(CultureInfo.InvariantCulture), unreadablePages.ToString(CultureInfo.InvariantCulture)]]);
        var tables = new List<EvaluationTable> { summary };
        if (wrong.Count > 0)
        {
            tables.Add(new EvaluationTable($"Not identified right ({Math.Min(10, wrong.Count)} of {wrong.Count})", ["file", "expected", "got"], [.. wrong.Take(10)]));
        }

        return new EvaluationSectionResult(Name, "Document identification against pdf-manifest.json", figures, tables, []);
    }
}
