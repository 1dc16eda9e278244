namespace PaperGraph.Core.Linking.Catalog;

/// <summary>
/// <see cref="Graph.PaperIds.NormalizeTitle"/> for ASCII text, without its four intermediate strings: Unicode
/// normalisation changes no ASCII char, so the normal form is the letters and digits lower-cased, runs joined by
/// one space. The linker normalises a title or a new name for every paper.
/// </summary>
internal static class AsciiTitle
{
    /// <summary>Writes the normal form of <paramref name="title"/> (all ASCII) to <paramref name="into"/>, runs joined by <paramref name="space"/>; returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> title, Span<char> into, char space)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in title)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && length > 0)
            {
                into[length++] = space;
            }

            into[length++] = char.ToLowerInvariant(c);
            pendingSpace = false;
        }

        return length;
    }
}
