using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;
using static PaperGraph.Testing.Contract.TestData;

namespace PaperGraph.Testing.Contract;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task UpsertEntities_NewAndChanged_StoresTheLatestOfEveryField()
    {
        var flash = Entity("pwc:flashattention", "FlashAttention", EntityKind.Method, "Flash Attention", "FlashAttn") with
        {
            Description = "IO-aware exact attention.",
            IntroducedBy = new IntroducingPaper("FlashAttention: Fast and Memory-Efficient Exact Attention", "2205.14135", 2022),
            Source = "pwc-methods",
        };
        var squad = Entity("hf:squad", "SQuAD", EntityKind.Dataset);
        await Store.UpsertEntitiesAsync([flash, squad], Ct);
        var renamed = flash with { Name = "FlashAttention-2", Aliases = ["FA2"], IntroducedBy = null, Description = null };

        await Store.UpsertEntitiesAsync([renamed], Ct);

        var stored = await Store.GetEntitiesAsync([flash.Id, squad.Id, "pwc:missing"], Ct);
        Assert.Equal(2, stored.Count);
        AssertSameEntity(renamed, stored[flash.Id]);
        AssertSameEntity(squad, stored[squad.Id]);
        Assert.Empty(await Store.FindEntitiesByAliasAsync("flash attention", Ct));
        Assert.Equal([flash.Id], (await Store.FindEntitiesByAliasAsync("fa2", Ct)).Select(e => e.Id));
        Assert.Equal(2, (await Store.GetStatsAsync(Ct)).Entities);
    }

    [Fact]
    public async Task UpsertEntities_WithIntroducer_RoundTripsIt()
    {
        var entity = Entity("pwc:s4", "S4", EntityKind.Architecture, "Structured State Space") with
        {
            Description = "Structured state spaces.",
            IntroducedBy = new IntroducingPaper("Efficiently Modeling Long Sequences with Structured State Spaces", null, 2021),
            Source = "pwc-methods",
        };

        await Store.UpsertEntitiesAsync([entity], Ct);

        AssertSameEntity(entity, (await Store.GetEntitiesAsync([entity.Id], Ct))[entity.Id]);
    }

    private static void AssertSameEntity(Entity expected, Entity actual)
    {
        Assert.Equal(
            (expected.Id, expected.Name, expected.Kind, expected.Description, expected.IntroducedBy, expected.Source),
            (actual.Id, actual.Name, actual.Kind, actual.Description, actual.IntroducedBy, actual.Source));
        Assert.Equal(expected.Aliases, actual.Aliases);
    }

    [Fact]
    public async Task FindEntitiesByAlias_AnyCase_MatchesNamesAndAliasesOrderedById()
    {
        await Store.UpsertEntitiesAsync(
        [
            Entity("pwc:z-bert", "BERT", EntityKind.Model),
            Entity("hf:bert-base", "bert-base-uncased", EntityKind.Model, "Bert"),
            Entity("pwc:roberta", "RoBERTa", EntityKind.Model, "robustly optimized bert"),
        ], Ct);

        var byName = await Store.FindEntitiesByAliasAsync("bErT", Ct);
        var byAlias = await Store.FindEntitiesByAliasAsync("ROBUSTLY OPTIMIZED BERT", Ct);
        var none = await Store.FindEntitiesByAliasAsync("ber", Ct);

        Assert.Equal(["hf:bert-base", "pwc:z-bert"], byName.Select(e => e.Id));
        Assert.Equal(["pwc:roberta"], byAlias.Select(e => e.Id));
        Assert.Empty(none);
    }

    [Fact]
    public async Task QueryEntities_PagingWithFilters_OrdersByNameThenId()
    {
        var entities = new List<Entity>
        {
            Entity("e:07", "Adam", EntityKind.Method),
            Entity("e:03", "Adam", EntityKind.Method),
            Entity("e:01", "AdamW", EntityKind.Method, "Decoupled Weight Decay"),
            Entity("e:05", "Dropout", EntityKind.Method, "adaptive dropout"),
            Entity("e:02", "ImageNet", EntityKind.Dataset),
            Entity("e:06", "LayerNorm", EntityKind.Method),
            Entity("e:04", "ResNet", EntityKind.Architecture),
        };
        await Store.UpsertEntitiesAsync(entities, Ct);

        async Task<List<string>> PageAllAsync(EntityQuery query)
        {
            var ids = new List<string>();
            string? after = null;
            for (var i = 0; i < 100; i++)
            {
                var page = await Store.QueryEntitiesAsync(query with { After = after }, Ct);
                Assert.True(page.Items.Count <= query.First);
                ids.AddRange(page.Items.Select(e => e.Node.Id));
                if (!page.HasNextPage)
                {
                    return ids;
                }

                after = page.EndCursor;
            }

            throw new InvalidOperationException("Paging did not end.");
        }

        Assert.Equal(["e:03", "e:07", "e:01", "e:05", "e:02", "e:06", "e:04"], await PageAllAsync(new EntityQuery(null, null, 2)));
        Assert.Equal(["e:03", "e:07", "e:01", "e:05", "e:06"], await PageAllAsync(new EntityQuery(null, EntityKind.Method, 2)));
        Assert.Equal(["e:03", "e:07", "e:01", "e:05"], await PageAllAsync(new EntityQuery("ad", null, 3)));
        Assert.Equal(["e:01"], await PageAllAsync(new EntityQuery("decoupled w", null, 3)));
        Assert.Equal(["e:02"], await PageAllAsync(new EntityQuery("Im", EntityKind.Dataset, 1)));
        Assert.Empty(await PageAllAsync(new EntityQuery("Im", EntityKind.Method, 1)));
    }

    [Fact]
    public async Task QueryEntities_PrefixOfSeveralAliasesOfOneEntity_ListsItOnceInNameOrderBothWays()
    {
        await Store.UpsertEntitiesAsync(
        [
            Entity("p:1", "Adam", EntityKind.Method, "adam optimizer", "adaptive moment estimation"),
            Entity("p:2", "Adagrad", EntityKind.Method),
            Entity("p:3", "Dropout", EntityKind.Method, "adaptive dropout"),
            Entity("p:4", "Adapter", EntityKind.Architecture),
            Entity("p:5", "Batch Norm", EntityKind.Method),
        ], Ct);

        var forward = await Store.QueryEntitiesAsync(new EntityQuery("ADA", EntityKind.Method, 10), Ct);
        var lastTwo = await Store.QueryEntitiesAsync(new EntityQuery("ada", EntityKind.Method, 2) { Backward = true }, Ct);
        var before = await Store.QueryEntitiesAsync(new EntityQuery("ada", EntityKind.Method, 2, lastTwo.Items[0].Cursor) { Backward = true }, Ct);

        Assert.Equal(["p:2", "p:1", "p:3"], forward.Items.Select(i => i.Node.Id));
        Assert.False(forward.HasNextPage);
        Assert.Equal(["p:1", "p:3"], lastTwo.Items.Select(i => i.Node.Id));
        Assert.Equal(["p:2"], before.Items.Select(i => i.Node.Id));
    }

    [Fact]
    public async Task StreamEntities_ManyEntities_YieldsEveryEntityInIdOrder()
    {
        var ids = Enumerable.Range(0, 41).Select(i => $"e:{(i * 7) % 41:D2}").ToList();
        await Store.UpsertEntitiesAsync(ids.Select(id => Entity(id, "Name " + id, EntityKind.Task, "alias " + id)).ToList(), Ct);

        var streamed = new List<Entity>();
        await foreach (var entity in Store.StreamEntitiesAsync(Ct))
        {
            streamed.Add(entity);
        }

        Assert.Equal(ids.Order(StringComparer.Ordinal), streamed.Select(e => e.Id));
        Assert.All(streamed, e => Assert.Equal(["alias " + e.Id], e.Aliases));
    }
}
