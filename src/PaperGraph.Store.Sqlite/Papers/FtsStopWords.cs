namespace PaperGraph.Store.Sqlite.Papers;

/// <summary>
/// English words nearly every abstract holds: as search terms they select nothing and cost a full posting
/// list each, so a search drops them when it has any other word.
/// </summary>
internal static class FtsStopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "can", "for", "from", "has", "have", "in", "is", "it",
        "its", "of", "on", "or", "our", "that", "the", "their", "these", "this", "to", "we", "which", "with",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
