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
}
