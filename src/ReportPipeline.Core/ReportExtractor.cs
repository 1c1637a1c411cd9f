using System.Diagnostics;
using System.Security.Cryptography;
using ReportPipeline.Core.Datasets;
using ReportPipeline.Core.Facts;
using ReportPipeline.Core.Identification;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core;

/// <summary>
/// Turns one report file into its documents, facts and statements: the one entry point for every
/// host and command. A report (PDF, text, HTML) is one document; the publisher's XML export is one
/// document per country-year, read by <see cref="UsdolDatasetReader"/>. Never throws for bad input:
/// a file that cannot be read yields a result with <c>Document</c> null and the reason in <c>Errors</c>.
/// </summary>
public sealed class ReportExtractor(
    DocumentIdentifier identifier,
    IEnumerable<IFactExtractor> factExtractors,
    IEnumerable<IStatementClassifier> classifiers,
    ExtractionLimits limits,
    UsdolDatasetReader? dataset = null)
{
    private readonly IReadOnlyList<IFactExtractor> _factExtractors = [.. factExtractors];
    private readonly IReadOnlyList<IStatementClassifier> _classifiers = [.. classifiers];
    private readonly UsdolDatasetReader _dataset = dataset ?? new UsdolDatasetReader(identifier.Countries);

    public ExtractionLimits Limits { get; } = limits;

    /// <summary>Every document of the file read from <paramref name="input"/> (bounded by <see cref="ExtractionLimits.MaxFileBytes"/>).</summary>
    public async Task<IReadOnlyList<ExtractionResult>> ExtractAllAsync(Stream input, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        byte[] bytes;
        try
        {
            bytes = await ReportTextReader.ReadBoundedAsync(input, Limits.MaxFileBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (ReportTooLargeException ex)
        {
            return [ExtractionResult.Failed(fileName, ex.Message)];
        }

        return await ExtractAllAsync(bytes, fileName, sha256: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Every document of a file already in memory. <paramref name="sha256"/> is the content's hash when the
    /// caller has it (ingestion keys the content by it), so the bytes are neither copied nor hashed again.
    /// </summary>
    public async Task<IReadOnlyList<ExtractionResult>> ExtractAllAsync(byte[] content, string fileName, string? sha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Limits.MaxTimePerDocument);
        var started = Stopwatch.GetTimestamp();
        var shape = UsdolDatasetReader.Recognise(content);
        var what = shape == XmlShape.Export ? "Reading the XML export" : "Extraction";
        try
        {
            if (content.LongLength > Limits.MaxFileBytes)
            {
                return [ExtractionResult.Failed(fileName, $"The file is {content.LongLength:N0} bytes; the limit is {Limits.MaxFileBytes:N0}.")];
            }

            IReadOnlyList<ExtractionResult> results;
            switch (shape)
            {
                case XmlShape.ExportWithDtd or XmlShape.OtherXmlWithDtd:
                    return [ExtractionResult.Failed(fileName, UsdolDatasetReader.DtdRefused(shape))];
                case XmlShape.Export:
                    using (var xml = new MemoryStream(content, writable: false))
                    {
                        var entries = await _dataset.ReadAsync(xml, fileName, timeout.Token).ConfigureAwait(false);
                        results = [.. entries.Select(e => e.Result)];
                    }

                    break;
                default:
                    var text = ReportTextReader.Read(content, Limits, timeout.Token);
                    results = [await ExtractAsync(text, fileName, sha256 ?? Convert.ToHexStringLower(SHA256.HashData(content)), timeout.Token).ConfigureAwait(false)];
                    break;
            }

            return Limits.RanOver(started) ? [ExtractionResult.Failed(fileName, Limits.TookTooLong(what))] : results;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return [ExtractionResult.Failed(fileName, Limits.TookTooLong(what))];
        }
        catch (ReportTooLargeException ex)
        {
            return [ExtractionResult.Failed(fileName, ex.Message)];
        }
        catch (UnreadableReportException ex)
        {
            return [ExtractionResult.Failed(fileName, ex.Message)];
        }
    }

    /// <summary>
    /// The one document of a report file. A file that holds several (the publisher's XML export) is
    /// read with <see cref="ExtractAllAsync(Stream, string, CancellationToken)"/>; here it is a failed result saying so.
    /// </summary>
    public async Task<ExtractionResult> ExtractAsync(Stream input, string fileName, CancellationToken cancellationToken = default)
    {
        var results = await ExtractAllAsync(input, fileName, cancellationToken).ConfigureAwait(false);
        return results.Count == 1
            ? results[0]
            : ExtractionResult.Failed(fileName, $"The file holds {results.Count} documents (the publisher's XML export); read it with ExtractAllAsync.");
    }

    public async Task<ExtractionResult> ExtractAsync(TextDocument text, string fileName, string sha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var warnings = new List<string>();
        if (text.UnreadablePages.Count > 0)
        {
            warnings.Add($"Pages {string.Join(", ", text.UnreadablePages)} could not be decoded and were not read.");
        }

        if (text.Lines.Count == 0)
        {
            return ExtractionResult.Failed(fileName, text.PageCount > 0 ? "The PDF has no readable text (scanned or undecodable)." : "The file has no text.") with { PageCount = text.PageCount, Warnings = warnings };
        }

        var document = identifier.Identify(text, sha256);
        if (document.Iso2 is null && document.Source == Sources.UsdolFindings && identifier.AssessedCountries(text) is { Count: > 1 } assessed)
        {
            warnings.Add($"The text states the assessments of {assessed.Count} countries ({string.Join(", ", assessed.Take(3).Select(c => c.Name))}{(assessed.Count > 3 ? ", …" : "")}); it is not attributed to any one of them.");
        }

        var facts = ExtractFacts(text, document, warnings);

        var statements = new List<Statement>();
        foreach (var classifier in _classifiers)
        {
            statements.AddRange(await classifier.ClassifyAsync(text, document, warnings, cancellationToken).ConfigureAwait(false));
        }

        // Statements that state a status (a moratorium's end date, a plan adopted) become facts; table facts win.
        var derived = StatementFacts.Derive(statements, facts, document, warnings);

        return new ExtractionResult(fileName, document, [.. facts, .. derived], statements, []) { Warnings = warnings, PageCount = text.PageCount };
    }

    /// <summary>
    /// The same extractor with each statement classifier replaced by <paramref name="wrap"/>(it),
    /// e.g. the rules with a language model behind them.
    /// </summary>
    public ReportExtractor WithStatementClassifiers(Func<IStatementClassifier, IStatementClassifier> wrap)
    {
        ArgumentNullException.ThrowIfNull(wrap);
        return new(identifier, _factExtractors, [.. _classifiers.Select(wrap)], Limits, _dataset);
    }

    /// <summary>
    /// The facts of a document whose source is known, e.g. a corpus of one source evaluated
    /// independently of identification.
    /// </summary>
    public IReadOnlyList<Fact> ExtractFacts(TextDocument text, DocumentInfo document, ICollection<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(document);
        var facts = new List<Fact>();
        foreach (var extractor in _factExtractors.Where(e => e.Handles(document.Source)))
        {
            facts.AddRange(extractor.Extract(text, document, warnings ?? []));
        }

        return facts;
    }

    /// <summary>The extractor with the built-in rules and the embedded country list.</summary>
    public static ReportExtractor CreateDefault(CountryCatalog? countries = null, ExtractionLimits? limits = null) =>
        new(
            new DocumentIdentifier(countries ?? CountryCatalog.Default),
            [new UsdolFindingsFactExtractor(), new IloBaselineFactExtractor()],
            [new RulesStatementClassifier()],
            limits ?? ExtractionLimits.Default,
            new UsdolDatasetReader(countries ?? CountryCatalog.Default));
}
