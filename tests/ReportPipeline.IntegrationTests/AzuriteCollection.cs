using ReportPipeline.Testing;

// Three at once: the two Azurite collections and the extract tests (which need no storage). With
// xunit's default of one per core, the in-process collection waited for the extract tests (about
// 30 s) before it started.
[assembly: CollectionBehavior(MaxParallelThreads = 3)]

namespace ReportPipeline.IntegrationTests;

/// <summary>
/// The command-line tests: each runs the tool as child processes on this collection's Azurite;
/// each test uses its own tables and containers.
/// </summary>
/// <remarks>
/// Two collections with an Azurite each, so that xunit runs them side by side: in one collection
/// the 91 tests ran one after another for about six minutes, much of it waiting (child processes
/// starting, Azurite stopped and restarted, SDK retries) with a core left idle.
/// </remarks>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}

/// <summary>The in-process tests (stores, ingestion, comparison, notification flows) on an Azurite of their own; each test uses its own tables and containers.</summary>
[CollectionDefinition(Name)]
public sealed class InProcessAzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite, in process";
}
