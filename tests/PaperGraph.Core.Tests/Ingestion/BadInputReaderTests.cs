namespace PaperGraph.Core.Tests.Ingestion;

public sealed class BadInputReaderTests
{
    [Theory]
    [MemberData(nameof(BadInputCase.Names), MemberType = typeof(BadInputCase))]
    public async Task ReadAsync_OneBadRecord_QuarantinesItAndReadsTheRest(string caseName)
    {
        var bad = BadInputCase.All[caseName];

        var items = await ListingReading.ReadAsync(bad.Content, bad.FileName);

        var quarantined = Assert.Single(items.Quarantined());
        Assert.Equal(bad.ReasonCode, quarantined.ReasonCode);
        Assert.Equal(bad.Line, quarantined.Line);
        Assert.Equal(bad.FileName, quarantined.Source);
        Assert.NotEmpty(quarantined.Raw);
        Assert.False(string.IsNullOrWhiteSpace(quarantined.Reason));
        Assert.Equal(bad.GoodTitles, items.Records().Select(r => r.Paper.Title));
    }
}
