using System.Text;
using PaperGraph.Core.Linking.Matching;

namespace PaperGraph.Core.Tests.Linking.Matching;

public sealed class AsciiWordMaskTests
{
    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("We propose GPT-4o (a model), trained on C4; see https://x.io/y_z.")]
    [InlineData("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\t\n")]
    public void Fill_AsciiText_AgreesWithIsAsciiLetterOrDigit(string text) => AssertAgrees(string.Concat(Enumerable.Repeat(text, 3))); // past one 64-bit word of bits

    [Theory]
    [InlineData(AgreementCorpus.Samples)]
    [InlineData(AgreementCorpus.DevSet)]
    public async Task Fill_Texts_AgreesWithIsAsciiLetterOrDigit(string set)
    {
        foreach (var text in (await AgreementCorpus.TextsAsync(set, TestContext.Current.CancellationToken)).Where(t => Ascii.IsValid(t)))
        {
            AssertAgrees(text);
        }
    }

    private static void AssertAgrees(string field)
    {
        var bits = new ulong[AsciiWordMask.Length(field.Length)];
        Array.Fill(bits, ulong.MaxValue); // stale bits must be cleared

        AsciiWordMask.Fill(field, bits);

        for (var i = 0; i < bits.Length * 64; i++)
        {
            var set = (bits[i >> 6] & (1UL << (i & 63))) != 0;
            Assert.Equal(i < field.Length && char.IsAsciiLetterOrDigit(field[i]), set);
        }
    }

    [Fact]
    public void NextSetAndNextClear_Words_FindEveryWordsBounds()
    {
        var field = "  ab-cd " + new string('x', 70) + " e";
        var bits = new ulong[AsciiWordMask.Length(field.Length)];
        AsciiWordMask.Fill(field, bits);
        var words = new List<string>();

        for (var at = 0; (at = AsciiWordMask.NextSet(bits, at, field.Length)) < field.Length;)
        {
            var end = AsciiWordMask.NextClear(bits, at + 1, field.Length);
            words.Add(field[at..end]);
            at = end;
        }

        Assert.Equal(["ab", "cd", new string('x', 70), "e"], words);
    }
}
