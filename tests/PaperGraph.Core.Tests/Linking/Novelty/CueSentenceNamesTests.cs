using PaperGraph.Core.Linking.Novelty;

namespace PaperGraph.Core.Tests.Linking.Novelty;

public sealed class CueSentenceNamesTests
{
    [Theory]
    [InlineData("In this paper, we propose the Gated Associative Memory (GAM) network, a fully parallel architecture.", "Gated Associative Memory", "GAM")]
    [InlineData("We endeavor to simplify these models and propose a simple yet highly effective model Lite-LLM4Rec.", "Lite-LLM4Rec", null)]
    [InlineData("We introduce a transformer with discrete bottlenecks, TDB, whose latent codes are compact.", "TDB", null)]
    [InlineData("We propose a two-step domain-expert-guided framework (GuiDG) for generalization.", "GuiDG", null)]
    [InlineData("This leads to our proposed neuro-modulated Hebbian learning (NHL) method for adaptation.", "NHL", null)]
    [InlineData("To that end, a novel mechanism, Synaptic Resonance, is introduced to reinforce memory pathways.", "Synaptic Resonance", null)]
    public void Find_CoinedNameAfterCue_IsFound(string text, string name, string? alias)
    {
        var found = Assert.Single(CueSentenceNames.Find(text));

        Assert.Equal(name, found.Name);
        Assert.Equal(alias, found.Alias);
        Assert.Equal(name, text[found.Start..found.End]);
    }

    [Theory]
    [InlineData("We propose a method for electrocardiogram (ECG) classification with transformers.")]
    [InlineData("This study presents a transformer-based question-answering (QA) model, using the Stanford Question Answering Dataset (SQuAD).")]
    [InlineData("We propose a new state space model (SSM) layer for long sequences.")]
    [InlineData("We propose a screening tool for patients with Post-Traumatic Stress Disorder (PTSD) from speech.")]
    [InlineData("We propose to sample from diffusion models (DMs) faster.")]
    [InlineData("These methods introduce noise into Transformer (TF) training.")]
    [InlineData("We propose to evaluate models on ImageNet, CIFAR, and COCO.")]
    public void Find_NoCoinedName_FindsNothing(string text) => Assert.Empty(CueSentenceNames.Find(text));

    [Theory]
    [InlineData("We study sparse routing and present RouteKit, a library for mixtures of experts.", "RouteKit")]
    [InlineData("This study develops GeoFuse-2, a fusion framework for remote sensing.", "GeoFuse-2")]
    [InlineData("Training then uses our proposed PairGRPO to select modes.", "PairGRPO")]
    [InlineData("We collect traces and introduce TraceNet-1.5 for replay.", "TraceNet-1.5")]
    public void Find_NameRightAfterAConjoinedOrOwnedCue_IsFound(string text, string name)
    {
        var found = Assert.Single(CueSentenceNames.Find(text));

        Assert.Equal(name, found.Name);
        Assert.Equal(name, text[found.Start..found.End]);
    }

    [Theory]
    [InlineData("We collect traces and propose ARX, a new composite metric for faithfulness.")] // a metric
    [InlineData("Scene parsing (SP) matters. We report gains and the proposed SP framework runs fast.")] // a task spelled out in lower case
    [InlineData("We collect traces and construct LDPC codes to measure error floors.")] // nothing coined after "construct"
    public void Find_NameRightAfterACueThatIsNoCoinedArtefact_FindsNothing(string text) => Assert.Empty(CueSentenceNames.Find(text));

    [Theory]
    [InlineData("This paper presents two compression pipelines for edge cameras, PixDrop and SegSend, that cut bandwidth.", "PixDrop", null, "SegSend", null)]
    [InlineData("We create two multilingual benchmarks -- Cross-Lingual Table Reasoning (CL-TabR) and Cross-Lingual Code Repair (CL-Fix)-- by translation.", "Cross-Lingual Table Reasoning", "CL-TabR", "Cross-Lingual Code Repair", "CL-Fix")]
    [InlineData("We propose two loss functions, Ridge Continuity Loss and Sparse Topology Loss, for vessel segmentation.", "Ridge Continuity Loss", null, "Sparse Topology Loss", null)]
    public void Find_NamesListedAsTheCuesObject_AreAllFound(string text, string first, string? firstAlias, string second, string? secondAlias)
    {
        var found = CueSentenceNames.Find(text).ToArray();

        Assert.Equal([first, second], found.Select(f => f.Name));
        Assert.Equal([firstAlias, secondAlias], found.Select(f => f.Alias));
        Assert.All(found, f => Assert.Equal(f.Name, text[f.Start..f.End]));
    }

    [Theory]
    [InlineData("The proposed method was evaluated on two public datasets, KvasirX and ColonDB2, with gains.")] // used, after "the proposed"
    [InlineData("This work presents the first evaluation of watermarking methods: KGW2, ExpSample and WaterFall.")] // evaluated, not made
    [InlineData("We introduce two metrics, Decision Margin and Option Spread, to analyse pruning.")] // metrics
    [InlineData("We construct five manipulation strategies: Anger, Sarcasm, and Negation, to test robustness.")] // category labels
    public void Find_ListThatIsNoNewArtefacts_FindsNoListedName(string text) =>
        Assert.DoesNotContain(CueSentenceNames.Find(text), f => f.Name is "KvasirX" or "ColonDB2" or "ExpSample" or "WaterFall" or "Option Spread" or "Anger" or "Sarcasm");
}
