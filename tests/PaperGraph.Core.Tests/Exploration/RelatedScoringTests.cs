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
    public void Jaccard_SharedWords_CountsContentWordsOnly()
    {
        var left = TextSimilarity.Words("The selective state space model");
        var right = TextSimilarity.Words("A state space sequence model");

        Assert.Equal(["selective", "state", "space"], left);
        Assert.Equal(2.0 / 4.0, TextSimilarity.Jaccard(left, right), 9);
    }
}
