using ReportPipeline.Testing;

namespace ReportPipeline.Infrastructure.Tests;

/// <summary>README.md and docs/: every relative link and #anchor resolves, headings nest, the front door stays short.</summary>
public sealed class DocumentationLinkTests : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("rp-links-").FullName;

    public static TheoryData<string> Documents()
    {
        var root = SharedData.RepositoryRoot;
        var files = new TheoryData<string>("README.md");
        foreach (var file in Directory.GetFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetRelativePath(root, file));
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_relative_link_and_anchor_resolves(string document)
    {
        var problems = MarkdownLinks.Check(Path.Combine(SharedData.RepositoryRoot, document), SharedData.RepositoryRoot);
        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_docs_folder_has_an_index_and_the_readme_links_it()
    {
        var root = SharedData.RepositoryRoot;
        File.Exists(Path.Combine(root, "docs", "README.md")).ShouldBeTrue();
        File.ReadAllText(Path.Combine(root, "README.md")).ShouldContain("(docs/README.md)");
    }

    [Fact]
    public void The_readme_is_a_front_door_of_at_most_250_lines()
    {
        File.ReadAllLines(Path.Combine(SharedData.RepositoryRoot, "README.md")).Length.ShouldBeLessThanOrEqualTo(250);
    }

    [Fact]
    public void A_missing_file_a_missing_anchor_a_skipped_heading_level_and_a_link_out_of_the_clone_are_reported()
    {
        var docs = Directory.CreateDirectory(Path.Combine(scratch, "docs")).FullName;
        File.WriteAllText(Path.Combine(docs, "other.md"), "# Other\n\n## The demo: `./scripts/demo.sh`\n\n## Twice\n\n## Twice\n\n<a id=\"explicit\"></a>\n");
        File.WriteAllText(Path.Combine(scratch, "README.md"), string.Join('\n',
            "# Title",
            "[ok](docs/other.md#the-demo-scriptsdemosh) [ok2](docs/other.md#twice-1) [ok3](docs/other.md#explicit) [web](https://example.org/x)",
            "[gone](docs/missing.md)",
            "[bad anchor](docs/other.md#nowhere)",
            "[own anchor](#title) [own bad](#nope)",
            "[outside](../shared/design/status-schema.md)",
            "`[in code](nothing.md)`",
            "```",
            "[in a fence](nothing.md)",
            "```",
            "#### Too deep"));

        var problems = MarkdownLinks.Check(Path.Combine(scratch, "README.md"), scratch);

        problems.Count.ShouldBe(5, string.Join(Environment.NewLine, problems));
        problems.ShouldContain(p => p.Contains("docs/missing.md") && p.Contains("no such file"));
        problems.ShouldContain(p => p.Contains("#nowhere") && p.Contains("no heading or id 'nowhere'"));
        problems.ShouldContain(p => p.Contains("(#nope)"));
        problems.ShouldContain(p => p.Contains("outside the repository"));
        problems.ShouldContain(p => p.Contains("heading level 4 under level 1"));
    }

    [Theory]
    [InlineData("The demo: `./scripts/demo.sh`", "the-demo-scriptsdemosh")]
    [InlineData("Language model (optional)", "language-model-optional")]
    [InlineData("Watching a storage account: `reportpipeline watch`", "watching-a-storage-account-reportpipeline-watch")]
    [InlineData("The publisher's XML export (`usdol-dataset`)", "the-publishers-xml-export-usdol-dataset")]
    [InlineData("Ingestion and storage", "ingestion-and-storage")]
    public void Anchors_follow_githubs_slugs(string heading, string slug) => MarkdownLinks.Slug(heading).ShouldBe(slug);

    public void Dispose() => Directory.Delete(scratch, recursive: true);
}
