using PaperGraph.Core.Storage;
using PaperGraph.Store.Neo4j.Tests.Server;
using PaperGraph.Testing.Contract;
using PaperGraph.Testing.Neo4j;

namespace PaperGraph.Store.Neo4j.Tests;

/// <summary>The store contract against the real test Neo4j; each test starts from an empty database.</summary>
public sealed class Neo4jGraphStoreTests(Neo4jServer server) : GraphStoreContractTests
{
    private StoreHost? _host;

    protected override async Task<IGraphStore> CreateStoreAsync(CancellationToken ct)
    {
        server.RequireReachable();
        // Small batches so multi-batch paths run in the contract tests too.
        _host = new StoreHost(server.Url, new Dictionary<string, string?> { ["BatchSize"] = "5" });
        await _host.ClearDatabaseAsync(ct);
        await _host.Store.InitializeAsync(ct);
        return _host.Store;
    }

    protected override Task CleanupStoreAsync(IGraphStore store)
    {
        _host?.Dispose();
        return Task.CompletedTask;
    }
}
