using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Tests.Linking;

/// <summary>What keeps introduced names precise at scale: concepts are not coined names, and another paper's acronym is not one paper's entity.</summary>
public sealed class IntroducedNamePrecisionTests(LinkingFixture fixture) : IClassFixture<LinkingFixture>
{
    private Core.Linking.LinkResult Link(string id, string title, string text) =>
        fixture.Linker.Link(new Paper { Id = id, Title = title, Abstract = text }, fixture.Dictionary);

    /// <summary>Another paper's introduced method: its name is the first alias.</summary>
    private static Entity Introduced(string id, params string[] aliases) => new()
    {
        Id = id,
        Name = aliases[0],
        Kind = EntityKind.Method,
        Aliases = aliases,
        Description = "Introduced by another test paper.",
        Source = "introduced",
    };

    [Theory]
    [InlineData("We propose Reinforcement Learning with Mixed Rewards for alignment.")]
    [InlineData("We introduce Reasoning traces into the planner.")]
    [InlineData("In this paper, we propose 3D scene analogies for robots.")]
    [InlineData("We propose a Multimodal Large Language Model (MLLM) for charts.")]
    public void Link_ConceptAfterCue_IntroducesNothing(string text) =>
        Assert.Empty(Link("test:concept", "A study", text).NewEntities);

    [Fact]
    public void WithIntroduced_ShortAcronymOfANewName_IsNotMatchedInOtherPapers()
    {
        var introducer = Link("test:gsr", "Spectra", "We propose Gradient Spectrum Regularization (GSR), a regulariser for attention maps.");
        var entity = Assert.Single(introducer.NewEntities);
        Assert.Contains("GSR", entity.Aliases);
        var dictionary = fixture.Dictionary.WithIntroduced(introducer.NewEntities);

        var other = fixture.Linker.Link(new Paper { Id = "test:speech", Title = "Speech", Abstract = "GSR sensors and Gradient Spectrum Regularization." }, dictionary);

        Assert.Equal(["Gradient Spectrum Regularization"], other.Annotations.Mentions.Where(m => m.EntityId == entity.Id).Select(m => m.Surface));
    }

    [Fact]
    public void WithIntroduced_AcronymAnotherPaperSpellsOutOtherwise_IsNotTheIntroducedEntity()
    {
        // An introduced entity named by its acronym, as the full corpus has ("AS", Attention-Shifting).
        var introduced = Introduced("new:as-test", "AS", "Attention-Shifting");
        var dictionary = fixture.Dictionary.WithIntroduced([introduced]);

        var own = fixture.Linker.Link(new Paper { Id = "test:scoring", Title = "Scoring essays", Abstract = "Automated scoring (AS) systems rate essays. We improve AS with features." }, dictionary);
        var same = fixture.Linker.Link(new Paper { Id = "test:unlearning", Title = "Unlearning", Abstract = "We build on Attention-Shifting (AS) and extend AS to vision." }, dictionary);

        Assert.DoesNotContain(own.Annotations.Mentions, m => m.EntityId == introduced.Id);
        Assert.Equal(["Attention-Shifting", "AS", "AS"], same.Annotations.Mentions.Where(m => m.EntityId == introduced.Id).Select(m => m.Surface));
    }

    [Fact]
    public void WithIntroduced_OnlyAStopWordFormInAnotherPaper_IsNotTheIntroducedEntity()
    {
        // "AS" is a stop word to search, so relinking never finds a paper by it: a paper with no other form of the
        // entity must not get it, or a linking ingest and a full relink would disagree.
        var introduced = Introduced("new:as-search", "AS", "Attention-Shifting");
        var dictionary = fixture.Dictionary.WithIntroduced([introduced]);

        var alone = fixture.Linker.Link(new Paper { Id = "test:alone", Title = "AS for unlearning", Abstract = "We extend AS to vision models." }, dictionary);
        var withLongForm = fixture.Linker.Link(new Paper { Id = "test:long", Title = "AS for unlearning", Abstract = "We extend Attention-Shifting to vision models." }, dictionary);

        Assert.DoesNotContain(alone.Annotations.Mentions, m => m.EntityId == introduced.Id);
        Assert.Equal(["AS", "Attention-Shifting"], withLongForm.Annotations.Mentions.Where(m => m.EntityId == introduced.Id).Select(m => m.Surface));
    }

    [Fact]
    public void Link_NameThatExtendsAnotherPapersIntroducedName_IntroducesWhatTheCatalogAloneWould()
    {
        // What a paper introduces depends on the paper and the catalog only: a relink decides it with the catalog alone,
        // a linking ingest has the names of the papers before it.
        var other = Introduced("new:quokkaseg", "QuokkaSeg");
        var paper = new Paper { Id = "test:quokkaseg-1m", Title = "QuokkaSeg-1M: A Large-Scale Segmentation Dataset", Abstract = "We introduce QuokkaSeg-1M, a dataset of one million masks." };

        var withOthers = fixture.Linker.Link(paper, fixture.Dictionary.WithIntroduced([other]));
        var catalogAlone = fixture.Linker.Link(paper, fixture.Dictionary);

        Assert.Contains("QuokkaSeg-1M", withOthers.NewEntities.Select(e => e.Name));
        Assert.Equal(catalogAlone.NewEntities.Select(e => (e.Id, e.Kind, string.Join('|', e.Aliases))), withOthers.NewEntities.Select(e => (e.Id, e.Kind, string.Join('|', e.Aliases))));
        Assert.Equal(catalogAlone.Annotations.IntroducedEntityIds, withOthers.Annotations.IntroducedEntityIds);
    }
}
