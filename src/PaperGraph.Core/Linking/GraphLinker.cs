using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using PaperGraph.Core.Storage;
using PaperGraph.Core.Telemetry;

namespace PaperGraph.Core.Linking;

/// <summary>
/// Links papers in a store so that the result never depends on the order or batching they arrived in.
/// The target state is a function of the stored papers and the catalog: what a paper introduces depends only on
/// the paper and the catalog; its mentions on the paper and the dictionary (catalog + every introduced entity);
/// its builds-on links on its mentions, the introducers of what it mentions, their titles and entity names.
/// Each batch links its papers, then repairs exactly what the batch can have changed: papers that contain a
/// name of an introduced entity that was created, changed or retired are linked again, and links are
/// recomputed for every paper whose inputs moved. Batches run one at a time.
/// </summary>
public sealed partial class GraphLinker(
    IGraphStore store,
    LinkerDictionaryCache dictionary,
    PaperLinker linker,
    GraphLinkerOptions options,
    ILogger<GraphLinker> logger,
    PaperGraphTelemetry? telemetry = null) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Histogram<double>? _duration = telemetry?.CreateDuration(
        "papergraph.linking.duration", "Linking batches (link, repair, recompute links), in seconds.");

    /// <summary>Links these papers (ids of papers not in the store are ignored) and repairs what that changes elsewhere.</summary>
    public async Task<LinkSummary> LinkAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paperIds);
        await _gate.WaitAsync(cancellationToken);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await EnsureReadyAsync(cancellationToken);
            var batch = paperIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var before = await IntroducedByAsync(batch, cancellationToken);
            var results = await LinkPapersAsync(batch, dictionary.Current, keepResults: true, cancellationToken);
            var changes = await ReconcileIntroducedAsync(results, before, cancellationToken);
            var relink = options.RelinkCandidatesByFullText
                ? await RelinkCandidatesByFullTextAsync(changes, cancellationToken)
                : await RelinkCandidatesAsync(changes, cancellationToken);
            await LinkPapersAsync(relink.ToArray(), dictionary.Current, keepResults: false, cancellationToken);

            // Whose links can have moved: papers whose mentions were rewritten, papers mentioning an entity that
            // gained or lost an introducer, and papers citing a batch paper (its title is in their reasons).
            var citing = new SortedSet<string>(results.Keys, StringComparer.Ordinal);
            citing.UnionWith(relink);
            var introducerChanges = IntroducerChanges(results, before).ToArray();
            citing.UnionWith(options.RelinkCandidatesByFullText
                ? await MentionersAsync(introducerChanges, cancellationToken)
                : await store.FindPaperIdsMentioningAnyAsync(introducerChanges, cancellationToken));
            citing.UnionWith(await CitersAsync(results.Keys, cancellationToken));
            await RecomputeLinksAsync(citing, cancellationToken);

            // Only now is everything the batch changes written: a run killed before this leaves the batch pending,
            // and the next run's LinkPendingAsync relinks the store.
            await store.MarkLinkedAsync(batch, cancellationToken);
            var summary = new LinkSummary(results.Count, relink.Count(id => !results.ContainsKey(id)), changes.Count, citing.Count);
            Log.Linked(logger, summary.Linked, summary.Relinked, summary.EntitiesChanged, summary.LinksRecomputed);
            _duration?.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
            return summary;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>Entities whose set of introducers the batch changed: introduced before or after, not both.</summary>
    private static IEnumerable<string> IntroducerChanges(IReadOnlyDictionary<string, LinkResult> results, IReadOnlyDictionary<string, IReadOnlyList<string>> before) =>
        results.SelectMany(pair =>
        {
            var old = before.GetValueOrDefault(pair.Key) ?? [];
            var now = pair.Value.Annotations.IntroducedEntityIds;
            return old.Except(now, StringComparer.Ordinal).Concat(now.Except(old, StringComparer.Ordinal));
        }).Distinct(StringComparer.Ordinal);
}
