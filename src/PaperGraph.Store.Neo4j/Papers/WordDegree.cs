namespace PaperGraph.Store.Neo4j.Papers;

/// <summary>
/// How many papers hold a word node <c>w</c>, written per version family: <c>size()</c> of a pattern is gone in Cypher 5,
/// <c>COUNT {}</c> is 5.x only. A statement marks the place with <c>{0}</c>.
/// </summary>
internal static class WordDegree
{
    public static string Before5(string cypher) => cypher.Replace("{0}", "size((w)<-[:HAS_WORD]-())", StringComparison.Ordinal);

    public static string Five(string cypher) => cypher.Replace("{0}", "COUNT { (w)<-[:HAS_WORD]-() }", StringComparison.Ordinal);
}
