using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;

namespace PaperGraph.Core.Tests.Linking;

public sealed class BuildsOnLinkerTests
{
    private static readonly Dictionary<string, string> Titles = new()
    {
        ["p:mamba"] = "Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
        ["p:prism-a"] = "PRISM: Probing Reasoning in Small Models",
        ["p:prism-b"] = "PRISM: A Benchmark for Multimodal Retrieval",
        ["p:mamba-listing"] = "Mamba: Linear-time sequence modeling with selective state spaces",
    };

    private static Mention Mention(string paper, string entity) => new(paper, entity, MentionField.Abstract, 0, 5, "Name", 0.9, PaperLinker.Version);

    private static IReadOnlyList<PaperLink> Links(string citing, string entity, params string[] introducers) =>
        BuildsOnLinker.LinksFor(citing, [Mention(citing, entity)], new Dictionary<string, IReadOnlyList<string>> { [entity] = introducers }, Titles, new Dictionary<string, string>());

    [Fact]
    public void LinksFor_OneIntroducer_LinksToIt() =>
        Assert.Equal("p:mamba", Assert.Single(Links("p:user", "e:mamba", "p:mamba")).CitedPaperId);

    [Fact]
    public void LinksFor_DifferentPapersIntroduceTheName_LinksToNone() =>
        Assert.Empty(Links("p:user", "new:prism", "p:prism-a", "p:prism-b"));

    [Fact]
    public void LinksFor_CitingPaperIntroducesTheNameToo_LinksToNone() =>
        Assert.Empty(Links("p:prism-a", "new:prism", "p:prism-a", "p:prism-b"));

    [Fact]
    public void LinksFor_SamePaperListedTwice_LinksToBothListings() =>
        Assert.Equal(["p:mamba", "p:mamba-listing"], Links("p:user", "e:mamba", "p:mamba", "p:mamba-listing").Select(l => l.CitedPaperId).Order(StringComparer.Ordinal));
}
