using System.Text;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.Testing;

namespace ReportPipeline.IntegrationTests.Ingestion;

/// <summary>
/// An XML export with a DOCTYPE, and a file holding several countries' chapters, ingested on Azurite:
/// refused or kept for review with the reason, never stored under a country they merely mention first.
/// </summary>
[Collection(InProcessAzuriteCollection.Name)]
public sealed class DoctypeIngestionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task An_export_with_a_doctype_fails_with_the_dtd_reason_and_nothing_is_stored_under_a_country()
    {
        await using var harness = new IngestionHarness(azurite.ConnectionString);
        var export = TestCorpus.RuritaniaExport(2023);
        var withDoctype = export.Insert(export.IndexOf("<Countries>", StringComparison.Ordinal), "<!DOCTYPE Countries [<!ENTITY lol \"lol\">]>\n");

        var outcome = await harness.Service.IngestAsync(ReportBlob.FromBytes("export/countries_2023.xml", Encoding.UTF8.GetBytes(withDoctype)));

        outcome.Kind.ShouldBe(IngestOutcomeKind.Failed);
        outcome.Reason.ShouldNotBeNull().ShouldContain("declares a DTD (<!DOCTYPE …>); DTDs are refused");
        var stored = await harness.Documents.ListAsync(new DocumentQuery()).ToListAsync();
        stored.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            d => d.Status.ShouldBe(DocumentStatus.Failed),
            d => d.Iso2.ShouldBeNull(),
            d => d.Reason.ShouldNotBeNull().ShouldContain("DTD"));
        (await harness.Get<IFactStore>().ListAsync("XR", 2023)).ShouldBeEmpty();
        (await harness.Get<ICountryDirtyFlags>().ListDirtyAsync()).ShouldBeEmpty();
        var failed = harness.Clients.Blobs.GetBlobContainerClient(harness.Clients.Options.FailedContainer);
        (await failed.GetBlobClient("export/countries_2023.xml").ExistsAsync()).Value.ShouldBeTrue();

        // The same bytes without the DOCTYPE are the export: one document per country.
        var plain = await harness.Service.IngestAsync(ReportBlob.FromBytes("export/countries_2023-plain.xml", Encoding.UTF8.GetBytes(export)));
        plain.Kind.ShouldBe(IngestOutcomeKind.Ingested);
        plain.Documents.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_file_with_two_countries_chapters_is_kept_for_review_under_neither()
    {
        await using var harness = new IngestionHarness(azurite.ConnectionString);
        var text = TestCorpus.RuritaniaText(2021) + "\n" + TestCorpus.RuritaniaText(2021, "minimal", country: "Kazakhstan");

        var outcome = await harness.Service.IngestAsync(ReportBlob.FromBytes("volume-2021.txt", Encoding.UTF8.GetBytes(text)));

        outcome.Kind.ShouldBe(IngestOutcomeKind.NeedsReview);
        outcome.Reason.ShouldNotBeNull().ShouldContain("country could not be determined");
        var document = (await harness.Documents.ListAsync(new DocumentQuery()).ToListAsync()).ShouldHaveSingleItem();
        document.Iso2.ShouldBeNull();
        document.Warnings.ShouldContain(w => w.Contains("assessments of 2 countries (Ruritania, Kazakhstan)", StringComparison.Ordinal));
        (await harness.Get<IFactStore>().ListAsync("XR", 2021)).ShouldBeEmpty();
        (await harness.Get<IFactStore>().ListAsync("KZ", 2021)).ShouldBeEmpty();
    }
}
