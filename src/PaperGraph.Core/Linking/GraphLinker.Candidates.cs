using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking.Matching;
using PaperGraph.Core.Storage;

namespace PaperGraph.Core.Linking;

public sealed partial class GraphLinker
{
    private const int PageSize = 1_000;

    /// <summary>
    /// Papers whose links with the new dictionary may differ from the old: those that mention a changed entity,
    /// and those whose text contains one of its names. The store's word index finds a superset of the second in
    /// one round trip for the whole batch (ids only): the linker matches a name only on token boundaries, and
    /// every written form it matches as (<see cref="AliasVariants"/>) is looked up, so each word of that form is
    /// a word of the paper. Then each candidate paper is read once, in chunks, and <see cref="RelinkFilter"/>
    /// (folding it once for all its forms) keeps the papers the linker can actually react to.
    /// </summary>
    internal async Task<SortedSet<string>> RelinkCandidatesAsync(IReadOnlyList<EntityChange> changes, CancellationToken cancellationToken)
    {
        var candidates = new SortedSet<string>(StringComparer.Ordinal);
        changes = changes.Where(c => c.AffectsMatching).ToArray();
        var forms = SearchableForms(changes);
        var found = forms.Count == 0 ? new Dictionary<string, IReadOnlyList<string>>() : await store.FindPaperIdsWithWordsAsync(forms, cancellationToken);
        var formsByPaper = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (form, paperIds) in found)
        {
            foreach (var paperId in Capped(form, paperIds))
            {
                (formsByPaper.TryGetValue(paperId, out var list) ? list : formsByPaper[paperId] = []).Add(form);
            }
        }

        foreach (var chunk in formsByPaper.Keys.Chunk(options.BatchSize))
        {
            foreach (var paper in (await store.GetPapersAsync(chunk, cancellationToken)).Values)
            {
                var filter = RelinkFilter.For(paper);
                if (formsByPaper[paper.Id].Any(filter.MayMention))
                {
                    candidates.Add(paper.Id);
                }
            }
        }

        var changed = changes.Select(c => c.Id).ToArray();
        if (changed.Length > 0)
        {
            candidates.UnionWith(await store.FindPaperIdsMentioningAnyAsync(changed, cancellationToken));
        }

        return candidates;
    }

    /// <summary>
    /// The plain path the index replaces, kept for the agreement tests: one full-text search per name form
    /// (case-insensitive forms share one), whole rows, the filter per form, one mentioning read per entity.
    /// </summary>
    internal async Task<SortedSet<string>> RelinkCandidatesByFullTextAsync(IReadOnlyList<EntityChange> changes, CancellationToken cancellationToken)
    {
        var candidates = new SortedSet<string>(StringComparer.Ordinal);
        changes = changes.Where(c => c.AffectsMatching).ToArray();
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

    private List<string> SearchableForms(IEnumerable<EntityChange> changes)
    {
        var forms = new List<string>();
        foreach (var form in changes.SelectMany(c => c.Names).SelectMany(AliasVariants.Of).Distinct(StringComparer.Ordinal))
        {
            if (form.Any(char.IsLetterOrDigit))
            {
                forms.Add(form);
            }
            else
            {
                Log.Unsearchable(logger, form);
            }
        }

        return forms;
    }

    /// <summary>
    /// The first papers by id up to the cap, as the paged search took them (whole pages), so a very common
    /// name keeps one batch bounded exactly as before.
    /// </summary>
    private IEnumerable<string> Capped(string form, IReadOnlyList<string> paperIds)
    {
        var limit = (options.MaxPapersPerEntity + PageSize - 1) / PageSize * PageSize;
        if (paperIds.Count <= limit)
        {
            return paperIds;
        }

        Log.Capped(logger, "contain", form, options.MaxPapersPerEntity);
        return paperIds.Order(StringComparer.Ordinal).Take(limit);
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
