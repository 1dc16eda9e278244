using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Linking;

public sealed partial class GraphLinker
{
    /// <summary>Links papers with one dictionary and saves their annotations, a chunk per store call.</summary>
    /// <param name="keepResults">Return the results (the batch needs them); a relink of many papers does not.</param>
    private async Task<IReadOnlyDictionary<string, LinkResult>> LinkPapersAsync(
        IReadOnlyList<string> paperIds, LinkerDictionary with, bool keepResults, CancellationToken cancellationToken)
    {
        var kept = new Dictionary<string, LinkResult>(StringComparer.Ordinal);
        foreach (var chunk in paperIds.Chunk(options.BatchSize))
        {
            var results = await LinkChunkAsync(chunk, with, cancellationToken);

            // The records of used names first, so no mention is stored before its entity; the contract cannot delete
            // entities, so one whose mentions all go later stays stored, like a retired introduced entity.
            var used = results.SelectMany(r => r.UsedEntities).DistinctBy(e => e.Id).OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
            if (used.Length > 0)
            {
                await store.UpsertEntitiesAsync(used, cancellationToken);
            }

            await store.SaveAnnotationsAsync(results.Select(r => r.Annotations).ToArray(), cancellationToken);
            if (keepResults)
            {
                foreach (var result in results)
                {
                    kept[result.Annotations.PaperId] = result;
                }
            }
        }

        return kept;
    }

    /// <summary>Loads and links one chunk, in id order; ids not in the store are skipped.</summary>
    private async Task<IReadOnlyList<LinkResult>> LinkChunkAsync(IReadOnlyCollection<string> paperIds, LinkerDictionary with, CancellationToken cancellationToken)
    {
        var papers = await store.GetPapersAsync(paperIds, cancellationToken);
        return papers.Values.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => linker.Link(p, with)).ToArray();
    }

    /// <summary>What the store says each paper introduces, before the batch rewrites it.</summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> IntroducedByAsync(IReadOnlyList<string> paperIds, CancellationToken cancellationToken)
    {
        var introduced = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var chunk in paperIds.Chunk(options.BatchSize))
        {
            foreach (var (paperId, entityIds) in await store.GetIntroducedEntityIdsAsync(chunk, cancellationToken))
            {
                introduced[paperId] = entityIds;
            }
        }

        return introduced;
    }

    /// <summary>Streams every paper id in chunks of <see cref="GraphLinkerOptions.BatchSize"/>.</summary>
    private async IAsyncEnumerable<string[]> PaperIdChunksAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var chunk = new List<string>(options.BatchSize);
        await foreach (var id in store.StreamPaperIdsAsync(cancellationToken))
        {
            chunk.Add(id);
            if (chunk.Count == options.BatchSize)
            {
                yield return [.. chunk];
                chunk.Clear();
            }
        }

        if (chunk.Count > 0)
        {
            yield return [.. chunk];
        }
    }

    private static bool IsIntroducedEntity(Entity entity) => entity.Source == IntroducedSource;

    private const string IntroducedSource = "introduced";
}
