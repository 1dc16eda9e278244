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
    public void OfAscii_MixedCaseWord_AgreesWithOfFoldedWord(string word)
    {
        var folded = string.Concat(word.Select(TextFolding.Fold));

        Assert.Equal(FirstWordKey.Of(folded), FirstWordKey.OfAscii(word));
        Assert.Equal(FirstWordKey.Of(folded).Hash, FirstWordKey.OfAscii(word).Hash);
    }

    [Theory]
    [InlineData(AgreementCorpus.Samples)]
    [InlineData(AgreementCorpus.DevSet)]
    public async Task OfAscii_TextsWords_AgreesWithOfFoldedWord(string set)
    {
        var words = (await AgreementCorpus.TextsAsync(set, TestContext.Current.CancellationToken))
            .SelectMany(t => t.Split(' ', ',', '.', '(', ')', ':', ';', '-', '/'))
            .Where(w => w.Length > 0 && w.All(char.IsAsciiLetterOrDigit))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        Assert.NotEmpty(words);
        Assert.All(words, w => Assert.Equal((FirstWordKey.Of(string.Concat(w.Select(TextFolding.Fold))), FirstWordKey.Of(string.Concat(w.Select(TextFolding.Fold))).Hash), (FirstWordKey.OfAscii(w), FirstWordKey.OfAscii(w).Hash)));
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
