using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;

namespace PaperGraph.Core.Tests.Linking.Novelty;

/// <summary>
/// A word abstracts write in lower case ("trace", "mosaic") written in capitals is an acronym the paper made of it,
/// introduced like any other name; but only by the paper's own cue, and matched in no other paper, where the same word
/// is most often somebody else's thing.
/// </summary>
public sealed class CapitalsAcronymTests(LinkingFixture fixture) : IClassFixture<LinkingFixture>
{
    [Theory]
    [InlineData("LOCUS: Local Visual Cue Search for Fine-Grained Perception", "We study fine-grained perception. LOCUS searches local cues.", "LOCUS")]
    [InlineData("Out-of-Distribution Detection by Guided Sampling", "To address this, we propose GOOD, a framework that guides diffusion sampling.", "GOOD")]
    [InlineData("Compressing Agent Trajectories", "We propose Trajectory Risk-Aware Compression (TRACE). TRACE uses a compressor.", "TRACE")]
    public void Link_AcronymInCapitalsOfACommonWord_IsIntroduced(string title, string text, string name)
    {
        var result = Link(title, text);
        Assert.Contains(result.NewEntities, e => e.Name == name || e.Aliases.Contains(name));
        Assert.Contains(result.Annotations.Mentions, m => m.Surface == name && m.EntityId.StartsWith("new:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("We apply RL to a popular data science benchmark called BIRD that measures text-to-SQL skill.")]
    [InlineData("We propose Mosaic, a tiling of the plane.")]
    public void Link_CommonWordNamedOnlyOrNotInCapitals_IsNotIntroduced(string text) =>
        Assert.Empty(Link("A study of things", text).NewEntities);

    [Fact]
    public void Link_AnotherPaperWritingTheAcronym_DoesNotMentionTheIntroducedEntity()
    {
        var introducer = Link("PROMISE: Prompt-Attentive Contrastive Learning", "We propose PROMISE, a contrastive method.");
        var dictionary = fixture.Dictionary.WithIntroduced(introducer.NewEntities);
        var other = fixture.Linker.Link(new Paper { Id = "test:2", Title = "Prostate segmentation", Abstract = "Experiments were run on PROMISE prostate MRI." }, dictionary);
        Assert.DoesNotContain(other.Annotations.Mentions, m => m.EntityId == introducer.NewEntities[0].Id);
    }

    private LinkResult Link(string title, string text) =>
        fixture.Linker.Link(new Paper { Id = "test:1", Title = title, Abstract = text }, fixture.Dictionary);
}
