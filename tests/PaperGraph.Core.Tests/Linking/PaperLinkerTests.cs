using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Tests.Linking;

public sealed class PaperLinkerTests(LinkingFixture fixture) : IClassFixture<LinkingFixture>
{
    private IReadOnlyList<Mention> Link(string title, string text) =>
        fixture.Linker.Link(new Paper { Id = "test:1", Title = title, Abstract = text }, fixture.Dictionary).Annotations.Mentions;

    private static string[] Pairs(IEnumerable<Mention> mentions) => mentions.Select(m => $"{m.Surface}={m.EntityId}").ToArray();

    [Fact]
    public void Link_S4AndS4D_AreDistinctEntities()
    {
        var mentions = Link("A study", "We compare S4 with S4D and find S4D faster.");
        Assert.Equal(["S4=curated:s4", "S4D=curated:s4d", "S4D=curated:s4d"], Pairs(mentions));
    }

    [Fact]
    public void Link_MambaVariants_AreNotMamba()
    {
        var mentions = Link("Probing", "MambaLRP and Mamba-ND extend Mamba; U-Mamba too, and Mamba-based models abound.");
        Assert.Equal(["MambaLRP=curated:mambalrp", "Mamba-ND=curated:mamba-nd", "Mamba=pwc:mamba", "Mamba=pwc:mamba"], Pairs(mentions));
    }

    [Fact]
    public void Link_FlashAttentionVersions_AreDistinct()
    {
        var mentions = Link("Kernels", "FlashAttention, FlashAttention-2, FlashAttention 2 and FlashAttention2 differ.");
        Assert.Equal(
            ["FlashAttention=pwc:flashattention", "FlashAttention-2=curated:flashattention-2", "FlashAttention 2=curated:flashattention-2", "FlashAttention2=curated:flashattention-2"],
            Pairs(mentions));
    }

    [Fact]
    public void Link_LongRangeArenaAndLra_AreOneEntity()
    {
        var mentions = Link("Benchmarks", "We evaluate on the Long Range Arena (LRA). LRA tasks are long.");
        Assert.All(mentions, m => Assert.Equal("curated:lra", m.EntityId));
        Assert.Equal(["Long Range Arena", "LRA", "LRA"], mentions.Select(m => m.Surface));
    }

    [Fact]
    public void Link_S4DefinedInsideLongForm_LinksS4()
    {
        var mentions = Link("SSMs", "Structured State Space sequence (S4) models have achieved strong results.");
        Assert.Contains(mentions, m => m.Surface == "S4" && m.EntityId == "curated:s4");
        Assert.Contains(mentions, m => m.Surface == "Structured State Space sequence" && m.EntityId == "curated:s4");
    }

    [Fact]
    public void Link_AcronymDefinedByLongForm_TiesLongFormToEntity()
    {
        var mentions = Link("Rec", "Bidirectional Encoder Representations from Transformer (BERT4Rec) models sequences.");
        Assert.Equal(["Bidirectional Encoder Representations from Transformer=curated:bert4rec", "BERT4Rec=curated:bert4rec"], Pairs(mentions));
    }

    [Fact]
    public void Link_GenericWords_AreNotMentions()
    {
        var mentions = Link("Memory and attention", "We use attention, dropout, softmax and memory in a transformer-like model.");
        Assert.Empty(mentions);
    }

    [Fact]
    public void Link_ProposedName_BecomesNewEntityIntroducedByPaper()
    {
        var result = fixture.Linker.Link(new Paper { Id = "p", Title = "KeyFace: Facial Animation", Abstract = "We propose KeyFace, a novel two-stage diffusion framework. KeyFace wins." }, fixture.Dictionary);
        var entity = Assert.Single(result.NewEntities);
        Assert.Equal("new:keyface", entity.Id);
        Assert.Equal(["new:keyface"], result.Annotations.IntroducedEntityIds);
        Assert.Equal(3, result.Annotations.Mentions.Count(m => m.EntityId == "new:keyface"));
    }

    [Fact]
    public void Link_CatalogIntroducerPaper_IntroducesCatalogEntity()
    {
        var result = fixture.Linker.Link(new Paper { Id = "p", Title = "Mamba: Linear-Time Sequence Modeling with Selective State Spaces", Abstract = "We present Mamba." }, fixture.Dictionary);
        Assert.Contains("pwc:mamba", result.Annotations.IntroducedEntityIds);
        Assert.Empty(result.NewEntities);
    }

    [Fact]
    public async Task Link_SampleCorpus_EverySurfaceEqualsItsSpan()
    {
        var papers = await SamplePapers.ReadAsync(TestContext.Current.CancellationToken);
        Assert.True(papers.Count > 300);
        foreach (var paper in papers)
        {
            foreach (var m in fixture.Linker.Link(paper, fixture.Dictionary).Annotations.Mentions)
            {
                var field = m.Field == MentionField.Title ? paper.Title : paper.Abstract;
                Assert.Equal(field[m.Start..m.End], m.Surface);
                Assert.InRange(m.Score, 0, 1);
            }
        }
    }
}
