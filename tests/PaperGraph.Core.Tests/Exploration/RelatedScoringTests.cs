using PaperGraph.Core.Exploration;

namespace PaperGraph.Core.Tests.Exploration;

public sealed class RelatedScoringTests
{
    [Fact]
    public void EntityWeight_HalfTheCorpus_IsAboutZero()
    {
        Assert.True(EntityWeight.Of(50_000, 100_000) < 0.001);
        Assert.Equal(0, EntityWeight.Of(90_000, 100_000));
    }

    [Fact]
    public void EntityWeight_RareEntity_WeighsMoreThanCommonOne()
    {
        Assert.Equal(1.0, EntityWeight.Of(1, 1_000), 6);
        Assert.True(EntityWeight.Of(3, 1_000) > EntityWeight.Of(100, 1_000));
        Assert.True(EntityWeight.Of(100, 1_000) > 0.2);
    }

    [Fact]
    public void Rank_ReasonsAddUp_ScoreIsTheirSumAndOrderIsScoreThenId()
    {
        var board = new RelatedScoreboard("me");
        board.Add("b", new RelatedReason(RelatedReasonKind.SharedEntity, "e1", 0.3333333333, "x"));
        board.Add("b", new RelatedReason(RelatedReasonKind.BuildsOn, null, 0.5, "y"));
        board.Add("a", new RelatedReason(RelatedReasonKind.SharedEntity, "e1", 0.8333333333, "x"));
        board.Add("c", new RelatedReason(RelatedReasonKind.TextSimilar, null, 0.1, "z"));
        board.Add("me", new RelatedReason(RelatedReasonKind.SharedEntity, "e1", 1, "self"));

        var ranked = board.Rank(10);

        Assert.Equal(["a", "b", "c"], ranked.Select(r => r.PaperId));
        Assert.All(ranked, r => Assert.Equal(r.Score, r.Reasons.Sum(x => x.Weight), 9));
        Assert.Equal(RelatedReasonKind.BuildsOn, ranked[1].Reasons[0].Kind);
    }

    [Fact]
    public void Words_SpanLookups_EqualThePlainSplitLowerAndFilter()
    {
        // Words lower-cases into a buffer and adds through a span lookup; the plain way is a string per word.
        var random = new Random(20261205);
        const string Alphabet = "aBcDeÉßİıΣσ0123 ,.-_\u00A0\u2028😀𝔘Ab ";
        var texts = new List<string> { "", "ab", "The THE the Model modelS", new string('x', 300) + " tail", "İstanbul ΣΊΣΥΦΟΣ straße" };
        for (var i = 0; i < 300; i++)
        {
            texts.Add(new string([.. Enumerable.Range(0, random.Next(0, 400)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]));
        }

        foreach (var text in texts)
        {
            Assert.Equal(PlainWords(text).Order(StringComparer.Ordinal), TextSimilarity.Words(text).Order(StringComparer.Ordinal));
        }
    }

    private static HashSet<string> PlainWords(string text)
    {
        var stop = "the and for with that this from are our can which these their its into has have was were been not but also such than more both while we using use used based show new model models method methods paper propose proposed approach results performance data via".Split(' ');
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in System.Text.RegularExpressions.Regex.Split(text, @"[^\p{L}\p{Nd}]+"))
        {
            var word = token.ToLowerInvariant();
            if (word.Length >= 3 && !stop.Contains(word))
            {
                words.Add(word);
            }
        }

        return words;
    }

    [Fact]
    public void Jaccard_SharedWords_CountsContentWordsOnly()
    {
        var left = TextSimilarity.Words("The selective state space model");
        var right = TextSimilarity.Words("A state space sequence model");

        Assert.Equal(["selective", "state", "space"], left);
        Assert.Equal(2.0 / 4.0, TextSimilarity.Jaccard(left, right), 9);
    }
}
