using System.Text;

namespace PaperGraph.Core.Linking;

internal sealed partial class AliasMatcher
{
    /// <summary>
    /// The hits of a few patterns, reported by end, then start, then pattern id, so each span's hits come in
    /// pattern order, as from the trie. In an ASCII field (nearly all of them) a match must hold the key's first
    /// word case-insensitively, so a vectorised search finds where to check the whole key; otherwise every
    /// position is checked.
    /// </summary>
    private void ScanEach(string field, ref CandidateSink sink)
    {
        List<(int End, int Start, int Pattern)>? hits = null;
        var ascii = Ascii.IsValid(field);
        for (var p = 0; p < _patterns.Length; p++)
        {
            var key = _patterns[p].Key;
            if (ascii && !Ascii.IsValid(key))
            {
                continue; // an ASCII char never folds to a non-ASCII one
            }

            var space = key.IndexOf(' ', StringComparison.Ordinal);
            var firstWord = key.AsSpan(0, space < 0 ? key.Length : space);
            for (var start = 0; start < field.Length; start++)
            {
                if (ascii)
                {
                    // ASCII folding only lower-cases letters, and the first word holds no separator.
                    var at = field.AsSpan(start).IndexOf(firstWord, StringComparison.OrdinalIgnoreCase);
                    if (at < 0)
                    {
                        break;
                    }

                    start += at;
                }

                if (TextFolding.MatchAt(field, start, key) is var end and >= 0)
                {
                    (hits ??= []).Add((end, start, p));
                }
            }
        }

        if (hits is null)
        {
            return;
        }

        hits.Sort();
        foreach (var (end, start, pattern) in hits)
        {
            sink.Hit(start, end, pattern);
        }
    }
}
