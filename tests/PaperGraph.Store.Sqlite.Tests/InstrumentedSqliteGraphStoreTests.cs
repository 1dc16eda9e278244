using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Core.Storage;
using PaperGraph.Core.Telemetry;
using PaperGraph.Testing;
using PaperGraph.Testing.Contract;

namespace PaperGraph.Store.Sqlite.Tests;

/// <summary>
/// The store contract through <see cref="InstrumentedGraphStore"/>, the decorator every host puts in front of its store,
/// with tracing on (a listener samples every span): instrumented calls answer as the plain store does.
/// </summary>
public sealed class InstrumentedSqliteGraphStoreTests : GraphStoreContractTests
{
    private readonly TempDirectory _directory = new();
    private readonly PaperGraphTelemetry _telemetry = new();
    private readonly System.Diagnostics.ActivityListener _tracing;
    private SqliteGraphStore? _inner;

    public InstrumentedSqliteGraphStoreTests()
    {
        _tracing = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = source => ReferenceEquals(source, _telemetry.ActivitySource),
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) => System.Diagnostics.ActivitySamplingResult.AllDataAndRecorded,
        };
        System.Diagnostics.ActivitySource.AddActivityListener(_tracing);
    }

    protected override async Task<IGraphStore> CreateStoreAsync(CancellationToken ct)
    {
        _inner = new SqliteGraphStore(new SqliteOptions { DatabasePath = _directory.File("graph.db"), BatchSize = 10 }, NullLogger<SqliteGraphStore>.Instance);
        var store = new InstrumentedGraphStore(_inner, "sqlite", _telemetry);
        await store.InitializeAsync(ct);
        return store;
    }

    protected override async Task CleanupStoreAsync(IGraphStore store)
    {
        if (_inner is not null)
        {
            await _inner.DisposeAsync();
        }

        _tracing.Dispose();
        _telemetry.Dispose();
        _directory.Dispose();
    }
}
