using System.Buffers;

namespace PaperGraph.Core.Linking;

internal sealed partial class PatternTrie
{
    /// <summary>
    /// <see cref="Scan{TSink}"/> for an ASCII field: words are found through an <see cref="AsciiWordMask"/> and
    /// hashed straight from the text (<see cref="FirstWordHash.OfAscii"/>); only a word that passes the first-word
    /// filter is folded into a buffer and looked up. Between words, a symbol that follows no letter or digit starts
    /// a walk from the root, as in <see cref="ScanAny{TSink}"/>.
    /// </summary>
    private void ScanAscii<TSink>(ReadOnlySpan<char> field, ref TSink sink)
        where TSink : struct, IHitSink
    {
        var rented = ArrayPool<ulong>.Shared.Rent(AsciiWordMask.Length(field.Length));
        var bits = rented.AsSpan(0, AsciiWordMask.Length(field.Length));
        AsciiWordMask.Fill(field, bits);
        var buffer = ArrayPool<char>.Shared.Rent(_firstWords.LongestWord);
        var word = buffer.AsSpan(0, _firstWords.LongestWord);
        var root = _root;
        for (var at = 0; at < field.Length;)
        {
            var start = AsciiWordMask.NextSet(bits, at, field.Length);
            for (var gap = at; gap < start; gap++)
            {
                var c = field[gap];
                if ((gap == 0 || !char.IsAsciiLetterOrDigit(field[gap - 1])) && root[c] > 0 && TextFolding.FoldForMatch(c) != TextFolding.Separator)
                {
                    Walk(field, gap, gap, root[c], ref sink);
                }
            }

            if (start == field.Length)
            {
                break;
            }

            var end = AsciiWordMask.NextClear(bits, start + 1, field.Length);
            var length = end - start;
            at = end;
            if (length > word.Length)
            {
                continue; // longer than every first word
            }

            var text = field.Slice(start, length);
            var hash = FirstWordHash.OfAscii(text);
            if (!_firstWords.MayHold(hash))
            {
                continue;
            }

            for (var k = 0; k < text.Length; k++)
            {
                word[k] = TextFolding.Fold(text[k]);
            }

            var node = _firstWords.Find(word[..length], hash);
            if (node > 0)
            {
                Walk(field, start, end - 1, node, ref sink);
            }
        }

        ArrayPool<char>.Shared.Return(buffer);
        ArrayPool<ulong>.Shared.Return(rented);
    }
}
