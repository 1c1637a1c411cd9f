using System.Text;
using ReportPipeline.Core.Comparison;
using ReportPipeline.Core.Ingestion;
using ReportPipeline.IntegrationTests.Comparison;
using ReportPipeline.Testing;

namespace ReportPipeline.IntegrationTests.Ingestion;

/// <summary>Corrections and deletions on real Azurite: what replaced or removed a report takes it out of every status.</summary>
[Collection(InProcessAzuriteCollection.Name)]
public sealed class RetractionTests(AzuriteFixture azurite)
{
    private const string Assessment = "assessment.level";

    private static async Task<ReportBlob> UploadAsync(ComparisonHarness harness, string name, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        using var content = new MemoryStream(bytes);
        return await harness.Get<IReportBlobSource>().UploadAsync(name, content, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
    }

    private static async Task<List<StoredDocument>> DocumentsAsync(ComparisonHarness harness, int year) =>
        await harness.Get<IDocumentStore>().ListAsync(new DocumentQuery(Iso2: "XR", Year: year)).ToListAsync();

    [Fact]
    public async Task An_overwritten_blob_supersedes_its_document_and_the_comparison_raises_the_correction_once()
    {
        await using var harness = new ComparisonHarness(azurite.ConnectionString);
        await harness.IngestAsync(await UploadAsync(harness, "xr/2019.txt", TestCorpus.RuritaniaText(2019, "minimal")));
        await harness.IngestAsync(await UploadAsync(harness, "xr/2020.txt", TestCorpus.RuritaniaText(2020, "minimal")));
        (await harness.Compare.CompareDirtyAsync()).Failed.ShouldBe(0);
        var before = await harness.Alerts.QueryAsync(new AlertQuery(Iso2: "XR"));
        before.ShouldNotContain(a => a.Facet == Assessment, "same level both years");
        var original = (await DocumentsAsync(harness, 2020)).ShouldHaveSingleItem();

        // The publisher corrects 2020: same name, other bytes.
        await harness.IngestAsync(await UploadAsync(harness, "xr/2020.txt", TestCorpus.RuritaniaText(2020, "significant")));

        var documents = await DocumentsAsync(harness, 2020);
        documents.Count.ShouldBe(2);
        var old = documents.Single(d => d.Id == original.Id);
        old.Status.ShouldBe(DocumentStatus.Superseded);
        old.Reason.ShouldNotBeNull().ShouldContain("'xr/2020.txt' was overwritten");
        old.RetiredAt.ShouldNotBeNull();
        var current = documents.Single(d => d.Id != original.Id);
        current.Status.ShouldBe(DocumentStatus.Ingested);
        old.SupersededBy.ShouldBe(current.ContentKey);

        // The year's status holds the correction alone, and the change it makes is raised once.
        var status = (await harness.Compare.StatusAsync("XR")).Single(s => s.Year == 2020);
        status.DocumentIds.ShouldBe([current.Id]);
        status.Value(Assessment)!.Value.ShouldContain("Significant", Case.Insensitive);
        var compared = await harness.Compare.CompareDirtyAsync();
        compared.Added.ShouldBeGreaterThan(0);
        var raised = compared.Countries.SelectMany(c => c.Added).Where(a => a.Facet == Assessment).ToList();
        raised.ShouldHaveSingleItem().ToYear.ShouldBe(2020);
        (await harness.Compare.CompareAsync(["XR"])).Added.ShouldBe(0);

        // Running the same again changes nothing: no duplicate document, no new alert.
        (await harness.Ingestion.IngestAsync((await harness.Get<IReportBlobSource>().GetAsync("xr/2020.txt"))!)).Kind.ShouldBe(IngestOutcomeKind.Duplicate);
        (await DocumentsAsync(harness, 2020)).Count.ShouldBe(2);
        (await harness.Compare.CompareAllAsync()).Added.ShouldBe(0);
    }

    [Fact]
    public async Task A_re_issued_chapter_of_the_same_year_supersedes_the_earlier_one()
    {
        await using var harness = new ComparisonHarness(azurite.ConnectionString);
        await harness.IngestAsync(await UploadAsync(harness, "2021/ruritania.txt", TestCorpus.RuritaniaText(2021, "minimal")));
        await harness.IngestAsync(await UploadAsync(harness, "2021/ruritania-corrected.txt", TestCorpus.RuritaniaText(2021, "moderate")));

        var documents = await DocumentsAsync(harness, 2021);
        documents.Count.ShouldBe(2);
        var earlier = documents.Single(d => d.BlobName == "2021/ruritania.txt");
        var corrected = documents.Single(d => d.BlobName == "2021/ruritania-corrected.txt");
        earlier.Status.ShouldBe(DocumentStatus.Superseded);
        earlier.SupersededBy.ShouldBe(corrected.Id);
        earlier.Reason.ShouldNotBeNull().ShouldContain("Re-issued");
        corrected.Status.ShouldBe(DocumentStatus.Ingested);
        (await harness.Compare.StatusAsync("XR")).ShouldHaveSingleItem().DocumentIds.ShouldBe([corrected.Id]);
    }

    [Fact]
    public async Task A_deleted_blob_retracts_its_document_and_the_same_bytes_uploaded_again_bring_it_back()
    {
        await using var harness = new ComparisonHarness(azurite.ConnectionString);
        var text = TestCorpus.RuritaniaText(2022, "moderate");
        await harness.IngestAsync(await UploadAsync(harness, "2022.txt", text));
        await harness.IngestAsync(await UploadAsync(harness, "2023.txt", TestCorpus.RuritaniaText(2023, "moderate")));
        await harness.Compare.CompareDirtyAsync();
        var container = harness.Get<ReportPipeline.Storage.StorageClients>().Blobs.GetBlobContainerClient(harness.Get<IReportBlobSource>().Location);
        await container.DeleteBlobAsync("2022.txt");

        // What the watch scan does: everything the ledger knows and the container no longer holds is retracted.
        var present = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var blob in harness.Get<IReportBlobSource>().ListAsync())
        {
            present.Add(blob.Name);
        }

        var outcomes = await harness.Ingestion.RetractDeletedAsync(present, DateTimeOffset.UtcNow);
        var retracted = outcomes.SelectMany(o => o.Retired).ShouldHaveSingleItem();
        retracted.BlobName.ShouldBe("2022.txt");
        retracted.Status.ShouldBe(DocumentStatus.Retracted);
        retracted.Reason.ShouldBe("The blob '2022.txt' was deleted.");
        (await harness.Get<ICountryDirtyFlags>().GetDirtyAsync("XR")).ShouldNotBeNull("the year is compared again");
        (await harness.Compare.StatusAsync("XR")).ShouldHaveSingleItem().Year.ShouldBe(2023);
        (await harness.Ingestion.RetractDeletedAsync(present, DateTimeOffset.UtcNow)).ShouldBeEmpty("nothing left to retract");

        var back = await harness.Ingestion.IngestAsync(await UploadAsync(harness, "2022.txt", text));
        back.Kind.ShouldBe(IngestOutcomeKind.Ingested, back.Reason);
        (await DocumentsAsync(harness, 2022)).Single(d => d.Id == retracted.Id).Status.ShouldBe(DocumentStatus.Ingested);
    }
}
