using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;

namespace PaperGraph.Core.Tests.Linking;

public sealed class RelinkFilterTests
{
    private static Paper Paper(string text) => new() { Id = "p", Title = "A study", Abstract = text };

    [Theory]
    [InlineData("We compare against DATA on five tasks.", "DATA", true)]
    [InlineData("More data helps; data quality matters.", "DATA", false)]
    [InlineData("KeyFace-style models and key face crops.", "KeyFace", true)]
    [InlineData("We use Long-Range  Arena tasks.", "Long Range Arena", true)]
    [InlineData("Results on the long range arena (LRA) benchmark.", "Long Range Arena", true)]
    [InlineData("The arena has a long range of results.", "Long Range Arena", false)]
    [InlineData("Only the long range arena is used here.", "Long Range Arena", false)]
    public void MayMention_Form_OnlyWhenTheLinkerCouldMatchIt(string text, string form, bool expected) =>
        Assert.Equal(expected, RelinkFilter.MayMention(Paper(text), form));
}
