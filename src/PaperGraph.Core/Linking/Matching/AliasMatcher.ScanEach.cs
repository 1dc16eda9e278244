using System.Text;

namespace PaperGraph.Core.Linking.Matching;

internal sealed partial class AliasMatcher
{
    /// <summary>
    /// The hits of a few patterns, reported by end, then start, then pattern id, so each span's hits come in
    /// pattern order, as from the trie. In an ASCII field (nearly all of them) a match must hold the key's first
    /// word case-insensitively, so a vectorised search finds where to check the whole key; patterns whose first words
    /// begin with the same shorter first word ("sam" for "SAM" and "SAMs") share one search (<see cref="Anchors"/>).
    /// Otherwise every position is checked.
    /// </summary>
    private void ScanEach(string field, ref CandidateSink sink)
    {
        List<(int End, int Start, int Pattern)>? hits = null;
        var ascii = Ascii.IsValid(field);
        for (var p = 0; p < _patterns.Length; p++)
        {
            if (!ascii)
            {
                for (var start = 0; start < field.Length; start++)
                {
                    AddHit(field, start, p, ref hits);
                }

                continue;
            }

            if (_anchors[p].Owner != p)
            {
                continue; // a non-ASCII key (an ASCII char never folds to a non-ASCII one), or tried with its owner
            }

            // ASCII folding only lower-cases letters, and the first word holds no separator.
            var firstWord = _patterns[p].Key.AsSpan(0, _anchors[p].Length);
            for (var start = 0; start < field.Length; start++)
            {
                var at = field.AsSpan(start).IndexOf(firstWord, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    break;
                }

                start += at;
                for (var q = p; q < _patterns.Length; q++)
                {
                    if (_anchors[q].Owner == p)
                    {
                        AddHit(field, start, q, ref hits);
                    }
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

    private void AddHit(string field, int start, int pattern, ref List<(int End, int Start, int Pattern)>? hits)
    {
        if (TextFolding.MatchAt(field, start, _patterns[pattern].Key) is var end and >= 0)
        {
            (hits ??= new(4)).Add((end, start, pattern));
        }
    }

    /// <summary>
    /// For each pattern, the length of its key's first word and the pattern whose search finds where it may start
    /// in an ASCII field: the first pattern whose first word begins this one's (where this first word occurs, that
    /// one does too), or -1 for a key that is not ASCII.
    /// </summary>
    private static Anchor[] Anchors(AliasPattern[] patterns)
    {
        var anchors = new Anchor[patterns.Length];
        for (var p = 0; p < patterns.Length; p++)
        {
            var key = patterns[p].Key;
            var space = key.IndexOf(' ', StringComparison.Ordinal);
            anchors[p] = new Anchor(-1, space < 0 ? key.Length : space);
            if (!Ascii.IsValid(key))
            {
                continue;
            }

            var firstWord = key.AsSpan(0, anchors[p].Length);
            for (var q = 0; q <= p; q++)
            {
                if (q == p || (anchors[q].Owner >= 0 && firstWord.StartsWith(patterns[q].Key.AsSpan(0, anchors[q].Length), StringComparison.Ordinal)))
                {
                    anchors[p] = anchors[p] with { Owner = q == p ? p : anchors[q].Owner };
                    break;
                }
            }
        }

        return anchors;
    }

    private readonly record struct Anchor(int Owner, int Length);
}
