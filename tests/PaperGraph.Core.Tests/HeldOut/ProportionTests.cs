namespace PaperGraph.Core.Tests.HeldOut;

public sealed class ProportionTests
{
    [Theory]
    [InlineData(13, 100, 0.0776, 0.2098)]
    [InlineData(0, 10, 0.0, 0.2775)]
    [InlineData(10, 10, 0.7225, 1.0)]
    [InlineData(66, 100, 0.5628, 0.7454)]
    public void Wilson95_MatchesTheClosedForm(int successes, int trials, double low, double high)
    {
        var proportion = new Proportion(successes, trials);

        Assert.Equal(low, proportion.Low, 4);
        Assert.Equal(high, proportion.High, 4);
    }
}
