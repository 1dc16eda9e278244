using PaperGraph.Core.Linking.Abbreviations;

namespace PaperGraph.Core.Tests.Linking.Abbreviations;

public sealed class AbbreviationDetectorTests
{
    [Theory]
    [InlineData("we propose ETTA (Embedding Transformation Toxicity Attenuation), a framework", "ETTA", "Embedding Transformation Toxicity Attenuation")]
    [InlineData("MMSD (Multi-Modal Semantic Decomposition) targets compression", "MMSD", "Multi-Modal Semantic Decomposition")]
    [InlineData("we propose MDAFNet (Multi-scale Differential Edge and Adaptive Frequency Guided Network), which", "MDAFNet", "Multi-scale Differential Edge and Adaptive Frequency Guided Network")]
    [InlineData("on CL-IFEval (Cross-Lingual Instruction-Following Eval) we", "CL-IFEval", "Cross-Lingual Instruction-Following Eval")]
    public void Find_ShortFormThenSpelledOut_IsADefinition(string text, string shortForm, string longForm)
    {
        var definition = Assert.Single(AbbreviationDetector.Find(text));

        Assert.Equal((shortForm, longForm), (definition.Short, definition.Long));
        Assert.Equal(shortForm, text[definition.ShortStart..definition.ShortEnd]);
        Assert.Equal(longForm, text[definition.LongStart..definition.LongEnd]);
    }

    [Theory]
    [InlineData("BERT (Devlin et al.) encodes")]
    [InlineData("GPT-4o (OpenAI, 2024) answers")]
    [InlineData("SIMS (Chinese) is used")]
    [InlineData("LoRA (Hu and Shen) adapts")]
    [InlineData("ViT (Vision Models Everywhere) is not spelled out")]
    public void Find_ParenthesisThatDoesNotSpellOutTheWordBefore_IsNoDefinition(string text) =>
        Assert.Empty(AbbreviationDetector.Find(text));
}
