using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Core.Storage;
using PaperGraph.Testing;
using PaperGraph.Testing.Contract;

namespace PaperGraph.Store.Sqlite.Tests;

/// <summary>The store contract on a real SQLite file in a fresh temp folder per test.</summary>
public sealed class SqliteGraphStoreTests : GraphStoreContractTests
{
    private readonly TempDirectory _directory = new();

    protected override async Task<IGraphStore> CreateStoreAsync(CancellationToken ct)
    {
        var store = new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = _directory.File("graph.db"), BatchSize = 10 }, NullLogger<SqliteGraphStore>.Instance);
        await store.InitializeAsync(ct);
        return store;
    }

    protected override async Task CleanupStoreAsync(IGraphStore store)
    {
        await base.CleanupStoreAsync(store);
        _directory.Dispose();
    }
}
