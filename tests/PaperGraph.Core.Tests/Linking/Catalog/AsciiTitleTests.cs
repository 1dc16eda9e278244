using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Linking.Catalog;

namespace PaperGraph.Core.Tests.Linking.Catalog;

public sealed class AsciiTitleTests
{
    [Theory]
    [InlineData("Efficiently Modeling Long Sequences with Structured State Spaces")]
    [InlineData("  GPT-4o: a  Study (v2.1)!  ")]
    [InlineData("---")]
    [InlineData("")]
    [InlineData("LLaMA_2 & RWKV-7B's \"results\"\ton\nC4.")]
    public void Normalize_AsciiTitle_EqualsPaperIdsNormalizeTitle(string title)
    {
        var into = new char[title.Length];
        var length = AsciiTitle.Normalize(title, into, ' ');
        Assert.Equal(PaperIds.NormalizeTitle(title), new string(into, 0, length));
    }

    [Theory]
    [InlineData("Long Range Arena", "new:long-range-arena")]
    [InlineData("GPT-4o", "new:gpt-4o")]
    [InlineData("Schrödinger-Net", "new:schrodinger-net")]
    public void NewEntityId_Name_IsNewPlusHyphenatedNormalTitle(string name, string expected)
    {
        Assert.Equal(expected, PaperLinker.NewEntityId(name));
    }
}
