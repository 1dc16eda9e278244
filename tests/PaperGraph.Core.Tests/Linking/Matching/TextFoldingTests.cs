using PaperGraph.Core.Linking.Matching;

namespace PaperGraph.Core.Tests.Linking.Matching;

public sealed class TextFoldingTests
{
    [Fact]
    public void Fold_EveryChar_KeepsWhetherItIsALetterOrDigit()
    {
        // The trie skips token starts by the folded text's letter/digit runs while token boundaries are checked on
        // the original text; the two agree only if folding never turns a letter or digit into something else.
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (!TextFolding.IsSeparator(c) && char.IsLetterOrDigit(c) != char.IsLetterOrDigit(TextFolding.Fold(c)))
            {
                Assert.Fail($"U+{(int)c:X4} changes letter/digit class when folded to U+{(int)TextFolding.Fold(c):X4}");
            }
        }
    }

    [Fact]
    public void Fold_Separators_AreNeverLettersOrDigits()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.False(TextFolding.IsSeparator(c) && char.IsLetterOrDigit(c), $"U+{(int)c:X4}");
        }
    }

    [Theory]
    [InlineData("Flash-Attention  2", "Flash Attention 2", true)]
    [InlineData(" Mamba-", "Mamba", true)]
    [InlineData("mamba", "Mamba", false)]
    [InlineData("Mamba 2", "Mamba", false)]
    [InlineData("Mamba", "Mamba 2", false)]
    public void NormalizesTo_Text_AgreesWithNormalize(string text, string expected, bool equal)
    {
        Assert.Equal(TextFolding.Normalize(text, keepCase: true) == expected, TextFolding.NormalizesTo(text, expected));
        Assert.Equal(equal, TextFolding.NormalizesTo(text, expected));
    }

    [Theory]
    [MemberData(nameof(AgreementCorpus.Sets), MemberType = typeof(AgreementCorpus))]
    public async Task NormalizesTo_Texts_AgreesWithNormalize(string set)
    {
        foreach (var text in await AgreementCorpus.TextsAsync(set, TestContext.Current.CancellationToken))
        {
            var normal = TextFolding.Normalize(text, keepCase: true);
            Assert.True(TextFolding.NormalizesTo(text, normal), text);
            Assert.False(TextFolding.NormalizesTo(text, normal + "x"), text);
        }
    }

    [Theory]
    [InlineData("  GPT--4o\tand LLaMA", 2, "gpt 4o and llama", 19)]
    [InlineData("Flash-Attention  2.", 0, "flash attention 2", 18)]
    [InlineData("Flash-Attention  2.", 0, "flash attention 20", -1)]
    [InlineData("Flash Attention", 0, "flash attention 2", -1)]
    [InlineData("FlashAttention", 0, "flash attention", -1)]
    [InlineData("a Mamba", 1, "mamba", -1)]
    public void MatchAt_SeparatorRunsAsOneSpace_EndsAfterTheKey(string field, int start, string key, int end)
    {
        Assert.Equal(end, TextFolding.MatchAt(field, start, key));
    }
}
