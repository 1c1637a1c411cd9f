using System.Globalization;
using System.Text;
using ReportPipeline.Core.Ingestion;

namespace ReportPipeline.IntegrationTests.Ingestion;

/// <summary>
/// Files made to cost: a page tree that contains itself, thousands of dense pages in a small PDF, markup nested a
/// quarter of a million levels deep, XML entities that expand (XXE, billion laughs), HTML full of script. Each with
/// the outcome it must get; the reason is checked where it is the pipeline's own.
/// </summary>
public static class AbusiveCorpus
{
    public static IReadOnlyDictionary<string, Expectation> Write(string folder, int manyPages = 1_999)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "self-referencing.pdf"), SelfReferencingPageTree());
        File.WriteAllBytes(Path.Combine(folder, "many-pages.pdf"), ManyDensePages(manyPages));
        File.WriteAllText(Path.Combine(folder, "deep-nesting.html"), DeepNesting(250_000));
        File.WriteAllText(Path.Combine(folder, "xxe.xml"), """
            <?xml version="1.0"?>
            <!DOCTYPE Countries [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <Countries><Country><Name>&secret;</Name><Year>2023</Year></Country></Countries>
            """);
        File.WriteAllText(Path.Combine(folder, "billion-laughs.xml"), BillionLaughs());
        File.WriteAllText(Path.Combine(folder, "script-laden.html"), ScriptLaden());
        return new Dictionary<string, Expectation>
        {
            // Lenient parsing may read what pages it reaches: no year or country in them, so never ingested.
            ["self-referencing.pdf"] = new([IngestOutcomeKind.Failed, IngestOutcomeKind.NeedsReview]),
            ["many-pages.pdf"] = new([IngestOutcomeKind.Failed], "MaxTimePerDocument"),
            ["deep-nesting.html"] = new([IngestOutcomeKind.Failed], "deeper than 256 levels"),
            // Refused for their DTD, or at worst read as text, never expanded: no country in them, so never ingested.
            ["xxe.xml"] = new([IngestOutcomeKind.Failed, IngestOutcomeKind.NeedsReview]),
            ["billion-laughs.xml"] = new([IngestOutcomeKind.Failed, IngestOutcomeKind.NeedsReview]),
            ["script-laden.html"] = new([IngestOutcomeKind.Ingested, IngestOutcomeKind.NeedsReview]),
        };
    }

    /// <summary>The outcomes a file may get, and what its reason must say when it is the pipeline's own.</summary>
    public sealed record Expectation(IReadOnlyList<IngestOutcomeKind> Allowed, string? ReasonContains = null);

    /// <summary>Words that appear only inside the script-laden page's scripts: none may reach a statement.</summary>
    public const string ScriptOnlyWord = "Grosvenia";

    private static byte[] Pdf(IReadOnlyList<string> objects)
    {
        using var pdf = new MemoryStream();
        void Write(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Position;
        Write($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write($"{offset.ToString("D10", CultureInfo.InvariantCulture)} 00000 n \n");
        }

        Write($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static string Stream(string content) => $"<< /Length {content.Length} >>\nstream\n{content}\nendstream";

    private const string Font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    /// <summary>The page tree lists itself among its kids: a reader that follows it naively never ends.</summary>
    private static byte[] SelfReferencingPageTree() => Pdf(
    [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        Stream("BT /F1 12 Tf 72 720 Td (Ruritania 2020 Moderate Advancement) Tj ET"),
        Font,
    ]);

    /// <summary>Every page draws the same dense content stream: a small file that is costly to read page by page.</summary>
    private static byte[] ManyDensePages(int pages)
    {
        var text = new StringBuilder("BT /F1 7 Tf 9 TL 36 770 Td\n");
        for (var line = 0; line < 80; line++)
        {
            text.Append("(Ruritania labour inspectors visited Zenda and Strelsau workshops in the year under review ").Append(line).Append(") '\n");
        }

        text.Append("ET");
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', Enumerable.Range(0, pages).Select(i => $"{i + 5} 0 R"))}] /Count {pages} >>",
            Stream(text.ToString()),
            Font,
        };
        objects.AddRange(Enumerable.Repeat("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>", pages));
        return Pdf(objects);
    }

    private static string DeepNesting(int depth)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><title>Ruritania 2022</title></head><body>", (depth * 11) + 200);
        for (var i = 0; i < depth; i++)
        {
            html.Append("<div>");
        }

        html.Append("Ruritania made moderate advancement in 2022.");
        for (var i = 0; i < depth; i++)
        {
            html.Append("</div>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static string BillionLaughs()
    {
        var xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (var i = 1; i <= 9; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $" <!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? string.Empty : (i - 1).ToString(CultureInfo.InvariantCulture))};", 10))}\">\n");
        }

        return xml.Append("]>\n<Countries><Country><Name>&lol9;</Name></Country></Countries>\n").ToString();
    }

    private static string ScriptLaden()
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><title>Ministry of Labour of Ruritania</title>");
        for (var i = 0; i < 200; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<script>document.write('In 2022, {ScriptOnlyWord} made significant advancement and ratified C138 {i}');</script>");
        }

        html.Append("<style>body::after { content: 'Grosvenia adopted a national action plan'; }</style></head>");
        html.Append("<body onload=\"alert('Grosvenia')\"><h1>Ruritania: labour inspection in 2022</h1>");
        html.Append("<p>In 2022, Ruritania made a moderate advancement in efforts to eliminate the worst forms of child labor.</p>");
        html.Append("<noscript>Grosvenia suspended labour inspections</noscript><template><p>Grosvenia hired 900 inspectors</p></template>");
        return html.Append("<p>The Ministry of Labour in Strelsau hired 40 new labour inspectors.</p></body></html>").ToString();
    }
}
