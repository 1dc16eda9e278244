namespace PaperGraph.Api.Schema.Ingestion;

/// <summary>
/// A lower bound on the records in an <c>ingest(text:)</c> listing, counted before anything is stored so the
/// same cap holds as for <c>documents</c>: JSON Lines objects (lines starting with <c>{</c>), Atom
/// <c>&lt;entry</c> elements, Hugging Face listing <c>&lt;article</c> elements; the largest count wins.
/// </summary>
internal static class TextRecordCount
{
    public static int AtLeast(string text)
    {
        var objects = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.TrimStart().StartsWith("{", StringComparison.Ordinal))
            {
                objects++;
            }
        }

        return Math.Max(objects, Math.Max(Count(text, "<entry"), Count(text, "<article")));
    }

    private static int Count(string text, string marker)
    {
        var count = 0;
        for (var at = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(marker, at + marker.Length, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }
}
