using System.Diagnostics;
using System.Diagnostics.Metrics;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Telemetry;

/// <summary>
/// Wraps either store so each call is timed into <c>papergraph_store_call_duration_seconds{store,operation}</c> and,
/// when tracing is on, becomes a span. One decorator rather than timing code in both stores: a new store method
/// cannot be forgotten by one of them. The cost when nothing listens to traces is a timestamp, a closure and a
/// histogram record per call (see BENCHMARKS.md, "Operations").
/// </summary>
/// <param name="store">The store's name for the <c>store</c> label: <c>sqlite</c> or <c>neo4j</c>.</param>
public sealed partial class InstrumentedGraphStore(IGraphStore inner, string store, PaperGraphTelemetry telemetry) : IGraphStore
{
    private readonly Histogram<double> _duration = telemetry.CreateDuration(
        "papergraph.store.call.duration", "Graph store calls by store and operation, in seconds.");

    private readonly KeyValuePair<string, object?> _storeTag = new("store", store);

    /// <summary>The wrapped store, for callers that need what only it offers.</summary>
    public IGraphStore Inner => inner;

    public Task InitializeAsync(CancellationToken cancellationToken) =>
        CallAsync("Initialize", () => inner.InitializeAsync(cancellationToken));

    public Task CheckWritableAsync(CancellationToken cancellationToken) =>
        CallAsync("CheckWritable", () => inner.CheckWritableAsync(cancellationToken));

    public Task<IReadOnlyList<UpsertOutcome>> UpsertPapersAsync(IReadOnlyList<PaperRecord> records, CancellationToken cancellationToken) =>
        CallAsync("UpsertPapers", () => inner.UpsertPapersAsync(records, cancellationToken));

    public Task<IReadOnlyDictionary<string, Paper>> GetPapersAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken) =>
        CallAsync("GetPapers", () => inner.GetPapersAsync(paperIds, cancellationToken));

    public Task<IReadOnlyDictionary<string, Paper>> GetPapersWithoutAbstractsAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken) =>
        CallAsync("GetPapersWithoutAbstracts", () => inner.GetPapersWithoutAbstractsAsync(paperIds, cancellationToken));

    public Task<Paper?> FindPaperByArxivIdAsync(string arxivId, CancellationToken cancellationToken) =>
        CallAsync("FindPaperByArxivId", () => inner.FindPaperByArxivIdAsync(arxivId, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> FindPaperIdsByTitleKeyAsync(IReadOnlyCollection<string> titleKeys, CancellationToken cancellationToken) =>
        CallAsync("FindPaperIdsByTitleKey", () => inner.FindPaperIdsByTitleKeyAsync(titleKeys, cancellationToken));

    public Task<Page<Paper>> QueryPapersAsync(PaperQuery query, CancellationToken cancellationToken) =>
        CallAsync("QueryPapers", () => inner.QueryPapersAsync(query, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> FindPaperIdsWithWordsAsync(IReadOnlyCollection<string> texts, CancellationToken cancellationToken) =>
        CallAsync("FindPaperIdsWithWords", () => inner.FindPaperIdsWithWordsAsync(texts, cancellationToken));

    public Task<IReadOnlyList<string>> FindPaperIdsMentioningAnyAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken) =>
        CallAsync("FindPaperIdsMentioningAny", () => inner.FindPaperIdsMentioningAnyAsync(entityIds, cancellationToken));

    public Task<long> CountPapersAsync(PaperFilter filter, CancellationToken cancellationToken) =>
        CallAsync("CountPapers", () => inner.CountPapersAsync(filter, cancellationToken));

    public Task<PaperFacets> GetPaperFacetsAsync(PaperFilter filter, int top, CancellationToken cancellationToken) =>
        CallAsync("GetPaperFacets", () => inner.GetPaperFacetsAsync(filter, top, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<PaperSource>>> GetSourcesAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken) =>
        CallAsync("GetSources", () => inner.GetSourcesAsync(paperIds, cancellationToken));

    // Streams are measured by their consumer (export), not per item.
    public IAsyncEnumerable<string> StreamPaperIdsAsync(CancellationToken cancellationToken) => inner.StreamPaperIdsAsync(cancellationToken);

    private async Task<T> CallAsync<T>(string operation, Func<Task<T>> call)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = StartActivity(operation);
        try
        {
            return await call();
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }
        finally
        {
            _duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, _storeTag, new KeyValuePair<string, object?>("operation", operation));
        }
    }

    private Task CallAsync(string operation, Func<Task> call) =>
        CallAsync(operation, async () =>
        {
            await call();
            return true;
        });

    /// <summary>Null (no allocation) unless a tracer listens; the span is named like the operation label.</summary>
    private Activity? StartActivity(string operation)
    {
        if (!telemetry.ActivitySource.HasListeners())
        {
            return null;
        }

        var activity = telemetry.ActivitySource.StartActivity("store " + operation, ActivityKind.Client);
        activity?.SetTag("db.system.name", store);
        activity?.SetTag("db.operation.name", operation);
        return activity;
    }
}
