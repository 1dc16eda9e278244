using PaperGraph.Core.Storage;

namespace PaperGraph.Benchmarks.Reads;

/// <summary>
/// The inputs of <c>store-reads</c>, picked from one store with a fixed seed so every run asks the same: a paper
/// from each of <c>samples</c> equal slices of the id order, an entity each of those papers mentions (so popular
/// entities come up as often as readers meet them), pairs of the picked papers for paths, and 20 searches.
/// </summary>
internal sealed record ReadInputs(IReadOnlyList<string> Papers, IReadOnlyList<string> Entities, IReadOnlyList<(string From, string To)> Pairs, IReadOnlyList<string> Searches)
{
    public static async Task<ReadInputs> PickAsync(IGraphStore store, int samples, CancellationToken ct)
    {
        var ids = new List<string>();
        await foreach (var id in store.StreamPaperIdsAsync(ct))
        {
            ids.Add(id);
        }

        var random = new Random(14);
        var papers = Enumerable.Range(0, samples).Select(i =>
        {
            var (start, end) = (i * ids.Count / samples, (i + 1) * ids.Count / samples);
            return ids[start + random.Next(Math.Max(1, end - start))];
        }).Distinct().ToList();

        var mentions = await store.GetMentionsAsync(papers, ct);
        var entities = papers
            .Select(p => mentions.TryGetValue(p, out var list) && list.Count > 0 ? list[random.Next(list.Count)].EntityId : null)
            .OfType<string>().Distinct().ToList();

        var partners = papers.OrderBy(_ => random.Next()).ToList();
        var pairs = papers.Select((p, i) => (From: p, To: partners[i] != p ? partners[i] : partners[(i + 1) % partners.Count])).ToList();
        return new ReadInputs(papers, entities, pairs, await SearchesAsync(store, entities, ct));
    }

    /// <summary>
    /// 20 searches: ten common title words, five pairs of them and the names of five mentioned entities, from the most
    /// mentioned down (ranks 0, 4, 8, … of the picked entities by papers). The words are the most frequent of the newest
    /// 5,000 titles (<see cref="SearchBenchmark.CommonTitleWordsAsync"/>) that search keeps (<see cref="SearchTerms"/>
    /// leaves stop words out).
    /// </summary>
    private static async Task<IReadOnlyList<string>> SearchesAsync(IGraphStore store, IReadOnlyList<string> entityIds, CancellationToken ct)
    {
        var common = (await SearchBenchmark.CommonTitleWordsAsync(store)).Where(word => SearchTerms.Of([word]).Count == 1).ToList();
        var entities = await store.GetEntitiesAsync(entityIds, ct);
        var papers = await store.CountPapersMentioningAsync(entityIds, ct);
        var names = entityIds
            .OrderByDescending(id => papers.GetValueOrDefault(id)).ThenBy(id => id, StringComparer.Ordinal)
            .Select(id => entities[id].Name).Distinct(StringComparer.OrdinalIgnoreCase)
            .Where((_, i) => i % 4 == 0).Take(5);
        return
        [
            .. Enumerable.Range(0, 10).Select(i => common[i * 3]),
            .. Enumerable.Range(0, 5).Select(i => $"{common[1 + (i * 4)]} {common[3 + (i * 7)]}"),
            .. names,
        ];
    }
}
