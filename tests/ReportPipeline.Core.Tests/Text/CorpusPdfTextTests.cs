using System.Diagnostics;
using System.Text.RegularExpressions;
using ReportPipeline.Core.Text;
using ReportPipeline.Testing;

namespace ReportPipeline.Core.Tests.Text;

/// <summary>
/// PdfPig extraction of the real chapters against poppler's pdftotext, which decodes every
/// corpus font correctly (including the 2016–2018 chapters whose fonts garble naive readers).
/// </summary>
public partial class CorpusPdfTextTests
{
    [SharedDataFact]
    public async Task Every_corpus_chapter_reads_like_pdftotext_and_no_page_is_lost()
    {
        var pdfs = Directory.GetFiles(Path.Combine(SharedData.Corpus, "pdf"), "*.pdf").Order().ToList();
        pdfs.Count.ShouldBe(85);
        var poor = new List<string>();
        foreach (var pdf in pdfs)
        {
            var reference = Words(await PdfToTextAsync(pdf));
            TextDocument ours;
            await using (var stream = File.OpenRead(pdf))
            {
                ours = PdfTextReader.Read(stream, ExtractionLimits.Default);
            }

            ours.UnreadablePages.ShouldBeEmpty($"{Path.GetFileName(pdf)} has pages judged undecodable");
            var mine = Words(ours.FullText);
            var common = reference.Sum(r => Math.Min(r.Value, mine.GetValueOrDefault(r.Key)));
            var recall = (double)common / reference.Values.Sum();
            var precision = (double)common / mine.Values.Sum();

            // Measured: recall >= 0.985 and precision >= 0.974 on every file; what is left is
            // layout (hyphenation, letter-spaced running headers), not decoding.
            if (recall < 0.98 || precision < 0.97)
            {
                poor.Add($"{Path.GetFileName(pdf)}: recall {recall:0.000}, precision {precision:0.000}");
            }
        }

        poor.ShouldBeEmpty();
    }

    [SharedDataFact]
    public async Task Small_caps_headings_of_2018_chapters_read_as_meant()
    {
        await using var stream = File.OpenRead(Path.Combine(SharedData.Corpus, "pdf", "Jordan_2018.pdf"));
        var text = PdfTextReader.Read(stream, ExtractionLimits.Default).FullText;

        text.ShouldContain("Moderate Advancement");
        text.ShouldContain("Prevalence and Sectoral Distribution of Child Labor");
        text.ShouldNotContain("advanceMent", Case.Sensitive);
        text.ShouldNotContain("chIld", Case.Sensitive);
    }

    private static Dictionary<string, int> Words(string text) =>
        WordPattern().Matches(text).GroupBy(m => m.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static async Task<string> PdfToTextAsync(string pdf)
    {
        File.Exists("/usr/bin/pdftotext").ShouldBeTrue("poppler-utils (pdftotext) is needed for this comparison; .ci/run installs it");
        using var process = Process.Start(new ProcessStartInfo("/usr/bin/pdftotext", ["-enc", "UTF-8", pdf, "-"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0);
        return output;
    }

    [GeneratedRegex("[A-Za-z]{3,}")]
    private static partial Regex WordPattern();
}
