using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Resolution;

namespace PaperGraph.Core.Tests.Resolution;

/// <summary>
/// The resolution cases of issue 12 over the shipped catalog, with every entity mentioned by one paper except
/// the PwC task rows (as on the full corpus, where no paper mentions those 4,409 tasks).
/// </summary>
public sealed class ResolutionCaseTests
{
    private static readonly IReadOnlyList<Entity> Catalog = [.. EntityCatalog.LoadEmbedded().Entities];

    private static readonly AliasIndex Index = new(Catalog, Catalog.Where(e => e.Source != "pwc-tasks").ToDictionary(e => e.Id, _ => 1L));

    [Fact]
    public void Resolve_Mamba_MentionedArchitectureWinsOverUnmentionedTask()
    {
        var candidates = Resolve(Index, "Mamba");

        Assert.Equal("pwc:mamba", candidates[0].Entity.Id);
        Assert.True(candidates[0].Match);
        var task = Assert.Single(candidates, c => c.Entity.Id == "pwc-task:mamba");
        Assert.False(task.Match);
        Assert.Equal(EntityResolver.NoMatchCeiling, task.Score);
        Assert.Contains(new ResolutionFeature("unmentioned", 1), task.Features);
    }

    [Fact]
    public void Resolve_Mamba_WithoutMentions_BothAreExactAndTheTaskIsNotCapped()
    {
        var candidates = Resolve(new AliasIndex(Catalog), "Mamba");

        Assert.All(candidates.Where(c => c.Entity.Name == "Mamba"), c => Assert.Equal(1.0, c.Score));
        Assert.DoesNotContain(candidates, c => c.Features.Any(f => f.Name == "unmentioned"));
    }

    [Fact]
    public void Resolve_Transformer_IsTransformerAndITransformerIsNoMatch()
    {
        var candidates = Resolve(Index, "Transformer");

        Assert.Equal("pwc:transformer", candidates[0].Entity.Id);
        var inverted = Assert.Single(candidates, c => c.Entity.Id == "curated:itransformer");
        Assert.False(inverted.Match);
        Assert.True(inverted.Score < EntityResolver.MatchThreshold);
        Assert.Contains(new ResolutionFeature("containsName", 1), inverted.Features);
    }

    [Theory]
    [InlineData("GPT-4V", "pwc:gpt-4")]
    [InlineData("Llama 3.1", "curated:llama-3")]
    [InlineData("GPT-4o-mini", "curated:gpt-4o")]
    [InlineData("ImageNet-21k", "curated:imagenet")]
    public void Resolve_VersionOfACatalogedName_NeverMatchesTheBase(string name, string baseId)
    {
        var candidates = Resolve(Index, name);

        Assert.DoesNotContain(candidates, c => c.Match);
        Assert.DoesNotContain(candidates, c => c.Entity.Id == baseId && c.Score >= EntityResolver.MatchThreshold);
    }

    [Theory]
    [InlineData("GPT-4", "pwc:gpt-4", "GPT-4V")]
    [InlineData("Llama 3", "curated:llama-3", "Llama 3.1")]
    [InlineData("GPT-4o", "curated:gpt-4o", "GPT-4o-mini")]
    [InlineData("ImageNet", "curated:imagenet", "ImageNet-21k")]
    public void Resolve_VersionPair_EachNameMatchesOnlyItsOwnEntity(string baseName, string baseId, string versionName)
    {
        var versioned = new Entity { Id = "test:versioned", Name = versionName, Kind = EntityKind.Model, Source = "curated" };
        var entities = Catalog.Append(versioned).ToList();
        var index = new AliasIndex(entities, entities.Where(e => e.Source != "pwc-tasks").ToDictionary(e => e.Id, _ => 1L));

        var forBase = Resolve(index, baseName);
        var forVersion = Resolve(index, versionName);

        Assert.Equal(baseId, forBase[0].Entity.Id);
        Assert.DoesNotContain(forBase, c => c.Entity.Id == versioned.Id && c.Match);
        Assert.Equal(versioned.Id, forVersion[0].Entity.Id);
        Assert.True(forVersion[0].Match);
        Assert.DoesNotContain(forVersion, c => c.Entity.Id == baseId && c.Match);
    }

    [Theory]
    [InlineData("LLaMA-2-7B", "curated:llama-2", "7B")]
    [InlineData("ResNet50", "pwc:resnet", "50")]
    [InlineData("bert-base", "pwc:bert", "base")]
    [InlineData("ViT-B/16", "pwc:vision-transformer", "B/16")]
    [InlineData("LLaMA-2-70B-chat", "curated:llama-2", "70B-chat")]
    [InlineData("ViT-L", "pwc:vision-transformer", "L")]
    [InlineData("bert-large-uncased", "pwc:bert", "large-uncased")]
    [InlineData("ResNet-101", "pwc:resnet", "101")]
    public void Resolve_VariantName_ResolvesToItsBaseWithTheVariant(string name, string baseId, string variant)
    {
        var candidates = Resolve(Index, name);

        Assert.Equal(baseId, candidates[0].Entity.Id);
        Assert.True(candidates[0].Match);
        Assert.Equal(variant, candidates[0].Variant);
        Assert.Contains(new ResolutionFeature("variant", 1), candidates[0].Features);
    }

    [Fact]
    public void Resolve_VariantOfAVersion_IsStillNoMatchForTheBase()
    {
        var candidate = Assert.Single(Resolve(Index, "Llama-3.1-8B"), c => c.Entity.Id == "curated:llama-3");

        Assert.Equal((0.63, false, "8B"), (candidate.Score, candidate.Match, candidate.Variant));
    }

    [Theory]
    [InlineData("GPT-4V")]
    [InlineData("Llama 3.1")]
    [InlineData("GPT-4o-mini")]
    [InlineData("ImageNet-21k")]
    [InlineData("COCO 2017")]
    [InlineData("Transformer")]
    public void Splits_VersionOrPlainName_SplitsNothingOff(string name) => Assert.Empty(VariantSuffix.Splits(name));

    [Fact]
    public void Resolve_VariantThatIsItsOwnEntity_ThatEntityWins()
    {
        var large = new Entity { Id = "test:bert-large", Name = "BERT-Large", Kind = EntityKind.Model, Source = "curated" };
        var index = new AliasIndex(Catalog.Append(large));

        var candidates = Resolve(index, "BERT-Large");

        Assert.Equal(large.Id, candidates[0].Entity.Id);
        Assert.Null(candidates[0].Variant);
        Assert.DoesNotContain(candidates, c => c.Entity.Id == "pwc:bert");
    }

    [Theory]
    [InlineData("CIFAR-100")]
    [InlineData("LAION-400M")]
    public void Resolve_DatasetWithANumber_IsNeverAVariantOfAnotherDataset(string name)
    {
        var candidates = Resolve(Index, name);

        Assert.DoesNotContain(candidates, c => c.Variant is not null);
    }

    private static IReadOnlyList<ResolutionCandidate> Resolve(AliasIndex index, string name) =>
        EntityResolver.Resolve(index, [new ResolutionInput(name)], EntityResolver.MaxLimit).Single().Candidates;
}
