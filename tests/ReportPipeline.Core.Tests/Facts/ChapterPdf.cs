using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.PathConstruction;
using UglyToad.PdfPig.Graphics.Operations.PathPainting;
using UglyToad.PdfPig.Writer;
using ReportPipeline.Core.Facts;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Text;

namespace ReportPipeline.Core.Tests.Facts;

/// <summary>
/// Builds a PDF laid out like a USDOL chapter: text placed in columns line by line, and table
/// check marks drawn the way the publisher's files draw them, as a filled outline of the
/// ZapfDingbats check glyph rather than as text.
/// </summary>
internal sealed class ChapterPdf
{
    private const double LineHeight = 14;
    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _font;
    private PdfPageBuilder _page;
    private double _y;

    public ChapterPdf()
    {
        _font = _builder.AddStandard14Font(Standard14Font.Helvetica);
        _page = _builder.AddPage(PageSize.Letter);
        _y = 740;
    }

    /// <summary>One line: each cell starts at its x position (points from the left edge).</summary>
    public ChapterPdf Line(params (double X, string Text)[] cells)
    {
        foreach (var (x, text) in cells)
        {
            _page.AddText(text, 9, new PdfPoint(x, _y), _font);
        }

        _y -= LineHeight;
        return this;
    }

    public ChapterPdf Line(string text) => Line((54, text));

    /// <summary>A check mark at <paramref name="x"/> on the line just written, <paramref name="raise"/> points above its baseline.</summary>
    public ChapterPdf Tick(double x, double raise = 0.5)
    {
        DrawCheckGlyph(x, _y + LineHeight + raise);
        return this;
    }

    /// <summary>A small filled square (a bullet or a logo detail), which is not a check mark.</summary>
    public ChapterPdf Square(double x)
    {
        _page.DrawRectangle(new PdfPoint(x, _y + LineHeight), 7, 7, 1, fill: true);
        return this;
    }

    public ChapterPdf NewPage()
    {
        _page = _builder.AddPage(PageSize.Letter);
        _y = 740;
        return this;
    }

    public byte[] Build() => _builder.Build();

    // Move, curve, 5 lines, 7 curves, line, 2 curves, line, close: the command sequence of the
    // glyph outline in the corpus files, scaled to a 7 x 8 point mark.
    private void DrawCheckGlyph(double x, double y)
    {
        var ops = _page.CurrentStream.Operations;
        ops.Add(new SetNonStrokeColorDeviceRgb(0, 0, 0));
        ops.Add(new BeginNewSubpath(x + 2.4, y));
        ops.Add(new AppendDualControlPointBezierCurve(x + 2.6, y + 0.2, x + 2.8, y + 0.5, x + 3.0, y + 0.9));
        ops.Add(new AppendStraightLineSegment(x + 4.0, y + 3.0));
        ops.Add(new AppendStraightLineSegment(x + 5.0, y + 5.0));
        ops.Add(new AppendStraightLineSegment(x + 6.0, y + 6.6));
        ops.Add(new AppendStraightLineSegment(x + 6.8, y + 7.6));
        ops.Add(new AppendStraightLineSegment(x + 7.0, y + 8.0));
        ops.Add(new AppendDualControlPointBezierCurve(x + 6.6, y + 7.9, x + 6.3, y + 7.7, x + 6.0, y + 7.4));
        ops.Add(new AppendDualControlPointBezierCurve(x + 5.5, y + 6.8, x + 5.0, y + 6.0, x + 4.5, y + 5.2));
        ops.Add(new AppendDualControlPointBezierCurve(x + 4.0, y + 4.4, x + 3.5, y + 3.5, x + 3.0, y + 2.6));
        ops.Add(new AppendDualControlPointBezierCurve(x + 2.7, y + 3.0, x + 2.3, y + 3.4, x + 1.9, y + 3.7));
        ops.Add(new AppendDualControlPointBezierCurve(x + 1.5, y + 4.0, x + 1.1, y + 4.2, x + 0.7, y + 4.2));
        ops.Add(new AppendDualControlPointBezierCurve(x + 0.4, y + 4.2, x + 0.2, y + 4.0, x + 0.1, y + 3.8));
        ops.Add(new AppendDualControlPointBezierCurve(x + 0.0, y + 3.6, x + 0.0, y + 3.5, x + 0.1, y + 3.4));
        ops.Add(new AppendStraightLineSegment(x + 0.5, y + 3.2));
        ops.Add(new AppendDualControlPointBezierCurve(x + 1.0, y + 2.6, x + 1.5, y + 1.8, x + 1.9, y + 1.0));
        ops.Add(new AppendDualControlPointBezierCurve(x + 2.0, y + 0.7, x + 2.1, y + 0.4, x + 2.2, y + 0.1));
        ops.Add(new AppendStraightLineSegment(x + 2.4, y));
        ops.Add(CloseSubpath.Value);
        ops.Add(FillPathNonZeroWinding.Value);
    }

    /// <summary>The facts the chapter rules read from this PDF, by facet, and the warnings they gave.</summary>
    public async Task<(Dictionary<string, Fact> Facts, List<string> Warnings)> ExtractFactsAsync(DocumentInfo document)
    {
        using var stream = new MemoryStream(Build());
        var text = await ReportTextReader.ReadAsync(stream, ExtractionLimits.Default);
        var warnings = new List<string>();
        var facts = new UsdolFindingsFactExtractor().Extract(text, document, warnings).ToDictionary(f => f.Facet);
        return (facts, warnings);
    }
}
