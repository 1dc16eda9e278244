using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Export;

/// <summary>
/// Writes the graph as JSON Lines, one paper per line in id order, with its mentions, what it introduces and
/// its builds-on links. Reads a chunk of papers at a time with batched store calls, and orders everything
/// explicitly, so two stores holding the same graph export byte-identical files.
/// </summary>
public sealed class JsonlExporter(IGraphStore store)
{
    private const int ChunkSize = 500;

    /// <returns>The number of papers written.</returns>
    public async Task<long> WriteAsync(TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        long written = 0;
        var chunk = new List<string>(ChunkSize);
        await foreach (var paperId in store.StreamPaperIdsAsync(cancellationToken))
        {
            chunk.Add(paperId);
            if (chunk.Count == ChunkSize)
            {
                written += await WriteChunkAsync(chunk, output, cancellationToken);
                chunk.Clear();
            }
        }

        written += await WriteChunkAsync(chunk, output, cancellationToken);
        await output.FlushAsync(cancellationToken);
        return written;
    }

    private async Task<int> WriteChunkAsync(IReadOnlyList<string> paperIds, TextWriter output, CancellationToken cancellationToken)
    {
        if (paperIds.Count == 0)
        {
            return 0;
        }

        var papers = await store.GetPapersAsync(paperIds, cancellationToken);
        var mentions = await store.GetMentionsAsync(paperIds, cancellationToken);
        var introduced = await store.GetIntroducedEntityIdsAsync(paperIds, cancellationToken);
        var links = await store.GetLinksAsync(paperIds, LinkDirection.Outgoing, cancellationToken);
        var entityIds = mentions.Values.SelectMany(m => m.Select(x => x.EntityId))
            .Concat(introduced.Values.SelectMany(ids => ids))
            .Concat(links.Values.SelectMany(l => l.SelectMany(x => x.ViaEntityIds)))
            .ToHashSet(StringComparer.Ordinal);
        var citedIds = links.Values.SelectMany(l => l.Select(x => x.CitedPaperId)).ToHashSet(StringComparer.Ordinal);
        var entities = entityIds.Count == 0 ? new Dictionary<string, Entity>() : await store.GetEntitiesAsync(entityIds, cancellationToken);
        var cited = citedIds.Count == 0 ? new Dictionary<string, Paper>() : await store.GetPapersAsync(citedIds, cancellationToken);
        var context = new JsonlPaperLine(entities, cited.ToDictionary(p => p.Key, p => p.Value.Title, StringComparer.Ordinal));

        var count = 0;
        foreach (var paperId in paperIds.Order(StringComparer.Ordinal))
        {
            if (papers.TryGetValue(paperId, out var paper))
            {
                await output.WriteAsync(context.Format(
                    paper,
                    mentions.GetValueOrDefault(paperId) ?? [],
                    introduced.GetValueOrDefault(paperId) ?? [],
                    links.GetValueOrDefault(paperId) ?? []).AsMemory(), cancellationToken);
                await output.WriteAsync("\n".AsMemory(), cancellationToken);
                count++;
            }
        }

        return count;
    }
}
