using System.Text;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking.Catalog;

namespace PaperGraph.Core.Linking;

public sealed partial class EntityCatalog
{
    /// <summary>
    /// Entries whose introducing paper has this arXiv id. The linker asks for every paper: a plain new-style id
    /// (<c>2503.11677</c>) is its own normal form, so its key is built on the stack, not normalised.
    /// </summary>
    private CatalogEntry[]? IntroducedByArxivId(string arxivId)
    {
        if (!IsPlainArxivId(arxivId))
        {
            return _byIntroducerKey.GetValueOrDefault("arxiv:" + PaperIds.NormalizeArxivId(arxivId));
        }

        Span<char> key = stackalloc char[ArxivPrefix.Length + arxivId.Length];
        ArxivPrefix.CopyTo(key);
        arxivId.CopyTo(key[ArxivPrefix.Length..]);
        return _byIntroducerSpan.TryGetValue(key, out var found) ? found : null;
    }

    /// <summary>
    /// Entries whose introducing paper has this normalised title; an ASCII title's key is built on the stack
    /// (<see cref="AsciiTitle"/>).
    /// </summary>
    private CatalogEntry[]? IntroducedByTitle(string title)
    {
        if (title.Length > LongestStackTitle || !Ascii.IsValid(title))
        {
            return _byIntroducerKey.GetValueOrDefault("title:" + PaperIds.NormalizeTitle(title));
        }

        Span<char> key = stackalloc char[TitlePrefix.Length + title.Length];
        TitlePrefix.CopyTo(key);
        var length = TitlePrefix.Length + AsciiTitle.Normalize(title, key[TitlePrefix.Length..], ' ');
        return _byIntroducerSpan.TryGetValue(key[..length], out var found) ? found : null;
    }

    private const string ArxivPrefix = "arxiv:";
    private const string TitlePrefix = "title:";
    private const int LongestStackTitle = 1024;

    /// <summary><c>NNNN.NNNN</c> or <c>NNNN.NNNNN</c>, which <see cref="PaperIds.NormalizeArxivId"/> returns unchanged.</summary>
    private static bool IsPlainArxivId(string id) =>
        id.Length is 9 or 10 && id[4] == '.' && !id.AsSpan(0, 4).ContainsAnyExceptInRange('0', '9') && !id.AsSpan(5).ContainsAnyExceptInRange('0', '9');
}
