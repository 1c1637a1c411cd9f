using ReportPipeline.Core.Model;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Facts;

/// <summary>Reads the facts of one source's documents (USDOL chapter, ILO baseline, …).</summary>
public interface IFactExtractor
{
    /// <summary>True when this extractor reads documents of <paramref name="source"/>.</summary>
    bool Handles(string source);

    IReadOnlyList<Fact> Extract(TextDocument text, DocumentInfo document);

    /// <summary>The facts, with what could not be read with confidence (a table row left out) added to <paramref name="warnings"/>.</summary>
    IReadOnlyList<Fact> Extract(TextDocument text, DocumentInfo document, ICollection<string> warnings) => Extract(text, document);
}
