using ReportPipeline.Testing;

namespace ReportPipeline.IntegrationTests;

/// <summary>Test classes in this collection share one Azurite; each test uses its own tables and containers.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
