using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Sqlite;
using PaperGraph.Testing;
using PaperGraph.Testing.Export;

namespace PaperGraph.Core.Tests.Export;

/// <summary>A SQLite file holding <see cref="ExportSamples"/>, linked, and its counts; shared by a test class.</summary>
public sealed class SampleExportFixture : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private SqliteGraphStore? _store;

    public IGraphStore Store => _store!;

    public StoreStats Stats { get; private set; } = null!;

    public long Introductions { get; private set; }

    public string Folder => _temp.Path;

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        _store = new SqliteGraphStore(new SqliteOptions { DatabasePath = _temp.File("papergraph.db") }, NullLogger<SqliteGraphStore>.Instance);
        await _store.InitializeAsync(ct);
        await ExportSamples.SeedAsync(_store, ct);
        Stats = await _store.GetStatsAsync(ct);
        var ids = new List<string>();
        await foreach (var id in _store.StreamPaperIdsAsync(ct))
        {
            ids.Add(id);
        }

        Introductions = (await _store.GetIntroducedEntityIdsAsync(ids, ct)).Values.Sum(list => (long)list.Count);
    }

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        _temp.Dispose();
    }
}
