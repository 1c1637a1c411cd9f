using ReportPipeline.Core.Model;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Identification;

/// <summary>Decides a document's source, country and reporting year from its text (status-schema.md rules).</summary>
public sealed class DocumentIdentifier(CountryCatalog countries)
{
    public CountryCatalog Countries { get; } = countries;

    public DocumentInfo Identify(TextDocument text, string sha256)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Filled in by the identification work (issue 3); a document is never guessed.
        return new DocumentInfo(null, null, null, Sources.Unknown, sha256);
    }
}
