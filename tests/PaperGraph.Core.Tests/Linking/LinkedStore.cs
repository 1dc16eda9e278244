using Microsoft.Extensions.Logging.Abstractions;
using PaperGraph.Core.Export;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Ingestion;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Samples;
using PaperGraph.Core.Storage;
using PaperGraph.Store.Sqlite;
using PaperGraph.Testing;

namespace PaperGraph.Core.Tests.Linking;

/// <summary>A real SQLite file with a <see cref="GraphLinker"/> over it, fed through the ingestion pipeline or record by record.</summary>
internal sealed class LinkedStore : IAsyncDisposable
{
    private readonly TempDirectory _directory;
    private readonly List<GraphLinker> _linkers = [];

    private LinkedStore(TempDirectory directory, SqliteGraphStore store) => (_directory, Store) = (directory, store);

    public SqliteGraphStore Store { get; }

    public GraphLinker Linker => _linkers[^1];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static async Task<LinkedStore> CreateAsync(LinkerDictionary catalogOnly, GraphLinkerOptions? options = null)
    {
        var directory = new TempDirectory();
        var store = new SqliteGraphStore(new SqliteOptions { DatabasePath = directory.File("papergraph.db") }, NullLogger<SqliteGraphStore>.Instance);
        await store.InitializeAsync(Token);
        var linked = new LinkedStore(directory, store);
        linked.UseCatalog(catalogOnly, options);
        return linked;
    }

    /// <summary>From now on link with this catalog, as a new process with another catalog build would.</summary>
    public GraphLinker UseCatalog(LinkerDictionary catalogOnly, GraphLinkerOptions? options = null)
    {
        _linkers.Add(new GraphLinker(Store, new LinkerDictionaryCache(catalogOnly), new PaperLinker(), options ?? new GraphLinkerOptions(), NullLogger<GraphLinker>.Instance));
        return Linker;
    }

    /// <summary>The sample pages through the real pipeline, linking after every batch.</summary>
    public Task<IngestionSummary> IngestSamplesAsync(IEnumerable<string> fileNames, int batchSize) =>
        new IngestionPipeline(Store, TimeProvider.System, NullLogger<IngestionPipeline>.Instance).RunAsync(
            fileNames.Select(name => new IngestionSource(name, () => SampleCorpus.Open(name))).ToArray(),
            new IngestionOptions { BatchSize = batchSize, Linker = Linker },
            progress: null,
            Token);

    /// <summary>Upserts records as one batch and links the papers it created or updated, as the pipeline does.</summary>
    public async Task IngestAsync(IReadOnlyList<PaperRecord> records)
    {
        var outcomes = await Store.UpsertPapersAsync(records, Token);
        var changed = new IngestionBatch(outcomes, []).PaperIdsToLink(everyPaper: false);
        if (changed.Count > 0)
        {
            await Linker.LinkAsync(changed, Token);
        }
    }

    public Task IngestAsync(params Paper[] papers) =>
        IngestAsync(papers.Select(p => new PaperRecord(p, "test", 1, p.Id + "|" + p.Title + "|" + p.Abstract, DateTimeOffset.UnixEpoch)).ToArray());

    public async Task<string> ExportAsync()
    {
        using var writer = new StringWriter { NewLine = "\n" };
        await new JsonlExporter(Store).WriteAsync(writer, Token);
        return writer.ToString();
    }

    public async Task<IReadOnlyList<string>> PaperIdsAsync()
    {
        var ids = new List<string>();
        await foreach (var id in Store.StreamPaperIdsAsync(Token))
        {
            ids.Add(id);
        }

        return ids;
    }

    public async Task<IReadOnlyList<Mention>> MentionsAsync(string paperId) =>
        (await Store.GetMentionsAsync([paperId], Token)).GetValueOrDefault(paperId) ?? [];

    public async Task<IReadOnlyList<PaperLink>> LinksAsync(string paperId) =>
        (await Store.GetLinksAsync([paperId], LinkDirection.Outgoing, Token)).GetValueOrDefault(paperId) ?? [];

    public async ValueTask DisposeAsync()
    {
        foreach (var linker in _linkers)
        {
            linker.Dispose();
        }

        await Store.DisposeAsync();
        _directory.Dispose();
    }
}
