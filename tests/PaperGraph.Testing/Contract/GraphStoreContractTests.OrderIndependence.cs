using System.Text.Json;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using static PaperGraph.Testing.Contract.TestData;

namespace PaperGraph.Testing.Contract;

public abstract partial class GraphStoreContractTests
{
    /// <summary>
    /// Two copies of one small graph live side by side under id prefixes <c>x1</c> and <c>x2</c>; their
    /// batches arrive in opposite orders, and both copies must end up the same.
    /// </summary>
    [Fact]
    public async Task Batches_InTwoDifferentOrders_GiveTheSameGraph()
    {
        var forward = World("x1");
        var backward = World("x2");

        foreach (var step in forward.Papers.Concat(forward.Entities).Concat(forward.Annotations).Concat(forward.Links))
        {
            await step(Store);
        }

        // Entities first, and every kind's batches reversed; then everything once more, which changes nothing.
        var reversed = backward.Entities.AsEnumerable().Reverse()
            .Concat(backward.Papers.AsEnumerable().Reverse())
            .Concat(backward.Annotations.AsEnumerable().Reverse())
            .Concat(backward.Links.AsEnumerable().Reverse())
            .ToList();
        foreach (var step in reversed.Concat(reversed))
        {
            await step(Store);
        }

        var one = await SnapshotAsync("x1");
        var two = await SnapshotAsync("x2");
        Assert.Equal(one, two.Replace("x2", "x1", StringComparison.Ordinal));
        Assert.Contains("x1:p3", one, StringComparison.Ordinal);
    }

    private sealed record WorldBatches(
        List<Func<IGraphStore, Task>> Papers,
        List<Func<IGraphStore, Task>> Entities,
        List<Func<IGraphStore, Task>> Annotations,
        List<Func<IGraphStore, Task>> Links);

    private static WorldBatches World(string w)
    {
        var p1 = Paper($"{w}:p1", $"{w} state space models", "Alpha meets beta in a state space.", Date(2025, 3, 1), null, ["A"]);
        var p2 = Paper($"{w}:p2", $"{w} attention", "Beta only, with attention.", Date(2025, 4, 2), null, ["B", "C"]);
        var p3 = Paper($"{w}:p3", $"{w} no date", "Alpha and gamma.", null, null, []);
        var ct = TestContext.Current.CancellationToken;

        // Content hashes are fixed so both worlds' provenance reads the same.
        // Annotations and links refer to stored papers, so papers come before them in both orders.
        return new WorldBatches(
        [
            s => s.UpsertPapersAsync([Record(p1, "a.jsonl", 1, T0, "h1"), Record(p2, "a.jsonl", 2, T0, "h2")], ct),
            s => s.UpsertPapersAsync([Record(p2, "b.jsonl", 5, T0.AddDays(1), "h2"), Record(p3, "b.jsonl", 6, T0.AddDays(1), "h3")], ct),
        ],
        [
            s => s.UpsertEntitiesAsync([Entity($"{w}:alpha", $"{w} Alpha", EntityKind.Method, $"{w} a"), Entity($"{w}:beta", $"{w} Beta", EntityKind.Dataset)], ct),
            s => s.UpsertEntitiesAsync([Entity($"{w}:gamma", $"{w} Gamma", EntityKind.Task, $"{w} g", $"{w} γ")], ct),
            s => s.AddQuarantineAsync([Quarantine($"{w}:q1", T0)], ct),
        ],
        [
            s => s.SaveAnnotationsAsync([new PaperAnnotations(p1.Id, [Mention(p1, $"{w}:alpha", "Alpha"), Mention(p1, $"{w}:beta", "beta")], [$"{w}:alpha"])], ct),
            s => s.SaveAnnotationsAsync([new PaperAnnotations(p2.Id, [Mention(p2, $"{w}:beta", "Beta")], []), new PaperAnnotations(p3.Id, [Mention(p3, $"{w}:alpha", "Alpha"), Mention(p3, $"{w}:gamma", "gamma")], [$"{w}:gamma"])], ct),
        ],
        [
            s => s.ReplaceLinksAsync([p2.Id], [Link(p2.Id, p1.Id, 0.75, $"{w}:beta")], ct),
            s => s.ReplaceLinksAsync([p3.Id], [Link(p3.Id, p1.Id, 0.5, $"{w}:alpha")], ct),
        ]);
    }

    /// <summary>Everything the contract can read about one world, as JSON.</summary>
    private async Task<string> SnapshotAsync(string w)
    {
        string[] paperIds = [$"{w}:p1", $"{w}:p2", $"{w}:p3"];
        string[] entityIds = [$"{w}:alpha", $"{w}:beta", $"{w}:gamma"];
        var papers = await Store.GetPapersAsync(paperIds, Ct);
        var sources = await Store.GetSourcesAsync(paperIds, Ct);
        var snapshot = new
        {
            Papers = paperIds.Select(id => papers[id]).ToList(),
            Sources = paperIds.Select(id => sources[id].OrderBy(s => s.Source, StringComparer.Ordinal).ThenBy(s => s.ContentHash, StringComparer.Ordinal).ToList()).ToList(),
            Entities = Sorted(await Store.GetEntitiesAsync(entityIds, Ct)),
            Aliases = await Store.FindEntitiesByAliasAsync($"{w} g", Ct),
            Mentions = Sorted(await Store.GetMentionsAsync(paperIds, Ct)),
            Introduced = Sorted(await Store.GetIntroducedEntityIdsAsync(paperIds, Ct)),
            Introducing = Sorted(await Store.GetIntroducingPaperIdsAsync(entityIds, Ct)),
            Frequencies = Sorted(await Store.CountPapersMentioningAsync(entityIds, Ct)),
            CoMentions = await Store.GetCoMentionedAsync($"{w}:alpha", 10, Ct),
            Usage = await Store.GetUsageByPeriodAsync($"{w}:beta", PeriodGranularity.Month, Ct),
            Using = (await Store.GetPaperIdsMentioningAsync(new EntityUsageQuery($"{w}:alpha", 10), Ct)).Items.Select(i => i.Node).ToList(),
            Outgoing = Sorted(await Store.GetLinksAsync(paperIds, LinkDirection.Outgoing, Ct)),
            Incoming = Sorted(await Store.GetLinksAsync(paperIds, LinkDirection.Incoming, Ct)),
            Found = (await Store.QueryPapersAsync(new PaperQuery(new PaperFilter { Search = $"{w} state" }, PaperOrder.Relevance, 10), Ct)).Items.Select(i => i.Node.Id).ToList(),
        };
        return JsonSerializer.Serialize(snapshot, SnapshotJson);
    }

    private static List<KeyValuePair<string, T>> Sorted<T>(IReadOnlyDictionary<string, T> map) =>
        map.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToList();

    private static readonly JsonSerializerOptions SnapshotJson = new() { WriteIndented = true };
}
