using PaperGraph.Core.Graph;
using PaperGraph.Core.Resolution;

namespace PaperGraph.Core.Tests.Resolution;

public sealed class EntityResolverTests
{
    private static readonly AliasIndex Index = new(
    [
        new Entity { Id = "pwc:flashattention", Name = "FlashAttention", Kind = EntityKind.Method, Source = "pwc-methods", Description = "IO-aware exact attention" },
        new Entity { Id = "pwc:flashattention-2", Name = "FlashAttention-2", Kind = EntityKind.Method, Source = "pwc-methods" },
        new Entity { Id = "curated:lra", Name = "Long Range Arena", Kind = EntityKind.Dataset, Aliases = ["LRA"], Source = "curated", Description = "benchmark for long sequences" },
        new Entity { Id = "curated:mamba", Name = "Mamba", Kind = EntityKind.Architecture, Source = "curated", Description = "selective state space model" },
        new Entity { Id = "curated:transformer", Name = "Transformer", Kind = EntityKind.Architecture, Source = "curated" },
    ]);

    [Theory]
    [InlineData("FlashAttention 2", "pwc:flashattention-2", 0.95)]
    [InlineData("flashattention-2", "pwc:flashattention-2", 1.0)]
    [InlineData("FlashAttention", "pwc:flashattention", 1.0)]
    [InlineData("lra", "curated:lra", 1.0)]
    [InlineData("Long-Range Arena", "curated:lra", 0.95)]
    [InlineData("Transfromer", "curated:transformer", 0.8182)] // one adjacent swap in 11 letters: 0.9 × (1 − 1/11)
    [InlineData("Bamba", "curated:mamba", 0.72)] // one substitution in 5 letters: 0.9 × 0.8, below the match threshold
    [InlineData("Flash Atention", "pwc:flashattention", 0.8357)]
    public void Resolve_KnownName_TopCandidateIsTheEntity(string name, string entityId, double score)
    {
        var result = EntityResolver.Resolve(Index, [new ResolutionInput(name)], 5).Single();

        Assert.Null(result.UnresolvedReason);
        Assert.Equal(entityId, result.Candidates[0].Entity.Id);
        Assert.Equal(score, result.Candidates[0].Score, 4);
        Assert.Equal(score >= EntityResolver.MatchThreshold, result.Candidates[0].Match);
    }

    [Fact]
    public void Resolve_VersionedName_NeverFallsBackToUnversionedEntity()
    {
        var result = EntityResolver.Resolve(Index, [new ResolutionInput("FlashAttention 2"), new ResolutionInput("FlashAttention 3")], 5);

        Assert.DoesNotContain(result[0].Candidates, c => c.Entity.Id == "pwc:flashattention");
        Assert.Empty(result[1].Candidates);
        Assert.StartsWith("no-candidate", result[1].UnresolvedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_KindHintAndContext_AreFeaturesThatMoveTheScore()
    {
        var plain = EntityResolver.Resolve(Index, [new ResolutionInput("Mamba")], 5).Single().Candidates[0];
        var wrongKind = EntityResolver.Resolve(Index, [new ResolutionInput("Mamba", EntityKind.Dataset)], 5).Single().Candidates[0];
        var context = EntityResolver.Resolve(Index, [new ResolutionInput("Mambo", null, "a selective state space model")], 5).Single().Candidates[0];

        Assert.Equal(1.0, plain.Score);
        Assert.Equal(0.85, wrongKind.Score, 4);
        Assert.Contains(new ResolutionFeature("kindAgrees", 0), wrongKind.Features);
        Assert.Contains(new ResolutionFeature("contextOverlap", 1), context.Features);
    }

    [Fact]
    public void Resolve_Batch_KeepsInputOrderAndIsDeterministic()
    {
        ResolutionInput[] inputs = [new("zzzz unknown"), new("LRA"), new(""), new("mamba")];

        var first = EntityResolver.Resolve(Index, inputs, 3);
        var second = EntityResolver.Resolve(Index, inputs, 3);

        Assert.Equal(inputs, first.Select(r => r.Input));
        Assert.Equal(first.Select(r => string.Join(',', r.Candidates.Select(c => c.Entity.Id + c.Score))), second.Select(r => string.Join(',', r.Candidates.Select(c => c.Entity.Id + c.Score))));
        Assert.NotNull(first[0].UnresolvedReason);
        Assert.StartsWith("empty-name", first[2].UnresolvedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_TooManyInputs_Throws()
    {
        var inputs = Enumerable.Range(0, EntityResolver.MaxInputs + 1).Select(i => new ResolutionInput("x" + i)).ToList();

        Assert.Throws<ArgumentOutOfRangeException>(() => EntityResolver.Resolve(Index, inputs, 1));
    }
}
