using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Ingestion;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Sqlite;
using PaperGraph.Testing;

namespace PaperGraph.Core.Tests.Ingestion;

/// <summary>A real SQLite store in a fresh temp folder, with the pipeline and retrier over it.</summary>
internal sealed class SqliteIngestion : IAsyncDisposable
{
    private readonly TempDirectory _directory;

    private SqliteIngestion(TempDirectory directory, SqliteGraphStore store) => (_directory, Store) = (directory, store);

    public SqliteGraphStore Store { get; }

    public string Folder => _directory.Path;

    public static async Task<SqliteIngestion> CreateAsync()
    {
        var directory = new TempDirectory();
        var store = new SqliteGraphStore(new SqliteOptions { DatabasePath = directory.File("papergraph.db") }, NullLogger<SqliteGraphStore>.Instance);
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        return new SqliteIngestion(directory, store);
    }

    public string WriteFile(string name, byte[] content)
    {
        var path = _directory.File(name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public Task<IngestionSummary> IngestAsync(IReadOnlyList<IngestionSource> sources, IngestionOptions? options = null, IProgress<IngestionProgress>? progress = null) =>
        new IngestionPipeline(Store, TimeProvider.System, NullLogger<IngestionPipeline>.Instance)
            .RunAsync(sources, options ?? new IngestionOptions(), progress, TestContext.Current.CancellationToken);

    public Task<IngestionSummary> IngestAsync(params string[] paths) =>
        IngestAsync(IngestionSource.Expand(paths, () => throw new InvalidOperationException("no stdin here")));

    public Task<QuarantineRetryResult> RetryAsync(IReadOnlyCollection<string> ids, ListingLimits? limits = null) =>
        new QuarantineRetrier(Store, TimeProvider.System, NullLogger<QuarantineRetrier>.Instance)
            .RetryAsync(ids, limits ?? ListingLimits.Default, TestContext.Current.CancellationToken);

    public async Task<IReadOnlyList<QuarantineRecord>> QuarantineAsync() =>
        (await Store.ListQuarantineAsync(1_000, null, TestContext.Current.CancellationToken)).Items.Select(i => i.Node).ToArray();

    public async Task<IReadOnlyList<string>> PaperIdsAsync()
    {
        var ids = new List<string>();
        await foreach (var id in Store.StreamPaperIdsAsync(TestContext.Current.CancellationToken))
        {
            ids.Add(id);
        }

        return ids;
    }

    public async Task<IReadOnlyList<Paper>> PapersAsync()
    {
        var papers = await Store.GetPapersAsync([.. await PaperIdsAsync()], TestContext.Current.CancellationToken);
        return papers.Values.OrderBy(p => p.Id, StringComparer.Ordinal).ToArray();
    }

    public async Task<long> ProvenanceCountAsync()
    {
        var sources = await Store.GetSourcesAsync([.. await PaperIdsAsync()], TestContext.Current.CancellationToken);
        return sources.Values.Sum(s => s.Count);
    }

    public Task<StoreStats> StatsAsync() => Store.GetStatsAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        _directory.Dispose();
    }
}
