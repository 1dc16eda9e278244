using System.Globalization;
using PaperGraph.Core.Storage;

namespace PaperGraph.Ingestion.Tests.Infrastructure;

/// <summary>
/// Everything a store holds about its papers, as comparable text lines: papers with their content, provenance
/// (source, line, content hash; not the seen times), mentions, links and quarantine ids. Two stores that hold
/// the same graph give equal lists; a duplicate shows up as an extra line.
/// </summary>
internal static class StoreContents
{
    public static async Task<IReadOnlyList<string>> ReadAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var id in store.StreamPaperIdsAsync(cancellationToken))
        {
            ids.Add(id);
        }

        var lines = new List<string>();
        var papers = await store.GetPapersAsync(ids, cancellationToken);
        var sources = await store.GetSourcesAsync(ids, cancellationToken);
        var mentions = await store.GetMentionsAsync(ids, cancellationToken);
        var links = await store.GetLinksAsync(ids, LinkDirection.Outgoing, cancellationToken);
        foreach (var id in ids)
        {
            var paper = papers[id];
            lines.Add($"paper {id} {paper.Title} | {paper.Abstract} | {paper.ArxivId} | {paper.Date} | {string.Join(';', paper.Authors)}");
            lines.AddRange(sources.GetValueOrDefault(id, []).Select(s => string.Create(CultureInfo.InvariantCulture, $"source {id} {s.Source}:{s.Line} {s.ContentHash}")));
            lines.AddRange(mentions.GetValueOrDefault(id, []).Select(m => string.Create(CultureInfo.InvariantCulture, $"mention {id} {m.EntityId} {m.Field} {m.Start}-{m.End}")));
            lines.AddRange(links.GetValueOrDefault(id, []).Select(l => $"link {id} {l.CitedPaperId} {l.Kind}"));
        }

        var quarantine = await store.ListQuarantineAsync(10_000, null, cancellationToken);
        lines.AddRange(quarantine.Items.Select(q => $"quarantine {q.Node.Id}"));
        return lines;
    }
}
