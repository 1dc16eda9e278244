namespace PaperGraph.Core.Linking;

internal sealed partial class PatternTrie
{
    /// <summary>
    /// The patterns' first words (leading runs of letters and digits) with the node each one leads to, in an
    /// open-addressing table whose hash the scan computes while it finds the word's end, so a word that begins no
    /// pattern costs one probe. Immutable after construction.
    /// </summary>
    private sealed class FirstWords
    {
        public const uint Seed = 2166136261;

        private readonly uint[] _hashes; // 0 marks an empty slot; stored hashes have their low bit set
        private readonly string[] _words;
        private readonly int[] _nodes;
        private readonly int _mask;

        public FirstWords(IReadOnlyDictionary<string, int> nodeByWord)
        {
            var size = 16;
            while (size < nodeByWord.Count * 3)
            {
                size <<= 1;
            }

            (_hashes, _words, _nodes, _mask) = (new uint[size], new string[size], new int[size], size - 1);
            foreach (var (word, node) in nodeByWord)
            {
                var hash = Seed;
                foreach (var c in word)
                {
                    hash = Step(hash, c);
                }

                hash |= 1;
                var slot = (int)(hash & (uint)_mask);
                while (_hashes[slot] != 0)
                {
                    slot = (slot + 1) & _mask;
                }

                (_hashes[slot], _words[slot], _nodes[slot]) = (hash, word, node);
                LongestWord = Math.Max(LongestWord, word.Length);
            }
        }

        /// <summary>No longer text word can be a first word, so the scan need not keep one.</summary>
        public int LongestWord { get; }

        /// <summary>FNV-1a over UTF-16 code units.</summary>
        public static uint Step(uint hash, char c) => (hash ^ c) * 16777619;

        /// <summary>The node after <paramref name="word"/>, or 0 when no pattern starts with this whole word.</summary>
        public int Find(ReadOnlySpan<char> word, uint hash)
        {
            hash |= 1;
            for (var slot = (int)(hash & (uint)_mask); _hashes[slot] != 0; slot = (slot + 1) & _mask)
            {
                if (_hashes[slot] == hash && word.SequenceEqual(_words[slot]))
                {
                    return _nodes[slot];
                }
            }

            return 0;
        }
    }
}
