using PaperGraph.Core.Linking.Matching;

namespace PaperGraph.Core.Tests.Linking.Matching;

public sealed class LooseLongFormTests
{
    [Theory]
    [InlineData("retrieval augmented generation", "retriever augmented generation or rag is a type of model", true)]
    [InlineData("labeled face in the wild", "labeled faces in the wild: face photographs", true)]
    [InlineData("low rank adaptation", "low rank adaptation", true)]
    [InlineData("sharpness aware minimization", "segment anything model", false)]
    [InlineData("sharpness aware minimization", "sharpness aware minimum", false)]
    [InlineData("generation", "retriever augmented generation", false)] // one word is no expansion
    [InlineData("retrieval augmented generator network", "retriever augmented generation", false)]
    public void Within_WordsSharingStems_Agree(string longKey, string text, bool agrees) =>
        Assert.Equal(agrees, LooseLongForm.Within(longKey, text));
}
