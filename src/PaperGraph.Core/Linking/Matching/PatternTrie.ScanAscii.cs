using System.Buffers;

namespace PaperGraph.Core.Linking.Matching;

internal sealed partial class PatternTrie
{
    /// <summary>
    /// <see cref="Scan{TSink}"/> for an ASCII field: words are found through an <see cref="AsciiWordMask"/> and keyed
    /// straight from the text (<see cref="FirstWordKey.OfAscii"/>); a word is folded into a buffer only when it passes
    /// the first-word filter and is longer than its key spells. Between words, a symbol that follows no letter or digit
    /// starts a walk from the root, as in <see cref="ScanAny{TSink}"/>.
    /// </summary>
    internal void ScanAscii<TSink>(ReadOnlySpan<char> field, ref TSink sink)
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
            if (DepthStem(field.Slice(start, length)) is var stem and > 0 && stem <= word.Length)
            {
                ReportStem(field, start, stem, word, ref sink); // "ResNet" in "ResNet50", before the longer hits of the word
            }

            if (length > word.Length)
            {
                continue; // longer than every first word
            }

            var text = field.Slice(start, length);
            var key = FirstWordKey.OfAscii(text);
            var hash = key.Hash;
            if (!_firstWords.MayHold(hash))
            {
                continue;
            }

            if (length > FirstWordKey.WholeLength)
            {
                for (var k = 0; k < text.Length; k++)
                {
                    word[k] = TextFolding.Fold(text[k]); // the table compares the middle of a long word
                }
            }

            var node = _firstWords.Find(key, hash, word[..length]);
            if (node > 0)
            {
                Walk(field, start, end - 1, node, ref sink);
            }
        }

        ArrayPool<char>.Shared.Return(buffer);
        ArrayPool<ulong>.Shared.Return(rented);
    }

    /// <summary>
    /// Reports the patterns that are the letters of a word whose depth number is joined on (<c>ResNet</c> in
    /// <c>ResNet50</c>, see <see cref="VariantSuffix.IsJoinedDepth"/>): the whole word is looked up, not its letters.
    /// </summary>
    private void ReportStem<TSink>(ReadOnlySpan<char> field, int start, int stem, Span<char> word, ref TSink sink)
        where TSink : struct, IHitSink
    {
        for (var k = 0; k < stem; k++)
        {
            word[k] = (char)TextFolding.FoldForMatch(field[start + k]);
        }

        var key = FirstWordKey.Of(word[..stem]);
        var hash = key.Hash;
        var node = _firstWords.MayHold(hash) ? _firstWords.Find(key, hash, word[..stem]) : 0;
        var outputs = node > 0 ? _nodes[node + 1] : 0;
        for (var o = 0; o < outputs; o++)
        {
            sink.Hit(start, start + stem, _nodes[node + 2 + o]);
        }
    }

    /// <summary>The length of a word's letters when 2–3 digits are joined on after a letter (<c>VGG16</c> → 3), else 0.</summary>
    private static int DepthStem(ReadOnlySpan<char> word)
    {
        var stem = word.Length;
        while (stem > 0 && char.IsAsciiDigit(word[stem - 1]))
        {
            stem--;
        }

        return VariantSuffix.IsJoinedDepth(word, stem) ? stem : 0;
    }
}
