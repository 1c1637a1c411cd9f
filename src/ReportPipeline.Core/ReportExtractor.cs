using System.Diagnostics;
using System.Security.Cryptography;
using ReportPipeline.Core.Facts;
using ReportPipeline.Core.Identification;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Statements;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core;

/// <summary>
/// Turns one report file into its document, facts and statements. Never throws for bad
/// input: a file that cannot be read yields a result with <c>Document</c> null and the reason in <c>Errors</c>.
/// </summary>
public sealed class ReportExtractor(
    DocumentIdentifier identifier,
    IEnumerable<IFactExtractor> factExtractors,
    IEnumerable<IStatementClassifier> classifiers,
    ExtractionLimits limits)
{
    private readonly IReadOnlyList<IFactExtractor> _factExtractors = [.. factExtractors];
    private readonly IReadOnlyList<IStatementClassifier> _classifiers = [.. classifiers];

    public ExtractionLimits Limits { get; } = limits;

    public async Task<ExtractionResult> ExtractAsync(Stream input, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Limits.MaxTimePerDocument);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var bytes = await ReportTextReader.ReadBoundedAsync(input, Limits.MaxFileBytes, timeout.Token).ConfigureAwait(false);
            var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
            using var buffered = new MemoryStream(bytes, writable: false);
            var text = await ReportTextReader.ReadAsync(buffered, Limits, timeout.Token).ConfigureAwait(false);
            var result = await ExtractAsync(text, fileName, sha256, timeout.Token).ConfigureAwait(false);
            return Limits.RanOver(started)
                ? ExtractionResult.Failed(fileName, Limits.TookTooLong("Extraction"))
                : result;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ExtractionResult.Failed(fileName, Limits.TookTooLong("Extraction"));
        }
        catch (ReportTooLargeException ex)
        {
            return ExtractionResult.Failed(fileName, ex.Message);
        }
        catch (UnreadableReportException ex)
        {
            return ExtractionResult.Failed(fileName, ex.Message);
        }
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
        var facts = ExtractFacts(text, document, warnings);

        var statements = new List<Statement>();
        foreach (var classifier in _classifiers)
        {
            statements.AddRange(await classifier.ClassifyAsync(text, document, cancellationToken).ConfigureAwait(false));
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
        return new(identifier, _factExtractors, [.. _classifiers.Select(wrap)], Limits);
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
            limits ?? ExtractionLimits.Default);
}
