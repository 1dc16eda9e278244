using PaperGraph.Store.Sqlite.Papers;

namespace PaperGraph.Store.Sqlite.Tests;

/// <summary>The search text becomes an FTS5 query whose cost the query's meaning bounds, not its length.</summary>
public sealed class FtsQueryTests
{
    [Fact]
    public void FromUserText_RepeatedWord_CollapsesToOneTerm() =>
        Assert.Equal("\"model\"", FtsQuery.FromUserText(string.Join(' ', Enumerable.Repeat("model Model MODEL", 20_000))));

    [Fact]
    public void FromUserText_StopWordsWithOtherWords_StopWordsDropped() =>
        Assert.Equal("\"state\" AND \"space\" AND \"models\"", FtsQuery.FromUserText("the state of the space and models"));

    [Fact]
    public void FromUserText_OnlyStopWords_MeansNothing() =>
        Assert.Null(FtsQuery.FromUserText(string.Join(' ', Enumerable.Repeat("the of the of THE", 200))));

    [Fact]
    public void FromUserText_ThousandDistinctWords_CappedAtFirstTerms()
    {
        var words = Enumerable.Range(0, 1_000).Select(i => "w" + i).ToArray();

        var query = FtsQuery.FromUserText(string.Join(' ', words))!;

        Assert.Equal(string.Join(" AND ", words.Take(FtsQuery.MaxTerms).Select(w => $"\"{w}\"")), query);
    }

    [Fact]
    public void FromUserText_SyntaxCharacters_StayPlainText() =>
        Assert.Equal("\"a1\" AND \"NEAR\" AND \"x\"", FtsQuery.FromUserText("a1* NEAR(\"x\") -a1"));
}
