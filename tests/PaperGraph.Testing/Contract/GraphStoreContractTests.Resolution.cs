using PaperGraph.Core.Graph;
using PaperGraph.Core.Resolution;
using static PaperGraph.Testing.Contract.TestData;

namespace PaperGraph.Testing.Contract;

/// <summary>
/// Issue 12's resolution cases over a real store: the alias index is built from what the store streams and
/// counts (<see cref="AliasIndexCache"/>), so both stores must give the same answers.
/// </summary>
public abstract partial class GraphStoreContractTests
{
    private static readonly Entity[] ResolutionEntities =
    [
        Entity("pwc:mamba", "Mamba", EntityKind.Architecture),
        Entity("pwc-task:mamba", "Mamba", EntityKind.Task),
        Entity("pwc:transformer", "Transformer", EntityKind.Architecture),
        Entity("curated:itransformer", "iTransformer", EntityKind.Architecture),
        Entity("pwc:gpt-4", "GPT-4", EntityKind.Model, "GPT4", "GPT-4V", "GPT-4 Turbo"),
        Entity("curated:llama-3", "Llama 3", EntityKind.Model, "LLaMA-3", "Llama 3.1", "Llama-3.1"),
        Entity("curated:gpt-4o", "GPT-4o", EntityKind.Model, "GPT-4o-mini", "GPT-4o mini"),
        Entity("curated:imagenet", "ImageNet", EntityKind.Dataset, "ImageNet-1K", "ILSVRC"),
        Entity("curated:imagenet-21k", "ImageNet-21k", EntityKind.Dataset),
        Entity("curated:llama-2", "Llama 2", EntityKind.Model, "LLaMA-2", "Llama2"),
        Entity("pwc:resnet", "ResNet", EntityKind.Architecture, "ResNets"),
        Entity("pwc:bert", "BERT", EntityKind.Model),
        Entity("pwc:vision-transformer", "Vision Transformer", EntityKind.Architecture, "ViT"),
    ];

    [Theory]
    [InlineData("Mamba", "pwc:mamba", 1.0, null)]
    [InlineData("Transformer", "pwc:transformer", 1.0, null)]
    [InlineData("GPT-4", "pwc:gpt-4", 1.0, null)]
    [InlineData("Llama 3", "curated:llama-3", 1.0, null)]
    [InlineData("GPT-4o", "curated:gpt-4o", 1.0, null)]
    [InlineData("ImageNet", "curated:imagenet", 1.0, null)]
    [InlineData("ImageNet-1K", "curated:imagenet", 1.0, null)]
    [InlineData("ImageNet-21k", "curated:imagenet-21k", 1.0, null)]
    [InlineData("LLaMA-2-7B", "curated:llama-2", 0.9, "7B")]
    [InlineData("ResNet50", "pwc:resnet", 0.9, "50")]
    [InlineData("bert-base", "pwc:bert", 0.9, "base")]
    [InlineData("ViT-B/16", "pwc:vision-transformer", 0.9, "B/16")]
    public async Task ResolveOverStore_KnownName_OnlyItsEntityIsAMatch(string name, string entityId, double score, string? variant)
    {
        var candidates = await ResolveOverStoreAsync(name);

        Assert.Equal((entityId, score, true, variant), (candidates[0].Entity.Id, candidates[0].Score, candidates[0].Match, candidates[0].Variant));
        Assert.Single(candidates, c => c.Match);
    }

    [Theory]
    [InlineData("GPT-4V", "pwc:gpt-4")]
    [InlineData("Llama 3.1", "curated:llama-3")]
    [InlineData("GPT-4o-mini", "curated:gpt-4o")]
    public async Task ResolveOverStore_VersionListedUnderItsBase_IsNoMatch(string name, string baseId)
    {
        var candidates = await ResolveOverStoreAsync(name);

        Assert.DoesNotContain(candidates, c => c.Match);
        var folded = Assert.Single(candidates, c => c.Entity.Id == baseId);
        Assert.Equal(EntityResolver.VersionScore, folded.Score);
        Assert.Contains(new ResolutionFeature("versionAlias", 1), folded.Features);
    }

    [Fact]
    public async Task ResolveOverStore_UnmentionedTask_IsCappedUntilAPaperMentionsIt()
    {
        var before = await ResolveOverStoreAsync("Mamba");
        var paper = Paper("arxiv:2502.00002", "Mamba as a task", "Mamba.", Date(2025, 2, 2), "2502.00002");
        await Store.UpsertPapersAsync([Record(paper)], Ct);
        await Store.SaveAnnotationsAsync([Mentions(paper, "pwc-task:mamba")], Ct);
        var after = await ResolveAsync("Mamba");

        var task = Assert.Single(before, c => c.Entity.Id == "pwc-task:mamba");
        Assert.Equal((EntityResolver.NoMatchCeiling, false), (task.Score, task.Match));
        Assert.Contains(new ResolutionFeature("unmentioned", 1), task.Features);
        Assert.Equal(["pwc-task:mamba", "pwc:mamba"], after.Where(c => c.Match).Select(c => c.Entity.Id));
    }

    [Fact]
    public async Task AliasIndexCache_OlderThanMaxAge_AnswersAtOnceAndRebuildsBehind_ChangedCountsWait()
    {
        await Store.UpsertEntitiesAsync([Entity("a:1", "Alphaformer")], Ct);
        var clock = new ManualClock();
        using var cache = new AliasIndexCache(Store, clock);
        var first = await cache.GetAsync(Ct);

        clock.Now += AliasIndexCache.MaxAge + TimeSpan.FromSeconds(1);
        var answeredWhileOld = await cache.GetAsync(Ct);
        await cache.PendingRefresh;
        var rebuilt = await cache.GetAsync(Ct);
        var rebuiltAgain = await cache.GetAsync(Ct);
        await Store.UpsertEntitiesAsync([Entity("a:2", "Betaformer")], Ct);
        var afterChange = await cache.GetAsync(Ct);

        Assert.Same(first, answeredWhileOld);
        Assert.NotSame(first, rebuilt);
        Assert.Same(rebuilt, rebuiltAgain);
        Assert.Equal("a:2", EntityResolver.Resolve(afterChange, [new ResolutionInput("Betaformer")], EntityResolver.MaxLimit)[0].Candidates[0].Entity.Id);
    }

    /// <summary>A clock the test moves by hand.</summary>
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>Stores <see cref="ResolutionEntities"/>, one paper mentioning all but the task <c>pwc-task:mamba</c>, and resolves.</summary>
    private async Task<IReadOnlyList<ResolutionCandidate>> ResolveOverStoreAsync(string name)
    {
        await Store.UpsertEntitiesAsync(ResolutionEntities, Ct);
        var paper = Paper("arxiv:2502.00001", "Names", "Mamba, Transformers and others, all mentioned once here.", Date(2025, 2, 1), "2502.00001");
        await Store.UpsertPapersAsync([Record(paper)], Ct);
        await Store.SaveAnnotationsAsync([Mentions(paper, [.. ResolutionEntities.Select(e => e.Id).Where(id => id != "pwc-task:mamba")])], Ct);
        return await ResolveAsync(name);
    }

    private async Task<IReadOnlyList<ResolutionCandidate>> ResolveAsync(string name)
    {
        using var cache = new AliasIndexCache(Store, TimeProvider.System);
        var index = await cache.GetAsync(Ct);
        return EntityResolver.Resolve(index, [new ResolutionInput(name)], EntityResolver.MaxLimit)[0].Candidates;
    }
}
