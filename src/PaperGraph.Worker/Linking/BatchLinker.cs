using PaperGraph.Core.Linking;
using PaperGraph.Core.Storage;

namespace PaperGraph.Worker.Linking;

/// <summary>
/// Links each stored batch: mentions and introduced entities from <see cref="PaperLinker"/> over the embedded
/// catalog, then the batch's outgoing builds-on links from what the store knows now. A stand-in until the
/// linker's own <c>GraphLinker</c> lands (it will also relink older papers when an introducer arrives later);
/// swapping it is one registration in <see cref="BatchLinkingServiceCollectionExtensions"/>.
/// </summary>
internal sealed class BatchLinker(IGraphStore store)
{
    private readonly SemaphoreSlim _catalogGate = new(1, 1);
    private readonly PaperLinker _linker = new();
    private LinkerDictionary? _dictionary;

    public async Task LinkAsync(IReadOnlyList<string> paperIds, CancellationToken cancellationToken)
    {
        var dictionary = await DictionaryAsync(cancellationToken);
        var papers = await store.GetPapersAsync(paperIds, cancellationToken);
        var results = papers.Values.Select(paper => _linker.Link(paper, dictionary)).ToArray();
        await store.UpsertEntitiesAsync([.. results.SelectMany(r => r.NewEntities).DistinctBy(e => e.Id)], cancellationToken);
        await store.SaveAnnotationsAsync([.. results.Select(r => r.Annotations)], cancellationToken);

        var mentioned = results.SelectMany(r => r.Annotations.Mentions).Select(m => m.EntityId).Distinct(StringComparer.Ordinal).ToArray();
        var introducers = await store.GetIntroducingPaperIdsAsync(mentioned, cancellationToken);
        var cited = await store.GetPapersAsync([.. introducers.Values.SelectMany(ids => ids).Distinct(StringComparer.Ordinal)], cancellationToken);
        var entities = await store.GetEntitiesAsync(mentioned, cancellationToken);
        var titles = cited.ToDictionary(p => p.Key, p => p.Value.Title, StringComparer.Ordinal);
        var names = entities.ToDictionary(e => e.Key, e => e.Value.Name, StringComparer.Ordinal);
        var links = results.SelectMany(r => BuildsOnLinker.LinksFor(r.Annotations.PaperId, r.Annotations.Mentions, introducers, titles, names)).ToArray();
        await store.ReplaceLinksAsync(papers.Keys.ToArray(), links, cancellationToken);
    }

    /// <summary>Builds the dictionary once and loads the catalog's entities into the store (an idempotent upsert).</summary>
    private async Task<LinkerDictionary> DictionaryAsync(CancellationToken cancellationToken)
    {
        if (_dictionary is { } ready)
        {
            return ready;
        }

        await _catalogGate.WaitAsync(cancellationToken);
        try
        {
            if (_dictionary is null)
            {
                var catalog = EntityCatalog.LoadEmbedded();
                await store.UpsertEntitiesAsync([.. catalog.Entities], cancellationToken);
                _dictionary = new LinkerDictionary(catalog);
            }

            return _dictionary;
        }
        finally
        {
            _catalogGate.Release();
        }
    }
}
