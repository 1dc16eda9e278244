namespace PaperGraph.Core.Linking.Matching;

internal sealed partial class PatternTrie
{
    /// <summary>
    /// The patterns' first words (leading runs of letters and digits) with the node each one leads to, in an
    /// open-addressing table keyed by <see cref="FirstWordKey"/>. Every word of the text is looked up and the cost
    /// is cache misses (see BENCHMARKS.md, Linker throughput), so a word first meets a bit filter small enough to stay in the L1
    /// cache (most words begin no pattern), and a slot holds the key, its hash and node, so a word of up to eight
    /// chars (a third of a text's words begin some pattern, and most are that short) is found with one read of
    /// memory; the middle of a longer word is compared with its copy in one shared char array. Immutable after
    /// construction.
    /// </summary>
    private sealed class FirstWords
    {
        private const int FilterShift = 17;
        private const int FilterBits = 1 << FilterShift; // 16 KB: about a fifth of the bits set by the catalog's 27,000 first words

        private readonly ulong[] _filter = new ulong[FilterBits / 64]; // bit (hash's top 17 bits) set when some word has that hash
        private readonly Slot[] _slots; // Hash 0 marks an empty slot; stored hashes have their low bit set
        private readonly char[] _chars;
        private readonly int _mask;

        public FirstWords(IReadOnlyDictionary<string, int> nodeByWord)
        {
            var size = 16;
            while (size < nodeByWord.Count * 2)
            {
                size <<= 1;
            }

            (_slots, _chars, _mask) = (new Slot[size], new char[nodeByWord.Keys.Sum(w => w.Length)], size - 1);
            var used = 0;
            foreach (var (word, node) in nodeByWord)
            {
                var key = FirstWordKey.Of(word);
                var hash = key.Hash;
                _filter[FilterBit(hash) >> 6] |= 1UL << FilterBit(hash);
                hash |= 1;
                var slot = (int)(hash & (uint)_mask);
                while (_slots[slot].Hash != 0)
                {
                    slot = (slot + 1) & _mask;
                }

                word.CopyTo(_chars.AsSpan(used));
                _slots[slot] = new Slot(key.Head, key.Tail, hash, node, used, word.Length);
                used += word.Length;
                LongestWord = Math.Max(LongestWord, word.Length);
            }
        }

        /// <summary>No longer text word can be a first word, so the scan need not keep one.</summary>
        public int LongestWord { get; }

        /// <summary>Whether some first word may have this hash: false for most words of a text.</summary>
        public bool MayHold(uint hash) => (_filter[FilterBit(hash) >> 6] & (1UL << FilterBit(hash))) != 0;

        /// <summary>
        /// The node after the first word with this key, or 0 when no pattern starts with it. <paramref name="folded"/>
        /// is the folded word; it is read only when the key does not spell all of it.
        /// </summary>
        public int Find(FirstWordKey key, uint hash, ReadOnlySpan<char> folded)
        {
            hash |= 1;
            for (var slot = (int)(hash & (uint)_mask); _slots[slot].Hash != 0; slot = (slot + 1) & _mask)
            {
                ref readonly var found = ref _slots[slot];
                if (found.Hash == hash && found.Length == key.Length && found.Head == key.Head && found.Tail == key.Tail
                    && (key.Length <= FirstWordKey.WholeLength || folded[4..^4].SequenceEqual(_chars.AsSpan(found.Start + 4, found.Length - 8))))
                {
                    return found.Node;
                }
            }

            return 0;
        }

        /// <summary>The filter's bit for a hash: its top bits, while the table's slot comes from its low bits.</summary>
        private static int FilterBit(uint hash) => (int)(hash >> (32 - FilterShift));

        private readonly record struct Slot(ulong Head, ulong Tail, uint Hash, int Node, int Start, int Length);
    }
}
