using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking.Matching;
using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Linking;

public sealed partial class GraphLinker
{
    private const int PageSize = 1_000;

    /// <summary>
    /// Papers whose links with the new dictionary may differ from the old: those that mention a changed entity,
    /// and those whose text contains one of its names. The full-text search finds a superset of the second: the
    /// linker matches a name only on token boundaries, and every written form it matches as
    /// (<see cref="AliasVariants"/>) is searched, so each word of that form is a word of the paper; then
    /// <see cref="RelinkFilter"/> keeps the papers the linker can actually react to.
    /// </summary>
    private async Task<SortedSet<string>> RelinkCandidatesAsync(IReadOnlyList<EntityChange> changes, CancellationToken cancellationToken)
    {
        var candidates = new SortedSet<string>(StringComparer.Ordinal);
        changes = changes.Where(c => c.AffectsMatching).ToArray();
        // The search ignores case, so forms that differ only in case share one search.
        var forms = changes.SelectMany(c => c.Names).SelectMany(AliasVariants.Of).Distinct(StringComparer.Ordinal)
            .GroupBy(form => form, StringComparer.OrdinalIgnoreCase);
        foreach (var sameWords in forms)
        {
            var found = await SearchAsync(sameWords.Key, cancellationToken);
            candidates.UnionWith(found.Where(p => sameWords.Any(form => RelinkFilter.MayMention(p, form))).Select(p => p.Id));
        }

        candidates.UnionWith(await MentionersAsync(changes.Select(c => c.Id), cancellationToken));
        return candidates;
    }

    private async Task<IReadOnlyList<Paper>> SearchAsync(string form, CancellationToken cancellationToken)
    {
        if (!form.Any(char.IsLetterOrDigit))
        {
            Log.Unsearchable(logger, form);
            return [];
        }

        var found = new List<Paper>();
        string? after = null;
        Page<Paper> page;
        do
        {
            page = await store.QueryPapersAsync(new PaperQuery(new PaperFilter { Search = form }, PaperOrder.Id, PageSize, after), cancellationToken);
            found.AddRange(page.Items.Select(i => i.Node));
            after = page.EndCursor;
            if (page.HasNextPage && found.Count >= options.MaxPapersPerEntity)
            {
                Log.Capped(logger, "contain", form, options.MaxPapersPerEntity);
                break;
            }
        }
        while (page.HasNextPage);

        return found;
    }

    /// <summary>Papers mentioning any of these entities, up to the cap per entity.</summary>
    private async Task<IReadOnlyCollection<string>> MentionersAsync(IEnumerable<string> entityIds, CancellationToken cancellationToken)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entityId in entityIds)
        {
            var count = 0;
            string? after = null;
            Page<string> page;
            do
            {
                page = await store.GetPaperIdsMentioningAsync(new EntityUsageQuery(entityId, PageSize, after), cancellationToken);
                found.UnionWith(page.Items.Select(i => i.Node));
                count += page.Items.Count;
                after = page.EndCursor;
                if (page.HasNextPage && count >= options.MaxPapersPerEntity)
                {
                    Log.Capped(logger, "mention", entityId, options.MaxPapersPerEntity);
                    break;
                }
            }
            while (page.HasNextPage);
        }

        return found;
    }

    /// <summary>Papers with a link to any of these.</summary>
    private async Task<IReadOnlyCollection<string>> CitersAsync(IEnumerable<string> paperIds, CancellationToken cancellationToken)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in paperIds.Chunk(options.BatchSize))
        {
            var incoming = await store.GetLinksAsync(chunk, LinkDirection.Incoming, cancellationToken);
            found.UnionWith(incoming.Values.SelectMany(links => links.Select(l => l.CitingPaperId)));
        }

        return found;
    }
}
