using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking.Novelty;

namespace PaperGraph.Core.Linking;

public sealed partial class GraphLinker
{
    /// <summary>
    /// Annotates and links every stored paper again, in place, e.g. after the catalog or the linker changed:
    /// first what each paper introduces (paper + catalog only), then mentions with the resulting dictionary,
    /// then links. Papers stream in id order, a chunk at a time.
    /// </summary>
    public async Task<RelinkSummary> RelinkAllAsync(IProgress<RelinkProgress>? progress, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var catalogWrites = await EnsureReadyAsync(cancellationToken);
            var total = (await store.GetStatsAsync(cancellationToken)).Papers;

            var (introduced, retired) = await IntroducedInStoreAsync(total, progress, cancellationToken);
            var changed = introduced.Where(e => !EntityEquality.Same(dictionary.Introduced.GetValueOrDefault(e.Id), e)).ToArray();
            foreach (var chunk in changed.Chunk(EntityWriteChunk))
            {
                await store.UpsertEntitiesAsync(chunk, cancellationToken);
            }

            dictionary.Load(introduced);
            var papers = await ForEachChunkAsync("mentions", total, progress,
                chunk => LinkPapersAsync(chunk, dictionary.Current, keepResults: false, cancellationToken), cancellationToken);
            await ForEachChunkAsync("links", total, progress, async chunk =>
            {
                // Links are the last phase: a paper whose links are written here is linked completely.
                await RecomputeLinksAsync(chunk, cancellationToken);
                await store.MarkLinkedAsync(chunk, cancellationToken);
            }, cancellationToken);

            var summary = new RelinkSummary(papers, introduced.Length, catalogWrites + changed.Length + retired);
            Log.Relinked(logger, summary.Papers, summary.IntroducedEntities, summary.EntitiesChanged);
            return summary;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// What the stored papers introduce, merged per entity, and how many of the cache's introduced ids none does.
    /// A method of its own so that every paper's version of each entity is garbage before the mentions phase
    /// (lambdas of one method share their captured variables, which live as long as the method).
    /// </summary>
    private async Task<(Entity[] Introduced, int Retired)> IntroducedInStoreAsync(long total, IProgress<RelinkProgress>? progress, CancellationToken cancellationToken)
    {
        var versions = new Dictionary<string, List<(string PaperId, Entity Version)>>(StringComparer.Ordinal);
        await ForEachChunkAsync("introductions", total, progress, async chunk =>
        {
            foreach (var result in await LinkChunkAsync(chunk, dictionary.CatalogOnly, cancellationToken))
            {
                foreach (var entity in result.NewEntities)
                {
                    (versions.TryGetValue(entity.Id, out var list) ? list : versions[entity.Id] = []).Add((result.Annotations.PaperId, entity));
                }
            }
        }, cancellationToken);

        var introduced = versions.Values.Select(IntroducedEntityMerge.Merge).ToArray();
        return (introduced, dictionary.Introduced.Keys.Count(id => !versions.ContainsKey(id)));
    }

    private async Task<long> ForEachChunkAsync(string phase, long total, IProgress<RelinkProgress>? progress, Func<string[], Task> work, CancellationToken cancellationToken)
    {
        long done = 0;
        await foreach (var chunk in PaperIdChunksAsync(cancellationToken))
        {
            await work(chunk);
            done += chunk.Length;
            progress?.Report(new RelinkProgress(phase, done, Math.Max(total, done)));
        }

        return done;
    }
}
