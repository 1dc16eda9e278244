using PaperGraph.Core.Linking.Matching;

namespace PaperGraph.Core.Tests.Linking.Matching;

public sealed class FirstWordKeyTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("GPT")]
    [InlineData("BERT")]
    [InlineData("ResNet50")]
    [InlineData("FlashAttention2")]
    [InlineData("XYZ09azAZ")]
    public void OfAscii_MixedCaseWord_EqualsKeyOfFoldedWord(string word)
    {
        var folded = string.Concat(word.Select(TextFolding.Fold));

        Assert.Equal(FirstWordKey.Of(folded), FirstWordKey.OfAscii(word));
        Assert.Equal(FirstWordKey.Of(folded).Hash, FirstWordKey.OfAscii(word).Hash);
    }

    [Theory]
    [InlineData("aaaa", "aaaaa")]
    [InlineData("abcdefgh", "abcdefgg")]
    [InlineData("abcxefgh", "abcyefgh")]
    [InlineData("ab", "ba")]
    public void Of_DifferentWordsUpToWholeLength_HaveDifferentKeys(string a, string b)
    {
        Assert.NotEqual(FirstWordKey.Of(a), FirstWordKey.Of(b));
    }
}
