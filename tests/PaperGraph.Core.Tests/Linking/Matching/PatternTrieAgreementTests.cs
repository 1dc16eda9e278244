using System.Text;
using PaperGraph.Core.Linking.Matching;

namespace PaperGraph.Core.Tests.Linking.Matching;

/// <summary>
/// <see cref="PatternTrie.ScanAscii{TSink}"/> finds words through a bit mask and keys them straight from the text;
/// the plain path, <see cref="PatternTrie.ScanAny{TSink}"/>, folds char by char. Over the whole catalog's trie both
/// must report the same hits in the same order. ScanAscii reads ASCII fields only, and the accented set has none
/// left, so it is not run here: there ScanAny is compared with the plain per-pattern scan in
/// <see cref="AliasMatcherAgreementTests"/>.
/// </summary>
public sealed class PatternTrieAgreementTests(LinkingFixture fixture) : IClassFixture<LinkingFixture>
{
    [Theory]
    [InlineData(AgreementCorpus.Samples)]
    [InlineData(AgreementCorpus.DevSet)]
    public async Task ScanAscii_Texts_AgreesWithScanAny(string set)
    {
        var trie = new PatternTrie([.. fixture.Catalog.Entries.Where(e => e.Linkable)
            .SelectMany(e => e.Aliases).SelectMany(a => AliasVariants.Of(a.Text)).Select(TextFolding.Key)]);
        var disagreements = new List<string>();
        var compared = 0;
        foreach (var text in await AgreementCorpus.TextsAsync(set, TestContext.Current.CancellationToken))
        {
            if (!Ascii.IsValid(text))
            {
                continue;
            }

            List<(int, int, int)> fast = [], plain = [];
            var fastSink = new HitRecorder(fast);
            var plainSink = new HitRecorder(plain);
            trie.ScanAscii(text, ref fastSink);
            trie.ScanAny(text, ref plainSink);
            compared++;
            if (!fast.SequenceEqual(plain))
            {
                disagreements.Add($"'{text[..Math.Min(60, text.Length)]}…': ScanAscii only [{string.Join(" ", fast.Except(plain))}], ScanAny only [{string.Join(" ", plain.Except(fast))}]");
            }
        }

        Assert.True(compared > 0, "no ASCII field to compare");
        Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements));
    }
}
