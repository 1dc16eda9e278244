using System.Runtime.CompilerServices;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Export;

/// <summary>
/// Reads the export's papers a chunk at a time with batched store calls (the JSON Lines exporter's way), so
/// memory holds one chunk, whatever the corpus size. Everything is ordered explicitly, so two stores holding
/// the same graph give the same chunks.
/// </summary>
internal sealed class ExportReader(IGraphStore store, ExportSelection selection)
{
    public const int ChunkSize = 500;

    public async IAsyncEnumerable<ExportChunk> ReadAsync(ExportParts parts, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ids = new List<string>(ChunkSize);
        await foreach (var paperId in selection.StreamAsync(store, cancellationToken))
        {
            ids.Add(paperId);
            if (ids.Count == ChunkSize)
            {
                yield return await ReadChunkAsync(ids, parts, cancellationToken);
                ids = new List<string>(ChunkSize);
            }
        }

        if (ids.Count > 0)
        {
            yield return await ReadChunkAsync(ids, parts, cancellationToken);
        }
    }

    /// <summary>Every entity the export holds, in id order, a chunk at a time.</summary>
    public async IAsyncEnumerable<IReadOnlyList<Entity>> ReadEntitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (selection.IsEverything)
        {
            var batch = new List<Entity>(ChunkSize);
            await foreach (var entity in store.StreamEntitiesAsync(cancellationToken))
            {
                batch.Add(entity);
                if (batch.Count == ChunkSize)
                {
                    yield return batch;
                    batch = new List<Entity>(ChunkSize);
                }
            }

            if (batch.Count > 0)
            {
                yield return batch;
            }

            yield break;
        }

        // A filtered export holds the entities its papers mention or introduce (not a link's "via" alone).
        var entityIds = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var chunk in ReadAsync(ExportParts.Mentions | ExportParts.Introduced, cancellationToken))
        {
            entityIds.UnionWith(chunk.Mentions.Values.SelectMany(m => m.Select(x => x.EntityId)));
            entityIds.UnionWith(chunk.Introduced.Values.SelectMany(ids => ids));
        }

        foreach (var ids in entityIds.Chunk(ChunkSize))
        {
            var found = await store.GetEntitiesAsync(ids, cancellationToken);
            yield return ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
        }
    }

    private async Task<ExportChunk> ReadChunkAsync(List<string> paperIds, ExportParts parts, CancellationToken cancellationToken)
    {
        paperIds.Sort(StringComparer.Ordinal);
        var found = await store.GetPapersAsync(paperIds, cancellationToken);
        var papers = paperIds.Where(found.ContainsKey).Select(id => found[id]).ToList();
        IReadOnlyDictionary<string, IReadOnlyList<Mention>> mentions = parts.HasFlag(ExportParts.Mentions)
            ? await store.GetMentionsAsync(paperIds, cancellationToken) : new Dictionary<string, IReadOnlyList<Mention>>();
        IReadOnlyDictionary<string, IReadOnlyList<string>> introduced = parts.HasFlag(ExportParts.Introduced)
            ? await store.GetIntroducedEntityIdsAsync(paperIds, cancellationToken) : new Dictionary<string, IReadOnlyList<string>>();
        var links = new Dictionary<string, IReadOnlyList<PaperLink>>(StringComparer.Ordinal);
        if (parts.HasFlag(ExportParts.Links))
        {
            foreach (var (paperId, list) in await store.GetLinksAsync(paperIds, LinkDirection.Outgoing, cancellationToken))
            {
                links[paperId] = [.. list.Where(l => selection.Holds(l.CitedPaperId))
                    .OrderByDescending(l => l.Score).ThenBy(l => l.CitedPaperId, StringComparer.Ordinal).ThenBy(l => l.Kind)];
            }
        }

        IReadOnlyDictionary<string, Entity> entities = new Dictionary<string, Entity>();
        IReadOnlyDictionary<string, string> citedTitles = new Dictionary<string, string>();
        if (parts.HasFlag(ExportParts.Names))
        {
            var entityIds = mentions.Values.SelectMany(m => m.Select(x => x.EntityId))
                .Concat(introduced.Values.SelectMany(ids => ids))
                .Concat(links.Values.SelectMany(l => l.SelectMany(x => x.ViaEntityIds)))
                .ToHashSet(StringComparer.Ordinal);
            var citedIds = links.Values.SelectMany(l => l.Select(x => x.CitedPaperId)).ToHashSet(StringComparer.Ordinal);
            if (entityIds.Count > 0)
            {
                entities = await store.GetEntitiesAsync(entityIds, cancellationToken);
            }

            if (citedIds.Count > 0)
            {
                citedTitles = (await store.GetPapersAsync(citedIds, cancellationToken)).ToDictionary(p => p.Key, p => p.Value.Title, StringComparer.Ordinal);
            }
        }

        return new ExportChunk(papers, mentions, introduced, links, entities, citedTitles);
    }
}
