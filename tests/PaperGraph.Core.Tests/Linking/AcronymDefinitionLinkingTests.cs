using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Tests.Linking;

/// <summary>A paper's "long form (ACRONYM)" for a catalog acronym: the acronym keeps its entity when the catalog spells the long form, loosely.</summary>
public sealed class AcronymDefinitionLinkingTests(LinkingFixture fixture) : IClassFixture<LinkingFixture>
{
    private string[] Link(string text) =>
        fixture.Linker.Link(new Paper { Id = "test:1", Title = "A study", Abstract = text }, fixture.Dictionary).Annotations.Mentions
            .Select(m => $"{m.Surface}={m.EntityId}").ToArray();

    [Fact]
    public void Link_LongFormSpelledWithOtherWordEndings_KeepsTheCatalogAcronym()
    {
        Assert.Equal(
            ["retrieval augmented generation=pwc:rag", "RAG=pwc:rag", "RAG=pwc:rag"],
            Link("The system integrates retrieval augmented generation (RAG) into a container; RAG helps."));
        Assert.Equal(
            ["Labeled Face in the Wild=curated:lfw", "LFW=curated:lfw"],
            Link("A match rate of 96 percent on the Labeled Face in the Wild (LFW) dataset."));
    }

    [Fact]
    public void Link_AcronymSpelledOutAsAnotherThing_IsNotTheCatalogEntity()
    {
        Assert.DoesNotContain(Link("A Gated Associative Memory (GAM) layer. GAM helps."), m => m.StartsWith("GAM=", StringComparison.Ordinal));
    }
}
