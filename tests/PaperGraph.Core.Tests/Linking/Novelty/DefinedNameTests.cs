using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Tests.Linking.Novelty;

/// <summary>
/// A name the paper coins by defining it ("Long Form (SF)") in a sentence about its own work, with no cue word right
/// before it (GUIDELINES.md section 5: named components count), and the definitions that coin nothing: others'
/// benchmarks, tasks, theories and terms other papers spell out too.
/// </summary>
public sealed class DefinedNameTests(LinkingFixture fixture) : IClassFixture<LinkingFixture>
{
    [Theory]
    [InlineData("To this end, we propose PRLF. PRLF introduces an Adaptive Modality Reliability Estimator (AMRE), which weighs each modality.", "Adaptive Modality Reliability Estimator", "AMRE")]
    [InlineData("We design a Cross-Scale Fusion Block (CSFB) that merges features of three resolutions.", "Cross-Scale Fusion Block", "CSFB")]
    [InlineData("Next, the Progressive Interaction Unit (ProgIU) module aligns the other modalities.", "Progressive Interaction Unit", "ProgIU")] // a component noun after it
    [InlineData("These serve as the basis for the Multi-view Scene Linking (MVSL) module, which fuses them.", "Multi-view Scene Linking", "MVSL")] // "for", but a component noun after it
    public void Link_OwnDefinedName_IsIntroducedWithItsShortForm(string text, string longForm, string shortForm)
    {
        var result = Link(text);

        var own = Assert.Single(result.NewEntities, e => e.Name == longForm);
        Assert.Contains(shortForm, own.Aliases);
        Assert.Contains(own.Id, result.Annotations.IntroducedEntityIds);
        Assert.Contains(result.Annotations.Mentions, m => m.EntityId == own.Id && m.Surface == shortForm);
    }

    [Theory]
    [InlineData("We evaluate our agent on the Deep Research Arena (DRA) with ten tasks.")] // another group's benchmark, used
    [InlineData("We develop a pipeline that fine-tunes the Polish Language Model (PLM) on court rulings.")] // used, far from the verb
    [InlineData("We propose a new evaluation metric, Evidence Coherence (EC), for grounded answers.")] // a metric
    [InlineData("Our pipeline integrates Dialogue State Tracking (DST) signals from long chats.")] // a task
    [InlineData("Our solver builds on Density Functional Theory (DFT) for the energies.")] // a theory
    [InlineData("Our pipeline integrates a Gaussian Mixture Model (GMM) over the features.")] // a term many papers spell out
    [InlineData("We propose a detector; a Segment Anything Model (SAM) gives the masks.")] // the catalog's SAM
    [InlineData("We propose a new scheme for Adaptive Roulette and Splitting (ARS) tailored to GPU path tracing.")] // what the scheme is for
    [InlineData("We build a name dataset from the Open Scholarly Graph (OSG) and introduce a classifier.")] // where the data comes from
    public void Link_DefinitionOfSomethingElse_IntroducesNothing(string text)
    {
        var result = Link(text);

        Assert.Empty(result.NewEntities);
        Assert.Empty(result.Annotations.IntroducedEntityIds);
    }

    private Core.Linking.LinkResult Link(string text) =>
        fixture.Linker.Link(new Paper { Id = "test:1", Title = "A study", Abstract = text }, fixture.Dictionary);
}
