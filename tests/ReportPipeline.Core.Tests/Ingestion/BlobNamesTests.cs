using ReportPipeline.Core.Ingestion;

namespace ReportPipeline.Core.Tests.Ingestion;

public sealed class BlobNamesTests
{
    [Theory]
    [InlineData("x.pdf", "x.pdf")]
    [InlineData("2024/ruritania.pdf", "2024/ruritania.pdf")]
    [InlineData(@"2024\ruritania.pdf", "2024/ruritania.pdf")]
    [InlineData("./a//b/./c.txt", "a/b/c.txt")]
    [InlineData(@"a/b\..\c.txt", "a/c.txt")]
    [InlineData("a/b/../../c.txt", "c.txt")]
    [InlineData("/leading/slash.txt", "leading/slash.txt")]
    [InlineData("...txt", "...txt")]
    public void Names_that_stay_inside_the_container_are_normalised(string name, string expected)
    {
        BlobNames.Normalise(name, out var problem).ShouldBe(expected);
        problem.ShouldBeNull();
    }

    [Theory]
    [InlineData(@"..\..\reports\x.pdf", "climbs above its container")]
    [InlineData(@"sub/..\..\other-container\x.pdf", "climbs above its container")]
    [InlineData("../../../../x.pdf", "climbs above its container")]
    [InlineData("a/..", "empty")]
    [InlineData("./", "empty")]
    [InlineData("report.", "ends with '.'")]
    [InlineData("bad\u0001name.pdf", "control characters")]
    public void Names_that_leave_the_container_or_cannot_be_blob_names_are_refused_with_the_reason(string name, string reason)
    {
        BlobNames.Normalise(name, out var problem).ShouldBeNull();
        problem.ShouldNotBeNull();
        problem.ShouldContain(reason);
        Should.Throw<ArgumentException>(() => BlobNames.Normalise(name)).Message.ShouldContain(reason);
    }

    [Fact]
    public void A_name_longer_than_azure_accepts_is_refused()
    {
        BlobNames.Normalise(new string('a', BlobNames.MaxLength), out _).ShouldNotBeNull();
        BlobNames.Normalise(new string('a', BlobNames.MaxLength + 1), out var problem).ShouldBeNull();
        problem.ShouldNotBeNull();
        problem.ShouldContain("at most 1024");
    }
}
