namespace PaperGraph.Core.Ingestion;

/// <summary>
/// Tells an abstract line from a title line by its shape, so one missing line does not shift every pair
/// after it: abstracts are long and made of sentences, titles are short and rarely end in a full stop.
/// </summary>
internal static class LineShape
{
    private const int SurelyAbstractLength = 300;
    private const int ShortestAbstractAfterTitle = 80;

    /// <param name="afterTitle">A title is waiting for its abstract, so a shorter sentence-shaped line also counts.</param>
    public static bool IsAbstract(string line, bool afterTitle)
    {
        if (line.Length >= SurelyAbstractLength)
        {
            return true;
        }

        var sentences = SentenceCount(line);
        return afterTitle
            ? sentences >= 2 || (line.Length >= ShortestAbstractAfterTitle && line.EndsWith('.'))
            : sentences >= 2 && line.Length >= ShortestAbstractAfterTitle;
    }

    /// <summary>Sentence ends: ". " (or "! ", "? ") before a capital letter, plus a final terminator.</summary>
    private static int SentenceCount(string line)
    {
        var count = line.EndsWith('.') ? 1 : 0;
        for (var i = 1; i + 1 < line.Length; i++)
        {
            if (line[i] == ' ' && line[i - 1] is '.' or '!' or '?' && char.IsUpper(line[i + 1]))
            {
                count++;
            }
        }

        return count;
    }
}
