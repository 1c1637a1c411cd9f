using System.Text.Json;
using ReportPipeline.Core.Model;
using ReportPipeline.Core.Tests.Evaluation;
using ReportPipeline.Testing;

namespace ReportPipeline.Core.Tests.Identification;

/// <summary>Identification of the real seeds and of every corpus chapter, against the corpus manifest.</summary>
public class SharedIdentificationTests
{
    [SharedDataTheory]
    [InlineData("000", Sources.UsdolFindings, "AZ", 2024)]
    [InlineData("001", Sources.IloAnnualReview, "AZ", 2021)]
    [InlineData("002", Sources.WebPage, "AZ", null)]
    [InlineData("003", Sources.WebPage, "AZ", null)]
    [InlineData("004", Sources.UsdolFindings, "KZ", 2023)]
    public async Task Seeds_are_identified(string seed, string source, string iso2, int? year)
    {
        await using var stream = File.OpenRead(SharedData.Seed(seed));
        var result = await ReportExtractor.CreateDefault().ExtractAsync(stream, seed);

        result.Errors.ShouldBeEmpty();
        result.Document!.Source.ShouldBe(source);
        result.Document.Iso2.ShouldBe(iso2);
        result.Document.Year.ShouldBe(year);
    }

    [SharedDataFact]
    public async Task Every_corpus_chapter_gets_the_manifest_country_and_report_year()
    {
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(SharedData.Corpus, "pdf-manifest.json")));
        // Each chapter as the default extractor identifies it, extracted once for this and the other corpus tests.
        var extracted = (await CorpusChapters.RunAsync()).Documents.ToDictionary(d => d.Entry.File, d => d.Result, StringComparer.Ordinal);
        var wrong = new List<string>();
        var count = 0;
        foreach (var entry in manifest.RootElement.EnumerateArray())
        {
            var file = entry.GetProperty("file").GetString()!;
            var country = entry.GetProperty("country").GetString()!.Replace('_', ' ');
            var year = entry.GetProperty("report_year").GetInt32();
            var document = extracted.GetValueOrDefault(file)?.Document;
            count++;
            if (document is null || document.Source != Sources.UsdolFindings || document.Country != country || document.Year != year)
            {
                wrong.Add($"{file}: {document?.Source} {document?.Country} {document?.Year}, expected {country} {year}");
            }
        }

        count.ShouldBe(85);
        wrong.ShouldBeEmpty();
    }
}
