using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Linking;

public sealed partial class GraphLinker
{
    private const int PageSize = 1_000;

    /// <summary>
    /// Papers whose links with the new dictionary may differ from the old: those that mention a changed entity,
    /// and those whose text contains one of its names. The full-text search finds a superset of the second: the
    /// linker matches a name only on token boundaries, case- and separator-insensitively, and every written form
    /// it matches as (<see cref="AliasVariants"/>) is searched, so each word of that form is a word of the paper.
    /// </summary>
    private async Task<SortedSet<string>> RelinkCandidatesAsync(IReadOnlyList<EntityChange> changes, CancellationToken cancellationToken)
    {
        var candidates = new SortedSet<string>(StringComparer.Ordinal);
        var forms = changes.SelectMany(c => c.Names).SelectMany(AliasVariants.Of).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var form in forms)
        {
            candidates.UnionWith(await SearchAsync(form, cancellationToken));
        }

        candidates.UnionWith(await MentionersAsync(changes.Select(c => c.Id), cancellationToken));
        return candidates;
    }

    private async Task<IReadOnlyList<string>> SearchAsync(string form, CancellationToken cancellationToken)
    {
        if (!form.Any(char.IsLetterOrDigit))
        {
            Log.Unsearchable(logger, form);
            return [];
        }

        var found = new List<string>();
        string? after = null;
        Page<Paper> page;
        do
        {
            page = await store.QueryPapersAsync(new PaperQuery(new PaperFilter { Search = form }, PaperOrder.Id, PageSize, after), cancellationToken);
            found.AddRange(page.Items.Select(i => i.Node.Id));
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
