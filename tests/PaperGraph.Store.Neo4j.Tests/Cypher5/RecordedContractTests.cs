using PaperGraph.Core.Storage;
using PaperGraph.Store.Neo4j.Tests.Server;
using PaperGraph.Testing.Contract;
using PaperGraph.Testing.Neo4j;

namespace PaperGraph.Store.Neo4j.Tests.Cypher5;

/// <summary>
/// The store contract against the real test Neo4j, as <see cref="Neo4jGraphStoreTests"/> runs it, with every
/// request recorded. Internal, so xunit does not run it a second time on its own: <see cref="ContractSuite"/> does.
/// </summary>
internal sealed class RecordedContractTests(Neo4jServer server, StatementRecorder recorder) : GraphStoreContractTests
{
    private StoreHost? _host;

    protected override async Task<IGraphStore> CreateStoreAsync(CancellationToken ct)
    {
        server.RequireReachable();
        _host = new StoreHost(server.Url, new Dictionary<string, string?> { ["BatchSize"] = "5" }, tap: recorder.Tap);
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
