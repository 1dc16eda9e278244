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

    [Theory]
    [InlineData("By measuring each cluster in terms of conditional mutual information (CMI), a new training method called CMI minimized (CMIM) is proposed.", "CMI")]
    [InlineData("This paper proposes a novel fluid antenna system (FAS)-enabled receiver. We propose FAS for cell-free MIMO.", "FAS")]
    public void Link_ShortFormTheAbstractDefinesAsAnEstablishedTerm_IsNotIntroduced(string text, string shortForm)
    {
        var result = Link("test:established", "A study", text);

        Assert.DoesNotContain(result.NewEntities, e => e.Aliases.Contains(shortForm));
    }

    [Theory]
    // The detector gives "Reward Model" and "Correction" as the long forms: no word for each capital.
    [InlineData("Residual Reward Models for Preference Learning", "In this paper, we propose a method that leverages prior knowledge with a Residual Reward Model (RRM).", "RRM")]
    [InlineData("Chain of Correction for Speech Recognition", "To mitigate these challenges, this paper proposes the Chain of Correction (CoC) for full-text error correction.", "CoC")]
    // A short form with a digit is coined, whatever the detector takes for its long form.
    [InlineData("Robust Domain Generalization", "To tackle these issues, we introduce Anchor Alignment and Adaptive Weighting (A3W).", "A3W")]
    // A title naming the short form ("GCPO: …") claims it.
    [InlineData("GCPO: When Contrast Fails, Go Gold", "In this paper, we introduce Group Contrastive Policy Optimization (GCPO), a method for reasoning.", "GCPO")]
    public void Link_ShortFormOfACoinedName_IsStillIntroduced(string title, string text, string shortForm)
    {
        var result = Link("test:coined", title, text);

        Assert.Contains(result.NewEntities, e => e.Name == shortForm || e.Aliases.Contains(shortForm));
    }

    [Theory]
    [InlineData("A Polynomial-Decay Whale Optimization Algorithm for UAV Relays", "Relays are placed by search.")]
    [InlineData("Relay placement", "We improve the Whale Optimization Algorithm and the Whale Prime variant.")]
    public void WithIntroduced_NameACapitalisedWordGoesOnWith_IsNotTheIntroducedEntity(string title, string text)
    {
        var introduced = Introduced("new:whale-test", "Whale");
        var dictionary = fixture.Dictionary.WithIntroduced([introduced]);

        var result = fixture.Linker.Link(new Paper { Id = "test:woa", Title = title, Abstract = text }, dictionary);

        Assert.DoesNotContain(result.Annotations.Mentions, m => m.EntityId == introduced.Id);
    }

    [Theory]
    [InlineData("Sonar Models", "We evaluate Whale on two sets, and Whale In Depth.", 2)]
    [InlineData("Sonar", "We build on Whale and call the Whale API, comparing Whale FOV crops with the Whale Framework.", 4)]
    [InlineData("A Controlled Whale Study", "Whale.", 2)]
    public void WithIntroduced_NameEndedByAFunctionWordANounOrCapitals_IsTheIntroducedEntity(string title, string text, int expected)
    {
        var introduced = Introduced("new:whale-test", "Whale");
        var dictionary = fixture.Dictionary.WithIntroduced([introduced]);

        var result = fixture.Linker.Link(new Paper { Id = "test:whale-user", Title = title, Abstract = text }, dictionary);

        Assert.Equal(expected, result.Annotations.Mentions.Count(m => m.EntityId == introduced.Id));
    }

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
