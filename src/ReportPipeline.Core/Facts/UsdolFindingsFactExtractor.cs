using ReportPipeline.Core.Facts.Usdol;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Facts;

/// <summary>
/// Facts of a USDOL "Findings on the Worst Forms of Child Labor" country chapter, for every
/// layout from 2013 to 2024: assessment, labor and criminal enforcement, laws and regulations,
/// ratifications and statistics. Each fact quotes the table row or sentence it was read from.
/// </summary>
public sealed class UsdolFindingsFactExtractor : IFactExtractor
{
    public bool Handles(string source) => source == Sources.UsdolFindings;

    public IReadOnlyList<Fact> Extract(TextDocument text, DocumentInfo document) => Extract(text, document, []);

    public IReadOnlyList<Fact> Extract(TextDocument text, DocumentInfo document, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(warnings);
        var chapter = new UsdolChapter(text);
        var facts = new List<Fact>();
        var facets = new HashSet<string>(StringComparer.Ordinal);
        // In this order and one after another: the laws table teaches the territory names
        // ("Northern March (NM)") that the enforcement tables abbreviate.
        Func<IEnumerable<Fact>>[] readers =
        [
            () => AssessmentReader.Read(chapter),
            () => RatificationReader.Read(chapter),
            () => LegalReader.Read(chapter),
            () => EnforcementReader.Read(chapter),
            () => StatisticsReader.Read(chapter),
        ];
        foreach (var fact in readers.SelectMany(r => r()))
        {
            // One value per facet per document: the first reader to find it wins.
            if (facets.Add(fact.Facet))
            {
                facts.Add(fact);
            }
        }

        foreach (var warning in chapter.Warnings)
        {
            warnings.Add(warning);
        }

        return facts;
    }
}
